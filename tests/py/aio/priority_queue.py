# PriorityQueue returns the smallest item first; (priority, data) tuples
# are the usual shape.
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        q.put_nowait(item)
    while not q.empty():
        print(await q.get())

asyncio.run(main())

# expect: (1, 'also urgent')
# expect: (1, 'urgent')
# expect: (2, 'normal')
# expect: (3, 'low')
