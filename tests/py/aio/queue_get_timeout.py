# Waiting for a queue item with a deadline: wait_for around get(). The
# cancelled get does not lose the item that arrives later.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.1)
    except TimeoutError:
        print(f"no item by {loop.time() - start:.1f}")
    loop.call_later(0.1, q.put_nowait, "item")
    print(await asyncio.wait_for(q.get(), timeout=0.5), f"at {loop.time() - start:.1f}")
    print("queue empty:", q.empty())

asyncio.run(main())

# expect: no item by 0.1
# expect: item at 0.2
# expect: queue empty: True
