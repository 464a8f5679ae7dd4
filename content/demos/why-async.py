import asyncio


async def download(name):
    print(f"{name}: start")
    await asyncio.sleep(0.1)   # waits; the loop runs other tasks meanwhile
    print(f"{name}: done")
    return name


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(download(n)) for n in ("a", "b", "c")]
    await asyncio.gather(*tasks)
    print(f"total {loop.time() - t0:.1f}s")


asyncio.run(main())
