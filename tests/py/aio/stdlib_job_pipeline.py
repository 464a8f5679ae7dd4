# A job pipeline built from the standard helpers real asyncio code imports:
# dataclass jobs queued in a deque, a worker pool leased through an
# asynccontextmanager, blocking work sent to the executor with
# functools.partial (run_in_executor takes no keyword arguments), and a
# Counter of outcomes.
import asyncio
import time
from collections import deque, Counter
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import List, Optional


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    size: int = field(default=1, compare=False)
    result: Optional[int] = field(default=None, compare=False, repr=False)


def crunch(size, *, scale):
    time.sleep(0.01 * size)
    return size * scale


@asynccontextmanager
async def worker_slot(name, log):
    log.append(f"{name} start")
    try:
        yield name
    except ValueError as e:
        log.append(f"{name} rejected: {e}")
    finally:
        log.append(f"{name} done")


async def run_job(loop, job, log):
    async with worker_slot(job.name, log):
        if job.size < 0:
            raise ValueError(f"negative size {job.size}")
        job.result = await loop.run_in_executor(None, partial(crunch, job.size, scale=10))
        return job


async def main():
    loop = asyncio.get_running_loop()
    pending = deque(sorted([Job(2, "resize", 3), Job(1, "thumb"), Job(3, "bad", -1), Job(1, "index", 2)]))
    print(pending[0], len(pending))
    log: List[str] = []
    outcomes = Counter()
    while pending:
        batch = [pending.popleft() for _ in range(min(2, len(pending)))]
        done = await asyncio.gather(*(run_job(loop, j, log) for j in batch))
        for job, ran in zip(batch, done):
            outcomes["ok" if ran else "rejected"] += 1
            print(job.name, job.result)
    print(outcomes)
    print("\n".join(log))


asyncio.run(main())

# expect: Job(priority=1, name='thumb', size=1) 4
# expect: thumb 10
# expect: index 20
# expect: resize 30
# expect: bad None
# expect: Counter({'ok': 3, 'rejected': 1})
# expect: thumb start
# expect: index start
# expect: thumb done
# expect: index done
# expect: resize start
# expect: bad start
# expect: bad rejected: negative size -1
# expect: bad done
# expect: resize done
