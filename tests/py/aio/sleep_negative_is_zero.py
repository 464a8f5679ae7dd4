# A negative delay behaves like sleep(0): one yield, no waiting.
import asyncio

async def other():
    print("other runs during the yield")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    asyncio.create_task(other())
    await asyncio.sleep(-5)
    print(f"elapsed {loop.time() - start:.1f}")

asyncio.run(main())

# expect: other runs during the yield
# expect: elapsed 0.0
