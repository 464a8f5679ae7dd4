# async with releases the lock even when the body raises.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        async with lock:
            print("locked inside:", lock.locked())
            raise ValueError("oops")
    except ValueError as e:
        print("caught", e)
    print("locked after:", lock.locked())

asyncio.run(main())

# expect: locked inside: True
# expect: caught oops
# expect: locked after: False
