# LifoQueue returns the most recently added item first.
import asyncio

async def main():
    q = asyncio.LifoQueue()
    for item in ["first", "second", "third"]:
        await q.put(item)
    while not q.empty():
        print(q.get_nowait())

asyncio.run(main())

# expect: third
# expect: second
# expect: first
