# iscoroutinefunction tells an async def (or a lambda returning one: no) from a
# plain function; iscoroutine tells the coroutine object it returns.
import asyncio

async def fetch():
    return 1

def plain():
    return 2

print(asyncio.iscoroutinefunction(fetch), asyncio.iscoroutinefunction(plain))
print(asyncio.iscoroutinefunction(lambda: fetch()), asyncio.iscoroutinefunction(print))
c = fetch()
print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(c))
print(asyncio.run(c))

# expect: True False
# expect: False False
# expect: True False
# expect: 1
