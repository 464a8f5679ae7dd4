# One server task per connection: three clients are served concurrently,
# so three 0.1 s replies take about 0.1 s in total.
import asyncio

PORT = 28714

async def handle(reader, writer):
    name = (await reader.readline()).decode().strip()
    await asyncio.sleep(0.1)
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
    print(replies, f"in {loop.time() - start:.1f}")
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: ['hello ann', 'hello bob', 'hello cy'] in 0.1
