# A ticker task wants to print every 0.1 s, but a coroutine that calls
# time.sleep keeps the loop busy, so the ticks come late and bunched.
import asyncio
import time

async def ticker(start, loop):
    for i in range(3):
        await asyncio.sleep(0.1)
        print(f"tick {i} at {loop.time() - start:.1f}")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(ticker(start, loop))
    await asyncio.sleep(0)
    time.sleep(0.3)
    print(f"main unblocked at {loop.time() - start:.1f}")
    await t

asyncio.run(main())

# expect: main unblocked at 0.3
# expect: tick 0 at 0.3
# expect: tick 1 at 0.4
# expect: tick 2 at 0.5
