# When main fails while a failed child task is still in one of its variables, the
# traceback keeps main's frame (and so the task) alive: the uncaught traceback
# comes first, 'Task exception was never retrieved' after it, at exit.
import asyncio

async def fails():
    raise KeyError("child")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    raise RuntimeError("main fails")

asyncio.run(main())

# expect runtime error: KeyError: 'child'
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 14, in <module>
# expect stderr:     asyncio.run(main())
# expect stderr:   File "FILE", line 12, in main
# expect stderr:     raise RuntimeError("main fails")
# expect stderr: RuntimeError: main fails
# expect stderr: Task exception was never retrieved
# expect stderr: future: <Task finished name='Task-2' coro=<fails() done, defined at FILE:6> exception=KeyError('child')>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 7, in fails
# expect stderr:     raise KeyError("child")
# expect stderr: KeyError: 'child'
