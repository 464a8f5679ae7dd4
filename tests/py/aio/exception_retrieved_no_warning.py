# Calling exception() (or result(), or awaiting) marks the failure as
# retrieved: no warning when the task goes away.
import asyncio

async def fails():
    raise ValueError("seen")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.1)
    print(repr(t.exception()))
    del t
    print("no warning")

asyncio.run(main())

# expect: ValueError('seen')
# expect: no warning
