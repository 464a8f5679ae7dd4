# time.sleep blocks the whole loop: three "concurrent" tasks take 0.3 s.
# await asyncio.sleep suspends only the task: three tasks take 0.1 s.
import asyncio
import time

async def blocking(name):
    print("blocking start", name)
    time.sleep(0.1)
    print("blocking end", name)

async def polite(name):
    print("polite start", name)
    await asyncio.sleep(0.1)
    print("polite end", name)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(blocking("a"), blocking("b"), blocking("c"))
    print(f"blocking took {loop.time() - start:.1f}")
    start = loop.time()
    await asyncio.gather(polite("a"), polite("b"), polite("c"))
    print(f"polite took {loop.time() - start:.1f}")

asyncio.run(main())

# expect: blocking start a
# expect: blocking end a
# expect: blocking start b
# expect: blocking end b
# expect: blocking start c
# expect: blocking end c
# expect: blocking took 0.3
# expect: polite start a
# expect: polite start b
# expect: polite start c
# expect: polite end a
# expect: polite end b
# expect: polite end c
# expect: polite took 0.1
