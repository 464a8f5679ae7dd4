# Both ends see the loopback address: the client's peername is the
# server's address and port, the server's peername is the client's
# address (with a kernel-chosen port, so only its type is printed).
import asyncio

PORT = 28715

async def handle(reader, writer):
    host, port = writer.get_extra_info("peername")
    writer.write(f"{host} {type(port).__name__}\n".encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    print("client's peer:", writer.get_extra_info("peername"))
    print("server's peer:", (await reader.readline()).decode().strip())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: client's peer: ('127.0.0.1', 28715)
# expect: server's peer: 127.0.0.1 int
