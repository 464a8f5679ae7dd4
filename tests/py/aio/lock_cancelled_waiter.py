# A task cancelled while waiting for a Lock leaves the queue; the lock
# goes to the next waiter.
import asyncio

async def worker(name, lock):
    try:
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker("a", lock))
    b = asyncio.create_task(worker("b", lock))
    c = asyncio.create_task(worker("c", lock))
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("b cancelled:", b.cancelled())

asyncio.run(main())

# expect: a has the lock
# expect: b cancelled while waiting
# expect: c has the lock
# expect: b cancelled: True
