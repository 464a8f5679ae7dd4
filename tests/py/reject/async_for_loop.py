# async for needs async iterators, which the subset leaves out.
# expect error: 6:5: 'async for' loops are not supported by looplab (see looplab help python)
import asyncio

async def main(stream):
    async for item in stream:
        print(item)
