# qsize, empty and full track the contents; maxsize=0 means unbounded.
import asyncio

async def main():
    q = asyncio.Queue(2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    await q.put("x")
    print(q.qsize(), q.empty(), q.full())
    await q.put("y")
    print(q.qsize(), q.empty(), q.full())
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print(unbounded.maxsize, unbounded.qsize(), unbounded.full())

asyncio.run(main())

# expect: 2 0 True False
# expect: 1 False False
# expect: 2 False True
# expect: 0 1000 False
