# A child cancelled on its own makes gather raise CancelledError (the
# other children keep running); with return_exceptions=True the
# CancelledError is returned in its slot instead.
import asyncio

async def work(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    t1 = asyncio.create_task(work(1))
    t2 = asyncio.create_task(work(2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t1.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print("t2 still running:", not t2.done())
    print("t2 result:", await t2)

    t3 = asyncio.create_task(work(1))
    t4 = asyncio.create_task(work(2))
    g = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0)
    t3.cancel()
    results = await g
    print([type(r).__name__ for r in results], results[1])

asyncio.run(main())

# expect: gather raised CancelledError
# expect: t2 still running: True
# expect: t2 result: 2
# expect: ['CancelledError', 'int'] 2
