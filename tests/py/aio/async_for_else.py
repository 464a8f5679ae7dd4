# async for has an else clause, run when the iterator is exhausted without break.
import asyncio


async def numbers(n):
    for i in range(n):
        yield i


async def main():
    async for x in numbers(2):
        print("got", x)
    else:
        print("exhausted")
    async for x in numbers(5):
        if x == 1:
            break
    else:
        print("not printed")
    print("done")


asyncio.run(main())
# expect: got 0
# expect: got 1
# expect: exhausted
# expect: done
