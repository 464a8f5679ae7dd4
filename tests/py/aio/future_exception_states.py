# A Future can be resolved once; every misuse raises InvalidStateError.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("result() while pending:", e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("set_result twice:", e)
    try:
        fut.set_exception(ValueError("late"))
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", e)
    print("cancel a done future:", fut.cancel())
    print("result still:", fut.result())
    print(isinstance(asyncio.InvalidStateError(), Exception))

asyncio.run(main())

# expect: result() while pending: Result is not set.
# expect: set_result twice: invalid state
# expect: set_exception after result: invalid state
# expect: cancel a done future: False
# expect: result still: 1
# expect: True
