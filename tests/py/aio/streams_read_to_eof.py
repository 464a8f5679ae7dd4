# The client reads what the server wrote before it closed: readline,
# readexactly, then read() up to EOF; after that at_eof() is True and
# readline() and read() return b"".
import asyncio

PORT = 28712

async def handle(reader, writer):
    writer.write(b"line one\nline two\npartial")
    await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    print(await reader.readline())
    print(await reader.readexactly(4))
    print(await reader.readline())
    print(await reader.read())
    print("at_eof:", reader.at_eof())
    print(await reader.readline(), await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: b'line one\n'
# expect: b'line'
# expect: b' two\n'
# expect: b'partial'
# expect: at_eof: True
# expect: b'' b''
