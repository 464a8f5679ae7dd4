# A BoundedSemaphore refuses to be released more times than acquired.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    async with sem:
        print("inside")
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())

# expect: inside
# expect: ValueError: BoundedSemaphore released too many times
