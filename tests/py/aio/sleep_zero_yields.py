# await asyncio.sleep(0) is a bare yield: other ready tasks take turns.
import asyncio

async def ping(name, times):
    for i in range(times):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    a = asyncio.create_task(ping("a", 3))
    b = asyncio.create_task(ping("b", 3))
    await a
    await b

asyncio.run(main())

# expect: a 0
# expect: b 0
# expect: a 1
# expect: b 1
# expect: a 2
# expect: b 2
