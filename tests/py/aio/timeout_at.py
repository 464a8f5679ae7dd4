# timeout_at takes an absolute deadline on the loop clock.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.2):
            await asyncio.sleep(0.1)
            print(f"first sleep done at {loop.time() - start:.1f}")
            await asyncio.sleep(0.1)
            await asyncio.sleep(0.1)
            print("never printed")
    except TimeoutError:
        print(f"TimeoutError at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: first sleep done at 0.1
# expect: TimeoutError at 0.2
