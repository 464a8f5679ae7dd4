# Keeping a reference to the task (here in a list) keeps it alive through
# gc.collect(); it can then be completed normally.
import asyncio
import gc

async def waiter(fut_box):
    fut = asyncio.get_running_loop().create_future()
    fut_box.append(fut)
    return await fut

async def main():
    box = []
    tasks = [asyncio.create_task(waiter(box))]
    await asyncio.sleep(0)
    gc.collect()
    print("task still pending:", not tasks[0].done())
    box[0].set_result("completed after gc")
    print(await tasks[0])

asyncio.run(main())

# expect: task still pending: True
# expect: completed after gc
