# A bounded Queue makes a fast producer wait for a slow consumer: put()
# blocks while the queue is full.
import asyncio

async def producer(q, loop, start):
    for i in range(4):
        await q.put(i)
        print(f"put {i} at {loop.time() - start:.1f} (size {q.qsize()})")
    await q.put(None)

async def consumer(q, loop, start):
    while True:
        await asyncio.sleep(0.1)
        item = await q.get()
        if item is None:
            break
        print(f"got {item} at {loop.time() - start:.1f}")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, loop, start), consumer(q, loop, start))

asyncio.run(main())

# expect: put 0 at 0.0 (size 1)
# expect: put 1 at 0.0 (size 2)
# expect: got 0 at 0.1
# expect: put 2 at 0.1 (size 2)
# expect: got 1 at 0.2
# expect: put 3 at 0.2 (size 2)
# expect: got 2 at 0.3
# expect: got 3 at 0.4
