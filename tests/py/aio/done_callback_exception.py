# An exception raised by a done callback is reported like any callback
# exception; the task's own result is unaffected.
import asyncio

async def work():
    return "fine"

def bad_callback(task):
    raise RuntimeError("callback broke")

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(bad_callback)
    print(await t)
    await asyncio.sleep(0)
    print("still running")

asyncio.run(main())

# expect: fine
# expect: still running
# expect stderr: Exception in callback bad_callback(<Task finishe...result='fine'>) at FILE:8
# expect stderr: handle: <Handle bad_callback(<Task finishe...result='fine'>) at FILE:8>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 9, in bad_callback
# expect stderr:     raise RuntimeError("callback broke")
# expect stderr: RuntimeError: callback broke
