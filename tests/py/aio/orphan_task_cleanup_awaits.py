# A leftover task may await during its cancellation cleanup; asyncio.run
# waits for it before returning.
import asyncio

async def orphan(loop, start):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"cancelled at {loop.time() - start:.1f}, cleaning up")
        await asyncio.sleep(0.2)
        print(f"cleanup finished at {loop.time() - start:.1f}")
        raise

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    asyncio.create_task(orphan(loop, start))
    await asyncio.sleep(0.1)
    print("main returns")

asyncio.run(main())
print("asyncio.run returned")

# expect: main returns
# expect: cancelled at 0.1, cleaning up
# expect: cleanup finished at 0.3
# expect: asyncio.run returned
