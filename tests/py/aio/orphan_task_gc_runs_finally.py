# When a pending task is garbage collected, its coroutine is closed:
# GeneratorExit is thrown in, so its finally block runs during collection.
import asyncio
import gc

async def waiter():
    fut = asyncio.get_running_loop().create_future()
    try:
        await fut
    finally:
        print("finally runs during gc.collect()")

async def main():
    asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print("before collect")
    gc.collect()
    print("after collect")

asyncio.run(main())

# expect: before collect
# expect: finally runs during gc.collect()
# expect: after collect
# expect stderr: Task was destroyed but it is pending!
# expect stderr: task: <Task pending name='Task-2' coro=<waiter() done, defined at FILE:6> wait_for=<Future pending cb=[Task.task_wakeup()]>>
