# Async comprehensions: async for inside list, set and dict displays, with await in them.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    print([x async for x in numbers(4)])
    print([x async for x in numbers(6) if x % 2])
    print({x: await double(x) async for x in numbers(3)})
    print(sorted({x % 2 async for x in numbers(5)}))
    print([await double(x) for x in range(3)])


asyncio.run(main())
# expect: [0, 1, 2, 3]
# expect: [1, 3, 5]
# expect: {0: 0, 1: 2, 2: 4}
# expect: [0, 1]
# expect: [0, 2, 4]
