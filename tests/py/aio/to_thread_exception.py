# An exception raised in the worker thread is raised again by the await.
import asyncio

def broken(x):
    raise KeyError(x)

async def main():
    try:
        await asyncio.to_thread(broken, "missing")
    except KeyError as e:
        print("caught", repr(e))
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, broken, "also missing")
    except KeyError as e:
        print("caught", repr(e))

asyncio.run(main())

# expect: caught KeyError('missing')
# expect: caught KeyError('also missing')
