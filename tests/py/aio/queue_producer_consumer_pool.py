# Three producers and two consumers share a queue; the consumers stop on
# a sentinel each.
import asyncio

async def producer(name, q, count):
    for i in range(count):
        await asyncio.sleep(0.1)
        await q.put(f"{name}{i}")

async def consumer(name, q, seen):
    while True:
        item = await q.get()
        if item is None:
            return
        seen.append(item)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    q = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(c, q, seen)) for c in ["c1", "c2"]]
    await asyncio.gather(producer("a", q, 2), producer("b", q, 2), producer("c", q, 2))
    for c in consumers:
        await q.put(None)
    await asyncio.gather(*consumers)
    print(seen)
    print(f"took {loop.time() - start:.1f}")

asyncio.run(main())

# expect: ['a0', 'b0', 'c0', 'a1', 'b1', 'c1']
# expect: took 0.2
