# shield(): cancelling the task that awaits the shield does not cancel
# the shielded task; it finishes, and its result can still be awaited.
import asyncio

async def important():
    await asyncio.sleep(0.2)
    print("important work finished")
    return "saved"

async def caller(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled")
        raise

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.sleep(0)
    print("caller cancelled:", c.cancelled(), "inner cancelled:", inner.cancelled())
    print(await inner, f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: caller cancelled
# expect: caller cancelled: True inner cancelled: False
# expect: important work finished
# expect: saved at 0.2
