# Cancelling the future returned by gather cancels every child that is
# still running; awaiting the gather then raises CancelledError. (A CPython
# quirk: the gather future ends holding a CancelledError as its exception,
# so its cancelled() is False.)
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 0.1), child("b", 0.3), child("c", 0.4))
    await asyncio.sleep(0.2)
    print("cancel returns", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("gather cancelled:", g.cancelled())

asyncio.run(main())

# expect: a finished
# expect: cancel returns True
# expect: b cancelled
# expect: c cancelled
# expect: gather raised CancelledError
# expect: gather cancelled: False
