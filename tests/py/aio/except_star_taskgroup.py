# except* picks the matching exceptions out of a TaskGroup's group; each
# clause runs at most once, with a group of its matches.
import asyncio

async def fails(exc):
    await asyncio.sleep(0)     # all three fail in the same loop iteration
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(ValueError("v1")))
            tg.create_task(fails(KeyError("k")))
            tg.create_task(fails(ValueError("v2")))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("KeyErrors:", [repr(e) for e in eg.exceptions])
    print("after try")

asyncio.run(main())

# expect: ValueErrors: ['v1', 'v2']
# expect: KeyErrors: ["KeyError('k')"]
# expect: after try
