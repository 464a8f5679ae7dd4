# Waiting on an event that is already set returns True at once; clear()
# makes later waiters block again.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    event = asyncio.Event()
    print("is_set:", event.is_set())
    event.set()
    print("is_set:", event.is_set())
    print("wait returns:", await event.wait(), f"at {loop.time() - start:.1f}")
    event.clear()
    print("is_set after clear:", event.is_set())
    loop.call_later(0.1, event.set)
    await event.wait()
    print(f"woke again at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: is_set: False
# expect: is_set: True
# expect: wait returns: True at 0.0
# expect: is_set after clear: False
# expect: woke again at 0.1
