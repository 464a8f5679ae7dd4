# Nothing listens on the port: open_connection raises ConnectionRefusedError with
# CPython's errno and message, and the loop carries on.
import asyncio

PORT = 28716

async def main():
    try:
        await asyncio.open_connection("127.0.0.1", PORT)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, e)
        print(isinstance(e, ConnectionError), isinstance(e, OSError))
    server = await asyncio.start_server(lambda r, w: w.close(), "127.0.0.1", PORT)
    try:
        await asyncio.start_server(lambda r, w: None, "127.0.0.1", PORT)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    server.close()
    await server.wait_closed()
    print("done")

asyncio.run(main())

# expect: ConnectionRefusedError 111 [Errno 111] Connect call failed ('127.0.0.1', 28716)
# expect: True True
# expect: OSError 98 error while attempting to bind on address ('127.0.0.1', 28716): address already in use
# expect: done
