# An exception raised in a task and re-raised by `await task` keeps the
# task's frames in its traceback.
import asyncio

async def child():
    await asyncio.sleep(0.1)
    raise ValueError("bad value in child")

async def main():
    t = asyncio.create_task(child())
    print("waiting for child")
    await t

asyncio.run(main())

# expect: waiting for child
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 14, in <module>
# expect stderr:     asyncio.run(main())
# expect stderr:   File "FILE", line 12, in main
# expect stderr:     await t
# expect stderr:   File "FILE", line 7, in child
# expect stderr:     raise ValueError("bad value in child")
# expect stderr: ValueError: bad value in child
# expect runtime error: ValueError: bad value in child
