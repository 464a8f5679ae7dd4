# An async generator left unfinished is closed by asyncio.run's shutdown_asyncgens.
import asyncio


async def feed():
    try:
        yield 1
        yield 2
    finally:
        print("feed closed")


gen = None


async def main():
    global gen
    gen = feed()
    print(await anext(gen))
    print("main returns")


asyncio.run(main())
print("after run")
# expect: 1
# expect: main returns
# expect: feed closed
# expect: after run
