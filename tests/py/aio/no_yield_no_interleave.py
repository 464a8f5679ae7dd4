# A coroutine that never awaits anything that suspends runs to completion
# without letting other tasks in: awaiting a coroutine is not a yield.
import asyncio

async def compute(n):
    return n * 2

async def other():
    print("other task runs")

async def main():
    asyncio.create_task(other())
    total = 0
    for i in range(3):
        total += await compute(i)
        print("step", i, "total", total)
    print("now yield")
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())

# expect: step 0 total 0
# expect: step 1 total 2
# expect: step 2 total 6
# expect: now yield
# expect: other task runs
# expect: main done
