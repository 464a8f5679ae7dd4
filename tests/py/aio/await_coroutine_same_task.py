# Awaiting a coroutine runs it inside the current task; create_task gives
# it a task of its own.
import asyncio

async def where():
    return asyncio.current_task().get_name()

async def main():
    print("main is", asyncio.current_task().get_name())
    print("awaited coroutine runs in", await where())
    print("created task runs in", await asyncio.create_task(where()))

asyncio.run(main())

# expect: main is Task-1
# expect: awaited coroutine runs in Task-1
# expect: created task runs in Task-2
