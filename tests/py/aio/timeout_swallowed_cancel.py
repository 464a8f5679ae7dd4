# If the body of a timeout block catches the CancelledError and finishes
# normally, no TimeoutError is raised, but expired() is True.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.timeout(0.1) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body swallowed the cancellation")
    print("no TimeoutError; expired:", cm.expired(), f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: body swallowed the cancellation
# expect: no TimeoutError; expired: True at 0.1
