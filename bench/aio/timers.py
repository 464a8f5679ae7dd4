# 200,000 timers (call_later with spread delays up to 10 ms), all fired.
import asyncio

N = 200000

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    count = 0

    def fire():
        nonlocal count
        count += 1
        if count == N:
            done.set_result(count)

    for i in range(N):
        loop.call_later((i % 1000) / 100000, fire)
    print("timers", await done)

asyncio.run(main())
