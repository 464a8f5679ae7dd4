# One server task per connection: three clients are served concurrently,
# so three 0.2 s replies take about 0.2 s in total, not 0.6 s (the check leaves
# room for a slow machine: sanitizer builds, other jobs).
import asyncio

PORT = 28714

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    await asyncio.sleep(0.2)
    writer.write(f"hello {name}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(name):
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write((name + "\n").encode())
    await writer.drain()
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply.decode().strip()

async def main():
    loop = asyncio.get_running_loop()
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    start = loop.time()
    replies = await asyncio.gather(client("ann"), client("bob"), client("cy"))
    elapsed = loop.time() - start
    print(replies, "in under 0.45 s:", elapsed < 0.45)
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: ['hello ann', 'hello bob', 'hello cy'] in under 0.45 s: True
