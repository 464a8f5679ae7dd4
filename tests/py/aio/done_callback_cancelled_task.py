# Done callbacks also run when a task is cancelled.
import asyncio

async def work():
    await asyncio.sleep(1)

def report(task):
    print("callback: cancelled =", task.cancelled())

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(report)
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())

# expect: callback: cancelled = True
# expect: main done
