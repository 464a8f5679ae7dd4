# A getter cancelled before it runs does not swallow the item: the next
# getter receives it.
import asyncio

async def getter(name, q):
    item = await q.get()
    print(name, "got", item)

async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(0)
    q.put_nowait("only item")
    g1.cancel()
    await asyncio.gather(g1, g2, return_exceptions=True)
    print("g1 cancelled:", g1.cancelled(), "queue size:", q.qsize())

asyncio.run(main())

# expect: g2 got only item
# expect: g1 cancelled: True queue size: 0
