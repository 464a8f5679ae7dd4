# A task can create tasks of its own; each runs when the loop gets to it.
import asyncio

async def leaf(name, delay):
    print("leaf", name, "start")
    await asyncio.sleep(delay)
    print("leaf", name, "end")
    return name

async def branch(name, d1, d2):
    print("branch", name, "start")
    t1 = asyncio.create_task(leaf(name + ".1", d1))
    t2 = asyncio.create_task(leaf(name + ".2", d2))
    print("branch", name, "created leaves")
    result = [await t1, await t2]
    print("branch", name, "end")
    return result

async def main():
    a = asyncio.create_task(branch("A", 0.1, 0.3))
    b = asyncio.create_task(branch("B", 0.2, 0.4))
    print("main created branches")
    print(await a, await b)

asyncio.run(main())

# expect: main created branches
# expect: branch A start
# expect: branch A created leaves
# expect: branch B start
# expect: branch B created leaves
# expect: leaf A.1 start
# expect: leaf A.2 start
# expect: leaf B.1 start
# expect: leaf B.2 start
# expect: leaf A.1 end
# expect: leaf B.1 end
# expect: leaf A.2 end
# expect: branch A end
# expect: leaf B.2 end
# expect: branch B end
# expect: ['A.1', 'A.2'] ['B.1', 'B.2']
