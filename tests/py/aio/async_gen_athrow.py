# athrow() raises an exception inside the async generator at its paused yield.
import asyncio


async def worker():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("worker handled", e)
            await asyncio.sleep(0)


async def main():
    w = worker()
    print(await anext(w))
    print(await w.athrow(ValueError("bad input")))
    try:
        await w.athrow(KeyError("fatal"))
    except KeyError as e:
        print("propagated", e)
    print(await anext(w, "finished"))


asyncio.run(main())
# expect: ready
# expect: worker handled bad input
# expect: ready
# expect: propagated 'fatal'
# expect: finished
