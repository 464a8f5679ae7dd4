# Cancelling a task that sits in wait_for cancels the inner awaitable too.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: outer task cancelled:", t.cancelled())

asyncio.run(main())

# expect: inner cancelled
# expect: outer cancelled
# expect: main: outer task cancelled: True
