# Tasks start in the order they were created once the creator yields.
import asyncio

async def worker(n):
    print("start", n)
    await asyncio.sleep(0)
    print("end", n)

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in range(3)]
    print("created")
    for t in tasks:
        await t
    print("all done")

asyncio.run(main())

# expect: created
# expect: start 0
# expect: start 1
# expect: start 2
# expect: end 0
# expect: end 1
# expect: end 2
# expect: all done
