# asyncio.run accepts only a coroutine object.
import asyncio

try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.run("main")
except ValueError as e:
    print("ValueError:", e)

# expect: ValueError: a coroutine was expected, got 5
# expect: ValueError: a coroutine was expected, got 'main'
