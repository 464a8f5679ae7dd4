# call_at takes an absolute deadline on the loop's clock.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def fire(name):
        print(f"{name} at {loop.time() - start:.1f}")

    loop.call_at(start + 0.2, fire, "call_at(start + 0.2)")
    loop.call_later(0.1, fire, "call_later(0.1)")
    loop.call_at(start + 0.3, fire, "call_at(start + 0.3)")
    await asyncio.sleep(0.4)

asyncio.run(main())

# expect: call_later(0.1) at 0.1
# expect: call_at(start + 0.2) at 0.2
# expect: call_at(start + 0.3) at 0.3
