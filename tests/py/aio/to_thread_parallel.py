# Blocking sleeps in worker threads overlap: two 0.2 s calls take 0.2 s,
# while the same calls made directly in a coroutine would take 0.4 s.
import asyncio
import time

def slow(n):
    time.sleep(0.2)
    return n

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(asyncio.to_thread(slow, 1), asyncio.to_thread(slow, 2))
    print(results, f"threads took {loop.time() - start:.1f}")
    start = loop.time()
    results = [slow(1), slow(2)]
    print(results, f"direct calls took {loop.time() - start:.1f}")

asyncio.run(main())

# expect: [1, 2] threads took 0.2
# expect: [1, 2] direct calls took 0.4
