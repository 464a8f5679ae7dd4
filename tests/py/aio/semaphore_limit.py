# Semaphore(2) lets at most two workers into the block at once: four
# 0.1 s jobs take 0.2 s.
import asyncio

async def worker(n, sem, state, loop, start):
    async with sem:
        state["inside"] += 1
        state["peak"] = max(state["peak"], state["inside"])
        print(f"worker {n} enters at {loop.time() - start:.1f}")
        await asyncio.sleep(0.1)
        state["inside"] -= 1

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(2)
    state = {"inside": 0, "peak": 0}
    await asyncio.gather(*[worker(n, sem, state, loop, start) for n in range(4)])
    print("peak concurrency:", state["peak"], f"total {loop.time() - start:.1f}")

asyncio.run(main())

# expect: worker 0 enters at 0.0
# expect: worker 1 enters at 0.0
# expect: worker 2 enters at 0.1
# expect: worker 3 enters at 0.1
# expect: peak concurrency: 2 total 0.2
