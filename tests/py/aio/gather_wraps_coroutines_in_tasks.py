# gather wraps each coroutine in a task, in argument order; the tasks
# start when the caller yields.
import asyncio

async def who(tag):
    print(tag, "runs in", asyncio.current_task().get_name())
    return tag

async def main():
    g = asyncio.gather(who("x"), who("y"), who("z"))
    print("gather created")
    print(await g)

asyncio.run(main())

# expect: gather created
# expect: x runs in Task-2
# expect: y runs in Task-3
# expect: z runs in Task-4
# expect: ['x', 'y', 'z']
