# An exception in a loop callback does not stop the loop: CPython reports
# "Exception in callback" on stderr and runs the next callbacks.
import asyncio

def broken():
    raise ZeroDivisionError("division by zero in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "before")
    loop.call_soon(broken)
    loop.call_soon(print, "after")
    await asyncio.sleep(0.1)
    print("main finishes normally")

asyncio.run(main())

# expect: before
# expect: after
# expect: main finishes normally
# expect stderr: Exception in callback broken() at FILE:5
# expect stderr: handle: <Handle broken() at FILE:5>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 6, in broken
# expect stderr:     raise ZeroDivisionError("division by zero in callback")
# expect stderr: ZeroDivisionError: division by zero in callback
