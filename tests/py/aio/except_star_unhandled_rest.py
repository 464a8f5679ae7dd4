# Exceptions not matched by any except* clause propagate as a new group.
import asyncio

async def fails(exc):
    await asyncio.sleep(0.1)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(ValueError("handled")))
            tg.create_task(fails(TypeError("not handled")))
    except* ValueError as eg:
        print("handled:", [str(e) for e in eg.exceptions])

try:
    asyncio.run(main())
except ExceptionGroup as rest:
    print("left over:", rest.message, repr(rest.exceptions))

# expect: handled: ['handled']
# expect: left over: unhandled errors in a TaskGroup (TypeError('not handled'),)
