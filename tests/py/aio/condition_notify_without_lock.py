# notify() requires holding the condition's lock.
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cond:
        cond.notify()
        print("notify with the lock held is fine")

asyncio.run(main())

# expect: RuntimeError: cannot notify on un-acquired lock
# expect: notify with the lock held is fine
