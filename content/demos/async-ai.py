import asyncio

slots = asyncio.Semaphore(2)    # the provider allows 2 streams at once

async def model_stream(answer, ttft, gap):   # a fake model's token stream
    async with slots:                        # rate limit: wait for a slot
        await asyncio.sleep(ttft)            # queueing + reading the prompt
        for i, word in enumerate(answer.split()):
            if i > 0:
                await asyncio.sleep(gap)     # time per output token
            yield word

async def ask(name, answer, ttft, gap, t0):
    loop = asyncio.get_running_loop()
    words = []
    async for word in model_stream(answer, ttft, gap):
        if not words:                        # time to first token
            print(f"{loop.time() - t0:.1f}s  {name}: first token {word!r}")
        words.append(word)
    print(f"{loop.time() - t0:.1f}s  {name}: done, {len(words)} tokens")
    return " ".join(words)

async def main():                            # an agent fans out 3 calls
    t0 = asyncio.get_running_loop().time()
    answers = await asyncio.gather(
        ask("plan", "book the 9:40 train", 0.2, 0.2, t0),
        ask("search", "two trains match", 0.3, 0.2, t0),
        ask("weather", "rain after noon", 0.3, 0.2, t0))
    print(answers)

asyncio.run(main())
