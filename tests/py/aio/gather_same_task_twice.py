# The same task passed twice to gather is awaited once and its result
# appears in both places.
import asyncio

async def job():
    print("job runs once")
    await asyncio.sleep(0.1)
    return "r"

async def main():
    t = asyncio.create_task(job())
    print(await asyncio.gather(t, t))

asyncio.run(main())

# expect: job runs once
# expect: ['r', 'r']
