# asyncio.run waits for the default executor's jobs before returning, even
# when main never awaited them.
import asyncio
import time

def job():
    time.sleep(0.2)
    print("executor job finished")

async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, job)
    print("main returns")

asyncio.run(main())
print("asyncio.run returned")

# expect: main returns
# expect: executor job finished
# expect: asyncio.run returned
