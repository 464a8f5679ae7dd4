# Classes name the module CPython defines them in: asyncio.locks, asyncio.queues,
# _asyncio for Task and Future, asyncio.events for handles, builtins for int; the
# loop is an _UnixSelectorEventLoop, a BaseEventLoop and an AbstractEventLoop.
import asyncio

for cls in [asyncio.Lock, asyncio.Event, asyncio.Condition, asyncio.Semaphore,
            asyncio.BoundedSemaphore, asyncio.Barrier, asyncio.Queue, asyncio.PriorityQueue,
            asyncio.LifoQueue, asyncio.QueueEmpty, asyncio.QueueFull, asyncio.Runner,
            asyncio.TaskGroup, asyncio.Timeout, asyncio.Task, asyncio.Future,
            asyncio.Handle, asyncio.TimerHandle, asyncio.CancelledError,
            asyncio.BrokenBarrierError, asyncio.AbstractEventLoop, asyncio.BaseEventLoop,
            int, str, ValueError]:
    print(cls.__module__, cls.__name__)

async def main():
    loop = asyncio.get_running_loop()
    cls = type(loop)
    print(cls.__module__, cls.__name__)
    print(isinstance(loop, asyncio.BaseEventLoop), isinstance(loop, asyncio.AbstractEventLoop))
    print(asyncio.AbstractEventLoop is cls, asyncio.BaseEventLoop is cls)
    print(asyncio.Task, asyncio.Lock)
    print(repr(asyncio.Lock()).split(" at ")[0])

asyncio.run(main())

# expect: asyncio.locks Lock
# expect: asyncio.locks Event
# expect: asyncio.locks Condition
# expect: asyncio.locks Semaphore
# expect: asyncio.locks BoundedSemaphore
# expect: asyncio.locks Barrier
# expect: asyncio.queues Queue
# expect: asyncio.queues PriorityQueue
# expect: asyncio.queues LifoQueue
# expect: asyncio.queues QueueEmpty
# expect: asyncio.queues QueueFull
# expect: asyncio.runners Runner
# expect: asyncio.taskgroups TaskGroup
# expect: asyncio.timeouts Timeout
# expect: _asyncio Task
# expect: _asyncio Future
# expect: asyncio.events Handle
# expect: asyncio.events TimerHandle
# expect: asyncio.exceptions CancelledError
# expect: asyncio.exceptions BrokenBarrierError
# expect: asyncio.events AbstractEventLoop
# expect: asyncio.base_events BaseEventLoop
# expect: builtins int
# expect: builtins str
# expect: builtins ValueError
# expect: asyncio.unix_events _UnixSelectorEventLoop
# expect: True True
# expect: False False
# expect: <class '_asyncio.Task'> <class 'asyncio.locks.Lock'>
# expect: <asyncio.locks.Lock object
