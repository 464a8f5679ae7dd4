# A TaskGroup refuses create_task after its block (the coroutine is dropped
# unawaited, warned at the handler's last line); a Timeout cannot be entered twice.
import asyncio

async def main():
    tg = asyncio.TaskGroup()
    async with tg:
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print(e)
    print(repr(tg))
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print(e)
    t = asyncio.timeout(1)
    async with t:
        try:
            async with t:
                pass
        except RuntimeError as e:
            print(e)

asyncio.run(main())

# expect: <TaskGroup entered>
# expect: TaskGroup <TaskGroup entered> has already been entered
# expect: <TaskGroup entered>
# expect: TaskGroup <TaskGroup entered> is finished
# expect: Timeout has already been entered
# expect stderr: FILE:18: RuntimeWarning: coroutine 'sleep' was never awaited
# expect stderr:   print(e)
# expect stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
