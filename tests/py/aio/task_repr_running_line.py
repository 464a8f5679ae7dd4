# A running task's repr names the line its coroutine is executing now (the print
# that asked for it), not the line where it last suspended.
import asyncio

async def child():
    await asyncio.sleep(0)
    me = asyncio.current_task()
    r = repr(me)
    print(r[:r.index(" coro=")], r[r.rindex(".py:"):])
    await asyncio.sleep(0)
    r = repr(me)
    print(r[r.rindex(".py:"):])

async def main():
    await asyncio.create_task(child())

asyncio.run(main())

# expect: <Task pending name='Task-2' .py:8> cb=[Task.task_wakeup()]>
# expect: .py:11> cb=[Task.task_wakeup()]>
