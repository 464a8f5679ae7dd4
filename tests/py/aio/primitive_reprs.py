# The reprs of the synchronisation primitives and of Queue carry the object's
# address, as object.__repr__ gives it, then their state (the address is
# replaced here: it differs from run to run).
import asyncio

def show(x):
    print(repr(x).replace(hex(id(x)), "ADDR"))

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.01)

async def main():
    lock = asyncio.Lock()
    show(lock)
    t = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    show(lock)
    await t
    sem = asyncio.Semaphore(2)
    show(sem)
    await sem.acquire()
    await sem.acquire()
    show(sem)
    sem.release()
    show(asyncio.BoundedSemaphore(3))
    ev = asyncio.Event()
    show(ev)
    ev.set()
    show(ev)
    show(asyncio.Condition())
    q = asyncio.Queue(maxsize=2)
    show(q)
    q.put_nowait("a")
    show(q)
    print(str(q))
    show(asyncio.LifoQueue())
    show(asyncio.PriorityQueue(5))

asyncio.run(main())

# expect: <asyncio.locks.Lock object at ADDR [unlocked]>
# expect: <asyncio.locks.Lock object at ADDR [locked]>
# expect: <asyncio.locks.Semaphore object at ADDR [unlocked, value:2]>
# expect: <asyncio.locks.Semaphore object at ADDR [locked]>
# expect: <asyncio.locks.BoundedSemaphore object at ADDR [unlocked, value:3]>
# expect: <asyncio.locks.Event object at ADDR [unset]>
# expect: <asyncio.locks.Event object at ADDR [set]>
# expect: <asyncio.locks.Condition object at ADDR [unlocked]>
# expect: <Queue at ADDR maxsize=2>
# expect: <Queue at ADDR maxsize=2 _queue=['a'] tasks=1>
# expect: <Queue maxsize=2 _queue=['a'] tasks=1>
# expect: <LifoQueue at ADDR maxsize=0>
# expect: <PriorityQueue at ADDR maxsize=5>
