# wait(return_when=FIRST_COMPLETED) returns as soon as one task is done;
# the others stay pending and keep running. done/pending are sets.
import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in [0.3, 0.1, 0.2]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(f"returned at {loop.time() - start:.1f}")
    print("done:", sorted(t.get_name() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print(type(done).__name__, type(pending).__name__)
    done, pending = await asyncio.wait(pending)
    print(f"rest at {loop.time() - start:.1f}:", sorted(t.result() for t in done), len(pending))

asyncio.run(main())

# expect: returned at 0.1
# expect: done: ['job0.1']
# expect: pending: ['job0.2', 'job0.3']
# expect: set set
# expect: rest at 0.3: [0.2, 0.3] 0
