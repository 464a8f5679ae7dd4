# Breaking out of async for drops the generator: the loop's finalizer hook schedules
# its aclose() with call_soon; that callback creates a task, whose first step comes
# after main's next step.
import asyncio


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print("numbers cleaned up in", asyncio.current_task().get_name())


async def main():
    async for n in numbers():
        if n == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after first sleep")
    await asyncio.sleep(0)
    print("after second sleep")


asyncio.run(main())
# expect: after break
# expect: after first sleep
# expect: numbers cleaned up in Task-2
# expect: after second sleep
