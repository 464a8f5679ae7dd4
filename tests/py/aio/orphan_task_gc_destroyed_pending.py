# The loop holds tasks weakly. A task waiting on a future that only it
# references is garbage once nobody keeps the task: gc.collect() destroys
# it while pending, and CPython reports it on stderr.
import asyncio
import gc

async def waiter():
    fut = asyncio.get_running_loop().create_future()
    await fut
    print("never printed")

async def main():
    asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("collecting")
    gc.collect()
    print("collected")

asyncio.run(main())

# expect: collecting
# expect: collected
# expect stderr: Task was destroyed but it is pending!
# expect stderr: task: <Task pending name='Task-2' coro=<waiter() done, defined at FILE:7> wait_for=<Future pending cb=[Task.task_wakeup()]>>
