# A deadline already in the past fires on the next timer check, after the
# callbacks that are already ready.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_at(loop.time() - 10, print, "past deadline")
    loop.call_soon(print, "ready callback")
    await asyncio.sleep(0.1)
    print("main")

asyncio.run(main())

# expect: ready callback
# expect: past deadline
# expect: main
