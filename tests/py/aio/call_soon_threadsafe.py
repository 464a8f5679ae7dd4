# call_soon_threadsafe queues a callback like call_soon (and wakes the loop when
# called from another thread); it returns a Handle. get_debug() is False.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    h = loop.call_soon_threadsafe(print, "threadsafe")
    loop.call_soon(print, "soon 2")
    print(type(h).__name__, loop.get_debug())
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())

# expect: Handle False
# expect: soon 1
# expect: threadsafe
# expect: soon 2
# expect: end
