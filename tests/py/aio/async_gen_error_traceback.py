# An exception inside an async generator propagates through async for to the caller.
import asyncio


async def rows():
    yield 1
    raise ValueError("bad row")


async def main():
    async for r in rows():
        print("row", r)


asyncio.run(main())
# expect: row 1
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 15, in <module>
# expect stderr:     asyncio.run(main())
# expect stderr:   File "FILE", line 11, in main
# expect stderr:     async for r in rows():
# expect stderr:   File "FILE", line 7, in rows
# expect stderr:     raise ValueError("bad row")
# expect stderr: ValueError: bad row
# expect runtime error: ValueError: bad row
