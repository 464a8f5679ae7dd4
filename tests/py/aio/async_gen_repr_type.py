# An async generator object and its awaitables, by type name.
import asyncio


async def agen():
    yield 1


async def main():
    g = agen()
    print(type(g).__name__)
    print(repr(g).startswith("<async_generator object agen at 0x"))
    step = g.__anext__()
    print(type(step).__name__)
    print(await step)
    print(type(g.aclose()).__name__)
    print(asyncio.iscoroutine(g))


asyncio.run(main())
# expect: async_generator
# expect: True
# expect: async_generator_asend
# expect: 1
# expect: async_generator_athrow
# expect: False
