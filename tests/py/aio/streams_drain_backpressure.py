# write() never blocks: the transport buffers what the socket cannot take, and
# drain() waits while more than the high-water mark (64 KiB) is buffered, until
# the reader on the other side has taken enough.
import asyncio

PORT = 28718
TOTAL = 4 * 1024 * 1024

async def main():
    got = asyncio.Future()
    async def handle(reader, writer):
        await asyncio.sleep(0.05)          # a slow reader at first
        n = 0
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                break
            n += len(chunk)
        got.set_result(n)
        writer.close()
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    print("limits:", writer.transport.get_write_buffer_limits())
    writer.write(b"x" * TOTAL)
    print("buffered more than the mark:", writer.transport.get_write_buffer_size() > 65536)
    await writer.drain()
    print("after drain, at most the mark:", writer.transport.get_write_buffer_size() <= 65536)
    writer.write_eof()
    print("server read", await got, "bytes of", TOTAL)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: limits: (16384, 65536)
# expect: buffered more than the mark: True
# expect: after drain, at most the mark: True
# expect: server read 4194304 bytes of 4194304
