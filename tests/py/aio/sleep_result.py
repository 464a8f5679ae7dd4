# asyncio.sleep(delay, result) returns result after the delay.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    value = await asyncio.sleep(0.1, result="ready")
    print(value, f"{loop.time() - start:.1f}")
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, "zero"))

asyncio.run(main())

# expect: ready 0.1
# expect: None
# expect: zero
