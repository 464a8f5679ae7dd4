# wait(return_when=FIRST_EXCEPTION) returns when a task raises (or when all
# are done); the exception stays inside the task, wait does not raise it.
import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

async def bad():
    await asyncio.sleep(0.2)
    raise KeyError("missing")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [
        asyncio.create_task(job(0.1), name="fast"),
        asyncio.create_task(bad(), name="bad"),
        asyncio.create_task(job(0.3), name="slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"returned at {loop.time() - start:.1f}")
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print("bad raised:", repr(tasks[1].exception()))
    await asyncio.wait(pending)
    print(f"slow finished at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: returned at 0.2
# expect: done: ['bad', 'fast']
# expect: pending: ['slow']
# expect: bad raised: KeyError('missing')
# expect: slow finished at 0.3
