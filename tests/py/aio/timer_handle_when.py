# A timer handle knows its deadline on the loop clock.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    h = loop.call_later(0.3, print, "fired")
    print(f"when - start = {h.when() - start:.1f}")
    h.cancel()
    await asyncio.sleep(0.1)

asyncio.run(main())

# expect: when - start = 0.3
