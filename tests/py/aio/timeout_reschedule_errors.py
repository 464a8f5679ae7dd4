# Timeout.reschedule() only works while the block is active: before entry it is
# "Timeout has not been entered", after expiry "Cannot change state of expired
# Timeout"; entering the same Timeout twice is refused.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(1)
    try:
        t.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(t))
    async with t:
        try:
            async with t:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    print(repr(t), t.expired())
    try:
        async with asyncio.timeout(0.1) as late:
            await asyncio.sleep(0.3)
    except TimeoutError:
        print("timed out", late.expired())
    try:
        late.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())

# expect: RuntimeError: Timeout has not been entered
# expect: <Timeout [created]>
# expect: RuntimeError: Timeout has already been entered
# expect: <Timeout [finished]> False
# expect: timed out True
# expect: RuntimeError: Cannot change state of expired Timeout
