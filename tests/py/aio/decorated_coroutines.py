# Decorators around coroutine functions: a timing wrapper and a retry factory that await the wrapped coroutine; property/staticmethod/classmethod on a class used by the coroutine.
import asyncio, time

def timed(fn):
    async def wrapper(*args, **kwargs):
        loop = asyncio.get_running_loop()
        t0 = loop.time()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__} took {loop.time() - t0:.1f}s")
    return wrapper

def retry(times):
    def deco(fn):
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            raise RuntimeError("gave up")
        return wrapper
    return deco

calls = 0

@timed
@retry(3)
async def flaky(x):
    global calls
    calls += 1
    await asyncio.sleep(0.1)
    if calls < 3:
        raise ValueError(f"call {calls}")
    return x * 2

class Account:
    def __init__(self):
        self._balance = 10

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative")
        self._balance = v

    @staticmethod
    def kind():
        return "savings"

    @classmethod
    def make(cls):
        return cls()

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class Plugin:
    pass

async def main():
    print(await flaky(21))
    a = Account.make()
    a.balance = 5
    print(a.balance, Account.kind(), a.kind(), registry)
    try:
        a.balance = -1
    except ValueError as e:
        print("error", e)
    print(flaky.__name__)

asyncio.run(main())
# expect: attempt 1 failed: call 1
# expect: attempt 2 failed: call 2
# expect: wrapper took 0.3s
# expect: 42
# expect: 5 savings savings ['Plugin']
# expect: error negative
# expect: wrapper
