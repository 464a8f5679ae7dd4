# A gather is itself awaitable and can be gathered.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    inner = asyncio.gather(job(1), job(2))
    results = await asyncio.gather(inner, job(3), asyncio.gather(job(4)))
    print(results, f"{loop.time() - start:.1f}")

asyncio.run(main())

# expect: [[1, 2], 3, [4]] 0.1
