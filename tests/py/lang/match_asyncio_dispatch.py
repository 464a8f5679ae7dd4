# A realistic worker: an asyncio queue of messages (dicts and tuples) dispatched with match.
import asyncio

class Stop:
    __match_args__ = ("reason",)
    def __init__(self, reason):
        self.reason = reason

async def worker(name, queue, results):
    while True:
        msg = await queue.get()
        try:
            match msg:
                case {"op": "add", "args": [int(a), int(b)]}:
                    results.append(f"{name}: {a} + {b} = {a + b}")
                case {"op": "sleep", "secs": float(s) | int(s)} if s <= 0.05:
                    await asyncio.sleep(s)
                    results.append(f"{name}: slept {s}")
                case {"op": "sleep"}:
                    results.append(f"{name}: refused a long sleep")
                case ("echo", *words) if words:
                    results.append(f"{name}: {' '.join(words)}")
                case Stop(reason):
                    results.append(f"{name}: stopping ({reason})")
                    return
                case {"op": op, **rest}:
                    results.append(f"{name}: unknown op {op!r} with {sorted(rest)}")
                case other:
                    results.append(f"{name}: cannot dispatch {other!r}")
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    results = []
    messages = [
        {"op": "add", "args": [2, 3]},
        {"op": "add", "args": [2, "3"]},
        ("echo", "hello", "world"),
        ("echo",),
        {"op": "sleep", "secs": 0.01},
        {"op": "sleep", "secs": 5},
        {"op": "resize", "w": 3, "h": 4},
        Stop("done"),
    ]
    for m in messages:
        queue.put_nowait(m)
    await asyncio.gather(worker("w1", queue, results))
    for line in results:
        print(line)

asyncio.run(main())
# expect: w1: 2 + 3 = 5
# expect: w1: unknown op 'add' with ['args']
# expect: w1: hello world
# expect: w1: cannot dispatch ('echo',)
# expect: w1: slept 0.01
# expect: w1: refused a long sleep
# expect: w1: unknown op 'resize' with ['h', 'w']
# expect: w1: stopping (done)
