# When a sleep's timer fires it only schedules the task's wakeup: a timer
# callback due in the same loop iteration runs first, even though its
# deadline is later. (time.sleep makes both timers overdue, so they are
# surely handled in the same iteration.)
import asyncio
import time

async def sleeper():
    await asyncio.sleep(0.1)
    print("task resumes")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_later(0.1, print, "timer callback")
    time.sleep(0.2)
    await t

asyncio.run(main())

# expect: timer callback
# expect: task resumes
