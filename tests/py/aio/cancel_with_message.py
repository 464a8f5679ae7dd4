# cancel(msg) passes a message: the CancelledError raised inside the task
# carries it in its args.
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside, args:", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside, args:", e.args)

asyncio.run(main())

# expect: inside, args: ('shutting down',)
# expect: outside, args: ('shutting down',)
