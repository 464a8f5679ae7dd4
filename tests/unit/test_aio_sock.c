/* test_aio_sock.c - the loopback-only sandbox of asyncio's streams: every other
 * address is refused before any syscall (no packet can leave the machine), and
 * sockets left open are closed with the loop. CPython would connect, so these cannot
 * be golden programs checked against it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aio/aio.h"
#include "test.h"

/* Runs src on the virtual clock; returns stdout. */
static char *sock_run(const char *src, int *rc)
{
    FILE *out = tmpfile(), *err = tmpfile();
    py_config cfg = {0};
    cfg.path = cfg.abs_path = "prog.py";
    cfg.out = out;
    cfg.err = err;
    py_vm *vm = py_vm_new(&cfg);
    aio_options opt = {0};
    opt.virtual_clock = true;
    aio_install(vm, &opt);
    *rc = py_run_file(vm, src, false);
    aio_release(vm);
    py_vm_free(vm);
    fflush(out);
    long n = ftell(out);
    rewind(out);
    char *text = calloc(1, (size_t)n + 1);
    if (n > 0 && fread(text, 1, (size_t)n, out) != (size_t)n) text[0] = 0;
    fclose(out);
    fclose(err);
    return text;
}

TEST(aio_sock_sandbox_refuses_other_hosts)
{
    const char *src =
        "import asyncio\n"
        "async def main():\n"
        "    for host in ['10.1.2.3', 'example.com', '0.0.0.0', '127.0.0.2']:\n"
        "        try:\n"
        "            await asyncio.open_connection(host, 80)\n"
        "        except PermissionError as e:\n"
        "            print(type(e).__name__, isinstance(e, OSError), e)\n"
        "    for host in [None, '', '192.168.0.1']:\n"
        "        try:\n"
        "            await asyncio.start_server(lambda r, w: None, host, 8080)\n"
        "        except PermissionError as e:\n"
        "            print(e)\n"
        "asyncio.run(main())\n";
    int rc;
    char *out = sock_run(src, &rc);
    EXPECT_EQ_INT(rc, 0);
    EXPECT_EQ_STR(out,
        "PermissionError True looplab's sandbox cannot connect to '10.1.2.3': only loopback addresses are allowed (127.0.0.1, localhost, ::1)\n"
        "PermissionError True looplab's sandbox cannot connect to 'example.com': only loopback addresses are allowed (127.0.0.1, localhost, ::1)\n"
        "PermissionError True looplab's sandbox cannot connect to '0.0.0.0': only loopback addresses are allowed (127.0.0.1, localhost, ::1)\n"
        "PermissionError True looplab's sandbox cannot connect to '127.0.0.2': only loopback addresses are allowed (127.0.0.1, localhost, ::1)\n"
        "looplab's sandbox cannot bind to None (every interface): only loopback addresses are allowed (127.0.0.1, localhost, ::1)\n"
        "looplab's sandbox cannot bind to None (every interface): only loopback addresses are allowed (127.0.0.1, localhost, ::1)\n"
        "looplab's sandbox cannot bind to '192.168.0.1': only loopback addresses are allowed (127.0.0.1, localhost, ::1)\n");
    free(out);
}

TEST(aio_sock_localhost_and_ipv6_loopback)
{
    const char *src =
        "import asyncio\n"
        "async def handle(r, w):\n"
        "    w.write(await r.readline())\n"
        "    w.close()\n"
        "async def main():\n"
        "    for host in ['localhost', '::1']:\n"
        "        server = await asyncio.start_server(handle, host, 0)\n"
        "        port = server.sockets[0].getsockname()[1]\n"
        "        r, w = await asyncio.open_connection(host, port)\n"
        "        w.write(host.encode() + b'\\n')\n"
        "        print(await r.readline(), w.get_extra_info('peername')[0])\n"
        "        w.close()\n"
        "        await w.wait_closed()\n"
        "        server.close()\n"
        "        await server.wait_closed()\n"
        "asyncio.run(main())\n";
    int rc;
    char *out = sock_run(src, &rc);
    EXPECT_EQ_INT(rc, 0);
    EXPECT_EQ_STR(out, "b'localhost\\n' 127.0.0.1\nb'::1\\n' ::1\n");
    free(out);
}

TEST(aio_sock_loop_close_closes_leftovers)
{
    /* A server never closed: the second asyncio.run can bind the same port again. */
    const char *src =
        "import asyncio\n"
        "async def main():\n"
        "    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', 0)\n"
        "    return server.sockets[0].getsockname()[1]\n"
        "port = asyncio.run(main())\n"
        "async def again():\n"
        "    server = await asyncio.start_server(lambda r, w: None, '127.0.0.1', port)\n"
        "    print('bound again', server.sockets[0].getsockname()[1] == port)\n"
        "    server.close()\n"
        "asyncio.run(again())\n";
    int rc;
    char *out = sock_run(src, &rc);
    EXPECT_EQ_INT(rc, 0);
    EXPECT_EQ_STR(out, "bound again True\n");
    free(out);
}
