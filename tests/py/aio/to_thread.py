# asyncio.to_thread(func, *args, **kwargs) runs func in a thread and
# returns its result; the loop stays free meanwhile.
import asyncio
import time

def fetch(name, delay=0.1, suffix=""):
    time.sleep(delay)
    return name + suffix

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    value = await asyncio.to_thread(fetch, "data", delay=0.2, suffix="!")
    print(value, f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: data! at 0.2
