# Two cancel() calls before the task runs again deliver one CancelledError.
import asyncio

async def worker():
    caught = 0
    for i in range(2):
        try:
            await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            caught += 1
    return caught

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("CancelledErrors seen by the task:", await t)

asyncio.run(main())

# expect: CancelledErrors seen by the task: 1
