# If the main task is cancelled and does not catch it, asyncio.run raises
# CancelledError and the program ends with a traceback.
import asyncio

async def main():
    asyncio.current_task().cancel()
    print("main cancelled itself")
    await asyncio.sleep(0.1)
    print("never printed")

asyncio.run(main())

# expect: main cancelled itself
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 11, in <module>
# expect stderr:     asyncio.run(main())
# expect stderr:   File "FILE", line 8, in main
# expect stderr:     await asyncio.sleep(0.1)
# expect stderr: asyncio.exceptions.CancelledError
# expect runtime error: asyncio.exceptions.CancelledError
