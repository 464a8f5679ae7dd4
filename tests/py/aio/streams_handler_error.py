# An exception escaping the client_connected_cb task is reported by the loop's
# exception handler and the connection is closed; the client sees EOF.
import asyncio

PORT = 28720

async def handle(reader, writer):
    await reader.readline()
    raise RuntimeError("handler failed")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda loop, ctx: print("handler:", ctx["message"], repr(ctx["exception"])))
    server = await asyncio.start_server(handle, "127.0.0.1", PORT)
    reader, writer = await asyncio.open_connection("127.0.0.1", PORT)
    writer.write(b"hi\n")
    print("client read:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()

asyncio.run(main())

# expect: handler: Unhandled exception in client_connected_cb RuntimeError('handler failed')
# expect: client read: b''
