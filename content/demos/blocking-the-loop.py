import asyncio
import time


async def heartbeat(t0):
    loop = asyncio.get_running_loop()
    for i in range(1, 5):
        start = loop.time()
        await asyncio.sleep(0.2)
        lag = max(0.0, loop.time() - start - 0.2)
        print(f"{loop.time() - t0:.1f}s  beat {i}, {lag:.1f}s late")


async def handler(t0):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.3)
    print(f"{loop.time() - t0:.1f}s  handler: 0.6 s of blocking work")
    await asyncio.to_thread(time.sleep, 0.6)   # on a worker thread
    print(f"{loop.time() - t0:.1f}s  handler: done")


async def main():
    t0 = asyncio.get_running_loop().time()
    await asyncio.gather(heartbeat(t0), handler(t0))


asyncio.run(main())
