# The Task-N counter is process-wide: a second asyncio.run continues it.
# asyncio.run itself runs two internal tasks when it shuts down (async
# generators, default executor), which take Task-3 and Task-4 here.
import asyncio

async def child():
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task().get_name()
    return me, await asyncio.create_task(child())

print(asyncio.run(main()))
print(asyncio.run(main()))

# expect: ('Task-1', 'Task-2')
# expect: ('Task-5', 'Task-6')
