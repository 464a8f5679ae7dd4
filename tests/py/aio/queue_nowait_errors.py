# put_nowait on a full queue raises QueueFull; get_nowait on an empty
# queue raises QueueEmpty.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    print(isinstance(asyncio.QueueFull(), Exception), isinstance(asyncio.QueueEmpty(), Exception))

asyncio.run(main())

# expect: QueueFull
# expect: a
# expect: QueueEmpty
# expect: True True
