# Cancelling one child is not a failure: the group does not abort and the
# other children finish normally.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.3))
        b = tg.create_task(job("b", 0.2))
        await asyncio.sleep(0.1)
        a.cancel()
    print("a cancelled:", a.cancelled(), "b cancelled:", b.cancelled())

asyncio.run(main())

# expect: b done
# expect: a cancelled: True b cancelled: False
