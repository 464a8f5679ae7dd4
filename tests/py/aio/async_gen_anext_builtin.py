# anext() awaits one item; at the end it raises StopAsyncIteration, or returns a default.
import asyncio


async def two():
    yield "first"
    yield "second"


async def main():
    gen = two()
    print(await anext(gen))
    print(await gen.__anext__())
    print(await anext(gen, "default"))
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
# expect: first
# expect: second
# expect: default
# expect: StopAsyncIteration
