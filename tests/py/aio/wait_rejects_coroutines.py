# Since Python 3.11, wait() accepts only tasks and futures, not coroutines.
import asyncio

async def job():
    return "ran"

async def main():
    coro = job()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    done, pending = await asyncio.wait([asyncio.create_task(coro)])
    print([t.result() for t in done])

asyncio.run(main())

# expect: TypeError: Passing coroutines is forbidden, use tasks explicitly.
# expect: ['ran']
