# remove_done_callback removes every registration of the callback and
# returns how many there were.
import asyncio

def cb(fut):
    print("cb called")

def other(fut):
    print("other called")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(cb)
    fut.add_done_callback(other)
    fut.add_done_callback(cb)
    print("removed:", fut.remove_done_callback(cb))
    print("removed again:", fut.remove_done_callback(cb))
    fut.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())

# expect: removed: 2
# expect: removed again: 0
# expect: other called
