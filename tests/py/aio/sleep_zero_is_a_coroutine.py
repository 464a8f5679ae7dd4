# asyncio.sleep(0) behaves as the coroutine object CPython returns: its type, iscoroutine,
# await once (a bare yield), awaiting twice raises, Tasks and gather accept it, close().
import asyncio
async def main():
    s = asyncio.sleep(0, "r")
    print(type(s).__name__, asyncio.iscoroutine(s), repr(s).startswith("<coroutine object sleep at"))
    print(await s)
    try:
        await s
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(-1, 2), asyncio.sleep(0.01, 3)))
    t = asyncio.create_task(asyncio.sleep(0, "t"))
    print(await t, t.get_coro() is not None)
    print(await asyncio.wait_for(asyncio.sleep(0, "w"), 1))
    c = asyncio.sleep(0)
    c.close()
    async def canc():
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    t = asyncio.create_task(canc())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
asyncio.run(main())

# expect: coroutine True True
# expect: r
# expect: RuntimeError: cannot reuse already awaited coroutine
# expect: [1, 2, 3]
# expect: t True
# expect: w
# expect: cancelled
