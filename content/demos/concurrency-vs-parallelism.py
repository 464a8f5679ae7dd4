import asyncio
import time


def blocking_call(name):
    time.sleep(0.1)        # a blocking library call; it releases the GIL
    return name


async def steps(name):
    for i in range(3):
        print(f"  {name} step {i}")
        await asyncio.sleep(0)     # a switch point: let others run


async def main():
    loop = asyncio.get_running_loop()
    print("concurrency: two tasks take turns on one thread")
    a = asyncio.create_task(steps("A"))
    b = asyncio.create_task(steps("B"))
    await a
    await b

    t0 = loop.time()
    blocking_call("x")
    blocking_call("y")
    print(f"two blocking calls on the loop thread: {loop.time() - t0:.1f}s")

    t0 = loop.time()
    both = await asyncio.gather(asyncio.to_thread(blocking_call, "x"),
                                asyncio.to_thread(blocking_call, "y"))
    print(f"the same calls on two threads: {loop.time() - t0:.1f}s", both)


asyncio.run(main())
