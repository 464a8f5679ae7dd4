# Inside asyncio.timeout, code that swallows the CancelledError keeps running and
# no TimeoutError is raised; an expiring timeout raises TimeoutError from the
# CancelledError; timeout(0) expires only at the next await.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowed")
            print("body continues")
    except TimeoutError:
        print("timeout raised")
    print("after")
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(0.2)
    except TimeoutError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)
    async with asyncio.timeout(0):
        pass
    print("zero timeout without await ok")
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print("zero timeout with await")

asyncio.run(main())

# expect: swallowed
# expect: body continues
# expect: after
# expect: TimeoutError() CancelledError() True
# expect: zero timeout without await ok
# expect: zero timeout with await
