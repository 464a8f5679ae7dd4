# asyncio.Future() made before any loop runs binds to the policy's loop (made on
# first use); asyncio.run() runs a new loop, and a task awaiting that future is
# told it is attached to a different loop.
import asyncio

fut = asyncio.Future()
print(fut, fut.get_loop() is asyncio.get_event_loop(), fut.get_loop().is_running())

async def main():
    try:
        await fut
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got ")[1])

asyncio.run(main())

# expect: <Future pending> True False
# expect: RuntimeError: Future <Future pending> attached to a different loop
