/* loop.h - looplab's mini event loop: a ready queue, a timer heap, readers and writers
 * on file descriptors, a real or a virtual clock. It knows nothing of Python; src/aio/
 * drives it and must reproduce CPython's asyncio ordering, so one iteration
 * (loop_run_once) follows Lib/asyncio/base_events.py `_run_once` step for step:
 *
 *   1. drop cancelled timers from the head of the heap (or rebuild the heap when more
 *      than half of more than 100 timers are cancelled),
 *   2. compute the timeout: 0 if anything is ready or the loop is stopping, else the
 *      time to the earliest timer (>= 0, at most 24 h), else infinite,
 *   3. poll the selector (or, with no fd registered, sleep / jump the virtual clock),
 *      and append the handles of ready fds to the ready queue,
 *   4. move every timer due before now + clock resolution to the ready queue,
 *   5. run exactly as many handles as the ready queue held at that point; what those
 *      callbacks schedule waits for the next iteration.
 *
 * Equal deadlines fire in scheduling order (CPython leaves that order to heapq; looplab
 * fixes it). One invisible difference: a cancelled timer met in phase 4 is discarded
 * there, where CPython moves it to _ready and skips it; the same callbacks run in the
 * same order, and the cancelled-timer count stays exact.
 *
 * Virtual clock: with no fd registered the loop jumps straight to the next deadline.
 * With fds it polls them without waiting (timeout 0) while a timer is pending and jumps
 * to the timer if no fd was ready; with no timer it blocks on the fds, time standing
 * still. Real clock with no fd registered: no poll syscall, just a sleep to the next
 * deadline, rounded up to the millisecond like a selector's timeout.
 *
 * Everything here runs on the loop's thread, except loop_call_soon_threadsafe().
 * Memory: handles come from the loop's own free list; the owner attaches a `void *arg`
 * and a `drop` function, called exactly once per handle when the loop is done with it. */
#ifndef LOOPLAB_LOOP_H
#define LOOPLAB_LOOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct loop loop;
typedef struct loop_handle loop_handle;

/* A callback; `arg` is what was given when it was scheduled. */
typedef void (*loop_fn)(loop *lp, void *arg);
/* Releases an owner's `arg` (e.g. Python references). Never called while the handle's
 * own callback is running. May be NULL. */
typedef void (*loop_drop_fn)(void *arg);

/* What the scheduling functions return: a handle plus its id. Handles are recycled,
 * and the id (unique, increasing, never 0) tells a stale reference from a live one,
 * so a ref may be kept and used after its handle has run: it is then simply inert. */
typedef struct loop_ref {
    loop_handle *h;
    uint64_t id;   /* 0: scheduling failed (see the function's contract) */
} loop_ref;

typedef enum loop_clock_kind {
    LOOP_CLOCK_REAL,     /* CLOCK_MONOTONIC seconds, like time.monotonic() */
    LOOP_CLOCK_VIRTUAL,  /* starts at 0 and jumps to the next deadline when idle */
} loop_clock_kind;

typedef enum loop_handle_kind {
    LOOP_HANDLE_SOON,    /* loop_call_soon / loop_call_soon_threadsafe */
    LOOP_HANDLE_TIMER,   /* loop_call_at / loop_call_later */
    LOOP_HANDLE_READER,  /* loop_add_reader: runs each time the fd is readable */
    LOOP_HANDLE_WRITER,  /* loop_add_writer: runs each time the fd is writable */
} loop_handle_kind;

/* Readiness masks, for fds in trace events. */
enum { LOOP_READ = 1, LOOP_WRITE = 2 };

/* loop_run_once / loop_run results below zero. */
enum {
    LOOP_STUCK = -1,   /* nothing ready, no timer, no fd, no wake-up held: would block forever */
    LOOP_NESTED = -2,  /* called from inside a callback of the same loop */
};

/* ---- lifecycle ---- */

/* A new loop on the given clock, with the build's selector backend. Returns NULL (errno
 * set) when the backend or the wake-up fd cannot be created (out of fds). */
loop *loop_new(loop_clock_kind clock);
/* Frees the loop. Every handle it still holds is dropped exactly once, in this order:
 * the ready queue front to back, the timers (heap order), fd handles by fd, queued
 * threadsafe calls. Scheduling from a drop function during loop_free is refused (the new
 * arg is dropped at once). Not from a callback of this loop; no other thread may be
 * calling loop_call_soon_threadsafe. */
void loop_free(loop *lp);
/* The selector backend compiled in: "epoll", "kqueue" or "poll". */
const char *loop_backend_name(void);

/* ---- running ---- */

/* One iteration, in _run_once's order (see the top of this file). Returns the number of
 * callbacks run, LOOP_STUCK without waiting if the loop could only block forever, or
 * LOOP_NESTED if a callback of this loop is running. */
int loop_run_once(loop *lp);
/* Iterates until loop_stop(): like run_forever, the iteration in which stop was asked
 * completes (its timeout is 0), then the stop request is cleared. Returns 0 once stopped,
 * or LOOP_STUCK / LOOP_NESTED as loop_run_once does. */
int loop_run(loop *lp);
/* Asks loop_run to return after the current iteration (loop.stop()). */
void loop_stop(loop *lp);
/* True while loop_run_once is executing (callbacks may test it). */
bool loop_is_running(const loop *lp);

/* ---- scheduling ---- */

/* Appends fn(lp, arg) to the ready queue (loop.call_soon). drop(arg) is called after fn
 * returns, or when the handle is cancelled, or by loop_free. */
loop_ref loop_call_soon(loop *lp, loop_fn fn, void *arg, loop_drop_fn drop);
/* Schedules fn(lp, arg) at absolute loop time `when` (loop.call_at). Timers with equal
 * deadlines fire in the order they were scheduled. `when` must not be NaN. */
loop_ref loop_call_at(loop *lp, double when, loop_fn fn, void *arg, loop_drop_fn drop);
/* loop_call_at(lp, loop_time(lp) + delay, ...), as loop.call_later computes it. */
loop_ref loop_call_later(loop *lp, double delay, loop_fn fn, void *arg, loop_drop_fn drop);
/* Handle.cancel(): the callback will not run; drop(arg) is called now (or, if the
 * callback is running, when it returns). A cancelled timer stays in the heap until it
 * reaches the head, as in asyncio. Cancelling a reader/writer handle does not unregister
 * the fd (use loop_remove_reader/writer). Returns false if the ref is stale, already
 * cancelled or a one-shot handle that already ran. */
bool loop_cancel(loop *lp, loop_ref ref);
/* True if the handle is still waiting to run (or, for an fd handle, still registered). */
bool loop_is_pending(const loop *lp, loop_ref ref);
/* The id of the handle whose callback is running, 0 outside callbacks. */
uint64_t loop_current_id(const loop *lp);

/* ---- file descriptors (asyncio's add_reader & co.) ---- */

/* Runs fn(lp, arg) in every iteration in which fd is readable, until removed. Replaces
 * (and cancels) a previous reader of the same fd. Returns a ref with id 0 and errno set
 * if the backend refuses the fd; drop is then not called, the caller keeps arg. */
loop_ref loop_add_reader(loop *lp, int fd, loop_fn fn, void *arg, loop_drop_fn drop);
/* Unregisters fd's reader and cancels its handle. Returns false if there was none. */
bool loop_remove_reader(loop *lp, int fd);
/* The same for writability. */
loop_ref loop_add_writer(loop *lp, int fd, loop_fn fn, void *arg, loop_drop_fn drop);
bool loop_remove_writer(loop *lp, int fd);
/* The number of fds registered by the owner (the internal wake-up fd not counted). */
size_t loop_fd_count(const loop *lp);

/* ---- other threads ---- */

/* Declares that another thread may call loop_call_soon_threadsafe and that the loop must
 * then wake from a blocking poll. While at least one hold is active the wake-up fd is
 * registered with the selector; otherwise a loop without fds makes no poll syscall.
 * Holds nest (a count). Loop thread only. Every successful hold needs one release. */
int loop_hold_wakeup(loop *lp);   /* 0, or -1 with errno set if the backend refuses */
void loop_release_wakeup(loop *lp);
/* Callable from any thread: queues fn(lp, arg) and wakes the loop. The loop moves queued
 * calls to its ready queue right after its next poll (in call order), assigning their
 * ids there; fn and drop run on the loop thread. Without a wake-up hold a blocked loop is
 * not interrupted, but the call is still picked up by the next iteration. */
void loop_call_soon_threadsafe(loop *lp, loop_fn fn, void *arg, loop_drop_fn drop);

/* ---- clock ---- */

/* loop.time(): the real clock read now, or the virtual clock's value. */
double loop_time(const loop *lp);
loop_clock_kind loop_clock(const loop *lp);
/* The resolution added to `now` when deciding which timers are due: clock_getres of
 * CLOCK_MONOTONIC for the real clock, 1e-9 for the virtual one. */
double loop_clock_resolution(const loop *lp);
/* Blocking work of `seconds` on the loop thread (time.sleep, CPU work): the virtual
 * clock moves forward by that much while nothing else runs; the real clock really
 * sleeps until that much monotonic time has passed. Returns false if a signal cut a
 * real sleep short (the caller decides whether to go on, as time.sleep does after
 * running Python's signal handlers). Negative or NaN values count as 0. */
bool loop_advance(loop *lp, double seconds);

/* ---- statistics ---- */

/* Loop lag: for each timer callback run, (time it started) - (its deadline). */
typedef struct loop_lag {
    uint64_t count;
    double max, mean, last;   /* seconds; 0 while count is 0 */
} loop_lag;

typedef struct loop_stats {
    uint64_t iterations;  /* loop_run_once calls that ran an iteration */
    uint64_t polls;       /* backend poll calls (syscalls); 0 for a loop that has no fds */
    uint64_t sleeps;      /* real-clock sleeps made instead of a poll (no fd registered) */
    uint64_t backend_ops; /* backend add/modify/delete calls */
    uint64_t callbacks;   /* callbacks run */
    loop_lag lag;
} loop_stats;

void loop_get_stats(const loop *lp, loop_stats *out);

/* ---- trace and inspection ---- */

typedef enum loop_event_kind {
    LOOP_EV_HANDLE_SCHEDULED,  /* call_soon; a threadsafe call reaching the ready queue */
    LOOP_EV_HANDLE_RUN,        /* a callback is about to run */
    LOOP_EV_HANDLE_CANCELLED,  /* loop_cancel, or a reader/writer replaced or removed */
    LOOP_EV_TIMER_SCHEDULED,   /* call_at / call_later; `when` is the deadline */
    LOOP_EV_TIMER_FIRED,       /* a due timer moved from the heap to the ready queue */
    LOOP_EV_FD_REGISTERED,     /* add_reader/add_writer; `mask` is LOOP_READ or LOOP_WRITE */
    LOOP_EV_FD_UNREGISTERED,   /* remove_reader/remove_writer */
    LOOP_EV_FD_READY,          /* an fd's handle appended to the ready queue */
    LOOP_EV_POLL_START,        /* `when` is the timeout (-1: infinite); `syscall` false when
                                  the loop sleeps or jumps instead (no fd registered) */
    LOOP_EV_POLL_END,          /* `count` is the number of fd events */
    LOOP_EV_CLOCK_ADVANCED,    /* `when` is the new time, `time` still the old one */
} loop_event_kind;

typedef struct loop_event {
    loop_event_kind kind;
    double time;              /* loop time when the decision was made */
    uint64_t id;              /* the handle concerned, 0 for poll and clock events */
    void *arg;                /* that handle's arg (NULL once dropped) */
    loop_handle_kind hkind;   /* that handle's kind */
    double when;              /* deadline, timeout or new time, as listed above */
    int fd, mask;             /* fd events; -1 and 0 otherwise */
    int count;                /* poll end: fd events returned */
    bool syscall;             /* poll start/end: whether the backend was called */
} loop_event;

/* Called synchronously for every event above; it may inspect the loop but must not
 * schedule or cancel anything. NULL disables tracing (the default). */
typedef void (*loop_trace_fn)(void *ctx, const loop_event *ev);
void loop_set_trace(loop *lp, loop_trace_fn fn, void *ctx);
/* The name of an event kind ("handle scheduled", "timer fired", ...). */
const char *loop_event_name(loop_event_kind kind);

/* A handle as seen by the visitors below. */
typedef struct loop_handle_info {
    uint64_t id;
    loop_handle_kind kind;
    loop_fn fn;
    void *arg;        /* NULL once dropped (cancelled handles) */
    double when;      /* timers: deadline; others 0 */
    int fd;           /* readers/writers: the fd; others -1 */
    bool cancelled;   /* still queued but will be skipped */
} loop_handle_info;

/* Return false to stop visiting. Visitors may read but not change the loop. */
typedef bool (*loop_visit_fn)(void *ctx, const loop_handle_info *h);
/* Visits the ready queue front to back (cancelled entries included, flagged). Returns
 * the number visited. */
size_t loop_visit_ready(const loop *lp, loop_visit_fn fn, void *ctx);
/* Visits the timer heap in firing order, (deadline, scheduling order), cancelled timers
 * included and flagged. Sorts a copy: O(n log n), meant for views, not hot paths. */
size_t loop_visit_timers(const loop *lp, loop_visit_fn fn, void *ctx);
/* Sizes as asyncio counts them: len(_ready) and len(_scheduled), cancelled included. */
size_t loop_ready_count(const loop *lp);
size_t loop_timer_count(const loop *lp);

#endif
