# When a child fails, the TaskGroup cancels the other children and then
# raises an ExceptionGroup holding the failure.
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")

async def long_job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("long_job cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            slow = tg.create_task(long_job())
    except ExceptionGroup as eg:
        print(f"caught at {loop.time() - start:.1f}:", eg)
        print(repr(eg.exceptions))
    print("long_job cancelled:", slow.cancelled())

asyncio.run(main())

# expect: long_job cancelled
# expect: caught at 0.1: unhandled errors in a TaskGroup (1 sub-exception)
# expect: (ValueError('child failed'),)
# expect: long_job cancelled: True
