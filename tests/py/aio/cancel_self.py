# A task can cancel itself: the CancelledError arrives at its next await.
import asyncio

async def main():
    me = asyncio.current_task()
    me.cancel()
    print("still running after cancel()")
    print("cancelling:", me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("CancelledError at the next await")
        me.uncancel()
    print("cancelling:", me.cancelling())

asyncio.run(main())

# expect: still running after cancel()
# expect: cancelling: 1
# expect: CancelledError at the next await
# expect: cancelling: 0
