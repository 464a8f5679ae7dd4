# asyncio.Future() made inside a running loop works like
# loop.create_future().
import asyncio

async def main():
    fut = asyncio.Future()
    print("done:", fut.done())
    asyncio.get_running_loop().call_soon(fut.set_result, "via call_soon")
    print(await fut)

asyncio.run(main())

# expect: done: False
# expect: via call_soon
