# Misuses inside a running loop and their messages: run_until_complete,
# run_forever and close on the running loop, create_task of a non-coroutine,
# gather of plain values, await of an int; a bad call_soon callback fails later.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_later(0.1, "nope")
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.ensure_future(None)
    except TypeError as e:
        print("TypeError:", e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(main())

# expect: RuntimeError: no running event loop
# expect: RuntimeError: no running event loop
# expect: RuntimeError: This event loop is already running
# expect: RuntimeError: This event loop is already running
# expect: RuntimeError: Cannot close a running event loop
# expect: TypeError: a coroutine was expected, got 42
# expect: TypeError: An asyncio.Future, a coroutine or an awaitable is required
# expect: TypeError: object int can't be used in 'await' expression
# expect: TypeError: An asyncio.Future, a coroutine or an awaitable is required
# expect stderr: FILE:19: RuntimeWarning: coroutine 'sleep' was never awaited
# expect stderr:   print("RuntimeError:", e)
# expect stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
# expect stderr: Exception in callback 42()
# expect stderr: handle: <Handle 42()>
# expect stderr: Traceback (most recent call last):
# expect stderr: TypeError: 'int' object is not callable
