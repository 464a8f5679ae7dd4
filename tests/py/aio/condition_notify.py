# Condition.notify(n) wakes n waiters in FIFO order; notify_all wakes the
# rest. Waiters re-acquire the lock one at a time.
import asyncio

async def waiter(name, cond):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "woken")

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(n, cond)) for n in ["a", "b", "c", "d"]]
    await asyncio.sleep(0.1)
    async with cond:
        print("notify(1)")
        cond.notify(1)
    await asyncio.sleep(0.1)
    async with cond:
        print("notify(2)")
        cond.notify(2)
    await asyncio.sleep(0.1)
    async with cond:
        print("notify_all()")
        cond.notify_all()
    await asyncio.gather(*tasks)

asyncio.run(main())

# expect: a waits
# expect: b waits
# expect: c waits
# expect: d waits
# expect: notify(1)
# expect: a woken
# expect: notify(2)
# expect: b woken
# expect: c woken
# expect: notify_all()
# expect: d woken
