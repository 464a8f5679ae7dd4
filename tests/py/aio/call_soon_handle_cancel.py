# call_soon also returns a cancellable handle.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "one")
    h = loop.call_soon(print, "two")
    loop.call_soon(print, "three")
    h.cancel()
    await asyncio.sleep(0)

asyncio.run(main())

# expect: one
# expect: three
