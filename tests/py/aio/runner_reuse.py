# One asyncio.Runner runs several coroutines on the same loop (set as the current
# loop) and names their tasks from one counter; once closed it refuses to run, and
# it only accepts coroutines.
import asyncio

async def hello(n):
    await asyncio.sleep(0.1)
    print("hello", n, asyncio.current_task().get_name())
    return n * 2

runner = asyncio.Runner()
print(runner.run(hello(1)))
print(runner.run(hello(2)))
loop = runner.get_loop()
print(loop.is_closed(), loop.is_running(), asyncio.get_event_loop() is loop)
try:
    runner.run(5)
except ValueError as e:
    print("ValueError:", e)
runner.close()
print(loop.is_closed())
c = hello(3)
try:
    runner.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
runner.close()

# expect: hello 1 Task-1
# expect: 2
# expect: hello 2 Task-2
# expect: 4
# expect: False False True
# expect: ValueError: a coroutine was expected, got 5
# expect: True
# expect: RuntimeError: Runner is closed
