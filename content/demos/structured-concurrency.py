import asyncio


async def fetch(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(f"  {name}: ok")
        return name
    except asyncio.CancelledError:
        print(f"  {name}: cancelled by the group")
        raise


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(fetch("a", 0.1))
            b = tg.create_task(fetch("b", 0.2, fail=True))
            c = tg.create_task(fetch("c", 1.0))
            print("body done; the group now waits for its tasks")
    except* ValueError as eg:
        print(type(eg).__name__, "with", len(eg.exceptions), "error(s):")
        for err in eg.exceptions:
            print("  ", repr(err))
    print(f"{loop.time() - t0:.1f}s: out of the group (c needed 1.0s)")
    for name, t in zip("abc", (a, b, c)):
        if t.cancelled():
            print(" ", name, "cancelled")
        elif t.exception() is not None:
            print(" ", name, "failed:", t.exception())
        else:
            print(" ", name, "returned", repr(t.result()))


asyncio.run(main())
