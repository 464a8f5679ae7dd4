# While a thread sleeps, timers on the loop fire on time.
import asyncio
import time

def blocking():
    time.sleep(0.3)
    return "thread done"

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    loop.call_later(0.1, lambda: print(f"timer at {loop.time() - start:.1f}"))
    loop.call_later(0.2, lambda: print(f"timer at {loop.time() - start:.1f}"))
    print(await loop.run_in_executor(None, blocking), f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: timer at 0.1
# expect: timer at 0.2
# expect: thread done at 0.3
