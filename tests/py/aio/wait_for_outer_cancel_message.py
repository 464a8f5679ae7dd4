# Cancelling a task blocked in wait_for cancels the inner coroutine first, then
# the outer task sees the CancelledError with the message given to cancel().
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), 0.5)
    except asyncio.CancelledError:
        print("outer cancelled")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    t.cancel("bye")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", repr(e))

asyncio.run(main())

# expect: inner cancelled
# expect: outer cancelled
# expect: main sees CancelledError('bye')
