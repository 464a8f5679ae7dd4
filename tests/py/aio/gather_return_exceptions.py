# With return_exceptions=True, exceptions are returned in the result list
# in argument order, and gather waits for everything.
import asyncio

async def ok(n):
    await asyncio.sleep(0.1 * n)
    return n

async def bad(msg):
    await asyncio.sleep(0.1)
    raise ValueError(msg)

async def main():
    results = await asyncio.gather(ok(1), bad("x"), ok(2), bad("y"), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, isinstance(r, Exception))

asyncio.run(main())

# expect: [1, ValueError('x'), 2, ValueError('y')]
# expect: int False
# expect: ValueError True
# expect: int False
# expect: ValueError True
