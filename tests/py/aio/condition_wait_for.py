# Condition.wait_for(predicate) keeps waiting until the predicate holds.
import asyncio

async def consumer(cond, items):
    async with cond:
        await cond.wait_for(lambda: len(items) >= 3)
        print("consumer sees", items)

async def main():
    cond = asyncio.Condition()
    items = []
    t = asyncio.create_task(consumer(cond, items))
    for i in range(4):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            print("produced", i)
            cond.notify()
    await t

asyncio.run(main())

# expect: produced 0
# expect: produced 1
# expect: produced 2
# expect: consumer sees [0, 1, 2]
# expect: produced 3
