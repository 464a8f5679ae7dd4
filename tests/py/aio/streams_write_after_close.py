# Writing after the peer has gone: the error surfaces in drain() as
# ConnectionResetError, and is_closing() tells the transport is done.
import asyncio

PORT = 28721

async def main():
    closed = asyncio.Event()
    async def handle(reader, writer):
        writer.close()
        await writer.wait_closed()
        closed.set()
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    await closed.wait()
    print("eof:", await reader.read())
    try:
        for i in range(20):
            writer.write(b"data" * 1000)
            await writer.drain()
            await asyncio.sleep(0.01)
        print("no error")
    except (ConnectionResetError, BrokenPipeError) as e:
        print("error:", type(e).__name__)
    print("closing:", writer.is_closing())
    writer.close()
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: eof: b''
# expect: error: ConnectionResetError
# expect: closing: True
