import asyncio

async def producer(q, t0):
    loop = asyncio.get_running_loop()
    for job in range(1, 7):
        if q.full():
            print(f"{loop.time() - t0:.1f}s  producer: queue full, waits")
        await q.put(job)
        print(f"{loop.time() - t0:.1f}s  producer: put job {job}")

async def worker(name, q, delay, t0):
    loop = asyncio.get_running_loop()
    while True:
        job = await q.get()
        await asyncio.sleep(delay)
        print(f"{loop.time() - t0:.1f}s  {name}: finished job {job}")
        q.task_done()

async def main():
    t0 = asyncio.get_running_loop().time()
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(worker("A", q, 0.3, t0)),
               asyncio.create_task(worker("B", q, 0.4, t0))]
    await producer(q, t0)
    print("producer done; waiting for the queue to drain")
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(f"all jobs done at {asyncio.get_running_loop().time() - t0:.1f}s")

asyncio.run(main())
