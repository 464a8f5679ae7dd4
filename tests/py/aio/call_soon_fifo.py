# loop.call_soon callbacks run in the order they were scheduled (FIFO),
# and only once the running coroutine yields to the loop.
import asyncio

def say(word):
    print("callback", word)

async def main():
    loop = asyncio.get_running_loop()
    for word in ["one", "two", "three"]:
        loop.call_soon(say, word)
    print("scheduled three callbacks")
    await asyncio.sleep(0)
    print("back in main")

asyncio.run(main())

# expect: scheduled three callbacks
# expect: callback one
# expect: callback two
# expect: callback three
# expect: back in main
