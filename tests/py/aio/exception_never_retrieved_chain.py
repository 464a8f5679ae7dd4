# 'Task exception was never retrieved' prints the whole chain: the KeyError, then
# 'During handling of the above exception...', then the ValueError.
import asyncio

async def job():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("converted")

async def main():
    asyncio.create_task(job())
    await asyncio.sleep(0.1)

asyncio.run(main())

# expect stderr: Task exception was never retrieved
# expect stderr: future: <Task finished name='Task-2' coro=<job() done, defined at FILE:5> exception=ValueError('converted')>
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 7, in job
# expect stderr:     {}["missing"]
# expect stderr:     ~~^^^^^^^^^^^
# expect stderr: KeyError: 'missing'
# expect stderr:
# expect stderr: During handling of the above exception, another exception occurred:
# expect stderr:
# expect stderr: Traceback (most recent call last):
# expect stderr:   File "FILE", line 9, in job
# expect stderr:     raise ValueError("converted")
# expect stderr: ValueError: converted
