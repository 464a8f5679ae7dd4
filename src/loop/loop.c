/* loop.c - the portable core of the event loop: handle memory, the ready queue, the
 * timer heap, the clocks and loop_run_once, which follows CPython's
 * BaseEventLoop._run_once phase by phase. File descriptors, the wake-up fd and
 * threadsafe calls live in loop_io.c; the selector backends in select_*.c. */
#include "loop/loop_impl.h"
#include "base/base.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* asyncio's constants (base_events.py): the heap is rebuilt when more than half of more
 * than 100 timers are cancelled; no single wait is longer than a day. */
#define MIN_SCHEDULED_TIMER_HANDLES 100
#define MIN_CANCELLED_TIMER_HANDLES_FRACTION 0.5
#define MAXIMUM_SELECT_TIMEOUT (24.0 * 3600.0)

#define HANDLES_PER_SLAB 512
#define READY_INITIAL 64

/* ---- clocks ---- */

/* time.monotonic(): nanoseconds as an integer, then one division, as CPython does. */
static double real_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec) / 1e9;
}

double loop_time(const loop *lp)
{
    return lp->clock == LOOP_CLOCK_VIRTUAL ? lp->vtime : real_now();
}

loop_clock_kind loop_clock(const loop *lp)
{
    return lp->clock;
}

double loop_clock_resolution(const loop *lp)
{
    return lp->resolution;
}

int sel_timeout_ms(double timeout)
{
    if (timeout < 0)
        return -1;
    double ms = ceil(timeout * 1e3);
    return ms > 2e9 ? 2000000000 : (int)ms;
}

/* Sleeps `seconds` of real time in one go; a signal cuts it short (returns false), as
 * it would cut a select() short. */
static bool sleep_real(double seconds)
{
    struct timespec ts = {(time_t)seconds, (long)((seconds - floor(seconds)) * 1e9)};
    if (ts.tv_nsec > 999999999)
        ts.tv_nsec = 999999999;
    return nanosleep(&ts, NULL) == 0;
}

/* Moves the virtual clock forward to t (never back). */
static void jump_to(loop *lp, double t)
{
    if (!(t > lp->vtime))
        return;
    if (lp->trace) {
        loop_event ev = {.kind = LOOP_EV_CLOCK_ADVANCED, .time = lp->vtime, .when = t,
                         .fd = -1, .hkind = LOOP_HANDLE_SOON};
        lp->trace(lp->trace_ctx, &ev);
    }
    lp->vtime = t;
}

bool loop_advance(loop *lp, double seconds)
{
    if (!(seconds > 0))
        return true;
    if (lp->clock == LOOP_CLOCK_VIRTUAL) {
        jump_to(lp, lp->vtime + seconds);
        return true;
    }
    double now = real_now(), end = now + seconds;
    if (lp->trace) {
        loop_event ev = {.kind = LOOP_EV_CLOCK_ADVANCED, .time = now, .when = end,
                         .fd = -1, .hkind = LOOP_HANDLE_SOON};
        lp->trace(lp->trace_ctx, &ev);
    }
    /* Sleep until the monotonic clock reaches `end`, so rounding never shortens it. */
    while ((now = real_now()) < end)
        if (!sleep_real(end - now))
            return false;
    return true;
}

/* ---- tracing ---- */

void loop_set_trace(loop *lp, loop_trace_fn fn, void *ctx)
{
    lp->trace = fn;
    lp->trace_ctx = ctx;
}

void loop_emit_handle(loop *lp, loop_event_kind kind, const loop_handle *h)
{
    loop_event ev = {
        .kind = kind, .time = loop_time(lp), .id = h->id, .arg = h->arg,
        .hkind = (loop_handle_kind)h->kind, .when = h->when, .fd = h->fd,
        .mask = h->kind == LOOP_HANDLE_READER ? LOOP_READ
              : h->kind == LOOP_HANDLE_WRITER ? LOOP_WRITE : 0,
    };
    lp->trace(lp->trace_ctx, &ev);
}

void loop_emit_poll(loop *lp, loop_event_kind kind, double timeout, int count, bool syscall)
{
    loop_event ev = {.kind = kind, .time = loop_time(lp), .when = timeout, .fd = -1,
                     .count = count, .syscall = syscall, .hkind = LOOP_HANDLE_SOON};
    lp->trace(lp->trace_ctx, &ev);
}

const char *loop_event_name(loop_event_kind kind)
{
    static const char *const names[] = {
        [LOOP_EV_HANDLE_SCHEDULED] = "handle scheduled",
        [LOOP_EV_HANDLE_RUN] = "handle run",
        [LOOP_EV_HANDLE_CANCELLED] = "handle cancelled",
        [LOOP_EV_TIMER_SCHEDULED] = "timer scheduled",
        [LOOP_EV_TIMER_FIRED] = "timer fired",
        [LOOP_EV_FD_REGISTERED] = "fd registered",
        [LOOP_EV_FD_UNREGISTERED] = "fd unregistered",
        [LOOP_EV_FD_READY] = "fd ready",
        [LOOP_EV_POLL_START] = "poll start",
        [LOOP_EV_POLL_END] = "poll end",
        [LOOP_EV_CLOCK_ADVANCED] = "clock advanced",
    };
    return (unsigned)kind < LL_ARRAY_LEN(names) ? names[kind] : "?";
}

/* ---- handle memory ---- */

/* Handles live in slabs that are only freed by loop_free, so a stale loop_ref always
 * points at valid memory and its id check is enough. */
void loop_grow_handles(loop *lp)
{
    loop_handle *slab = xcalloc(HANDLES_PER_SLAB, sizeof *slab);
    lp->slabs = xrealloc(lp->slabs, (lp->nslabs + 1) * sizeof *lp->slabs);
    lp->slabs[lp->nslabs++] = slab;
    for (size_t i = HANDLES_PER_SLAB; i-- > 0;) {
        slab[i].next_free = lp->free_list;
        lp->free_list = &slab[i];
    }
}

void loop_release_handle(loop *lp, loop_handle *h)
{
    if (h->holds || !h->id || h == lp->current)
        return;
    h->id = 0;
    h->next_free = lp->free_list;
    lp->free_list = h;
}

void loop_drop_arg(loop_handle *h)
{
    if (h->dropped)
        return;
    h->dropped = true;
    void *arg = h->arg;
    h->arg = NULL;
    if (h->drop)
        h->drop(arg);
}

void loop_cancel_handle(loop *lp, loop_handle *h)
{
    h->cancelled = true;
    if (h->holds & HOLD_HEAP)
        lp->heap_cancelled++;   /* _timer_handle_cancelled: only while still scheduled */
    if (LOOP_UNLIKELY(lp->trace != NULL))
        loop_emit_handle(lp, LOOP_EV_HANDLE_CANCELLED, h);
    if (h != lp->current)
        loop_drop_arg(h);
    loop_release_handle(lp, h);
}

static bool ref_live(loop_ref ref)
{
    return ref.id && ref.h && ref.h->id == ref.id;
}

bool loop_cancel(loop *lp, loop_ref ref)
{
    if (!ref_live(ref) || ref.h->cancelled)
        return false;
    loop_cancel_handle(lp, ref.h);
    return true;
}

bool loop_is_pending(const loop *lp, loop_ref ref)
{
    (void)lp;
    return ref_live(ref) && !ref.h->cancelled;
}

uint64_t loop_current_id(const loop *lp)
{
    return lp->current ? lp->current->id : 0;
}

/* A scheduling call refused (the loop is being freed): the arg is dropped at once. */
static loop_ref refuse(void *arg, loop_drop_fn drop)
{
    if (drop)
        drop(arg);
    return (loop_ref){NULL, 0};
}

/* ---- the ready queue: a ring of handle pointers, grown by doubling ---- */

void loop_grow_ready(loop *lp)
{
    size_t cap = lp->ready_mask + 1, ncap = cap * 2, len = lp->ready_tail - lp->ready_head;
    loop_handle **buf = xmalloc(ncap * sizeof *buf);
    for (size_t i = 0; i < len; i++)
        buf[i] = lp->ready[(lp->ready_head + i) & lp->ready_mask];
    free(lp->ready);
    lp->ready = buf;
    lp->ready_head = 0;
    lp->ready_tail = len;
    lp->ready_mask = ncap - 1;
}

static loop_handle *pop_ready(loop *lp)
{
    loop_handle *h = lp->ready[lp->ready_head++ & lp->ready_mask];
    h->holds -= HOLD_READY;
    return h;
}

loop_ref loop_call_soon(loop *lp, loop_fn fn, void *arg, loop_drop_fn drop)
{
    loop_handle *h = loop_alloc_handle(lp, LOOP_HANDLE_SOON, fn, arg, drop);
    if (!h)
        return refuse(arg, drop);
    loop_push_ready(lp, h);
    if (LOOP_UNLIKELY(lp->trace != NULL))
        loop_emit_handle(lp, LOOP_EV_HANDLE_SCHEDULED, h);
    return (loop_ref){h, h->id};
}

/* ---- the timer heap: a binary min-heap on (when, id) ---- */

static inline bool timer_before(const loop_timer *a, const loop_timer *b)
{
    return a->when < b->when || (a->when == b->when && a->id < b->id);
}

static void sift_up(loop_timer *heap, size_t i)
{
    loop_timer t = heap[i];
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        if (!timer_before(&t, &heap[parent]))
            break;
        heap[i] = heap[parent];
        i = parent;
    }
    heap[i] = t;
}

/* Places t at hole i and below: the hole first walks down to a leaf along the smaller
 * children, then t sifts up from there. This is heapq's way; it saves comparisons
 * because a displaced last element usually belongs near the bottom. */
static void sift_down(loop_timer *heap, size_t len, size_t i, loop_timer t)
{
    size_t start = i, child;
    while ((child = 2 * i + 1) < len) {
        if (child + 1 < len && timer_before(&heap[child + 1], &heap[child]))
            child++;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = t;
    while (i > start) {
        size_t parent = (i - 1) / 2;
        if (!timer_before(&t, &heap[parent]))
            break;
        heap[i] = heap[parent];
        i = parent;
    }
    heap[i] = t;
}

static void heap_push(loop *lp, loop_handle *h)
{
    if (lp->heap_len == lp->heap_cap) {
        lp->heap_cap = lp->heap_cap ? lp->heap_cap * 2 : 64;
        lp->heap = xrealloc(lp->heap, lp->heap_cap * sizeof *lp->heap);
    }
    lp->heap[lp->heap_len] = (loop_timer){h->when, h->id, h};
    sift_up(lp->heap, lp->heap_len++);
    h->holds |= HOLD_HEAP;
}

static loop_handle *heap_pop(loop *lp)
{
    loop_handle *h = lp->heap[0].h;
    loop_timer last = lp->heap[--lp->heap_len];
    if (lp->heap_len)
        sift_down(lp->heap, lp->heap_len, 0, last);
    h->holds &= ~HOLD_HEAP;
    return h;
}

/* The rebuild branch of _run_once: keep the live timers, heapify them again. */
static void heap_rebuild(loop *lp)
{
    size_t n = 0;
    for (size_t i = 0; i < lp->heap_len; i++) {
        loop_handle *h = lp->heap[i].h;
        if (h->cancelled) {
            h->holds &= ~HOLD_HEAP;
            loop_release_handle(lp, h);
        } else {
            lp->heap[n++] = lp->heap[i];
        }
    }
    lp->heap_len = n;
    for (size_t i = n / 2; i-- > 0;)
        sift_down(lp->heap, n, i, lp->heap[i]);
    lp->heap_cancelled = 0;
}

loop_ref loop_call_at(loop *lp, double when, loop_fn fn, void *arg, loop_drop_fn drop)
{
    loop_handle *h = loop_alloc_handle(lp, LOOP_HANDLE_TIMER, fn, arg, drop);
    if (!h)
        return refuse(arg, drop);
    h->when = when;
    heap_push(lp, h);
    if (LOOP_UNLIKELY(lp->trace != NULL))
        loop_emit_handle(lp, LOOP_EV_TIMER_SCHEDULED, h);
    return (loop_ref){h, h->id};
}

loop_ref loop_call_later(loop *lp, double delay, loop_fn fn, void *arg, loop_drop_fn drop)
{
    return loop_call_at(lp, loop_time(lp) + delay, fn, arg, drop);
}

/* ---- one iteration, phase by phase ---- */

/* Phase 1: rebuild the heap if it is mostly cancelled, else pop cancelled heads. */
static void purge_cancelled_timers(loop *lp)
{
    size_t n = lp->heap_len;
    if (n > MIN_SCHEDULED_TIMER_HANDLES &&
        (double)lp->heap_cancelled / (double)n > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
        heap_rebuild(lp);
        return;
    }
    while (lp->heap_len && lp->heap[0].h->cancelled) {
        lp->heap_cancelled--;
        loop_release_handle(lp, heap_pop(lp));
    }
}

/* Phase 2: 0 when something is ready (threadsafe calls count: CPython appends them to
 * _ready at once) or the loop is stopping; else the wait for the earliest timer;
 * else -1, infinite. */
static double compute_timeout(loop *lp)
{
    if (lp->ready_tail != lp->ready_head || lp->stopping || loop_io_inbox_pending(lp))
        return 0;
    if (!lp->heap_len)
        return -1;
    double t = lp->heap[0].when - loop_time(lp);
    return t < 0 ? 0 : t > MAXIMUM_SELECT_TIMEOUT ? MAXIMUM_SELECT_TIMEOUT : t;
}

/* Phase 3 without fds: no syscall at all. The real clock sleeps out the timeout (rounded
 * up to the millisecond like the selectors' timeout); the virtual clock jumps to the
 * earliest deadline. */
static void wait_idle(loop *lp, double timeout)
{
    if (LOOP_UNLIKELY(lp->trace != NULL))
        loop_emit_poll(lp, LOOP_EV_POLL_START, timeout, 0, false);
    if (timeout > 0) {
        if (lp->clock == LOOP_CLOCK_VIRTUAL) {
            jump_to(lp, lp->heap[0].when);
        } else {
            lp->stats.sleeps++;
            sleep_real(sel_timeout_ms(timeout) / 1e3);
        }
    }
    if (LOOP_UNLIKELY(lp->trace != NULL))
        loop_emit_poll(lp, LOOP_EV_POLL_END, timeout, 0, false);
    loop_io_drain_inbox(lp);
}

/* Phase 3 with fds: poll the selector. The virtual clock only looks (timeout 0) while a
 * timer is pending, and jumps to it if nothing happened; with no timer it blocks on the
 * fds, its time standing still. */
static void wait_poll(loop *lp, double timeout)
{
    bool virt_timer = lp->clock == LOOP_CLOCK_VIRTUAL && timeout > 0;
    if (LOOP_UNLIKELY(lp->trace != NULL))
        loop_emit_poll(lp, LOOP_EV_POLL_START, timeout, 0, true);
    int n = sel_poll(lp->sel, virt_timer ? 0 : timeout, lp->events, (int)lp->events_cap);
    lp->stats.polls++;
    if (LOOP_UNLIKELY(lp->trace != NULL))
        loop_emit_poll(lp, LOOP_EV_POLL_END, timeout, n, true);
    if (virt_timer && n == 0 && !loop_io_inbox_pending(lp))
        jump_to(lp, lp->heap[0].when);
    loop_io_dispatch(lp, n);
}

/* Phase 4: every timer due before now + resolution moves to the ready queue, in heap
 * order. A cancelled timer met here is simply discarded: CPython moves it to _ready
 * and skips it there, which runs the same callbacks in the same order. */
static void move_due_timers(loop *lp)
{
    if (!lp->heap_len)
        return;
    double end_time = loop_time(lp) + lp->resolution;
    while (lp->heap_len && lp->heap[0].when < end_time) {
        loop_handle *h = heap_pop(lp);
        if (h->cancelled) {
            lp->heap_cancelled--;
            loop_release_handle(lp, h);
            continue;
        }
        loop_push_ready(lp, h);
        if (LOOP_UNLIKELY(lp->trace != NULL))
            loop_emit_handle(lp, LOOP_EV_TIMER_FIRED, h);
    }
}

static void record_lag(loop *lp, const loop_handle *h)
{
    double lag = loop_time(lp) - h->when;
    loop_lag *l = &lp->stats.lag;
    if (l->count == 0 || lag > l->max)
        l->max = lag;
    l->last = lag;
    l->count++;
    lp->lag_sum += lag;
}

/* Runs one handle. A one-shot handle is spent afterwards (its arg dropped); an fd
 * handle stays registered for the next readiness unless cancelled meanwhile. */
static void run_handle(loop *lp, loop_handle *h)
{
    if (h->kind == LOOP_HANDLE_TIMER)
        record_lag(lp, h);
    if (LOOP_UNLIKELY(lp->trace != NULL))
        loop_emit_handle(lp, LOOP_EV_HANDLE_RUN, h);
    lp->current = h;
    h->fn(lp, h->arg);
    lp->current = NULL;
    if (h->kind == LOOP_HANDLE_SOON || h->kind == LOOP_HANDLE_TIMER) {
        /* Spent: nothing else can hold a one-shot handle now, so it goes straight back
         * to the free list (its id cleared, so refs to it turn stale). */
        if (!h->dropped && h->drop)
            h->drop(h->arg);
        h->id = 0;
        h->next_free = lp->free_list;
        lp->free_list = h;
        return;
    }
    if (h->cancelled)
        loop_drop_arg(h);
    loop_release_handle(lp, h);
}

/* Phase 5: exactly the handles ready now; cancelled ones are skipped. */
static int run_ready(loop *lp)
{
    size_t ntodo = lp->ready_tail - lp->ready_head;
    int ran = 0;
    for (size_t i = 0; i < ntodo; i++) {
        loop_handle *h = pop_ready(lp);
        if (LOOP_UNLIKELY(h->cancelled)) {
            loop_release_handle(lp, h);
            continue;
        }
        run_handle(lp, h);
        ran++;
    }
    lp->stats.callbacks += (uint64_t)ran;
    return ran;
}

/* The five phases; loop_run_once and loop_run share it so loop_run inlines it. */
static int iterate(loop *lp)
{
    purge_cancelled_timers(lp);
    double timeout = compute_timeout(lp);
    bool watching = loop_io_watched(lp) > 0;
    if (timeout < 0 && !watching)
        return LOOP_STUCK;
    lp->running = true;
    lp->stats.iterations++;
    if (watching)
        wait_poll(lp, timeout);
    else
        wait_idle(lp, timeout);
    move_due_timers(lp);
    int ran = run_ready(lp);
    lp->running = false;
    return ran;
}

int loop_run_once(loop *lp)
{
    return lp->running ? LOOP_NESTED : iterate(lp);
}

int loop_run(loop *lp)
{
    if (lp->running)
        return LOOP_NESTED;
    int rc = 0;
    for (;;) {
        rc = iterate(lp);
        if (rc < 0 || lp->stopping)
            break;
    }
    lp->stopping = false;
    return rc < 0 ? rc : 0;
}

void loop_stop(loop *lp)
{
    lp->stopping = true;
}

bool loop_is_running(const loop *lp)
{
    return lp->running;
}

/* ---- lifecycle ---- */

loop *loop_new(loop_clock_kind clock)
{
    loop *lp = xcalloc(1, sizeof *lp);
    lp->clock = clock;
    lp->next_id = 1;
    lp->ready = xmalloc(READY_INITIAL * sizeof *lp->ready);
    lp->ready_mask = READY_INITIAL - 1;
    lp->resolution = 1e-9;
    struct timespec res;
    if (clock == LOOP_CLOCK_REAL && clock_getres(CLOCK_MONOTONIC, &res) == 0)
        lp->resolution = (double)res.tv_sec + (double)res.tv_nsec / 1e9;
    lp->wake_rfd = lp->wake_wfd = -1;
    lp->sel = sel_create();
    if (!lp->sel || loop_io_init(lp) < 0) {
        int err = errno;
        loop_free(lp);
        errno = err;
        return NULL;
    }
    return lp;
}

/* Drops every handle still held, in a defined order: the ready queue front to back,
 * the timers in heap order, then fd handles (loop_io_free), then threadsafe calls. */
void loop_free(loop *lp)
{
    if (!lp)
        return;
    lp->closing = true;
    lp->trace = NULL;
    while (lp->ready_tail != lp->ready_head)
        loop_drop_arg(pop_ready(lp));
    for (size_t i = 0; i < lp->heap_len; i++)
        loop_drop_arg(lp->heap[i].h);
    lp->heap_len = 0;
    loop_io_free(lp);
    for (size_t i = 0; i < lp->nslabs; i++)
        free(lp->slabs[i]);
    free(lp->slabs);
    free(lp->heap);
    free(lp->ready);
    free(lp);
}

/* ---- statistics and inspection ---- */

void loop_get_stats(const loop *lp, loop_stats *out)
{
    *out = lp->stats;
    out->lag.mean = lp->stats.lag.count ? lp->lag_sum / (double)lp->stats.lag.count : 0;
}

size_t loop_ready_count(const loop *lp)
{
    return lp->ready_tail - lp->ready_head;
}

size_t loop_timer_count(const loop *lp)
{
    return lp->heap_len;
}

static loop_handle_info describe(const loop_handle *h)
{
    return (loop_handle_info){.id = h->id, .kind = (loop_handle_kind)h->kind, .fn = h->fn,
                              .arg = h->arg, .when = h->when, .fd = h->fd,
                              .cancelled = h->cancelled};
}

size_t loop_visit_ready(const loop *lp, loop_visit_fn fn, void *ctx)
{
    size_t i = 0;
    while (i < lp->ready_tail - lp->ready_head) {
        loop_handle_info info = describe(lp->ready[(lp->ready_head + i) & lp->ready_mask]);
        i++;
        if (!fn(ctx, &info))
            break;
    }
    return i;
}

static int compare_timers(const void *a, const void *b)
{
    const loop_timer *x = a, *y = b;
    return timer_before(x, y) ? -1 : timer_before(y, x) ? 1 : 0;
}

size_t loop_visit_timers(const loop *lp, loop_visit_fn fn, void *ctx)
{
    if (!lp->heap_len)
        return 0;
    loop_timer *copy = xmalloc(lp->heap_len * sizeof *copy);
    memcpy(copy, lp->heap, lp->heap_len * sizeof *copy);
    qsort(copy, lp->heap_len, sizeof *copy, compare_timers);
    size_t i = 0;
    while (i < lp->heap_len) {
        loop_handle_info info = describe(copy[i].h);
        i++;
        if (!fn(ctx, &info))
            break;
    }
    free(copy);
    return i;
}

const char *loop_backend_name(void)
{
    return sel_name();
}
