# get() on an empty queue suspends the task until an item arrives.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    q = asyncio.Queue()
    loop.call_later(0.2, q.put_nowait, "late item")
    item = await q.get()
    print(item, f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: late item at 0.2
