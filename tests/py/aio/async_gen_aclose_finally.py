# aclose() throws GeneratorExit into the async generator; its finally may still await.
import asyncio


async def connection():
    print("connect")
    try:
        while True:
            yield "data"
    finally:
        await asyncio.sleep(0.1)
        print("disconnected after cleanup")


async def main():
    conn = connection()
    print(await anext(conn))
    await conn.aclose()
    print("closed")
    print(await anext(conn, "nothing more"))


asyncio.run(main())
# expect: connect
# expect: data
# expect: disconnected after cleanup
# expect: closed
# expect: nothing more
