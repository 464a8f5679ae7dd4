/* loop_io.c - the loop's file descriptors: asyncio's add_reader/add_writer on top of
 * the selector backend, the wake-up fd (an eventfd on Linux, a pipe elsewhere) and the
 * lock-free inbox of loop_call_soon_threadsafe. */
#include "loop/loop_impl.h"
#include "base/base.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/eventfd.h>
#endif

#define EVENTS_INITIAL 64

/* ---- the wake-up fd ---- */

#if !defined(__linux__)
static int set_nonblock_cloexec(int fd)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
        return -1;
    return fcntl(fd, F_SETFD, FD_CLOEXEC);
}
#endif

static int open_wake_fds(loop *lp)
{
#if defined(__linux__)
    int fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (fd < 0)
        return -1;
    lp->wake_rfd = lp->wake_wfd = fd;
#else
    int p[2];
    if (pipe(p) < 0)
        return -1;
    lp->wake_rfd = p[0];
    lp->wake_wfd = p[1];
    if (set_nonblock_cloexec(p[0]) < 0 || set_nonblock_cloexec(p[1]) < 0)
        return -1;
#endif
    return 0;
}

/* Empties the wake-up fd; must happen before the inbox is drained, so that a call queued
 * after the drain leaves the fd readable for the next poll. */
static void clear_wake_fd(loop *lp)
{
    char buf[64];
    while (read(lp->wake_rfd, buf, sizeof buf) > 0)
        ;
}

static void write_wake_fd(loop *lp)
{
    uint64_t one = 1;
    /* A full pipe or counter already means "wake up": failure needs no handling. */
    ssize_t n = write(lp->wake_wfd, &one, lp->wake_rfd == lp->wake_wfd ? sizeof one : 1);
    (void)n;
}

int loop_io_init(loop *lp)
{
    lp->events_cap = EVENTS_INITIAL;
    lp->events = xmalloc(lp->events_cap * sizeof *lp->events);
    atomic_init(&lp->inbox, NULL);
    return open_wake_fds(lp);
}

void loop_io_fit_events(loop *lp)
{
    size_t need = loop_io_watched(lp);
    if (need <= lp->events_cap)
        return;
    while (lp->events_cap < need)
        lp->events_cap *= 2;
    lp->events = xrealloc(lp->events, lp->events_cap * sizeof *lp->events);
}

int loop_hold_wakeup(loop *lp)
{
    if (lp->wake_holds == 0) {
        lp->stats.backend_ops++;
        if (sel_set(lp->sel, lp->wake_rfd, 0, LOOP_READ) < 0)
            return -1;
    }
    lp->wake_holds++;
    loop_io_fit_events(lp);
    return 0;
}

void loop_release_wakeup(loop *lp)
{
    if (lp->wake_holds == 0 || --lp->wake_holds > 0)
        return;
    lp->stats.backend_ops++;
    sel_set(lp->sel, lp->wake_rfd, LOOP_READ, 0);
}

/* ---- threadsafe calls: a Treiber stack pushed by any thread, taken whole by the loop ---- */

void loop_call_soon_threadsafe(loop *lp, loop_fn fn, void *arg, loop_drop_fn drop)
{
    loop_inbox_node *node = xmalloc(sizeof *node);
    *node = (loop_inbox_node){fn, arg, drop, NULL};
    node->next = atomic_load_explicit(&lp->inbox, memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&lp->inbox, &node->next, node,
                                                  memory_order_release, memory_order_relaxed))
        ;
    write_wake_fd(lp);
}

/* Takes the whole stack and reverses it into call order. */
static loop_inbox_node *take_inbox(loop *lp)
{
    loop_inbox_node *node = atomic_exchange_explicit(&lp->inbox, NULL, memory_order_acquire);
    loop_inbox_node *fifo = NULL;
    while (node) {
        loop_inbox_node *next = node->next;
        node->next = fifo;
        fifo = node;
        node = next;
    }
    return fifo;
}

void loop_io_take_inbox(loop *lp)
{
    loop_inbox_node *fifo = take_inbox(lp);
    while (fifo) {
        loop_inbox_node *next = fifo->next;
        loop_call_soon(lp, fifo->fn, fifo->arg, fifo->drop);
        free(fifo);
        fifo = next;
    }
}

/* ---- readers and writers ---- */

static int fd_interest(const loop_fd *e)
{
    return (e->reader ? LOOP_READ : 0) | (e->writer ? LOOP_WRITE : 0);
}

static loop_fd *fd_entry(loop *lp, int fd)
{
    if ((size_t)fd >= lp->fds_cap) {
        size_t cap = lp->fds_cap ? lp->fds_cap : 64;
        while (cap <= (size_t)fd)
            cap *= 2;
        lp->fds = xrealloc(lp->fds, cap * sizeof *lp->fds);
        memset(lp->fds + lp->fds_cap, 0, (cap - lp->fds_cap) * sizeof *lp->fds);
        lp->fds_cap = cap;
    }
    return &lp->fds[fd];
}

static int set_interest(loop *lp, int fd, int old_mask, int new_mask)
{
    if (old_mask == new_mask)
        return 0;
    lp->stats.backend_ops++;
    return sel_set(lp->sel, fd, old_mask, new_mask);
}

/* _add_reader / _add_writer: the selector learns the new interest first, then the
 * handle takes the slot and the one it replaces is cancelled. */
static loop_ref add_fd_handle(loop *lp, int fd, loop_handle_kind kind, loop_fn fn,
                              void *arg, loop_drop_fn drop)
{
    if (fd < 0 || fd == lp->wake_rfd) {
        errno = EBADF;
        return (loop_ref){NULL, 0};
    }
    if (lp->closing) {
        errno = EBADF;
        return (loop_ref){NULL, 0};
    }
    loop_fd *e = fd_entry(lp, fd);
    int old = fd_interest(e), bit = kind == LOOP_HANDLE_READER ? LOOP_READ : LOOP_WRITE;
    if (set_interest(lp, fd, old, old | bit) < 0)
        return (loop_ref){NULL, 0};
    loop_handle *h = loop_alloc_handle(lp, kind, fn, arg, drop);
    loop_handle **slot = kind == LOOP_HANDLE_READER ? &e->reader : &e->writer;
    loop_handle *prev = *slot;
    h->fd = fd;
    h->holds |= HOLD_FD;
    *slot = h;
    if (old == 0) {
        lp->nfds++;
        loop_io_fit_events(lp);
    }
    if (lp->trace)
        loop_emit_handle(lp, LOOP_EV_FD_REGISTERED, h);
    if (prev) {
        prev->holds &= ~HOLD_FD;
        if (prev->cancelled)
            loop_release_handle(lp, prev);
        else
            loop_cancel_handle(lp, prev);
    }
    return (loop_ref){h, h->id};
}

/* _remove_reader / _remove_writer: errors from the backend are ignored, as asyncio's
 * selectors ignore them (the fd may already be closed). */
static bool remove_fd_handle(loop *lp, int fd, loop_handle_kind kind)
{
    if (fd < 0 || (size_t)fd >= lp->fds_cap)
        return false;
    loop_fd *e = &lp->fds[fd];
    loop_handle **slot = kind == LOOP_HANDLE_READER ? &e->reader : &e->writer;
    loop_handle *h = *slot;
    if (!h)
        return false;
    int old = fd_interest(e);
    *slot = NULL;
    set_interest(lp, fd, old, fd_interest(e));
    if (fd_interest(e) == 0)
        lp->nfds--;
    if (lp->trace)
        loop_emit_handle(lp, LOOP_EV_FD_UNREGISTERED, h);
    h->holds &= ~HOLD_FD;
    if (h->cancelled)
        loop_release_handle(lp, h);
    else
        loop_cancel_handle(lp, h);
    return true;
}

loop_ref loop_add_reader(loop *lp, int fd, loop_fn fn, void *arg, loop_drop_fn drop)
{
    return add_fd_handle(lp, fd, LOOP_HANDLE_READER, fn, arg, drop);
}

loop_ref loop_add_writer(loop *lp, int fd, loop_fn fn, void *arg, loop_drop_fn drop)
{
    return add_fd_handle(lp, fd, LOOP_HANDLE_WRITER, fn, arg, drop);
}

bool loop_remove_reader(loop *lp, int fd)
{
    return remove_fd_handle(lp, fd, LOOP_HANDLE_READER);
}

bool loop_remove_writer(loop *lp, int fd)
{
    return remove_fd_handle(lp, fd, LOOP_HANDLE_WRITER);
}

size_t loop_fd_count(const loop *lp)
{
    return lp->nfds;
}

/* _process_events for one fd and one direction: a cancelled handle unregisters its fd
 * instead of running, as in asyncio. */
static void fd_became_ready(loop *lp, int fd, loop_handle_kind kind)
{
    loop_fd *e = &lp->fds[fd];
    loop_handle *h = kind == LOOP_HANDLE_READER ? e->reader : e->writer;
    if (!h)
        return;
    if (h->cancelled) {
        remove_fd_handle(lp, fd, kind);
        return;
    }
    loop_push_ready(lp, h);
    if (lp->trace)
        loop_emit_handle(lp, LOOP_EV_FD_READY, h);
}

void loop_io_dispatch(loop *lp, int nevents)
{
    for (int i = 0; i < nevents; i++)
        if (lp->events[i].fd == lp->wake_rfd)
            clear_wake_fd(lp);
    loop_io_drain_inbox(lp);
    for (int i = 0; i < nevents; i++) {
        int fd = lp->events[i].fd, mask = lp->events[i].mask;
        if (fd == lp->wake_rfd || fd < 0 || (size_t)fd >= lp->fds_cap)
            continue;
        if (mask & LOOP_READ)
            fd_became_ready(lp, fd, LOOP_HANDLE_READER);
        if (mask & LOOP_WRITE)
            fd_became_ready(lp, fd, LOOP_HANDLE_WRITER);
    }
}

/* Drops the fd handles in fd order, then the threadsafe calls never taken, then closes
 * the backend. Part of loop_free. */
void loop_io_free(loop *lp)
{
    for (size_t fd = 0; fd < lp->fds_cap; fd++) {
        loop_fd *e = &lp->fds[fd];
        loop_handle *r = e->reader, *w = e->writer;
        e->reader = e->writer = NULL;
        if (r)
            loop_drop_arg(r);
        if (w)
            loop_drop_arg(w);
    }
    /* A drop function may itself queue a threadsafe call: take until empty. */
    loop_inbox_node *node;
    while ((node = take_inbox(lp)) != NULL) {
        while (node) {
            loop_inbox_node *next = node->next;
            if (node->drop)
                node->drop(node->arg);
            free(node);
            node = next;
        }
    }
    if (lp->wake_rfd >= 0)
        close(lp->wake_rfd);
    if (lp->wake_wfd >= 0 && lp->wake_wfd != lp->wake_rfd)
        close(lp->wake_wfd);
    if (lp->sel)
        sel_free(lp->sel);
    free(lp->fds);
    free(lp->events);
}
