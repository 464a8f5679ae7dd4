# cancel() returns True if the request was made, False if the task is
# already done (then it changes nothing).
import asyncio

async def quick():
    return "ok"

async def main():
    t = asyncio.create_task(quick())
    await t
    print("cancel done task:", t.cancel(), t.cancelled(), t.result())
    s = asyncio.create_task(asyncio.sleep(1))
    print("cancel pending task:", s.cancel())
    print("cancel it again:", s.cancel())
    try:
        await s
    except asyncio.CancelledError:
        print("cancelled:", s.cancelled())
    print("cancel cancelled task:", s.cancel())

asyncio.run(main())

# expect: cancel done task: False False ok
# expect: cancel pending task: True
# expect: cancel it again: True
# expect: cancelled: True
# expect: cancel cancelled task: False
