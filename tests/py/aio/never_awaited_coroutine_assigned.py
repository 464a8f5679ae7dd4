# The warning comes when the coroutine object is destroyed: here at `del`,
# after it has sat unawaited in a variable.
import asyncio

async def job():
    return 1

async def main():
    c = job()
    print(asyncio.iscoroutine(c))
    del c
    print("after del")

asyncio.run(main())

# expect: True
# expect: after del
# expect stderr: FILE:11: RuntimeWarning: coroutine 'job' was never awaited
# expect stderr:   del c
# expect stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
