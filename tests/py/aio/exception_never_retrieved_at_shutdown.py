# A failed task that nobody looks at is reported when it is destroyed,
# here when main's frame goes away at the end of asyncio.run.
import asyncio

async def fails():
    raise RuntimeError("lost failure")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print("main returns, task done:", t.done())

asyncio.run(main())
print("after asyncio.run")

# expect: main returns, task done: True
# expect: after asyncio.run
# expect stderr: Task exception was never retrieved
# expect stderr: future: <Task finished name='Task-2' coro=<fails() done, defined at FILE:5> exception=RuntimeError('lost failure')>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 6, in fails
# expect stderr:     raise RuntimeError("lost failure")
# expect stderr: RuntimeError: lost failure
