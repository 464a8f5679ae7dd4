import asyncio

limit = asyncio.Semaphore(2)
in_flight = 0

async def call_api(n, delay, t0):
    global in_flight
    loop = asyncio.get_running_loop()
    print(f"{loop.time() - t0:.1f}s  call {n} waits for a permit")
    async with limit:
        in_flight += 1
        print(f"{loop.time() - t0:.1f}s  call {n} starts, in flight: {in_flight}")
        await asyncio.sleep(delay)
        in_flight -= 1
    print(f"{loop.time() - t0:.1f}s  call {n} done")
    return n * 10

async def main():
    t0 = asyncio.get_running_loop().time()
    delays = [0.4, 0.2, 0.3, 0.2, 0.3]
    calls = [call_api(i + 1, d, t0) for i, d in enumerate(delays)]
    results = await asyncio.gather(*calls)
    elapsed = asyncio.get_running_loop().time() - t0
    print(f"results {results} after {elapsed:.1f}s; sum of delays {sum(delays):.1f}s")

asyncio.run(main())
