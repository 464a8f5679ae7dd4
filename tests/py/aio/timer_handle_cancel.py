# call_later returns a handle; cancelling it before it fires means the
# callback never runs.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    keep = loop.call_later(0.1, print, "kept timer fired")
    drop = loop.call_later(0.1, print, "dropped timer fired")
    print("cancelled before:", drop.cancelled())
    drop.cancel()
    print("cancelled after:", drop.cancelled(), keep.cancelled())
    await asyncio.sleep(0.2)
    print("done")

asyncio.run(main())

# expect: cancelled before: False
# expect: cancelled after: True False
# expect: kept timer fired
# expect: done
