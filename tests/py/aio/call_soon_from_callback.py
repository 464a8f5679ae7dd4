# A callback scheduled by a callback goes to the back of the ready queue:
# everything already queued runs first, then it runs on the next iteration.
import asyncio

async def main():
    loop = asyncio.get_running_loop()

    def first():
        print("first")
        loop.call_soon(nested)

    def second():
        print("second")

    def nested():
        print("nested (scheduled by first)")

    loop.call_soon(first)
    loop.call_soon(second)
    await asyncio.sleep(0.1)
    print("main resumes")

asyncio.run(main())

# expect: first
# expect: second
# expect: nested (scheduled by first)
# expect: main resumes
