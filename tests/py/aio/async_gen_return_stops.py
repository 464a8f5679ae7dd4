# A bare return ends an async generator; its consumer sees StopAsyncIteration.
import asyncio


async def until_negative(values):
    for v in values:
        if v < 0:
            return
        yield v


async def main():
    print([v async for v in until_negative([3, 1, -1, 5])])
    g = until_negative([-2])
    try:
        await g.__anext__()
    except StopAsyncIteration as e:
        print("stopped", repr(e))


asyncio.run(main())
# expect: [3, 1]
# expect: stopped StopAsyncIteration()
