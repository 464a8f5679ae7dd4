# A plain with statement (async with is supported, with is not).
# expect error: 5:1: 'with' statements are not supported by looplab (see looplab help python)
import asyncio
lock = asyncio.Lock()
with lock:
    print("locked")
