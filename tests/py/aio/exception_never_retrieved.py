# A task that fails when nobody awaits it or asks for its exception:
# CPython reports "Task exception was never retrieved" when the task is
# destroyed (here when the last reference goes at `del`).
import asyncio

async def fails():
    raise ValueError("nobody saw this")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print("task done:", t.done())
    del t
    print("after del")

asyncio.run(main())

# expect: task done: True
# expect: after del
# expect stderr: Task exception was never retrieved
# expect stderr: future: <Task finished name='Task-2' coro=<fails() done, defined at FILE:6> exception=ValueError('nobody saw this')>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 7, in fails
# expect stderr:     raise ValueError("nobody saw this")
# expect stderr: ValueError: nobody saw this
