# Several tasks awaiting one Future are woken in the order they began to
# wait, after the code that set the result yields.
import asyncio

async def waiter(fut, name):
    value = await fut
    print(name, "woke with", value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(fut, n)) for n in ["first", "second", "third"]]
    await asyncio.sleep(0)
    fut.set_result(7)
    print("result set")
    await asyncio.gather(*tasks)

asyncio.run(main())

# expect: result set
# expect: first woke with 7
# expect: second woke with 7
# expect: third woke with 7
