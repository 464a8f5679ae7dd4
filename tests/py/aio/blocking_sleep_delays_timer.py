# A timer cannot fire while the loop is blocked: call_later(0.1) scheduled
# before a 0.3 s time.sleep fires at 0.3, not at 0.1.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = loop.create_future()

    def fire():
        print(f"timer fired at {loop.time() - start:.1f}")
        done.set_result(None)

    loop.call_later(0.1, fire)
    time.sleep(0.3)
    print(f"blocking sleep over at {loop.time() - start:.1f}")
    await done

asyncio.run(main())

# expect: blocking sleep over at 0.3
# expect: timer fired at 0.3
