# finally blocks run on cancellation and may even await.
import asyncio

async def worker():
    try:
        print("working")
        await asyncio.sleep(1)
    finally:
        print("cleanup starts")
        await asyncio.sleep(0.1)
        print("cleanup done")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(f"worker cancelled at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: working
# expect: cleanup starts
# expect: cleanup done
# expect: worker cancelled at 0.2
