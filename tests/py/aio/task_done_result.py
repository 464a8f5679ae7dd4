# A task is not done until its coroutine returns; then result() gives the
# return value and exception() gives None.
import asyncio

async def work():
    await asyncio.sleep(0.1)
    return 42

async def main():
    t = asyncio.create_task(work())
    print("done:", t.done(), "cancelled:", t.cancelled())
    value = await t
    print("awaited:", value)
    print("done:", t.done(), "cancelled:", t.cancelled())
    print("result:", t.result(), "exception:", t.exception())

asyncio.run(main())

# expect: done: False cancelled: False
# expect: awaited: 42
# expect: done: True cancelled: False
# expect: result: 42 exception: None
