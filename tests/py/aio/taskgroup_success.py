# A TaskGroup waits for all its children when the async with block ends.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "done")
    return name.upper()

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.2))
        b = tg.create_task(job("b", 0.1))
        print("body finished creating tasks")
    print(f"group exited at {loop.time() - start:.1f}")
    print(a.result(), b.result())

asyncio.run(main())

# expect: body finished creating tasks
# expect: b done
# expect: a done
# expect: group exited at 0.2
# expect: A B
