# asyncio.run returns the value returned by the main coroutine.
import asyncio

async def main(x):
    await asyncio.sleep(0)
    return x * 10

result = asyncio.run(main(4))
print("asyncio.run returned", result)
print("twice:", asyncio.run(main(5)))

# expect: asyncio.run returned 40
# expect: twice: 50
