# A plain with inside a coroutine.
# expect error: 6:5: 'with' statements are not supported by looplab (see looplab help python)
import asyncio

async def main(ctx):
    with ctx as value:
        print(value)

asyncio.run(main(None))
