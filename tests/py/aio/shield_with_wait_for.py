# wait_for(shield(task), t) gives up after t seconds without cancelling
# the task: a timeout on waiting, not on the work.
import asyncio

async def work():
    await asyncio.sleep(0.3)
    return "result"

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    t = asyncio.create_task(work())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=0.1)
    except TimeoutError:
        print(f"gave up at {loop.time() - start:.1f}, task cancelled: {t.cancelled()}")
    print(await t, f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: gave up at 0.1, task cancelled: False
# expect: result at 0.3
