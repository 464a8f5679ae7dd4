# A timeout's deadline can be read with when() and moved with reschedule();
# timeout(None) never expires until rescheduled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.2)
            print(f"deadline in {cm.when() - start:.1f}")
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"TimeoutError at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: when: None
# expect: deadline in 0.3
# expect: TimeoutError at 0.3
