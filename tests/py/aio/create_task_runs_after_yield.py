# create_task schedules the coroutine; it does not run until the creator
# yields to the loop (here at `await asyncio.sleep(0)`).
import asyncio

async def worker():
    print("worker runs")

async def main():
    task = asyncio.create_task(worker())
    print("task created")
    print("still in main, done:", task.done())
    await asyncio.sleep(0)
    print("after yield, done:", task.done())

asyncio.run(main())

# expect: task created
# expect: still in main, done: False
# expect: worker runs
# expect: after yield, done: True
