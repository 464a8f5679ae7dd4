# asend() sends a value into an async generator, like send() for generators.
import asyncio


async def accumulator():
    total = 0
    while True:
        value = yield total
        await asyncio.sleep(0)
        total += value


async def main():
    acc = accumulator()
    print(await acc.asend(None))
    print(await acc.asend(5))
    print(await acc.asend(10))
    await acc.aclose()


asyncio.run(main())
# expect: 0
# expect: 5
# expect: 15
