# CancelledError is a BaseException, not an Exception: `except Exception`
# does not swallow a cancellation.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("never printed")

async def main():
    print(isinstance(asyncio.CancelledError(), BaseException))
    print(isinstance(asyncio.CancelledError(), Exception))
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled despite except Exception")

asyncio.run(main())

# expect: True
# expect: False
# expect: worker cancelled despite except Exception
