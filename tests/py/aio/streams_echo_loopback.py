# A stream server and client on loopback: readline, readexactly, readuntil,
# read to EOF, at_eof, write/drain, close/wait_closed, and the peer address
# (printed without its port, which the kernel picks). Every print follows
# causally from the previous one, so the order is fixed.
import asyncio

PORT = 28711

async def handle(reader, writer, done):
    peer = writer.get_extra_info("peername")
    print("server: connection from", peer[0])
    line = await reader.readline()
    print("server: line", line)
    writer.write(b"echo: " + line)
    await writer.drain()
    first = await reader.readexactly(4)
    print("server: exactly", first)
    upto = await reader.readuntil(b"|")
    print("server: until", upto)
    writer.write(b"got " + first + b" and " + upto + b"\n")
    await writer.drain()
    rest = await reader.read()
    print("server: rest", rest, "at_eof", reader.at_eof())
    writer.close()
    await writer.wait_closed()
    done.set()

async def main():
    done = asyncio.Event()
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, done), "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"hello\n")
    await writer.drain()
    print("client: reply", await reader.readline())
    writer.write(b"ABCDone|")
    await writer.drain()
    print("client: reply", await reader.readline())
    writer.write(b"last words")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    await done.wait()
    server.close()
    await server.wait_closed()
    print("server closed")

asyncio.run(main())

# expect: server: connection from 127.0.0.1
# expect: server: line b'hello\n'
# expect: client: reply b'echo: hello\n'
# expect: server: exactly b'ABCD'
# expect: server: until b'one|'
# expect: client: reply b'got ABCD and one|\n'
# expect: server: rest b'last words' at_eof True
# expect: server closed
