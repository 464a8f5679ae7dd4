# An asyncio.Lock is not a plain context manager (3.11): 'with lock' is a TypeError; inside a coroutine the error names the object.
import asyncio
lock = asyncio.Lock()
try:
    with lock:
        print("locked")
except TypeError as e:
    print(e)
async def main(ctx):
    with ctx as value:
        print(value)
asyncio.run(main(None))
# expect: 'Lock' object does not support the context manager protocol
# expect runtime error: TypeError: 'NoneType' object does not support the context manager protocol
