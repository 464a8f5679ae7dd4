/* aio_trace.c - feeds the trace model (src/trace) from the running asyncio: the C
 * loop's own events (callbacks queued and run, timers set, fired and cancelled, polls,
 * clock jumps, fds) through loop_set_trace, and the task events the asyncio layer
 * emits itself (aio_trace_task_*). Active only when aio_options.trace is set. */
#include <string.h>

#include "aio/aio_internal.h"
#include "trace/trace.h"

/* What a learner should read for a queued callback. */
static void describe(aio_state *st, const aio_cb *c, char *buf, size_t n, uint64_t *task)
{
    *task = 0;
    if (!c) { snprintf(buf, n, "callback"); return; }
    if (c->kind == CB_STEP || c->kind == CB_WAKEUP) {
        *task = aio_fut(c->a)->id;
        snprintf(buf, n, "Task.%s(%s)", c->kind == CB_STEP ? "__step" : "__wakeup", aio_task_name(c->a));
        return;
    }
    if (c->kind == CB_CALL1) { snprintf(buf, n, "done callback"); return; }
    (void)st;
    snprintf(buf, n, "callback");
}

static void on_loop_event(void *ctx, const loop_event *ev)
{
    aio_state *st = ctx;
    struct trace *tr = st->opt.trace;
    char desc[160];
    uint64_t task;
    switch (ev->kind) {
    case LOOP_EV_HANDLE_SCHEDULED:
        describe(st, ev->arg, desc, sizeof desc, &task);
        trace_emit_soon(tr, ev->time, ev->id, task, desc);
        break;
    case LOOP_EV_HANDLE_RUN: trace_emit_run(tr, ev->time, ev->id); break;
    case LOOP_EV_HANDLE_CANCELLED: trace_emit_handle_cancelled(tr, ev->time, ev->id); break;
    case LOOP_EV_TIMER_SCHEDULED:
        describe(st, ev->arg, desc, sizeof desc, &task);
        trace_emit_timer(tr, ev->time, ev->id, ev->when, desc);
        break;
    case LOOP_EV_TIMER_FIRED: trace_emit_timer_fired(tr, ev->time, ev->id); break;
    case LOOP_EV_FD_REGISTERED: trace_emit_fd_add(tr, ev->time, ev->fd, ev->mask, ev->id, "fd"); break;
    case LOOP_EV_FD_UNREGISTERED: trace_emit_fd_remove(tr, ev->time, ev->fd, ev->mask); break;
    case LOOP_EV_FD_READY: trace_emit_fd_ready(tr, ev->time, ev->fd, ev->mask); break;
    case LOOP_EV_POLL_START: trace_emit_poll(tr, ev->time, ev->when); break;
    case LOOP_EV_CLOCK_ADVANCED: trace_emit_clock(tr, ev->time, ev->when); break;
    default: break;
    }
}

void aio_trace_attach(aio_state *st)
{
    if (st->opt.trace && st->lp) loop_set_trace(st->lp, on_loop_event, st);
}

static double now(aio_state *st) { return st->lp ? loop_time(st->lp) : 0; }

void aio_trace_task(aio_state *st, int what, py_val task, const char *text)
{
    struct trace *tr = st->opt.trace;
    if (!tr) return;
    aio_future *f = aio_fut(task);
    const char *file;
    int first = 0, line = py_is_coro(f->coro) ? py_coro_info(f->coro, &file, &first) : 0;
    switch (what) {
    case AIO_TR_CREATED:
        trace_emit_task_created(tr, now(st), f->id, aio_task_name(task),
                                py_is_coro(f->coro) ? py_coro_name(f->coro) : "?", first);
        break;
    case AIO_TR_STEP: trace_emit_task_step(tr, now(st), f->id, line); break;
    case AIO_TR_SUSPEND: trace_emit_task_suspend(tr, now(st), f->id, text, line); break;
    case AIO_TR_RETURNED: trace_emit_task_done(tr, now(st), f->id, TRACE_RETURNED, text); break;
    case AIO_TR_CANCELLED: trace_emit_task_done(tr, now(st), f->id, TRACE_CANCELLED, text); break;
    case AIO_TR_RAISED: trace_emit_task_done(tr, now(st), f->id, TRACE_RAISED, text); break;
    case AIO_TR_CANCEL: trace_emit_cancel(tr, now(st), f->id, text); break;
    case AIO_TR_DESTROYED: trace_emit_destroyed_pending(tr, now(st), f->id); break;
    default: break;
    }
}

void aio_trace_blocking(aio_state *st, const char *what, double seconds)
{
    if (st->opt.trace) trace_emit_blocking(st->opt.trace, now(st), 0, what, seconds, 0);
}
