# A task that catches each CancelledError and calls uncancel() keeps running;
# two cancel() calls before it runs count twice in cancelling() but deliver one
# CancelledError.
import asyncio

async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(0.1)
            print("slept", i)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("cancel caught", t.cancelling())
            print("uncancel ->", t.uncancel())
    return "survived"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.05)
    t.cancel()
    t.cancel()
    print("cancelling", t.cancelling())
    print(await t)
    print(t.cancelling())

asyncio.run(main())

# expect: cancelling 2
# expect: cancel caught 2
# expect: uncancel -> 1
# expect: slept 1
# expect: slept 2
# expect: survived
# expect: 1
