# readuntil with a separator, LimitOverrunError past the reader's limit, readline
# turning that into ValueError, IncompleteReadError at EOF, writelines.
import asyncio

PORT = 28719

async def handle(reader, writer):
    writer.writelines([b"alpha;", b"beta;", b"x" * 40, b";", b"tail"])
    await writer.drain()
    writer.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT, limit=16)
    print(await reader.readuntil(b";"), await reader.readuntil(b";"))
    await asyncio.sleep(0.05)
    try:
        await reader.readuntil(b";")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    try:
        await reader.readline()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await reader.readuntil(b"!")
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    try:
        await reader.readuntil(b"")
    except ValueError as e:
        print("ValueError:", e)
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: b'alpha;' b'beta;'
# expect: LimitOverrunError: Separator is found, but chunk is longer than limit 40
# expect: ValueError: Separator is not found, and chunk exceed the limit
# expect: IncompleteReadError: 0 bytes read on a total of undefined expected bytes b'' None
# expect: ValueError: Separator should be at least one-byte string
# expect: b'' True
