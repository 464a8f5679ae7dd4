# A TaskGroup can be entered once: a second `async with` on it raises, naming the
# group by its repr; after the block it refuses new tasks as finished.
import asyncio

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        print(repr(tg))
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(tg))
    c = asyncio.sleep(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()

asyncio.run(main())

# expect: <TaskGroup>
# expect: <TaskGroup entered>
# expect: RuntimeError: TaskGroup <TaskGroup entered> has already been entered
# expect: <TaskGroup entered>
# expect: RuntimeError: TaskGroup <TaskGroup entered> is finished
