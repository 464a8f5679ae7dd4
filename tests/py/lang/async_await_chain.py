# await passes results up a chain of coroutines.
import asyncio

async def leaf(n):
    await asyncio.sleep(0)
    return n * 2

async def middle(n):
    return await leaf(n) + 1

async def main():
    results = []
    for n in range(3):
        results.append(await middle(n))
    print(results)  # expect: [1, 3, 5]
    print(await leaf("ab"))  # expect: abab
    print("main done")  # expect: main done

asyncio.run(main())
