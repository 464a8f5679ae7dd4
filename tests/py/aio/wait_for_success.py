# wait_for returns the result when the awaitable finishes in time.
import asyncio

async def job():
    await asyncio.sleep(0.1)
    return "in time"

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.wait_for(job(), timeout=0.3), f"{loop.time() - start:.1f}")
    print(await asyncio.wait_for(job(), timeout=None), f"{loop.time() - start:.1f}")

asyncio.run(main())

# expect: in time 0.1
# expect: in time 0.2
