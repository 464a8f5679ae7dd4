# all_tasks() returns the set of unfinished tasks of the running loop,
# including the current one (sorted here: it is a set).
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def main():
    a = asyncio.create_task(sleeper(0.1), name="short")
    b = asyncio.create_task(sleeper(0.2), name="long")
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await a
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await b
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())

# expect: ['Task-1', 'long', 'short']
# expect: ['Task-1', 'long']
# expect: ['Task-1']
# expect: True
