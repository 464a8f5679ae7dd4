# Awaiting coroutines one after another runs them one after another;
# gather runs them concurrently.
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    a = await job(1)
    b = await job(2)
    c = await job(3)
    print("sequential", [a, b, c], f"{loop.time() - start:.1f}")
    start = loop.time()
    results = await asyncio.gather(job(1), job(2), job(3))
    print("gathered", results, f"{loop.time() - start:.1f}")

asyncio.run(main())

# expect: sequential [1, 2, 3] 0.3
# expect: gathered [1, 2, 3] 0.1
