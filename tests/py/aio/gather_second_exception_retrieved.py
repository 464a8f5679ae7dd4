# Once a gather has failed, later exceptions of its children are marked as
# retrieved by the gather: no "exception was never retrieved" warning.
import asyncio

async def bad(msg, delay):
    await asyncio.sleep(delay)
    print("raising", msg)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(bad("first", 0.1), bad("second", 0.2))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.2)
    print("done")

asyncio.run(main())

# expect: raising first
# expect: caught first
# expect: raising second
# expect: done
