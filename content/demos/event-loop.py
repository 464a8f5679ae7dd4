import asyncio

T0 = 0.0


def log(what):
    now = asyncio.get_running_loop().time() - T0
    print(f"{now:.1f}s  {what}")


def chain():
    log("chain runs; it queues 'from chain' with call_soon")
    asyncio.get_running_loop().call_soon(log, "from chain")


async def main():
    global T0
    loop = asyncio.get_running_loop()
    T0 = loop.time()
    loop.call_later(0.2, log, "timer set for 0.2")
    loop.call_later(0.1, log, "timer set for 0.1")
    loop.call_soon(chain)
    loop.call_soon(log, "soon B")
    log("main: 2 callbacks ready, 2 timers set, now awaiting")
    await asyncio.sleep(0.3)
    log("main: resumed by its own 0.3 timer")


asyncio.run(main())
