# An async generator (yield inside async def).
# expect error: 7:9: 'yield' expressions are not supported by looplab (see looplab help python)
import asyncio

async def ticks(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)
