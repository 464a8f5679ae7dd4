# While a loop runs, its asyncgen hooks are installed; they are restored when it stops.
import asyncio
import sys


async def agen():
    yield 1


async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks[0] is not None, hooks[1] is not None)
    g = agen()
    print(await anext(g))
    await g.aclose()


print(sys.get_asyncgen_hooks()[0])
asyncio.run(main())
print(sys.get_asyncgen_hooks()[1])
# expect: None
# expect: True True
# expect: 1
# expect: None
