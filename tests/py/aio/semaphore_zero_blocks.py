# Semaphore(0) blocks every acquirer until someone releases.
import asyncio

async def waiter(sem, loop, start):
    await sem.acquire()
    print(f"acquired at {loop.time() - start:.1f}")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(0)
    t = asyncio.create_task(waiter(sem, loop, start))
    await asyncio.sleep(0.2)
    print("releasing")
    sem.release()
    await t

asyncio.run(main())

# expect: releasing
# expect: acquired at 0.2
