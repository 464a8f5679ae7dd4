# locked() is True when acquire() would have to wait.
import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    await sem.acquire()
    print(sem.locked())
    await sem.acquire()
    print(sem.locked())
    sem.release()
    print(sem.locked())
    sem.release()
    sem.release()
    print("plain Semaphore allows extra release:", sem.locked())

asyncio.run(main())

# expect: False
# expect: False
# expect: True
# expect: False
# expect: plain Semaphore allows extra release: False
