# If a leftover task raises something other than CancelledError while
# asyncio.run cancels it, the error is reported on stderr and the program
# still ends normally.
import asyncio

async def orphan():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError("failed while being cancelled")

async def main():
    asyncio.create_task(orphan(), name="orphan")
    await asyncio.sleep(0.1)
    print("main returns")

asyncio.run(main())
print("after run")

# expect: main returns
# expect: after run
# expect stderr: unhandled exception during asyncio.run() shutdown
# expect stderr: task: <Task finished name='orphan' coro=<orphan() done, defined at FILE:6> exception=ValueError('failed while being cancelled')>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 8, in orphan
# expect stderr:     await asyncio.sleep(10)
# expect stderr: asyncio.exceptions.CancelledError
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 10, in orphan
# expect stderr:     raise ValueError("failed while being cancelled")
# expect stderr: ValueError: failed while being cancelled
