# remove_done_callback removes every registration of a callback and returns the
# count; callbacks run one loop iteration after set_result, and one added to a
# done future is scheduled at once.
import asyncio

def cb1(f):
    print("cb1", f.result())

def cb2(f):
    print("cb2", f.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb1)
    f.add_done_callback(cb2)
    f.add_done_callback(cb1)
    print(f.__repr__().replace(__file__, "FILE"))
    print(f.remove_done_callback(cb1))
    print(f.__repr__().replace(__file__, "FILE"))
    f.set_result(7)
    print("after set_result")
    await asyncio.sleep(0)
    f.add_done_callback(cb2)
    print("added late")
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0.1, "slept"))
    t.add_done_callback(lambda task: print("task done:", task.result()))
    print(await t)
    await asyncio.sleep(0)

asyncio.run(main())

# expect: <Future pending cb=[cb1() at FILE:6, <1 more>, cb1() at FILE:6]>
# expect: 2
# expect: <Future pending cb=[cb2() at FILE:9]>
# expect: after set_result
# expect: cb2 7
# expect: added late
# expect: cb2 7
# expect: task done: slept
# expect: slept
