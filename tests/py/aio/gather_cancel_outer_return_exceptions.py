# Even with return_exceptions=True, cancelling the gather itself makes
# awaiting it raise CancelledError; the children are cancelled.
import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    a = asyncio.create_task(child(0.1))
    b = asyncio.create_task(child(1))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0.2)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("a:", a.result(), "b cancelled:", b.cancelled())

asyncio.run(main())

# expect: gather raised CancelledError
# expect: a: 0.1 b cancelled: True
