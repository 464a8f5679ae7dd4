# iscoroutine is True for coroutine objects only: not for the async
# function itself, nor for tasks or futures.
import asyncio

async def job():
    return "job ran"

async def main():
    c = job()
    print("coroutine object:", asyncio.iscoroutine(c), type(c).__name__)
    print("async function:", asyncio.iscoroutine(job))
    t = asyncio.create_task(c)
    print("task:", asyncio.iscoroutine(t))
    print("future:", asyncio.iscoroutine(asyncio.get_running_loop().create_future()))
    print("plain value:", asyncio.iscoroutine(42))
    print(await t)

asyncio.run(main())

# expect: coroutine object: True coroutine
# expect: async function: False
# expect: task: False
# expect: future: False
# expect: plain value: False
# expect: job ran
