# A comprehension inside an async function may await: it runs as a coroutine itself.
import asyncio

async def fetch(n):
    await asyncio.sleep(0)
    return n * 10

async def main():
    values = [await fetch(i) for i in range(3)]
    lookup = {i: await fetch(i) for i in range(2)}
    evens = {await fetch(i) for i in [1, 1, 2]}
    nested = [[await fetch(j) for j in range(i)] for i in range(3)]
    print(values, lookup, evens, nested)
    first = [x for x in await asyncio.gather(fetch(1), fetch(2))]
    print(first)

asyncio.run(main())
# expect: [0, 10, 20] {0: 0, 1: 10} {10, 20} [[], [0], [0, 10]]
# expect: [10, 20]
