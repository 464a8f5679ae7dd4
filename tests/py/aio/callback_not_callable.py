# call_soon does not check its callback (outside debug mode): calling 42 fails in
# the loop, which reports it like any exception in a callback, with a traceback
# header even though none of the program's frames ran.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(42)
    print(h)
    await asyncio.sleep(0)
    print("loop goes on")

asyncio.run(main())

# expect: <Handle 42()>
# expect: loop goes on
# expect stderr: Exception in callback 42()
# expect stderr: handle: <Handle 42()>
# expect stderr: Traceback (most recent call last):
# expect stderr: TypeError: 'int' object is not callable
