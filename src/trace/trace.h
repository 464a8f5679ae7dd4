/* trace.h - the trace of one run: an append-only log with one event per scheduling
 * decision of the mini asyncio (task created, stepped, suspended, done; callbacks and
 * timers in and out of the loop's queues; fds; polls; the clock; blocking calls; the
 * program's output), and a reducer that rebuilds what the loop looked like after any
 * prefix of the log. The visualizer, `looplab run --trace` and the tests all read it.
 * Pure C: no Python, no curses.
 *
 * Who calls what. The asyncio layer (src/aio) creates a trace, emits events as the run
 * goes, and hands the finished trace to a view. Events must be emitted in the order the
 * decisions happen, each with the loop time `t` at which it happened. Ids are the
 * emitter's own: a task id is any nonzero number unique per task for the whole run (a
 * serial number will do); a handle id is the loop's handle id (loop_ref.id), or any
 * other nonzero number unique per callback. An event naming an id the trace has not
 * seen registers it with a placeholder name, so a forgotten event never crashes a view.
 * Every string argument is copied (interned): the caller keeps its own.
 *
 * The reducer. State k is the state after the first k events (state 0: nothing has
 * happened). Stepping must stay instant on long traces, so the trace keeps a snapshot
 * of the state every TRACE_SNAPSHOT_EVERY events, taken as events are emitted, and
 * trace_state_at(k) copies the nearest snapshot at or before k and replays at most
 * TRACE_SNAPSHOT_EVERY - 1 events from it. Stepping back costs the same as stepping
 * forward; memory is one state copy per TRACE_SNAPSHOT_EVERY events. */
#ifndef LOOPLAB_TRACE_H
#define LOOPLAB_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define TRACE_SNAPSHOT_EVERY 256

enum trace_kind {
    TRACE_TASK_CREATED,      /* a Task object exists; its first step is scheduled next */
    TRACE_TASK_STEP,         /* the task's coroutine runs (Task.__step), from `line` */
    TRACE_TASK_SUSPEND,      /* it awaits something not ready (text) at `line`, yields */
    TRACE_TASK_DONE,         /* it returned (text: result repr), was cancelled, or raised */
    TRACE_CANCEL,            /* task.cancel(msg) was called (text: msg or NULL) */
    TRACE_SOON,              /* a callback joins the ready queue (call_soon) */
    TRACE_RUN,               /* the loop takes a callback off the ready queue and runs it */
    TRACE_TIMER,             /* a timer is scheduled (call_at/call_later), x = deadline */
    TRACE_TIMER_FIRED,       /* a due timer moves from the heap to the ready queue */
    TRACE_HANDLE_CANCELLED,  /* a timer or queued callback is cancelled: it will not run */
    TRACE_FD_ADD,            /* add_reader/add_writer: fd watched, mask LOOP_READ/WRITE */
    TRACE_FD_REMOVE,         /* remove_reader/remove_writer */
    TRACE_FD_READY,          /* the selector reports fd ready: its callback is queued */
    TRACE_POLL,              /* a new loop iteration polls, x = timeout (-1: forever) */
    TRACE_CLOCK,             /* the virtual clock jumps to x */
    TRACE_BLOCKING,          /* a blocking call (text) holds the loop for x seconds */
    TRACE_CALLBACK_ERROR,    /* "Exception in callback": a callback raised (text) */
    TRACE_DESTROYED_PENDING, /* "Task was destroyed but it is pending!" */
    TRACE_NEVER_AWAITED,     /* "coroutine 'f' was never awaited" (text: f) */
    TRACE_OUTPUT,            /* the program wrote text to stdout or stderr */
    TRACE_NKINDS
};

/* How a task ended (TRACE_TASK_DONE). */
enum trace_outcome { TRACE_RETURNED, TRACE_CANCELLED, TRACE_RAISED };

/* Output streams (TRACE_OUTPUT). */
enum trace_stream { TRACE_STDOUT = 1, TRACE_STDERR = 2 };

/* fd masks, the same values as loop.h's LOOP_READ / LOOP_WRITE. */
enum { TRACE_READ = 1, TRACE_WRITE = 2 };

/* One event. Which fields mean something depends on the kind (see the emit functions);
 * unused ints are -1 (task, handle, fd) or 0 (line, sub), unused strings NULL. The
 * names of the task and handle concerned are resolved at emission, so an event can be
 * narrated on its own. */
struct trace_event {
    uint8_t kind;           /* enum trace_kind */
    uint8_t sub;            /* outcome (done), stream (output), mask (fd events),
                               1 for a timer (timer fired, handle cancelled),
                               1 for a task's first step */
    int32_t task;           /* task index (0, 1, ... in order of creation) or -1 */
    int32_t handle;         /* handle index (in order of first appearance) or -1 */
    int32_t line;           /* source line, 0 when unknown */
    int32_t fd;
    uint32_t seq;           /* position in the log */
    double t;               /* loop time when it happened */
    double x;               /* deadline, duration, timeout or new time (see kinds) */
    const char *name;       /* the task's name ("Task-2"), NULL if no task */
    const char *text;       /* coroutine, awaited thing, result, message or output */
    const char *desc;       /* the handle's description, NULL if no handle */
};

/* What the trace knows about a callback handle, whatever its state. */
struct trace_handle {
    uint64_t id;
    const char *desc;       /* "Task.__step(Task-2)", "sleep(0.1) done: Task-2", ... */
    int task;               /* the task it resumes (Task.__step/__wakeup) or -1 */
    double when;            /* timers: the deadline */
    bool timer;
};

/* What the trace knows about a task, whatever its state. */
struct trace_task {
    uint64_t id;
    const char *name;       /* "Task-2" or the name given to create_task */
    const char *coro;       /* the coroutine function's name, "download" */
    int def_line;           /* the line given at creation */
};

enum trace_task_state {
    TS_PENDING,    /* created, its first step not yet scheduled */
    TS_READY,      /* a callback that runs it is in the ready queue */
    TS_RUNNING,
    TS_WAITING,    /* suspended on something (see waiting) */
    TS_DONE,
    TS_CANCELLED,
    TS_FAILED,
    TS_DESTROYED,  /* garbage-collected while still pending */
    TS_NSTATES
};

/* A task in a state of the loop. */
struct trace_task_view {
    enum trace_task_state state;
    int line;               /* where it is (or will resume) in the source, 0 unknown */
    const char *waiting;    /* TS_WAITING: what it awaits */
    const char *result;     /* finished: result repr, exception text, cancel message */
    bool cancelling;        /* cancel() was requested and has not taken effect yet */
};

/* An entry of the ready queue: a handle and the time it became due (for the lag). */
struct trace_ready { int handle; double due; };

/* A watched fd. */
struct trace_fd { int fd, mask, handle; };

/* The loop as it stood after `k` events. Read it; change it only through the
 * functions below. Pointers to strings stay valid while the trace lives. */
struct trace_state {
    size_t k;
    double now;             /* loop time */
    double lag;             /* how late the last callback ran: run time - due time */
    long iterations;        /* loop iterations begun (TRACE_POLL events) */
    int running;            /* task index running now, or -1 */
    int current;            /* handle index of the callback last run in this iteration, -1 */
    int ntasks;             /* tasks created so far: tasks[0..ntasks) */
    struct trace_task_view *tasks;
    int nready;             /* the ready queue, front (next to run) first */
    struct trace_ready *ready;
    int ntimers;            /* the timer heap in firing order: (deadline, scheduling order) */
    int *timers;            /* handle indices */
    int nfds;
    struct trace_fd *fds;   /* in order of registration */
    size_t out_len;         /* bytes of the output transcript written so far */
    int cap_tasks, cap_ready, cap_timers, cap_fds;
};

/* A line of program output (into the trace's transcript; not NUL-terminated). */
struct trace_line { const char *s; int len; bool err; };

/* A stretch of one task's life in one state, for the timeline: the task was in `state`
 * from event count k0 (time t0) until k1 (time t1). The last span of a task is open:
 * k1 == SIZE_MAX and t1 is the time of the trace's last event. */
struct trace_span {
    enum trace_task_state state;
    size_t k0, k1;
    double t0, t1;
};

struct trace;

struct trace *trace_new(void);
void trace_free(struct trace *tr);

/* ---- emitting (the asyncio layer calls these, in order) ---- */

/* A task was created for coroutine `coro` (e.g. "download"); `name` is its name
 * ("Task-2"); `line` is the coroutine's def line (where its marker sits until it runs).
 * Emit trace_emit_soon for its first Task.__step right after. */
void trace_emit_task_created(struct trace *tr, double t, uint64_t task, const char *name,
                             const char *coro, int line);
/* The task's coroutine starts or resumes running, from `line`. */
void trace_emit_task_step(struct trace *tr, double t, uint64_t task, int line);
/* The running task yields to the loop at `line`, awaiting `what`: "sleep 0.1",
 * "sleep 0" (a bare yield), "Task-3", "Future", "gather", "wait", "Event.wait",
 * "Queue.get", "Lock"... Emit before whatever the yield schedules (the Task.__step of a
 * bare yield comes after it, as in Task.__step). */
void trace_emit_task_suspend(struct trace *tr, double t, uint64_t task, const char *what, int line);
/* The task finished: TRACE_RETURNED with text = repr of the result ("'a'", "None"),
 * TRACE_CANCELLED (text: the cancel message or NULL), TRACE_RAISED (text: "ValueError:
 * boom"). */
void trace_emit_task_done(struct trace *tr, double t, uint64_t task, enum trace_outcome how,
                          const char *text);
/* task.cancel(msg) was called (msg may be NULL). Its effect shows later: the wake-up is
 * scheduled (trace_emit_soon), and the task ends with TRACE_CANCELLED or catches it. */
void trace_emit_cancel(struct trace *tr, double t, uint64_t task, const char *msg);
/* Handle `handle` joins the ready queue (call_soon). `task`: the task that running it
 * resumes (Task.__step or Task.__wakeup), which becomes ready; 0 for any other
 * callback. desc: what a learner should read, e.g. "Task.__step(Task-2)",
 * "Task.__wakeup(Task-1)", "gather: Task-2 finished", "print_later()". */
void trace_emit_soon(struct trace *tr, double t, uint64_t handle, uint64_t task, const char *desc);
/* The loop takes `handle` off the ready queue and runs it (its TASK_STEP, if any,
 * follows). */
void trace_emit_run(struct trace *tr, double t, uint64_t handle);
/* A timer: `handle` is to run at loop time `when` (call_at/call_later). desc, e.g.
 * "sleep(0.1) done: Task-2", "wait timeout", "print_later()". */
void trace_emit_timer(struct trace *tr, double t, uint64_t handle, double when, const char *desc);
/* A due timer leaves the heap for the ready queue. */
void trace_emit_timer_fired(struct trace *tr, double t, uint64_t handle);
/* A timer or queued callback was cancelled (Handle.cancel()): it leaves the view now
 * (the real loop drops it lazily; the learner need not see that). */
void trace_emit_handle_cancelled(struct trace *tr, double t, uint64_t handle);
/* fd is watched for TRACE_READ or TRACE_WRITE; `handle` runs each time it is ready. */
void trace_emit_fd_add(struct trace *tr, double t, int fd, int mask, uint64_t handle, const char *desc);
void trace_emit_fd_remove(struct trace *tr, double t, int fd, int mask);
/* The selector reports fd ready for mask: its handle joins the ready queue. */
void trace_emit_fd_ready(struct trace *tr, double t, int fd, int mask);
/* A loop iteration begins by polling with `timeout` seconds (0 when callbacks are
 * ready, -1 for no limit). Emit it also when the virtual clock polls nothing. */
void trace_emit_poll(struct trace *tr, double t, double timeout);
/* The virtual clock jumps from t to `to`. */
void trace_emit_clock(struct trace *tr, double t, double to);
/* The running task makes a blocking call `what` ("time.sleep(0.1)") at `line` that
 * holds the loop for `seconds`; the loop time after it is t + seconds. task: the task
 * running, 0 if none. */
void trace_emit_blocking(struct trace *tr, double t, uint64_t task, const char *what, double seconds,
                         int line);
/* A callback raised and the loop's exception handler reported it ("Exception in
 * callback"); text: "ValueError: boom". The stderr text itself is a separate output
 * event, as for the two warnings below. */
void trace_emit_callback_error(struct trace *tr, double t, uint64_t handle, const char *text);
/* A pending task was garbage-collected ("Task was destroyed but it is pending!"). */
void trace_emit_destroyed_pending(struct trace *tr, double t, uint64_t task);
/* A coroutine object was dropped without being awaited. */
void trace_emit_never_awaited(struct trace *tr, double t, const char *coro, int line);
/* The program wrote `len` bytes to a stream (a print is one chunk, newline included). */
void trace_emit_output(struct trace *tr, double t, enum trace_stream stream, const char *text, size_t len);

/* ---- reading the log ---- */

size_t trace_len(const struct trace *tr);
const struct trace_event *trace_event_at(const struct trace *tr, size_t k);
int trace_task_count(const struct trace *tr);
const struct trace_task *trace_task_at(const struct trace *tr, int task);
const struct trace_handle *trace_handle_at(const struct trace *tr, int handle);
/* The time of the last event (after its jump or blocking call); 0 for an empty trace. */
double trace_end_time(const struct trace *tr);
/* Everything the program wrote, both streams interleaved. */
const char *trace_output(const struct trace *tr, size_t *len);

/* ---- the reducer ---- */

/* A state to fill; free it with trace_state_free. */
void trace_state_init(struct trace_state *st);
void trace_state_free(struct trace_state *st);
/* Fills st with the state after the first k events (k is clamped to trace_len). At most
 * TRACE_SNAPSHOT_EVERY - 1 events are replayed. st's buffers are reused. */
void trace_state_at(const struct trace *tr, size_t k, struct trace_state *st);
/* Advances st (a state of this trace) by one event; at the end it stays as it is. */
void trace_state_next(const struct trace *tr, struct trace_state *st);
/* The same state by replaying all k events from the start, ignoring snapshots: O(k).
 * For tests, which check it against trace_state_at. */
void trace_state_replay(const struct trace *tr, size_t k, struct trace_state *st);
/* The last `max` lines of output in st (at most st->out_len bytes), oldest first; a
 * final line without its newline yet counts. Returns how many were stored. */
int trace_output_tail(const struct trace *tr, const struct trace_state *st, struct trace_line *lines, int max);
/* One task's timeline over the whole trace; returns the number of spans. */
int trace_lane(const struct trace *tr, int task, const struct trace_span **spans);

/* ---- words ---- */

/* One line of plain English for an event, e.g. "t=0.100  timer fired -> sleep(0.1)
 * done: Task-2 joins the ready queue". Writes at most n bytes (always terminated) and
 * returns the length it needed, like snprintf. */
size_t trace_narrate(const struct trace_event *ev, char *buf, size_t n);
/* "pending", "ready", "running", "waiting", "done", "cancelled", "failed", "destroyed". */
const char *trace_state_name(enum trace_task_state s);
/* Narrates every event to f, one line each (what `looplab run --trace` prints). */
void trace_print(const struct trace *tr, FILE *f);

/* ---- synthetic traces (tests, and the visualizer's self-test hook) ---- */

/* A hand-written trace of what CPython 3.11 does for a built-in demo: "why-async",
 * "why-async-blocking", "gather-vs-wait", "orphan-tasks"; any other id gets a short
 * generic trace (main runs and returns). `source` is the demo's text (used to find
 * lines in the generic trace; may be NULL). Stands in until src/aio emits real traces. */
struct trace *trace_synthetic(const char *demo_id, const char *source);
/* A long trace for speed and consistency tests: `nevents` events or a few more, many
 * tasks sleeping in turns, deterministic. */
struct trace *trace_synthetic_long(size_t nevents);

#endif
