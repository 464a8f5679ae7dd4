# A callback that raises, a task cancelled while it sleeps, and a coroutine never
# awaited: each is one line of narration, next to what the program writes.
import asyncio

def boom():
    raise ValueError("boom")

async def sleeper():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(boom)
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    task.cancel("enough")
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled")
    sleeper()

asyncio.run(main())
