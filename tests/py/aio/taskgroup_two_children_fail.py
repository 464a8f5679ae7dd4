# Two children that fail in the same loop iteration both end up in the
# ExceptionGroup, in the order they finished.
import asyncio

async def fails(exc):
    await asyncio.sleep(0.1)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(ValueError("first")))
            tg.create_task(fails(TypeError("second")))
    except ExceptionGroup as eg:
        print(eg)
        for e in eg.exceptions:
            print(" ", type(e).__name__, e)

asyncio.run(main())

# expect: unhandled errors in a TaskGroup (2 sub-exceptions)
# expect:   ValueError first
# expect:   TypeError second
