import asyncio
import time

async def lag_monitor(t0, interval=0.1):
    loop = asyncio.get_running_loop()
    while True:
        start = loop.time()
        await asyncio.sleep(interval)
        lag = max(0.0, loop.time() - start - interval)  # how late?
        busy = len(asyncio.all_tasks())
        note = "  <-- the loop was blocked" if lag > 0.05 else ""
        print(f"{loop.time() - t0:.1f}s  lag {lag:.1f}s  tasks {busy}{note}")

async def request(io_time):
    await asyncio.sleep(io_time)                # waiting on I/O: harmless

async def bad_request():
    await asyncio.sleep(0.22)
    time.sleep(0.3)                             # blocks the whole loop

async def main():
    loop = asyncio.get_running_loop()
    monitor = asyncio.create_task(lag_monitor(loop.time()))
    await asyncio.gather(request(0.15), request(0.25), request(0.68),
                         bad_request())
    monitor.cancel()

asyncio.run(main())
