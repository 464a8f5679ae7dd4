# An async generator yields values with awaits between them; async for consumes them.
import asyncio


async def stream_tokens(text):
    for word in text.split():
        await asyncio.sleep(0.1)
        yield word


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async for token in stream_tokens("hello async world"):
        print(f"{loop.time() - start:.1f} {token}")


asyncio.run(main())
# expect: 0.1 hello
# expect: 0.2 async
# expect: 0.3 world
