# Two async generators interleave with a task: streaming output as it arrives.
import asyncio


async def producer(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"


async def consume(name, delay, n, out):
    async for item in producer(name, delay, n):
        out.append(item)
        print("got", item)


async def main():
    out = []
    await asyncio.gather(consume("a", 0.2, 2, out), consume("b", 0.15, 3, out))
    print(out)


asyncio.run(main())
# expect: got b0
# expect: got a0
# expect: got b1
# expect: got a1
# expect: got b2
# expect: ['b0', 'a0', 'b1', 'a1', 'b2']
