# cond.wait() releases the lock while waiting and re-acquires it before
# returning, so the notifier can take the lock meanwhile.
import asyncio

async def waiter(cond):
    async with cond:
        print("waiter holds the lock, waits")
        await cond.wait()
        print("waiter woke, holds the lock again:", cond.locked())

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    print("lock free while waiter waits:", not cond.locked())
    async with cond:
        cond.notify()
        print("notified; waiter must wait for us to release")
    await t

asyncio.run(main())

# expect: waiter holds the lock, waits
# expect: lock free while waiter waits: True
# expect: notified; waiter must wait for us to release
# expect: waiter woke, holds the lock again: True
