# There is no running loop outside asyncio.run.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

async def main():
    loop = asyncio.get_running_loop()
    print("inside:", loop is asyncio.get_running_loop())

asyncio.run(main())

# expect: RuntimeError: no running event loop
# expect: inside: True
