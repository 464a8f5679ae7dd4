# Asking a pending task for its result or exception raises InvalidStateError.
import asyncio

async def work():
    await asyncio.sleep(0.1)

async def main():
    t = asyncio.create_task(work())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("result():", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        print("exception():", e)
    await t
    print("after await:", t.result())

asyncio.run(main())

# expect: result(): Result is not set.
# expect: exception(): Exception is not set.
# expect: after await: None
