# If the body of the async with raises, the children are cancelled and the
# body's exception is raised inside an ExceptionGroup.
import asyncio

async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print(eg)
        print(repr(eg.exceptions[0]))

asyncio.run(main())

# expect: child cancelled
# expect: unhandled errors in a TaskGroup (1 sub-exception)
# expect: RuntimeError('body failed')
