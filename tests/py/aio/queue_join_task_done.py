# Queue.join() waits until task_done() has been called once per item put.
import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1)
        print(name, "processed", item)
        q.task_done()

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    q = asyncio.Queue()
    for item in range(4):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(f"w{i}", q)) for i in range(2)]
    await q.join()
    print(f"all processed at {loop.time() - start:.1f}")
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers stopped")

asyncio.run(main())

# expect: w0 processed 0
# expect: w1 processed 1
# expect: w0 processed 2
# expect: w1 processed 3
# expect: all processed at 0.2
# expect: workers stopped
