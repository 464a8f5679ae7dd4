import asyncio

PORT = 8765     # a fixed loopback port: change it if something else uses it
CLIENTS = 100
LINES = 10
state = {"open": 0, "echoed": 0}
all_open = asyncio.Event()

async def handle(reader, writer):      # one task per connection
    state["open"] += 1
    if state["open"] == CLIENTS:
        all_open.set()
    line = await reader.readline()
    while line:
        writer.write(line)             # no await: the transport sends it
        line = await reader.readline()
    writer.close()

async def client(n):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    for i in range(LINES):
        writer.write(f"client {n} line {i}\n".encode())
    await writer.drain()               # pipelined: no reply awaited yet
    for i in range(LINES):
        if await reader.readline():
            state["echoed"] += 1
    await all_open.wait()              # keep it open until all are in
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    await asyncio.gather(*[client(n) for n in range(CLIENTS)])
    server.close()
    await server.wait_closed()
    print(f"{CLIENTS} connections were open at once, on one thread")
    print(f"{state['echoed']} of {CLIENTS * LINES} lines came back")

asyncio.run(main())
