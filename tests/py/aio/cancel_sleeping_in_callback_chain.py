# A cancelled task gets the CancelledError only when the loop runs it:
# callbacks already queued run first.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker sees the cancellation")
        raise

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    loop.call_soon(print, "callback queued before cancel")
    t.cancel()
    loop.call_soon(print, "callback queued after cancel")
    await asyncio.sleep(0.1)

asyncio.run(main())

# expect: callback queued before cancel
# expect: worker sees the cancellation
# expect: callback queued after cancel
