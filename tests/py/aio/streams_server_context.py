# A Server is an async context manager: leaving the block closes it. Its sockets
# tell the bound address; is_serving, serve_forever cancelled, wait_closed.
import asyncio

PORT = 28717

async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data.upper())
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    async with server:
        print("serving:", server.is_serving(), server.sockets[0].getsockname())
        task = asyncio.create_task(server.serve_forever())
        await asyncio.sleep(0)
        reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
        writer.write(b"shout")
        await writer.drain()
        print(await reader.read(), reader.at_eof())
        writer.close()
        print("closing:", writer.is_closing())
        await writer.wait_closed()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            print("serve_forever cancelled")
        print("serving:", server.is_serving(), server.sockets)
    print("after with:", server.is_serving())

asyncio.run(main())

# expect: serving: True ('127.0.0.1', 28717)
# expect: b'SHOUT' True
# expect: closing: True
# expect: serve_forever cancelled
# expect: serving: False ()
# expect: after with: False
