# Done callbacks get the task as their argument and run, via call_soon,
# after the task finishes, in the order they were added.
import asyncio

async def work():
    await asyncio.sleep(0.1)
    print("work returns")
    return 5

def first(task):
    print("first callback, result", task.result())

def second(task):
    print("second callback, done", task.done())

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(first)
    t.add_done_callback(second)
    await asyncio.sleep(0.2)
    print("main after sleep")

asyncio.run(main())

# expect: work returns
# expect: first callback, result 5
# expect: second callback, done True
# expect: main after sleep
