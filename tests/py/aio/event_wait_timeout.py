# Event.wait() has no timeout of its own; wait_for adds one.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    event = asyncio.Event()
    try:
        await asyncio.wait_for(event.wait(), timeout=0.2)
    except TimeoutError:
        print(f"gave up at {loop.time() - start:.1f}, is_set {event.is_set()}")

asyncio.run(main())

# expect: gave up at 0.2, is_set False
