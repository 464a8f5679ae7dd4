# run_until_complete on a closed loop raises before it wraps the coroutine; the
# coroutine dies with the traceback at the end of the handler that caught it, so
# the never-awaited warning names the handler's last line.
import asyncio

async def compute(x):
    return x

loop = asyncio.new_event_loop()
loop.close()
try:
    loop.run_until_complete(compute(5))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("handled")
print("next")

# expect: RuntimeError: Event loop is closed
# expect: handled
# expect: next
# expect stderr: FILE:15: RuntimeWarning: coroutine 'compute' was never awaited
# expect stderr:   print("handled")
# expect stderr: RuntimeWarning: Enable tracemalloc to get the object allocation traceback
