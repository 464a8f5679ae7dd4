# set_exception makes every awaiter of the Future raise that exception.
import asyncio

async def waiter(fut, name):
    try:
        await fut
    except ValueError as e:
        print(name, "got", repr(e))

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    a = asyncio.create_task(waiter(fut, "a"))
    b = asyncio.create_task(waiter(fut, "b"))
    await asyncio.sleep(0)
    fut.set_exception(ValueError("broken"))
    await asyncio.gather(a, b)
    print("exception():", repr(fut.exception()))

asyncio.run(main())

# expect: a got ValueError('broken')
# expect: b got ValueError('broken')
# expect: exception(): ValueError('broken')
