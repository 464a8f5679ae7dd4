# wait() defaults to ALL_COMPLETED. Failed tasks are simply in `done`:
# their exceptions are retrieved from the tasks, not raised by wait.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise ValueError("two")
    return n

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(job(n)) for n in [1, 2, 3]]
    done, pending = await asyncio.wait(tasks)
    print(f"returned at {loop.time() - start:.1f}", len(done), len(pending))
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)
    for t in tasks:
        if t.exception() is not None:
            print("failed:", repr(t.exception()))
        else:
            print("result:", t.result())

asyncio.run(main())

# expect: returned at 0.3 3 0
# expect: ALL_COMPLETED FIRST_COMPLETED FIRST_EXCEPTION
# expect: result: 1
# expect: failed: ValueError('two')
# expect: result: 3
