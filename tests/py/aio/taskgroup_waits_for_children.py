# Leaving the async with block waits for every child, even ones created
# by other children through the group.
import asyncio

async def grandchild():
    await asyncio.sleep(0.2)
    print("grandchild done")

async def child(tg):
    await asyncio.sleep(0.1)
    print("child done, starting a grandchild")
    tg.create_task(grandchild())

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(tg))
    print(f"group exited at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: child done, starting a grandchild
# expect: grandchild done
# expect: group exited at 0.3
