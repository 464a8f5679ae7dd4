# Nested timeouts: the inner, shorter one fires and is handled inside; the
# outer one does not fire because the work finishes before its deadline.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(0.5):
        try:
            async with asyncio.timeout(0.1):
                await asyncio.sleep(1)
        except TimeoutError:
            print(f"inner TimeoutError at {loop.time() - start:.1f}")
        await asyncio.sleep(0.1)
        print(f"outer body done at {loop.time() - start:.1f}")
    print("outer did not fire")

asyncio.run(main())

# expect: inner TimeoutError at 0.1
# expect: outer body done at 0.2
# expect: outer did not fire
