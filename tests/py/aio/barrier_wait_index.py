# asyncio.Barrier(3): each wait() blocks until the third arrives; the last to
# arrive wakes first (it trips the barrier), then the others in arrival order, and
# each wait() returns its arrival index. The barrier then fills again.
import asyncio

def state(b):
    return repr(b).split(" [")[1]

async def worker(b, n):
    print("arrive", n, state(b))
    index = await b.wait()
    print("pass", n, "index", index, "n_waiting", b.n_waiting)
    return index

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken, state(b))
    print(await asyncio.gather(*[worker(b, n) for n in range(3)]))
    print(state(b))
    print(await asyncio.gather(*[worker(b, n) for n in range(3, 6)]))
    one = asyncio.Barrier(1)
    print(await one.wait(), state(one))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())

# expect: 3 0 False filling, waiters:0/3]>
# expect: arrive 0 filling, waiters:0/3]>
# expect: arrive 1 filling, waiters:1/3]>
# expect: arrive 2 filling, waiters:2/3]>
# expect: pass 2 index 2 n_waiting 0
# expect: pass 0 index 0 n_waiting 0
# expect: pass 1 index 1 n_waiting 0
# expect: [0, 1, 2]
# expect: filling, waiters:0/3]>
# expect: arrive 3 filling, waiters:0/3]>
# expect: arrive 4 filling, waiters:1/3]>
# expect: arrive 5 filling, waiters:2/3]>
# expect: pass 5 index 2 n_waiting 0
# expect: pass 3 index 0 n_waiting 0
# expect: pass 4 index 1 n_waiting 0
# expect: [0, 1, 2]
# expect: 0 filling, waiters:0/1]>
# expect: ValueError: parties must be > 0
