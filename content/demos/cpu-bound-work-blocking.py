import asyncio
import time

def resize_image(n):
    time.sleep(0.5)  # stands in for a blocking library call
    return f"image {n}"

async def heartbeat(t0):
    loop = asyncio.get_running_loop()
    for i in range(4):
        await asyncio.sleep(0.2)
        print(f"{loop.time() - t0:.1f}s  heartbeat")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    beat = asyncio.create_task(heartbeat(t0))
    print("0.0s  three resize jobs run on the event loop itself")
    results = [resize_image(1), resize_image(2), resize_image(3)]
    print(f"{loop.time() - t0:.1f}s  done: {results}")
    await beat
    print(f"{loop.time() - t0:.1f}s  end")

asyncio.run(main())
