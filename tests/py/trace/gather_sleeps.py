# Two sleeping workers under gather: the narration shows each task created, stepped,
# suspended on its sleep, the virtual clock jumping to each timer, and the wake-ups.
import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")
    return name

async def main():
    t = asyncio.create_task(worker("a", 0.2))
    print(await asyncio.gather(t, worker("b", 0.1)))

asyncio.run(main())
