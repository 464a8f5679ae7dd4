# from asyncio import sleep, run; a minimal coroutine.
import asyncio
from asyncio import sleep, run

async def main():
    print("before")
    await sleep(0)
    result = await asyncio.sleep(0, result="slept")
    print(result)
    return 42

print(run(main()))
# expect: before
# expect: slept
# expect: 42
