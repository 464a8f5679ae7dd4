import asyncio

T0 = 0.0   # set when main starts


def now():
    loop = asyncio.get_running_loop()
    return f"{loop.time() - T0:.1f}s"


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"  {now()} {name} finished")
    return name


async def main():
    global T0
    T0 = asyncio.get_running_loop().time()
    print("gather: results come back in argument order")
    results = await asyncio.gather(job("slow", 0.3), job("fast", 0.1))
    print(f"  {now()} results: {results}")

    print("wait(FIRST_COMPLETED): returns at the first finish")
    slow = asyncio.create_task(job("slow", 0.3))
    fast = asyncio.create_task(job("fast", 0.1))
    done, pending = await asyncio.wait({slow, fast},
                                       return_when=asyncio.FIRST_COMPLETED)
    print(f"  {now()} done: {len(done)}, pending: {len(pending)}")

    print("wait(timeout=0.1): returns (done, pending), cancels nothing")
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print(f"  {now()} done: {len(done)}, pending: {len(pending)},",
          "slow cancelled?", slow.cancelled())
    print("  the task kept running; await it:", await slow)


asyncio.run(main())
