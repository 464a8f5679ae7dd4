# An exception escaping main ends asyncio.run with a traceback and exit
# code 1; the traceback goes through the awaited coroutine.
import asyncio

async def check(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n

async def main():
    print("checking", await check(1))
    await check(-1)
    print("never printed")

asyncio.run(main())

# expect: checking 1
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 16, in <module>
# expect stderr:     asyncio.run(main())
# expect stderr:   File "FILE", line 13, in main
# expect stderr:     await check(-1)
# expect stderr:   File "FILE", line 8, in check
# expect stderr:     raise ValueError(f"negative: {n}")
# expect stderr: ValueError: negative: -1
# expect runtime error: ValueError: negative: -1
