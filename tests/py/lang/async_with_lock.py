# async with acquires and releases an asyncio.Lock.
import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        print("inside", lock.locked())  # expect: inside True
    print("after", lock.locked())  # expect: after False

asyncio.run(main())
