# A put() blocked on a full queue can be cancelled without leaving a putter
# behind; get() with wait_for times out on an empty queue; one task_done() too
# many raises ValueError.
import asyncio

async def main():
    q = asyncio.Queue(1)
    await q.put("a")
    t = asyncio.create_task(q.put("b"))
    await asyncio.sleep(0)
    print(q)
    t.cancel()
    await asyncio.sleep(0)
    print(q, t.cancelled())
    print(await q.get())
    print(q.empty())
    try:
        await asyncio.wait_for(q.get(), 0.1)
    except TimeoutError:
        print("get timed out", q)
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)

asyncio.run(main())

# expect: <Queue maxsize=1 _queue=['a'] _putters[1] tasks=1>
# expect: <Queue maxsize=1 _queue=['a'] tasks=1> True
# expect: a
# expect: True
# expect: get timed out <Queue maxsize=1 tasks=1>
# expect: task_done() called too many times
