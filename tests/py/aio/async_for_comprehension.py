# An asynchronous comprehension (was a refusal test).
import asyncio


async def stream():
    for i in range(3):
        yield i * 10


async def collect(s):
    return [item async for item in s]


print(asyncio.run(collect(stream())))
# expect: [0, 10, 20]
