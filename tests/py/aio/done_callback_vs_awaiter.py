# An awaiting task is woken by a done callback too: callbacks and awaiters
# run in the order they registered on the task.
import asyncio

async def work():
    await asyncio.sleep(0.1)
    return "r"

async def awaiter(t):
    await t
    print("awaiter resumed")

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(lambda task: print("callback added before awaiter"))
    a = asyncio.create_task(awaiter(t))
    await asyncio.sleep(0)
    t.add_done_callback(lambda task: print("callback added after awaiter"))
    await a

asyncio.run(main())

# expect: callback added before awaiter
# expect: awaiter resumed
# expect: callback added after awaiter
