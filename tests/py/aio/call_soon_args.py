# call_soon passes its extra positional arguments to the callback.
import asyncio

def show(a, b, c):
    print("got", a, b, c)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show, 1, "two", [3])
    await asyncio.sleep(0)

asyncio.run(main())

# expect: got 1 two [3]
