# A coroutine object can be awaited only once.
import asyncio

async def work():
    return 1

async def main():
    coro = work()
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

# expect: 1
# expect: RuntimeError: cannot reuse already awaited coroutine
