# contextlib: generator-based context managers (sync and async), suppress, nullcontext, closing, exit stacks
import asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, nullcontext, closing
from contextlib import ExitStack, AsyncExitStack

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)
# expect: <b>
# expect: inside B
# expect: </b>

@contextmanager
def swallow(kind):
    try:
        yield
    except kind as e:
        print("swallowed", repr(e))

with swallow(KeyError):
    {}["missing"]
print("after")
# expect: swallowed KeyError('missing')
# expect: after

with suppress(ZeroDivisionError, ValueError):
    1 / 0
print("suppressed")  # expect: suppressed

with nullcontext(42) as v:
    print(v)  # expect: 42

class Resource:
    def close(self):
        print("closed")

with closing(Resource()):
    print("using")
# expect: using
# expect: closed

with ExitStack() as stack:
    for n in ("x", "y"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback")
# expect: <x>
# expect: <y>
# expect: callback
# expect: </y>
# expect: </x>

@tag("deco")
def decorated():
    print("body")
decorated()
# expect: <deco>
# expect: body
# expect: </deco>

@asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield f"conn-{name}"
    except ConnectionError as e:
        print("handled", e)
    finally:
        await asyncio.sleep(0)
        print("close", name)

async def main():
    async with connection("db") as c:
        print("using", c)
    async with connection("cache"):
        raise ConnectionError("reset")
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(connection("a"))
        b = await stack.enter_async_context(connection("b"))
        print(a, b)
    async with nullcontext("n") as n:
        print(n)

asyncio.run(main())
# expect: open db
# expect: using conn-db
# expect: close db
# expect: open cache
# expect: handled reset
# expect: close cache
# expect: open a
# expect: open b
# expect: conn-a conn-b
# expect: close b
# expect: close a
# expect: n
