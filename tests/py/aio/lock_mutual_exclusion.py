# A read-modify-write that awaits in the middle loses updates without a
# Lock; with the Lock every increment counts.
import asyncio

async def unsafe_add(state):
    value = state["n"]
    await asyncio.sleep(0)
    state["n"] = value + 1

async def safe_add(state, lock):
    async with lock:
        value = state["n"]
        await asyncio.sleep(0)
        state["n"] = value + 1

async def main():
    state = {"n": 0}
    await asyncio.gather(*[unsafe_add(state) for i in range(5)])
    print("without lock:", state["n"])
    state = {"n": 0}
    lock = asyncio.Lock()
    await asyncio.gather(*[safe_add(state, lock) for i in range(5)])
    print("with lock:", state["n"])

asyncio.run(main())

# expect: without lock: 1
# expect: with lock: 5
