# An asynchronous comprehension.
# expect error: 6:18: 'async for' comprehensions are not supported by looplab (see looplab help python)
import asyncio

async def collect(stream):
    return [item async for item in stream]
