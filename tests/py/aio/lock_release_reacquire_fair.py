# A task that releases a Lock and asks for it again goes behind the task
# already waiting: the two workers alternate.
import asyncio

async def worker(name, lock):
    for i in range(3):
        async with lock:
            print(name, i)
            await asyncio.sleep(0)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock), worker("b", lock))

asyncio.run(main())

# expect: a 0
# expect: b 0
# expect: a 1
# expect: b 1
# expect: a 2
# expect: b 2
