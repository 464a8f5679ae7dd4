# A task may catch CancelledError and carry on; if it then returns
# normally, it is not cancelled: it has a result.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught the cancellation, carrying on")
    await asyncio.sleep(0.1)
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.1)
    t.cancel()
    print(await t)
    print("cancelled:", t.cancelled())

asyncio.run(main())

# expect: caught the cancellation, carrying on
# expect: finished anyway
# expect: cancelled: False
