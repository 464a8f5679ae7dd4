# Items come out in the order they were put, and blocked getters are
# served in the order they started waiting.
import asyncio

async def getter(name, q):
    item = await q.get()
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(n, q)) for n in ["g1", "g2", "g3"]]
    await asyncio.sleep(0)
    print("getters waiting")
    for item in ["x", "y", "z"]:
        q.put_nowait(item)
    await asyncio.gather(*tasks)

asyncio.run(main())

# expect: getters waiting
# expect: g1 got x
# expect: g2 got y
# expect: g3 got z
