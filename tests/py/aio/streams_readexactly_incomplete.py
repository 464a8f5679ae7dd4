# readexactly(n) at EOF before n bytes raises IncompleteReadError, which
# carries the bytes that did arrive.
import asyncio

PORT = 28713

async def handle(reader, writer):
    writer.write(b"abc")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__ + ":", e)
        print("partial:", e.partial)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: IncompleteReadError: 3 bytes read on a total of 5 expected bytes
# expect: partial: b'abc'
