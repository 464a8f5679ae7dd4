# 100,000 tasks, each awaiting asyncio.sleep(0) ten times.
import asyncio

N = 100000

async def worker():
    for _ in range(10):
        await asyncio.sleep(0)

async def main():
    tasks = [asyncio.create_task(worker()) for _ in range(N)]
    for t in tasks:
        await t
    print("tasks done", len(tasks))

asyncio.run(main())
