# Simulated network latency with a seeded random: the same seed gives CPython's delays,
# so the tasks finish in the same order and gather still returns results in call order.
import asyncio
import random

async def fetch(i):
    delay = random.uniform(0.01, 0.05)
    await asyncio.sleep(delay)
    print(f"fetched {i} after {delay:.3f}s")
    return i * 10

async def main():
    random.seed(7)
    results = await asyncio.gather(*(fetch(i) for i in range(5)))
    print(results)
    jitter = [random.randint(1, 100) for _ in range(5)]
    print(jitter, random.choice(["a", "b", "c"]))

asyncio.run(main())
# expect: fetched 3 after 0.013s
# expect: fetched 1 after 0.016s
# expect: fetched 0 after 0.023s
# expect: fetched 4 after 0.031s
# expect: fetched 2 after 0.036s
# expect: [0, 10, 20, 30, 40]
# expect: [47, 75, 8, 65, 28] a
