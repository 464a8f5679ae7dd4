# as_completed(timeout=...) raises TimeoutError for what is not done by
# the deadline; the tasks themselves are not cancelled.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fast = asyncio.create_task(job("fast", 0.1))
    slow = asyncio.create_task(job("slow", 0.3))
    try:
        for next_done in asyncio.as_completed([fast, slow], timeout=0.2):
            print(await next_done, f"at {loop.time() - start:.1f}")
    except TimeoutError:
        print(f"TimeoutError at {loop.time() - start:.1f}")
    print("slow cancelled:", slow.cancelled())
    print(await slow, f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: fast at 0.1
# expect: TimeoutError at 0.2
# expect: slow cancelled: False
# expect: slow at 0.3
