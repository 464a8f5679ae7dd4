# A Future from loop.create_future() is resolved by set_result; awaiting it
# suspends until then.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fut = loop.create_future()
    print("done:", fut.done())
    loop.call_later(0.1, fut.set_result, "hello")
    value = await fut
    print(value, f"at {loop.time() - start:.1f}")
    print("done:", fut.done(), "result:", fut.result())

asyncio.run(main())

# expect: done: False
# expect: hello at 0.1
# expect: done: True result: hello
