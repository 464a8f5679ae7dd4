# An async generator that yields again after GeneratorExit makes aclose() fail.
import asyncio


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


async def main():
    g = stubborn()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(e)


asyncio.run(main())
# expect: async generator ignored GeneratorExit
