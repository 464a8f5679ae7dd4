# wait_for waits for the cancelled inner task to finish its cleanup, so the
# TimeoutError arrives only after the cleanup is done.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.2)
        print("cleanup ends")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow(), timeout=0.1)
    except TimeoutError:
        print(f"TimeoutError at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: cleanup starts
# expect: cleanup ends
# expect: TimeoutError at 0.3
