# A task can be awaited any number of times, even by several awaiters;
# the coroutine runs only once.
import asyncio

async def work():
    print("work runs")
    await asyncio.sleep(0.1)
    return "value"

async def waiter(t, name):
    print(name, "got", await t)

async def main():
    t = asyncio.create_task(work())
    await asyncio.gather(waiter(t, "w1"), waiter(t, "w2"))
    print("again:", await t)

asyncio.run(main())

# expect: work runs
# expect: w1 got value
# expect: w2 got value
# expect: again: value
