# run_in_executor runs a blocking function on a worker thread: the loop
# keeps running other tasks meanwhile, and awaiting gives the result.
import asyncio
import time

def blocking(n):
    time.sleep(0.2)
    return n * 2

async def ticker(loop, start):
    for delay in [0.1, 0.2]:
        await asyncio.sleep(delay)
        print(f"tick at {loop.time() - start:.1f}")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(ticker(loop, start))
    result = await loop.run_in_executor(None, blocking, 21)
    print(f"executor result {result} at {loop.time() - start:.1f}")
    await t

asyncio.run(main())

# expect: tick at 0.1
# expect: executor result 42 at 0.2
# expect: tick at 0.3
