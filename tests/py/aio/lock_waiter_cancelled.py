# A waiter cancelled while queued on a Lock leaves the queue; the next waiter gets
# the lock when the holder releases it.
import asyncio

async def holder(lock):
    async with lock:
        print("holder has lock")
        await asyncio.sleep(0.2)
    print("holder released")

async def waiter(lock, name):
    try:
        async with lock:
            print(name, "got lock")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.1)
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print(repr(lock).split(" [")[1])

asyncio.run(main())

# expect: holder has lock
# expect: w1 cancelled while waiting
# expect: holder released
# expect: w2 got lock
# expect: unlocked]>
