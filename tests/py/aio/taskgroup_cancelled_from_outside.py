# Cancelling the task that runs a TaskGroup cancels the children, and the
# CancelledError (not an ExceptionGroup) propagates.
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
    except asyncio.CancelledError:
        print("runner sees CancelledError")
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled())

asyncio.run(main())

# expect: child cancelled
# expect: runner sees CancelledError
# expect: runner cancelled: True
