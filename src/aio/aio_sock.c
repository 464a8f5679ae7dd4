/* aio_sock.c - the sockets under asyncio's streams: non-blocking TCP on loopback only,
 * as natives the prelude's transports call (socket.socket's methods, reduced to what
 * selector_events.py uses), and the loop's add_reader/add_writer. looplab's sandbox
 * refuses every address but 127.0.0.1, localhost and ::1, before any syscall. Errors
 * become CPython's OSError subclasses with (errno, strerror). Every fd opened here is
 * remembered, so that closing the loop closes what the program left open (CPython's
 * garbage collector would), and a stale fd number is never used on a reused fd. */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "aio/aio_internal.h"

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

/* ---------------- the fds we own ---------------- */

static void track(aio_state *st, int fd)
{
    if (st->nsocks == st->sockcap) {
        st->sockcap = st->sockcap ? st->sockcap * 2 : 16;
        st->socks = xrealloc(st->socks, st->sockcap * sizeof *st->socks);
    }
    st->socks[st->nsocks++] = fd;
}

static bool owned(aio_state *st, int fd)
{
    for (size_t i = 0; i < st->nsocks; i++) if (st->socks[i] == fd) return true;
    return false;
}

static void untrack_close(aio_state *st, int fd)
{
    for (size_t i = 0; i < st->nsocks; i++) {
        if (st->socks[i] != fd) continue;
        st->socks[i] = st->socks[--st->nsocks];
        close(fd);
        return;
    }
}

void aio_sock_close_all(aio_state *st)
{
    for (size_t i = 0; i < st->nsocks; i++) close(st->socks[i]);
    st->nsocks = 0;
}

void aio_sock_free(aio_state *st)
{
    aio_sock_close_all(st);
    free(st->socks);
    st->socks = NULL;
    st->sockcap = 0;
}

/* ---------------- errors ---------------- */

static const char *os_class(int err)
{
    switch (err) {
    case ECONNREFUSED: return "ConnectionRefusedError";
    case ECONNRESET: return "ConnectionResetError";
    case EPIPE: return "BrokenPipeError";
    case ECONNABORTED: return "ConnectionAbortedError";
    case EACCES: case EPERM: return "PermissionError";
    case ETIMEDOUT: return "TimeoutError";
    default: return "OSError";
    }
}

/* Raises the OSError subclass of err with args (err, message), as CPython's OSError()
 * constructor picks it. */
static py_val raise_os(py_vm *vm, int err, const char *message)
{
    py_val args[2] = {py_int(err), py_str_cstr(vm, message)};
    py_val exc = py_call(vm, py_builtin(vm, os_class(err)), args, 2, (py_val){V_UNDEF, {0}});
    if (py_is_err(exc)) return exc;
    return py_raise_val(vm, exc);
}

static py_val raise_errno(py_vm *vm, int err)
{
    return raise_os(vm, err, strerror(err));
}

/* ---------------- addresses ---------------- */

typedef struct sock_addr {
    struct sockaddr_storage ss;
    socklen_t len;
    int family;
} sock_addr;

/* Fills a from (host, port) if host is a loopback name; raises PermissionError naming
 * the sandbox otherwise. verb is "connect to" or "bind to". */
static int loopback_addr(py_vm *vm, py_val host, py_val port, const char *verb, sock_addr *a)
{
    const char *h = py_str_data(host, NULL);
    if (port.tag != V_INT || port.u.i < 0 || port.u.i > 65535) {
        if (port.tag == V_INT) py_raise(vm, "OverflowError", "getsockaddrarg: port must be 0-65535.");
        else py_raise(vm, "TypeError", "port must be an int, not %s", py_type_name(vm, port));
        return -1;
    }
    memset(a, 0, sizeof *a);
    if (h && (strcmp(h, "127.0.0.1") == 0 || strcmp(h, "localhost") == 0)) {
        struct sockaddr_in *in = (struct sockaddr_in *)&a->ss;
        in->sin_family = AF_INET;
        in->sin_port = htons((uint16_t)port.u.i);
        in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a->len = sizeof *in;
        a->family = AF_INET;
        return 0;
    }
    if (h && strcmp(h, "::1") == 0) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&a->ss;
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons((uint16_t)port.u.i);
        in6->sin6_addr = in6addr_loopback;
        a->len = sizeof *in6;
        a->family = AF_INET6;
        return 0;
    }
    sbuf b = {0};
    if (h) sbuf_printf(&b, "'%s'", h);
    else sbuf_adds(&b, host.tag == V_NONE ? "None (every interface)" : "that address");
    py_raise(vm, "PermissionError", "looplab's sandbox cannot %s %s: only loopback addresses are allowed "
             "(127.0.0.1, localhost, ::1)", verb, sbuf_str(&b));
    sbuf_free(&b);
    return -1;
}

/* The Python address tuple of a: (host, port) or (host, port, flowinfo, scope_id). */
static py_val addr_tuple(py_vm *vm, const struct sockaddr_storage *ss)
{
    char text[INET6_ADDRSTRLEN] = "?";
    if (ss->ss_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;
        inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
        py_val items[4] = {py_str_cstr(vm, text), py_int(ntohs(in6->sin6_port)), py_int(ntohl(in6->sin6_flowinfo)),
                           py_int(in6->sin6_scope_id)};
        return py_tuple_new(vm, 4, items);
    }
    const struct sockaddr_in *in = (const struct sockaddr_in *)ss;
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    py_val items[2] = {py_str_cstr(vm, text), py_int(ntohs(in->sin_port))};
    return py_tuple_new(vm, 2, items);
}

/* repr(address) as CPython prints it in messages: ('127.0.0.1', 8765). */
static void addr_text(py_vm *vm, const sock_addr *a, sbuf *b)
{
    py_val t = addr_tuple(vm, &a->ss);
    py_val r = py_repr(vm, t);
    sbuf_adds(b, py_is_err(r) ? "?" : py_str_data(r, NULL));
}

static int set_nonblock(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) return -1;
    return fcntl(fd, F_SETFD, FD_CLOEXEC);
}

static int new_socket(aio_state *st, int family)
{
    int fd = socket(family, SOCK_STREAM, 0);
    if (fd < 0) return -1;
    if (set_nonblock(fd) < 0) { int e = errno; close(fd); errno = e; return -1; }
    track(st, fd);
    return fd;
}

static void set_nodelay(int fd)
{
    int one = 1;
    (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/* ---------------- natives ---------------- */

static int fd_arg(aio_state *st, py_val v, int *fd)
{
    if (v.tag != V_INT || !owned(st, (int)v.u.i)) {
        raise_os(st->vm, EBADF, "Bad file descriptor");
        return -1;
    }
    *fd = (int)v.u.i;
    return 0;
}

/* _sock_listen(host, port, backlog) -> (fd, family): bound and listening. */
static py_val m_listen(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    sock_addr a;
    if (nargs != 3 || loopback_addr(vm, args[0], args[1], "bind to", &a) < 0) return py_err();
    int fd = new_socket(st, a.family);
    if (fd < 0) return raise_errno(vm, errno);
    int one = 1;
    (void)setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (a.family == AF_INET6) (void)setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    if (bind(fd, (struct sockaddr *)&a.ss, a.len) < 0) {
        int err = errno;
        untrack_close(st, fd);
        sbuf b = {0};
        sbuf_adds(&b, "error while attempting to bind on address ");
        addr_text(vm, &a, &b);
        sbuf_adds(&b, ": ");
        for (const char *p = strerror(err); *p; p++) sbuf_addc(&b, (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p));
        py_val r = raise_os(vm, err, sbuf_str(&b));
        sbuf_free(&b);
        return r;
    }
    int backlog = args[2].tag == V_INT ? (int)args[2].u.i : 100;
    if (listen(fd, backlog) < 0) { int err = errno; untrack_close(st, fd); return raise_errno(vm, err); }
    py_val items[2] = {py_int(fd), py_int(a.family)};
    return py_tuple_new(vm, 2, items);
}

/* _sock_connect(host, port) -> (fd, family, in_progress). An immediate failure raises
 * OSError(errno, "Connect call failed (host, port)"), as sock_connect reports it. */
static py_val m_connect(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    sock_addr a;
    if (nargs != 2 || loopback_addr(vm, args[0], args[1], "connect to", &a) < 0) return py_err();
    int fd = new_socket(st, a.family);
    if (fd < 0) return raise_errno(vm, errno);
    bool pending = false;
    if (connect(fd, (struct sockaddr *)&a.ss, a.len) < 0) {
        int err = errno;
        if (err == EINPROGRESS || err == EINTR) {
            pending = true;
        } else {
            untrack_close(st, fd);
            sbuf b = {0};
            sbuf_adds(&b, "Connect call failed ");
            addr_text(vm, &a, &b);
            py_val r = raise_os(vm, err, sbuf_str(&b));
            sbuf_free(&b);
            return r;
        }
    }
    set_nodelay(fd);
    py_val items[3] = {py_int(fd), py_int(a.family), py_bool(pending)};
    return py_tuple_new(vm, 3, items);
}

/* _sock_connect_result(fd, address) -> True once connected, False if still under way;
 * raises OSError(err, "Connect call failed address") (_sock_connect_cb). */
static py_val m_connect_result(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    int fd, err = 0;
    socklen_t len = sizeof err;
    if (nargs != 2 || fd_arg(st, args[0], &fd) < 0) return py_err();
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0) err = errno;
    if (err == 0) return py_bool(true);
    if (err == EINPROGRESS || err == EAGAIN || err == EINTR) return py_bool(false);
    sbuf b = {0};
    sbuf_adds(&b, "Connect call failed ");
    py_val r = py_repr(vm, args[1]);
    sbuf_adds(&b, py_is_err(r) ? "?" : py_str_data(r, NULL));
    r = raise_os(vm, err, sbuf_str(&b));
    sbuf_free(&b);
    return r;
}

/* _sock_accept(fd) -> (conn_fd, peer address), or None when no connection waits. */
static py_val m_accept(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    int fd;
    if (nargs != 1 || fd_arg(st, args[0], &fd) < 0) return py_err();
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    int c = accept(fd, (struct sockaddr *)&ss, &len);
    if (c < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return py_none();
        return raise_errno(vm, errno);
    }
    if (set_nonblock(c) < 0) { int e = errno; close(c); return raise_errno(vm, e); }
    set_nodelay(c);
    track(st, c);
    py_val items[2] = {py_int(c), addr_tuple(vm, &ss)};
    return py_tuple_new(vm, 2, items);
}

/* _sock_recv(fd, n) -> bytes (b'' at end of stream), or None if nothing is there yet. */
static py_val m_recv(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    int fd;
    if (nargs != 2 || fd_arg(st, args[0], &fd) < 0) return py_err();
    size_t n = args[1].tag == V_INT && args[1].u.i > 0 ? (size_t)args[1].u.i : 65536;
    if (n > 256 * 1024) n = 256 * 1024;
    char *buf = xmalloc(n);
    ssize_t got = recv(fd, buf, n, 0);
    if (got < 0) {
        int err = errno;
        free(buf);
        if (err == EAGAIN || err == EWOULDBLOCK || err == EINTR) return py_none();
        return raise_errno(vm, err);
    }
    py_val r = py_bytes_new(vm, buf, (size_t)got);
    free(buf);
    return r;
}

/* _sock_send(fd, data) -> bytes sent (0 when the socket buffer is full). */
static py_val m_send(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    int fd;
    if (nargs != 2 || fd_arg(st, args[0], &fd) < 0) return py_err();
    size_t len;
    const char *data = py_bytes_data(args[1], &len);
    if (!data) return py_raise(vm, "TypeError", "a bytes-like object is required, not '%s'", py_type_name(vm, args[1]));
    ssize_t sent = send(fd, data, len, MSG_NOSIGNAL);
    if (sent < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) return py_int(0);
        return raise_errno(vm, errno);
    }
    return py_int(sent);
}

static py_val m_shutdown(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    int fd;
    if (nargs != 1 || fd_arg(st, args[0], &fd) < 0) return py_err();
    if (shutdown(fd, SHUT_WR) < 0 && errno != ENOTCONN) return raise_errno(vm, errno);
    return py_none();
}

static py_val m_close(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    if (nargs == 1 && args[0].tag == V_INT) untrack_close(st, (int)args[0].u.i);
    return py_none();
}

static py_val sock_address(py_vm *vm, py_val *args, int nargs, bool peer)
{
    aio_state *st = aio_state_of(vm);
    int fd;
    if (nargs != 1 || fd_arg(st, args[0], &fd) < 0) return py_err();
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    int rc = peer ? getpeername(fd, (struct sockaddr *)&ss, &len) : getsockname(fd, (struct sockaddr *)&ss, &len);
    if (rc < 0) return raise_errno(vm, errno);
    return addr_tuple(vm, &ss);
}
static py_val m_sockname(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return sock_address(vm, a, n, false); }
static py_val m_peername(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return sock_address(vm, a, n, true); }

/* ---------------- loop.add_reader & co. ---------------- */

static py_val watch(py_vm *vm, py_val *args, int nargs, bool write)
{
    aio_state *st = aio_state_of(vm);
    if (nargs < 3) return py_raise(vm, "TypeError", "%s() missing required positional arguments", write ? "add_writer" : "add_reader");
    if (!st->lp) return py_raise(vm, "RuntimeError", "Event loop is closed");
    if (args[1].tag != V_INT) return py_raise(vm, "ValueError", "Invalid file object: %s", py_type_name(vm, args[1]));
    return aio_watch_fd(st, (int)args[1].u.i, write, args[2], py_tuple_new(vm, nargs - 3, args + 3));
}
static py_val l_add_reader(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return watch(vm, a, n, false); }
static py_val l_add_writer(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return watch(vm, a, n, true); }

static py_val unwatch(py_vm *vm, py_val *args, int nargs, bool write)
{
    aio_state *st = aio_state_of(vm);
    if (nargs != 2 || args[1].tag != V_INT) return py_raise(vm, "TypeError", "an fd (int) is required");
    if (!st->lp) return py_bool(false);
    int fd = (int)args[1].u.i;
    return py_bool(write ? loop_remove_writer(st->lp, fd) : loop_remove_reader(st->lp, fd));
}
static py_val l_remove_reader(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return unwatch(vm, a, n, false); }
static py_val l_remove_writer(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return unwatch(vm, a, n, true); }

void aio_sock_init(aio_state *st, py_val module)
{
    py_vm *vm = st->vm;
    static const char *const fn[] = {"_sock_listen", "_sock_connect", "_sock_connect_result", "_sock_accept",
                                     "_sock_recv", "_sock_send", "_sock_shutdown", "_sock_close", "_sock_name",
                                     "_sock_peer"};
    static const py_native_fn ff[] = {m_listen, m_connect, m_connect_result, m_accept, m_recv, m_send, m_shutdown,
                                      m_close, m_sockname, m_peername};
    for (size_t i = 0; i < sizeof fn / sizeof *fn; i++) py_module_add_fn(vm, module, fn[i], ff[i]);
    static const char *const ln[] = {"add_reader", "remove_reader", "add_writer", "remove_writer",
                                     "_add_reader", "_remove_reader", "_add_writer", "_remove_writer"};
    static const py_native_fn lf[] = {l_add_reader, l_remove_reader, l_add_writer, l_remove_writer,
                                      l_add_reader, l_remove_reader, l_add_writer, l_remove_writer};
    for (size_t i = 0; i < sizeof ln / sizeof *ln; i++) py_type_add_method(vm, st->t_loop, ln[i], lf[i]);
}
