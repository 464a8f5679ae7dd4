# Cancelling a task that awaits another task cancels the awaited task too:
# the cancellation travels inward, then each level unwinds outward.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def middle(t):
    try:
        await t
    except asyncio.CancelledError:
        print("middle cancelled")
        raise

async def main():
    i = asyncio.create_task(inner())
    m = asyncio.create_task(middle(i))
    await asyncio.sleep(0.1)
    m.cancel()
    try:
        await m
    except asyncio.CancelledError:
        pass
    print("inner cancelled:", i.cancelled(), "middle cancelled:", m.cancelled())

asyncio.run(main())

# expect: inner cancelled
# expect: middle cancelled
# expect: inner cancelled: True middle cancelled: True
