# task.cancel() throws CancelledError into the task at the await where it
# is suspended; uncaught, it leaves the task cancelled.
import asyncio

async def worker():
    print("worker sleeps")
    await asyncio.sleep(1)
    print("never printed")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print("cancel() returns", t.cancel())
    print("done right after cancel():", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print(f"awaiting it raises CancelledError at {loop.time() - start:.1f}")
    print("cancelled:", t.cancelled(), "done:", t.done())

asyncio.run(main())

# expect: worker sleeps
# expect: cancel() returns True
# expect: done right after cancel(): False
# expect: awaiting it raises CancelledError at 0.1
# expect: cancelled: True done: True
