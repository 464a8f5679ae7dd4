# A body that finishes before the deadline leaves the timeout unexpired.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(0.3) as cm:
        await asyncio.sleep(0.1)
    print("expired:", cm.expired(), f"at {loop.time() - start:.1f}")
    try:
        async with asyncio.timeout(0.1) as cm2:
            await asyncio.sleep(0.3)
    except TimeoutError:
        print("expired:", cm2.expired(), f"at {loop.time() - start:.1f}")
    await asyncio.sleep(0.3)
    print("no late cancellation:", f"{loop.time() - start:.1f}")

asyncio.run(main())

# expect: expired: False at 0.1
# expect: expired: True at 0.2
# expect: no late cancellation: 0.5
