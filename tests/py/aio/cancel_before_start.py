# A task cancelled before it ever ran is cancelled without running any of
# its code (not even a try/finally inside it).
import asyncio

async def worker():
    try:
        print("never printed")
    finally:
        print("never printed either")

async def main():
    t = asyncio.create_task(worker())
    t.cancel()
    print("cancelled yet?", t.cancelled())
    await asyncio.sleep(0)
    print("cancelled now?", t.cancelled())

asyncio.run(main())

# expect: cancelled yet? False
# expect: cancelled now? True
