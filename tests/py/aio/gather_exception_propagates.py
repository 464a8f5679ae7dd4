# Without return_exceptions, the first exception propagates out of the
# gather at once, but the other awaitables are NOT cancelled: they keep
# running to completion.
import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok", name, "finished")
    return name

async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("bad happened")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.gather(ok("a", 0.2), bad(), ok("b", 0.3))
    except ValueError as e:
        print(f"caught {e!r} at {loop.time() - start:.1f}")
    await asyncio.sleep(0.3)
    print(f"main done at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: caught ValueError('bad happened') at 0.1
# expect: ok a finished
# expect: ok b finished
# expect: main done at 0.4
