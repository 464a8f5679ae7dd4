# asyncio.run cannot be called while a loop is running. The coroutine it
# was given is left untouched, so it can still be awaited normally.
import asyncio

async def inner():
    return "inner result"

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)

asyncio.run(main())

# expect: RuntimeError: asyncio.run() cannot be called from a running event loop
# expect: inner result
