# Lock waiters get the lock in the order they asked for it.
import asyncio

async def worker(name, lock):
    print(name, "waiting")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.1)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*[worker(n, lock) for n in ["a", "b", "c"]])
    print("locked at the end:", lock.locked())

asyncio.run(main())

# expect: a waiting
# expect: a has the lock
# expect: b waiting
# expect: c waiting
# expect: b has the lock
# expect: c has the lock
# expect: locked at the end: False
