# A class with __aiter__ and __anext__ works with async for; StopAsyncIteration ends it.
import asyncio


class Ticker:
    def __init__(self, count):
        self.count = count

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await asyncio.sleep(0.1)
        return self.count


async def main():
    async for n in Ticker(3):
        print("tick", n)


asyncio.run(main())
# expect: tick 2
# expect: tick 1
# expect: tick 0
