/* loop_impl.h - the loop's insides, shared by loop.c (handles, timers, the iteration),
 * loop_io.c (fds, wake-up, threadsafe calls) and the selector backends select_*.c.
 * Not for use outside src/loop/. */
#ifndef LOOPLAB_LOOP_IMPL_H
#define LOOPLAB_LOOP_IMPL_H

#include "loop/loop.h"

#include <stdatomic.h>

/* ---- the private selector API: one backend per file, chosen by the Makefile ---- */

typedef struct sel sel;          /* backend state, defined by each backend */
typedef struct sel_event {
    int fd;
    int mask;                    /* LOOP_READ | LOOP_WRITE */
} sel_event;

/* A new selector, or NULL with errno set. */
sel *sel_create(void);
void sel_free(sel *s);
/* Changes fd's interest from old_mask to new_mask (either may be 0: add, modify, both
 * are this call). Returns 0, or -1 with errno set. */
int sel_set(sel *s, int fd, int old_mask, int new_mask);
/* Waits up to timeout seconds (< 0: forever, 0: just look) and fills at most max events.
 * Errors and hang-ups are reported as both readable and writable, as Python's selectors
 * do. Returns the number of events, 0 on timeout or EINTR. */
int sel_poll(sel *s, double timeout, sel_event *out, int max);
const char *sel_name(void);

/* The ms timeout the poll-style syscalls take: rounded up, as CPython's selectors do, so
 * a wake-up is never early; -1 for infinite. */
int sel_timeout_ms(double timeout);

/* ---- handles ---- */

struct loop_handle {
    loop_fn fn;
    void *arg;
    loop_drop_fn drop;
    uint64_t id;                 /* 0 while on the free list */
    double when;                 /* timers: deadline */
    loop_handle *next_free;
    int fd;                      /* readers and writers */
    uint16_t in_ready;           /* how many times it sits in the ready queue */
    uint8_t kind;                /* loop_handle_kind */
    bool cancelled;              /* cancelled, or a one-shot that has run */
    bool dropped;                /* drop(arg) has been called */
    bool in_heap;
    bool registered;             /* an fd handle still attached to its fd */
    bool running;
};

/* A timer heap entry: the key kept beside the pointer so sifting never touches the
 * handle. (when, id) orders equal deadlines by scheduling order. */
typedef struct loop_timer {
    double when;
    uint64_t id;
    loop_handle *h;
} loop_timer;

/* What each fd has: asyncio's (reader, writer) key data; the registered mask follows. */
typedef struct loop_fd {
    loop_handle *reader, *writer;
} loop_fd;

/* A loop_call_soon_threadsafe request, allocated by the calling thread. */
typedef struct loop_inbox_node {
    loop_fn fn;
    void *arg;
    loop_drop_fn drop;
    struct loop_inbox_node *next;
} loop_inbox_node;

struct loop {
    /* ready queue: a ring of handle pointers */
    loop_handle **ready;
    size_t ready_head, ready_len, ready_mask;
    /* timer heap */
    loop_timer *heap;
    size_t heap_len, heap_cap, heap_cancelled;
    /* handle memory */
    loop_handle *free_list;
    void **slabs;
    size_t nslabs;
    uint64_t next_id;
    /* clock */
    loop_clock_kind clock;
    double vtime, resolution;
    /* fds */
    sel *sel;
    loop_fd *fds;
    size_t fds_cap, nfds;        /* nfds: owner fds with a reader or a writer */
    sel_event *events;
    size_t events_cap;
    /* wake-up and threadsafe calls */
    int wake_rfd, wake_wfd;      /* equal for an eventfd */
    unsigned wake_holds;
    _Atomic(loop_inbox_node *) inbox;
    /* state */
    loop_handle *current;
    bool running, stopping, closing;
    loop_trace_fn trace;
    void *trace_ctx;
    loop_stats stats;
    double lag_sum;
};

/* Shared between loop.c and loop_io.c. */
loop_handle *loop_alloc_handle(loop *lp, loop_handle_kind kind, loop_fn fn, void *arg,
                               loop_drop_fn drop);
void loop_push_ready(loop *lp, loop_handle *h);
/* Marks h cancelled and drops its arg (deferred while it runs); frees it when no queue
 * holds it any more. */
void loop_cancel_handle(loop *lp, loop_handle *h);
/* Calls drop(arg) the one time it is due and forgets arg. */
void loop_drop_arg(loop_handle *h);
/* Returns h to the free list if nothing refers to it any more. */
void loop_release_handle(loop *lp, loop_handle *h);
/* Trace emitters; call sites test lp->trace first so tracing costs nothing when off. */
void loop_emit_handle(loop *lp, loop_event_kind kind, const loop_handle *h);
void loop_emit_poll(loop *lp, loop_event_kind kind, double timeout, int count, bool syscall);

/* loop_io.c */
/* Grows the poll result buffer to the number of watched fds. */
void loop_io_fit_events(loop *lp);
int loop_io_init(loop *lp);
void loop_io_free(loop *lp);
/* Fds the selector watches, the wake-up fd included: 0 means no poll syscall. */
size_t loop_io_watched(const loop *lp);
/* Handles a poll result: wake-up fd first, then queued threadsafe calls, then fd events,
 * which is the order in which CPython's handles would have reached _ready. */
void loop_io_dispatch(loop *lp, int nevents);
/* Moves queued threadsafe calls into the ready queue. */
void loop_io_drain_inbox(loop *lp);
bool loop_io_inbox_pending(loop *lp);

#endif
