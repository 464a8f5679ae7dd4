# async for over an async iterator (was a refusal test).
import asyncio


async def stream():
    yield "a"
    yield "b"


async def main(s):
    async for item in s:
        print(item)


asyncio.run(main(stream()))
# expect: a
# expect: b
