# gather returns results in the order of its arguments, whatever order
# the awaitables finish in.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.1), job("mid", 0.2))
    print(results, f"{loop.time() - start:.1f}")

asyncio.run(main())

# expect: finished fast
# expect: finished mid
# expect: finished slow
# expect: ['slow', 'fast', 'mid'] 0.3
