# When a sleep's timer fires it only schedules the task's wakeup; a timer
# callback due at the same time runs first, even though it was scheduled
# after the sleep started.
import asyncio

async def sleeper():
    await asyncio.sleep(0.1)
    print("task resumes")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_later(0.1, print, "timer callback")
    await t

asyncio.run(main())

# expect: timer callback
# expect: task resumes
