# Cancelling a task while it awaits inside an async generator raises CancelledError there.
import asyncio


async def events():
    try:
        while True:
            await asyncio.sleep(1)
            yield "event"
    except asyncio.CancelledError:
        print("generator saw the cancellation")
        raise


async def listen():
    async for e in events():
        print(e)


async def main():
    task = asyncio.create_task(listen())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("listener cancelled")


asyncio.run(main())
# expect: generator saw the cancellation
# expect: listener cancelled
