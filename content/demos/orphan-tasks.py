import asyncio
import gc

background = set()        # the fix: strong references until each task ends


async def wait_on_private_future():
    fut = asyncio.get_running_loop().create_future()   # nobody else has it
    try:
        await fut
    finally:
        print("orphan: finally ran")


async def nap(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name}: woke up")
    except asyncio.CancelledError:
        print(f"{name}: cancelled by asyncio.run at shutdown")
        raise


async def main():
    gc.collect()                                   # start from a clean heap
    asyncio.create_task(wait_on_private_future())  # reference dropped
    asyncio.create_task(nap("napper", 10))   # dropped; its timer holds it
    task = asyncio.create_task(nap("kept", 0.1))
    background.add(task)
    task.add_done_callback(background.discard)
    await asyncio.sleep(0)                   # all three start and wait
    print("tasks alive:", len(asyncio.all_tasks()))
    gc.collect()
    print("after gc.collect():", len(asyncio.all_tasks()))
    await asyncio.sleep(0.2)
    print("background set:", len(background), "- main returns")


asyncio.run(main())
