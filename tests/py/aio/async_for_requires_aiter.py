# async for over an ordinary list is a TypeError: it needs __aiter__.
import asyncio


async def main():
    try:
        async for x in [1, 2, 3]:
            print(x)
    except TypeError as e:
        print(e)


asyncio.run(main())
# expect: 'async for' requires an object with __aiter__ method, got list
