# A finished TaskGroup accepts no new tasks. In 3.11 and 3.12 the refused
# coroutine is left untouched and can still be awaited (3.13 closes it).
import asyncio

async def job():
    return 1

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job(), name="named")
    print(t.get_name(), t.result())
    coro = job()
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await coro)

asyncio.run(main())

# expect: named 1
# expect: RuntimeError: TaskGroup <TaskGroup entered> is finished
# expect: 1
