# call_later(0, ...) is a timer: it becomes ready only when the loop checks
# its timers, after the callbacks already in the ready queue.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "call_later(0)")
    loop.call_soon(print, "call_soon")
    await asyncio.sleep(0.1)

asyncio.run(main())

# expect: call_soon
# expect: call_later(0)
