# A task cancelled while waiting on a Semaphore does not consume a slot.
import asyncio

async def worker(name, sem):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0.1)

async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(worker("a", sem))
    b = asyncio.create_task(worker("b", sem))
    c = asyncio.create_task(worker("c", sem))
    await asyncio.sleep(0)
    b.cancel()
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print("locked:", sem.locked())

asyncio.run(main())

# expect: a in
# expect: c in
# expect: ['NoneType', 'CancelledError', 'NoneType']
# expect: locked: False
