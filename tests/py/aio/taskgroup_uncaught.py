# An uncaught ExceptionGroup from a TaskGroup ends the program with an
# exception-group traceback.
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("nobody caught me")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails())

asyncio.run(main())

# expect stderr:   + Exception Group Traceback (most recent call last):
# expect stderr:   |   File "FILE", line 13, in <module>
# expect stderr:   |     asyncio.run(main())
# expect stderr:   |   File "FILE", line 10, in main
# expect stderr:   |     async with asyncio.TaskGroup() as tg:
# expect stderr:   | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
# expect stderr:   +-+---------------- 1 ----------------
# expect stderr:     | Traceback (most recent call last):
# expect stderr:     |   File "FILE", line 7, in fails
# expect stderr:     |     raise ValueError("nobody caught me")
# expect stderr:     | ValueError: nobody caught me
# expect stderr:     +------------------------------------
# expect runtime error:     +------------------------------------
