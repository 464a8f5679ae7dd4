# Several call_later calls with the same delay, made one after another,
# fire in the order they were made.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for name in ["a", "b", "c", "d", "e"]:
        loop.call_later(0.1, print, "timer", name)
    await asyncio.sleep(0.2)
    print("done")

asyncio.run(main())

# expect: timer a
# expect: timer b
# expect: timer c
# expect: timer d
# expect: timer e
# expect: done
