# Cancelling a Future wakes its awaiters with CancelledError; result()
# on a cancelled future raises CancelledError too.
import asyncio

async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        print("waiter got CancelledError")
        return "waiter survived"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print("cancel:", fut.cancel())
    print("cancelled:", fut.cancelled(), "done:", fut.done())
    print(await t)
    try:
        fut.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")

asyncio.run(main())

# expect: cancel: True
# expect: cancelled: True done: True
# expect: waiter got CancelledError
# expect: waiter survived
# expect: result() raised CancelledError
