/* loop_impl.h - the loop's insides, shared by loop.c (handles, timers, the iteration),
 * loop_io.c (fds, wake-up, threadsafe calls) and the selector backends select_*.c.
 * Not for use outside src/loop/. */
#ifndef LOOPLAB_LOOP_IMPL_H
#define LOOPLAB_LOOP_IMPL_H

#include "loop/loop.h"

#include <stdatomic.h>

#if defined(__GNUC__)
#define LOOP_UNLIKELY(c) __builtin_expect(!!(c), 0)
#else
#define LOOP_UNLIKELY(c) (c)
#endif

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
    uint32_t holds;              /* what keeps it alive: HOLD_* bits, plus one per ready slot */
    uint8_t kind;                /* loop_handle_kind */
    bool cancelled;              /* cancelled, or a one-shot that has run */
    bool dropped;                /* drop(arg) has been called */
};

/* A handle returns to the free list when its holds reach 0: one test, not four. */
#define HOLD_READY 1u            /* counted: an fd handle could sit in the queue twice */
#define HOLD_HEAP (1u << 24)
#define HOLD_FD (1u << 25)       /* an fd handle still attached to its fd */
/* (A running handle is held by lp->current.) */

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
    /* ready queue: a ring of handle pointers. head and tail only grow (masked on use):
     * popping touches head, pushing tail, so a chain of call_soon callbacks carries no
     * shared counter from one to the next. */
    loop_handle **ready;
    size_t ready_head, ready_tail, ready_mask;
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
    loop_handle *current;        /* running its callback: not freed, not dropped */
    bool running, stopping, closing;
    loop_trace_fn trace;
    void *trace_ctx;
    loop_stats stats;
    double lag_sum;
};

/* Shared between loop.c and loop_io.c. The hot ones are inline: a chain of call_soon
 * callbacks spends most of its time in them. */
void loop_grow_handles(loop *lp);
void loop_grow_ready(loop *lp);

/* A fresh handle from the free list, or NULL while loop_free runs. */
static inline loop_handle *loop_alloc_handle(loop *lp, loop_handle_kind kind, loop_fn fn,
                                             void *arg, loop_drop_fn drop)
{
    if (LOOP_UNLIKELY(lp->closing))
        return NULL;
    if (LOOP_UNLIKELY(!lp->free_list))
        loop_grow_handles(lp);
    loop_handle *h = lp->free_list;
    lp->free_list = h->next_free;
    /* Field by field rather than a compound literal: the later narrow loads of holds
     * and kind then forward from stores of their own size. */
    h->fn = fn;
    h->arg = arg;
    h->drop = drop;
    h->id = lp->next_id++;
    h->when = 0;
    h->fd = -1;
    h->holds = 0;
    h->kind = (uint8_t)kind;
    h->cancelled = false;
    h->dropped = false;
    return h;
}

static inline void loop_push_ready(loop *lp, loop_handle *h)
{
    if (LOOP_UNLIKELY(lp->ready_tail - lp->ready_head > lp->ready_mask))
        loop_grow_ready(lp);
    lp->ready[lp->ready_tail++ & lp->ready_mask] = h;
    h->holds += HOLD_READY;
}
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
static inline size_t loop_io_watched(const loop *lp)
{
    return lp->nfds + (lp->wake_holds > 0);
}
/* Handles a poll result: wake-up fd first, then queued threadsafe calls, then fd events,
 * which is the order in which CPython's handles would have reached _ready. */
void loop_io_dispatch(loop *lp, int nevents);
static inline bool loop_io_inbox_pending(loop *lp)
{
    return atomic_load_explicit(&lp->inbox, memory_order_relaxed) != NULL;
}
/* Moves queued threadsafe calls into the ready queue (call only when pending). */
void loop_io_take_inbox(loop *lp);
static inline void loop_io_drain_inbox(loop *lp)
{
    if (loop_io_inbox_pending(lp))
        loop_io_take_inbox(lp);
}

#endif
