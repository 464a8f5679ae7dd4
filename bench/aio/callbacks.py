# A chain of 1,000,000 call_soon callbacks, each scheduling the next.
import asyncio

N = 1000000

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    count = 0

    def step():
        nonlocal count
        count += 1
        if count < N:
            loop.call_soon(step)
        else:
            done.set_result(count)

    loop.call_soon(step)
    print("callbacks", await done)

asyncio.run(main())
