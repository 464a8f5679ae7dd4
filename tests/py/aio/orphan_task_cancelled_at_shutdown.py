# When main returns, asyncio.run cancels the tasks still pending and waits
# for them to finish cancelling: an orphan task's work is cut short.
import asyncio

async def orphan():
    try:
        print("orphan starts a long job")
        await asyncio.sleep(10)
        print("never printed")
    except asyncio.CancelledError:
        print("orphan cancelled at shutdown")
        raise
    finally:
        print("orphan cleanup")

async def main():
    asyncio.create_task(orphan())
    await asyncio.sleep(0.1)
    print("main returns")

asyncio.run(main())
print("asyncio.run returned")

# expect: orphan starts a long job
# expect: main returns
# expect: orphan cancelled at shutdown
# expect: orphan cleanup
# expect: asyncio.run returned
