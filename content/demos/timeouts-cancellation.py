import asyncio

async def call_api(name, delay):
    print(f"{name}: request sent")
    try:
        await asyncio.sleep(delay)
        print(f"{name}: reply")
        return name
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    finally:
        print(f"{name}: connection closed")

async def save(order):
    await asyncio.sleep(0.3)
    print(f"saved {order}")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    print(await asyncio.wait_for(call_api("fast", 0.2), timeout=1.0))
    try:
        async with asyncio.timeout(0.5):
            await call_api("slow", 2.0)
    except TimeoutError:
        print(f"slow: TimeoutError at {loop.time() - t0:.1f}s")
    saver = asyncio.create_task(save("order-7"))
    try:
        async with asyncio.timeout(0.1):
            await asyncio.shield(saver)
    except TimeoutError:
        print("stopped waiting; the save goes on")
    await saver
    print(f"end at {loop.time() - t0:.1f}s")

asyncio.run(main())
