import asyncio

limit = asyncio.Semaphore(2)     # at most 2 calls in flight
in_flight = 0

def stamp(t0):
    return f"{asyncio.get_running_loop().time() - t0:.1f}s"

async def call_api(n, delay, t0):
    global in_flight
    print(f"{stamp(t0)}  call {n} waits for a permit")
    async with limit:
        in_flight += 1
        print(f"{stamp(t0)}  call {n} starts, in flight: {in_flight}")
        await asyncio.sleep(delay)
        in_flight -= 1
    print(f"{stamp(t0)}  call {n} done")
    return n * 10

async def main():
    t0 = asyncio.get_running_loop().time()
    delays = [0.4, 0.2, 0.3, 0.2, 0.3]
    calls = [call_api(i + 1, d, t0) for i, d in enumerate(delays)]
    results = await asyncio.gather(*calls)
    print(f"{stamp(t0)}  results {results}")
    print(f"one by one it would take {sum(delays):.1f}s")

asyncio.run(main())
