# Barrier.reset() breaks the current round (waiters get BrokenBarrierError "Abort
# or reset of barrier") and refills; abort() leaves it broken, so later waits fail
# at once with "Barrier aborted", until a reset. BrokenBarrierError is a
# RuntimeError.
import asyncio

async def waiter(b, n):
    try:
        print(n, "got index", await b.wait())
    except asyncio.BrokenBarrierError as e:
        print(n, "broken:", e)

async def main():
    b = asyncio.Barrier(3)
    t = asyncio.create_task(waiter(b, "first"))
    await asyncio.sleep(0)
    print(repr(b).split(" [")[1])
    await b.reset()
    await t
    print(repr(b).split(" [")[1], b.broken)
    t = asyncio.create_task(waiter(b, "second"))
    await asyncio.sleep(0)
    await b.abort()
    await t
    print(repr(b).split(" [")[1], b.broken, b.n_waiting)
    await waiter(b, "third")
    await b.reset()
    print(b.broken, repr(b).split(" [")[1])
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())

# expect: filling, waiters:1/3]>
# expect: first broken: Abort or reset of barrier
# expect: filling, waiters:0/3]> False
# expect: second broken: Abort or reset of barrier
# expect: broken]> True 0
# expect: third broken: Barrier aborted
# expect: False filling, waiters:0/3]>
# expect: True
