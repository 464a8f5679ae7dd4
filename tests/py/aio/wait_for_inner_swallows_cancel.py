# If the inner coroutine of wait_for catches the cancellation caused by
# the timeout and returns a value, wait_for returns that value instead
# of raising TimeoutError.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner swallowed the cancellation")
        return "fallback value"

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    result = await asyncio.wait_for(stubborn(), timeout=0.1)
    print(result, f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: inner swallowed the cancellation
# expect: fallback value at 0.1
