# Releasing a Lock that is not held is an error.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    print("locked:", lock.locked())

asyncio.run(main())

# expect: RuntimeError: Lock is not acquired.
# expect: locked: True
# expect: locked: False
