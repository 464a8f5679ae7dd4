# CPython's warnings filter shows a given warning once per source line:
# three coroutines dropped at the same line give a single RuntimeWarning.
import asyncio

async def job(n):
    return n

async def main():
    for n in range(3):
        job(n)
    print("loop done")

asyncio.run(main())

# expect: loop done
# expect stderr: FILE:10: RuntimeWarning: coroutine 'job' was never awaited
# expect stderr:   job(n)
# expect stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
