import asyncio


async def child(name):
    print(f"  {name}: running")
    return name.upper()


async def main():
    loop = asyncio.get_running_loop()

    coro = child("coro")              # a coroutine object; nothing runs
    print("1. made", type(coro).__name__)
    task = asyncio.create_task(child("task"))   # scheduled, not started
    print("2. made Task; done?", task.done())

    print("3. await coro ->", await coro)   # runs now, inside main
    print("4. task done?", task.done())      # not even started

    fut = loop.create_future()        # an empty result slot
    loop.call_later(0.1, fut.set_result, "filled")
    print("5. await fut ->", await fut)     # main yields; task runs
    print("6. await task ->", await task)   # already done: no wait

    child("lost")                     # never awaited: a warning


asyncio.run(main())
