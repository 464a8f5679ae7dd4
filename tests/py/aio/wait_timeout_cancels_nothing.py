# wait(timeout=...) just stops waiting: it raises nothing and cancels
# nothing. The pending task keeps running and finishes later.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "finished")
    return name

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fast = asyncio.create_task(job("fast", 0.1))
    slow = asyncio.create_task(job("slow", 0.3))
    done, pending = await asyncio.wait([fast, slow], timeout=0.2)
    print(f"wait returned at {loop.time() - start:.1f}", len(done), len(pending))
    print("slow cancelled?", slow.cancelled(), "done?", slow.done())
    print("slow result:", await slow, f"at {loop.time() - start:.1f}")

asyncio.run(main())

# expect: fast finished
# expect: wait returned at 0.2 1 1
# expect: slow cancelled? False done? False
# expect: slow finished
# expect: slow result: slow at 0.3
