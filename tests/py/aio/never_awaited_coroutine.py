# Calling an async function without awaiting it only creates a coroutine
# object; nothing runs, and CPython warns when the object is discarded.
import asyncio

async def greet():
    print("never printed")

async def main():
    greet()
    print("main continues")
    await asyncio.sleep(0)

asyncio.run(main())

# expect: main continues
# expect stderr: FILE:9: RuntimeWarning: coroutine 'greet' was never awaited
# expect stderr:   greet()
# expect stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
