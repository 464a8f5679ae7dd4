# A child failure also cancels the body of the async with if it is still
# awaiting something; then the ExceptionGroup is raised at the block's end.
import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(f"body cancelled at {loop.time() - start:.1f}")
                raise
    except ExceptionGroup as eg:
        print("caught:", repr(eg.exceptions))
    print("main task cancelling():", asyncio.current_task().cancelling())

asyncio.run(main())

# expect: body cancelled at 0.1
# expect: caught: (ValueError('child failed'),)
# expect: main task cancelling(): 0
