# cancelling() counts pending cancel requests; uncancel() decrements it.
import asyncio

async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught, cancelling() =", me.cancelling())
        print("uncancel() returns", me.uncancel())
        print("cancelling() =", me.cancelling())
    await asyncio.sleep(0.1)
    return "finished"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("before:", t.cancelling())
    t.cancel()
    t.cancel()
    print("after two cancel() calls:", t.cancelling())
    print(await t, t.cancelled())

asyncio.run(main())

# expect: before: 0
# expect: after two cancel() calls: 2
# expect: caught, cancelling() = 2
# expect: uncancel() returns 1
# expect: cancelling() = 1
# expect: finished False
