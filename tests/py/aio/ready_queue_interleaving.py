# call_soon callbacks, a new task's first step, call_later(0) and a sleep(0)
# resumption interleave in the order CPython's ready queue gives them.
import asyncio

def cb(name):
    print("callback", name)

async def task(name):
    print("task start", name)
    await asyncio.sleep(0)
    print("task after sleep0", name)
    await asyncio.sleep(0.1)
    print("task end", name)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, cb, "later-0.1")
    loop.call_soon(cb, "soon-1")
    t = asyncio.create_task(task("A"))
    loop.call_soon(cb, "soon-2")
    loop.call_later(0, cb, "later-0")
    print("main before sleep")
    await asyncio.sleep(0)
    print("main after sleep0")
    await t
    print("done")

asyncio.run(main())

# expect: main before sleep
# expect: callback soon-1
# expect: task start A
# expect: callback soon-2
# expect: main after sleep0
# expect: callback later-0
# expect: task after sleep0 A
# expect: callback later-0.1
# expect: task end A
# expect: done
