# A Condition can be built on an existing Lock; holding the condition
# means holding that lock.
import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with cond:
        print("lock held:", lock.locked())
    print("lock held:", lock.locked())

asyncio.run(main())

# expect: lock held: True
# expect: lock held: False
