# When wait_for times out it cancels the inner task, waits for it to
# finish cancelling, and then raises TimeoutError.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
        print("never printed")
    except asyncio.CancelledError:
        print("inner sees CancelledError")
        raise

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    task = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(task, timeout=0.1)
    except TimeoutError:
        print(f"TimeoutError at {loop.time() - start:.1f}")
    print("inner cancelled:", task.cancelled())
    print("asyncio.TimeoutError is TimeoutError:", asyncio.TimeoutError is TimeoutError)

asyncio.run(main())

# expect: inner sees CancelledError
# expect: TimeoutError at 0.1
# expect: inner cancelled: True
# expect: asyncio.TimeoutError is TimeoutError: True
