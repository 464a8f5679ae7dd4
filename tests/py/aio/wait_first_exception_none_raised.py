# If no task raises, FIRST_EXCEPTION waits for all of them.
import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [asyncio.create_task(job(d)) for d in [0.1, 0.2]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(f"returned at {loop.time() - start:.1f}", len(done), len(pending))

asyncio.run(main())

# expect: returned at 0.2 2 0
