# async with asyncio.timeout(delay): the body is cancelled at the deadline
# and the CancelledError becomes TimeoutError when leaving the block.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.1):
            print("body starts")
            await asyncio.sleep(1)
            print("never printed")
    except TimeoutError:
        print(f"TimeoutError at {loop.time() - start:.1f}")
    print("main continues")

asyncio.run(main())

# expect: body starts
# expect: TimeoutError at 0.1
# expect: main continues
