# Raising StopAsyncIteration inside an async generator becomes a RuntimeError.
import asyncio


async def broken():
    yield 1
    raise StopAsyncIteration


async def main():
    try:
        async for x in broken():
            print(x)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
# expect: 1
# expect: async generator raised StopAsyncIteration
