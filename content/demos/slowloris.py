import asyncio
PORT = 8766     # a fixed loopback port: change it if something else uses it

async def client(name, start, chunks, wait):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(start)
    t0 = loop.time()
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    for chunk in chunks:          # send a piece, then wait for a reply
        writer.write(chunk.encode())
        try:
            reply = await asyncio.wait_for(reader.readline(), wait)
            break
        except TimeoutError:
            reply = b"no reply"
    writer.close()
    return f"{name}: {reply.decode().strip()} after {loop.time() - t0:.1f}s"

async def scenario(limit):
    slots = asyncio.Semaphore(2)          # the server serves 2 at a time
    async def handle(reader, writer):
        async with slots:
            try:
                async with asyncio.timeout(limit):  # None: no deadline
                    await reader.readline()         # the request line
                writer.write(b"200 OK\n")
            except TimeoutError:
                writer.write(b"408 Request Timeout\n")
            writer.close()
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    lines = await asyncio.gather(
        client("attacker 1", 0.0, "GET /\n", 0.3),   # a byte at a time
        client("attacker 2", 0.1, "GET /\n", 0.3),
        client("user", 0.2, ["GET /\n"], 5.0))       # all at once
    server.close()
    await server.wait_closed()
    print(f"header deadline: {limit}", *lines, sep="\n  ")

asyncio.run(scenario(None))
asyncio.run(scenario(0.5))
