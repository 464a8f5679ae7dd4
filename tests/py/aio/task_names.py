# Tasks are named Task-N by a process-wide counter (the main task of
# asyncio.run is Task-1); name= and set_name override the default name.
import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    print(asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    c = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="fetcher")
    print(a.get_name(), c.get_name(), b.get_name())
    c.set_name("renamed")
    print(c.get_name())
    await asyncio.gather(a, b, c)

asyncio.run(main())

# expect: Task-1
# expect: Task-2 Task-3 fetcher
# expect: renamed
