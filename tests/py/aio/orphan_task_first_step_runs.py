# A task created just before main returns still runs its first step: the
# loop stops only after the callbacks queued before main's completion
# callback. At its first real await it is cancelled by asyncio.run.
import asyncio

async def orphan():
    print("orphan's first step runs")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("orphan cancelled at shutdown")
        raise

async def main():
    asyncio.create_task(orphan())
    print("main returns without yielding")

asyncio.run(main())
print("done")

# expect: main returns without yielding
# expect: orphan's first step runs
# expect: orphan cancelled at shutdown
# expect: done
