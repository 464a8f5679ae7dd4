# as_completed also accepts tasks that are already finished.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    first = asyncio.create_task(job(1))
    await first
    second = asyncio.create_task(job(2))
    results = []
    for nxt in asyncio.as_completed([second, first]):
        results.append(await nxt)
    print(results)

asyncio.run(main())

# expect: [1, 2]
