# An async generator: yield inside async def (was a refusal test).
import asyncio


async def ticks(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)


async def main():
    async for t in ticks(3):
        print("tick", t)


asyncio.run(main())
# expect: tick 0
# expect: tick 1
# expect: tick 2
