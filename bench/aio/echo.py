# Loopback echo: 100 connections at once, each sending 200 lines one at a time and
# waiting for each echo (20,000 round trips through the selector).
import asyncio

CLIENTS = 100
ROUNDS = 200

async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line)
        await writer.drain()
    writer.close()

async def client(port, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    got = 0
    for i in range(ROUNDS):
        writer.write(f"client {n} line {i}\n".encode())
        await writer.drain()
        if await reader.readline():
            got += 1
    writer.close()
    await writer.wait_closed()
    return got

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    counts = await asyncio.gather(*[client(port, n) for n in range(CLIENTS)])
    server.close()
    await server.wait_closed()
    print("echoed", sum(counts), "of", CLIENTS * ROUNDS)

asyncio.run(main())
