# loop.time() is the loop's monotonic clock: it advances by the time slept.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    for delay in [0.1, 0.2, 0.1]:
        await asyncio.sleep(delay)
        print(f"after sleep({delay}): {loop.time() - start:.1f}")
    print("never goes backwards:", loop.time() >= start)

asyncio.run(main())

# expect: after sleep(0.1): 0.1
# expect: after sleep(0.2): 0.3
# expect: after sleep(0.1): 0.4
# expect: never goes backwards: True
