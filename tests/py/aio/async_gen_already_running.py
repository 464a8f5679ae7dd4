# Two tasks cannot await the same async generator's __anext__ at once.
import asyncio


async def slow():
    await asyncio.sleep(0.1)
    yield "value"


async def main():
    gen = slow()
    first = asyncio.create_task(anext(gen))
    await asyncio.sleep(0)
    try:
        await anext(gen)
    except RuntimeError as e:
        print(e)
    print(await first)


asyncio.run(main())
# expect: anext(): asynchronous generator is already running
# expect: value
