# Event.wait() blocks until set(); set() wakes every waiter, in the order
# they started waiting.
import asyncio

async def waiter(name, event, loop, start):
    print(name, "waiting")
    await event.wait()
    print(name, f"woke at {loop.time() - start:.1f}")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(n, event, loop, start)) for n in ["a", "b", "c"]]
    await asyncio.sleep(0.1)
    print("setting")
    event.set()
    await asyncio.gather(*tasks)

asyncio.run(main())

# expect: a waiting
# expect: b waiting
# expect: c waiting
# expect: setting
# expect: a woke at 0.1
# expect: b woke at 0.1
# expect: c woke at 0.1
