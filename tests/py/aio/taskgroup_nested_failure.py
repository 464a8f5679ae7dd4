# A failing inner TaskGroup raises its ExceptionGroup into the outer group,
# which wraps it again.
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("deep")

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fails())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(inner_group())
    except ExceptionGroup as eg:
        print(repr(eg))
        print(type(eg.exceptions[0]).__name__, eg.exceptions[0].exceptions)

asyncio.run(main())

# expect: ExceptionGroup('unhandled errors in a TaskGroup', [ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('deep')])])
# expect: ExceptionGroup (ValueError('deep'),)
