# wait() works with plain futures as well as tasks.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    f1 = loop.create_future()
    f2 = loop.create_future()
    loop.call_later(0.1, f1.set_result, "one")
    loop.call_later(0.3, f2.set_result, "two")
    done, pending = await asyncio.wait([f1, f2], return_when=asyncio.FIRST_COMPLETED)
    print(f"at {loop.time() - start:.1f}:", [f.result() for f in done], len(pending))
    done, pending = await asyncio.wait([f1, f2])
    print(f"at {loop.time() - start:.1f}:", sorted(f.result() for f in done), len(pending))

asyncio.run(main())

# expect: at 0.1: ['one'] 1
# expect: at 0.3: ['one', 'two'] 0
