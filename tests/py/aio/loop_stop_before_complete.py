# loop.stop() from a callback while main is still sleeping makes asyncio.run end
# with 'Event loop stopped before Future completed.'
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, loop.stop)
    await asyncio.sleep(1)
    print("never")

try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError:", e)

# expect: RuntimeError: Event loop stopped before Future completed.
