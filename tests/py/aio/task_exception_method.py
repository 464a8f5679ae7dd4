# A task that raised is done; exception() returns the exception (and
# retrieving it means no "never retrieved" warning); result() re-raises it.
import asyncio

async def fail():
    raise ValueError("bad input")

async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print("done:", t.done())
    e = t.exception()
    print("exception:", type(e).__name__, e)
    try:
        t.result()
    except ValueError as err:
        print("result() raised:", err, err is e)

asyncio.run(main())

# expect: done: True
# expect: exception: ValueError bad input
# expect: result() raised: bad input True
