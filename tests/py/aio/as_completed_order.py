# as_completed yields awaitables in completion order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    tasks = [
        asyncio.create_task(job("slow", 0.3)),
        asyncio.create_task(job("fast", 0.1)),
        asyncio.create_task(job("mid", 0.2)),
    ]
    for next_done in asyncio.as_completed(tasks):
        name = await next_done
        print(name, f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: fast at 0.1
# expect: mid at 0.2
# expect: slow at 0.3
