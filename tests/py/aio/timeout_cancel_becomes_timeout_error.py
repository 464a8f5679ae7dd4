# Inside the timeout block the code sees CancelledError; only the async
# with turns it into TimeoutError.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("inside:", type(e).__name__)
                raise
    except TimeoutError as e:
        print("outside:", type(e).__name__)
        print("caused by:", type(e.__cause__).__name__)

asyncio.run(main())

# expect: inside: CancelledError
# expect: outside: TimeoutError
# expect: caused by: CancelledError
