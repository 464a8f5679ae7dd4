# contextlib errors: a generator that does not yield, one that yields twice, and exceptions that pass through
import asyncio
from contextlib import contextmanager, asynccontextmanager

@contextmanager
def never():
    if False:
        yield

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with never():
        pass
except RuntimeError as e:
    print(e)  # expect: generator didn't yield
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)  # expect: generator didn't stop

@contextmanager
def cleanup():
    try:
        yield
    finally:
        print("cleanup runs")

try:
    with cleanup():
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
# expect: cleanup runs
# expect: caught boom

@asynccontextmanager
async def lease(name):
    print("acquire", name)
    try:
        yield name
    finally:
        print("release", name)

async def main():
    async with lease("slot") as s:
        raise KeyError(s)

asyncio.run(main())
# expect: acquire slot
# expect: release slot
# expect runtime error: KeyError: 'slot'
