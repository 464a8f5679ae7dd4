# with: __enter__/__exit__ order, 'as', exceptions passed to __exit__ and suppressed by a true return, several items, the parenthesized form, return/break/continue inside, CPython's protocol errors, and async with around a plain with.
import asyncio

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Resource("a") as r:
    print("body", r.name)

with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

with Resource("c") as c, Resource("d") as d:
    print("two", c.name, d.name)

with (
    Resource("e") as e,
    Resource("f"),
):
    print("paren", e.name)

def f():
    for i in range(3):
        with Resource(f"loop{i}"):
            if i == 1:
                return "returned"
            if i == 0:
                continue
    return "end"
print(f())

def g():
    while True:
        with Resource("brk"):
            break
    return "g done"
print(g())

try:
    with Resource("g"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

class Timer:
    def __enter__(self):
        return "t"
class NoCM:
    pass
for bad in (Timer(), NoCM(), 5):
    try:
        with bad:
            pass
    except TypeError as e:
        print(e)

class Lockish:
    async def __aenter__(self):
        print("aenter")
    async def __aexit__(self, *a):
        print("aexit", a[0])
async def main():
    async with Lockish():
        with Resource("inner"):
            await asyncio.sleep(0)
    try:
        async with Resource("x"):
            pass
    except TypeError as e:
        print(e)
    try:
        async with Timer():
            pass
    except TypeError as e:
        print(e)
asyncio.run(main())

with Resource("last"):
    x = 1 / 0
# expect: enter a
# expect: body a
# expect: exit a None None
# expect: enter b
# expect: exit b ValueError swallowed
# expect: after b
# expect: enter c
# expect: enter d
# expect: two c d
# expect: exit d None None
# expect: exit c None None
# expect: enter e
# expect: enter f
# expect: paren e
# expect: exit f None None
# expect: exit e None None
# expect: enter loop0
# expect: exit loop0 None None
# expect: enter loop1
# expect: exit loop1 None None
# expect: returned
# expect: enter brk
# expect: exit brk None None
# expect: g done
# expect: enter g
# expect: exit g KeyError 'k'
# expect: caught KeyError('k')
# expect: 'Timer' object does not support the context manager protocol (missed __exit__ method)
# expect: 'NoCM' object does not support the context manager protocol
# expect: 'int' object does not support the context manager protocol
# expect: aenter
# expect: enter inner
# expect: exit inner None None
# expect: aexit None
# expect: 'Resource' object does not support the asynchronous context manager protocol
# expect: 'Timer' object does not support the asynchronous context manager protocol
# expect: enter last
# expect: exit last ZeroDivisionError division by zero
# expect runtime error: ZeroDivisionError: division by zero
