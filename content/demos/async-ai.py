import asyncio

slots = asyncio.Semaphore(2)    # the provider lets us run 2 streams at once

async def fake_model(answer, ttft, gap, out):
    async with slots:                        # rate limit: wait for a slot
        await asyncio.sleep(ttft)            # queueing + reading the prompt
        for i, word in enumerate(answer.split()):
            if i > 0:
                await asyncio.sleep(gap)     # time per output token
            await out.put(word)
    await out.put(None)                      # end of stream

async def ask(name, answer, ttft, gap, t0):
    loop = asyncio.get_running_loop()
    out = asyncio.Queue()
    model = asyncio.create_task(fake_model(answer, ttft, gap, out))
    words = [await out.get()]
    print(f"{loop.time() - t0:.1f}s  {name}: first token {words[0]!r}")
    word = await out.get()
    while word is not None:
        words.append(word)
        word = await out.get()
    print(f"{loop.time() - t0:.1f}s  {name}: done, {len(words)} tokens")
    await model
    return " ".join(words)

async def main():                            # an agent fans out 3 calls
    t0 = asyncio.get_running_loop().time()
    answers = await asyncio.gather(
        ask("plan", "book the 9:40 train", 0.2, 0.2, t0),
        ask("search", "two trains match", 0.3, 0.2, t0),
        ask("weather", "rain after noon", 0.3, 0.2, t0))
    print(answers)

asyncio.run(main())
