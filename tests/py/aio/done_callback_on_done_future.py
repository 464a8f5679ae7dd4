# Adding a done callback to a future that is already done does not call
# it right away: it is scheduled with call_soon.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("x")
    fut.add_done_callback(lambda f: print("callback sees", f.result()))
    print("callback added")
    await asyncio.sleep(0)
    print("after yield")

asyncio.run(main())

# expect: callback added
# expect: callback sees x
# expect: after yield
