# Tasks blocked on a Semaphore acquire it in the order they started waiting.
import asyncio

async def worker(name, sem):
    await sem.acquire()
    try:
        print(name, "acquired")
        await asyncio.sleep(0.1)
    finally:
        sem.release()

async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(*[worker(name, sem) for name in ["a", "b", "c", "d", "e"]])

asyncio.run(main())

# expect: a acquired
# expect: b acquired
# expect: c acquired
# expect: d acquired
# expect: e acquired
