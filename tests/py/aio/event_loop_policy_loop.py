# Outside a running loop, get_event_loop() returns the policy's loop (made on
# first use); new_event_loop + set_event_loop replace it; each loop keeps its own
# closed state. After asyncio.run() the current loop is unset, so get_event_loop()
# raises.
import asyncio

async def square(x):
    await asyncio.sleep(0.1)
    return x * x

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running(), loop.is_closed())
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(square(3)))
other = asyncio.new_event_loop()
asyncio.set_event_loop(other)
print(asyncio.get_event_loop() is other, asyncio.get_event_loop() is loop)
print(other.run_until_complete(square(4)))
other.close()
print(loop.is_closed(), other.is_closed())
asyncio.set_event_loop(loop)
print(loop.run_until_complete(asyncio.gather(square(1), square(2))))
loop.close()
print(loop.is_closed())
print(asyncio.run(square(5)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)

# expect: _UnixSelectorEventLoop False False
# expect: True
# expect: 9
# expect: True False
# expect: 16
# expect: False True
# expect: [1, 4]
# expect: True
# expect: 25
# expect: RuntimeError: There is no current event loop in thread 'MainThread'.
# expect: TypeError: loop must be an instance of AbstractEventLoop or None, not 'int'
