# current_task() is the task running the current coroutine; a plain
# callback runs outside any task, and outside the loop it is an error.
import asyncio

async def child():
    return asyncio.current_task()

async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name())
    t = asyncio.create_task(child(), name="child")
    print("child saw itself:", (await t) is t)
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("in callback:", asyncio.current_task()))
    await asyncio.sleep(0)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("outside the loop:", e)

# expect: main task: Task-1
# expect: child saw itself: True
# expect: in callback: None
# expect: outside the loop: no running event loop
