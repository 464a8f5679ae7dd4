# call_later callbacks fire by deadline, not by the order they were scheduled.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def fire(name):
        print(f"{name} at {loop.time() - start:.1f}")

    loop.call_later(0.3, fire, "third")
    loop.call_later(0.1, fire, "first")
    loop.call_later(0.2, fire, "second")
    print("scheduled")
    await asyncio.sleep(0.4)
    print("done")

asyncio.run(main())

# expect: scheduled
# expect: first at 0.1
# expect: second at 0.2
# expect: third at 0.3
# expect: done
