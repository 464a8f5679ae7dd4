/* aio_trace.c - feeds the trace model (src/trace) from the running asyncio: the C
 * loop's own events (callbacks queued and run, timers set, fired and cancelled, polls,
 * clock jumps, fds) through loop_set_trace, the task events the asyncio layer emits
 * itself (aio_trace_task), callback errors, never-awaited coroutines and the program's
 * output. Active when aio_options.trace is set; `looplab run --trace` (aio_options.
 * narrate) gets a trace of its own, and every event but output is narrated as soon as it
 * is emitted, with trace_narrate(), so the narration interleaves with the output. */
#include <string.h>

#include "aio/aio_internal.h"
#include "trace/trace.h"

/* Narrates the events emitted since the last call (output events excepted: the
 * program's output is on the screen already). Stdout is flushed first, so that a line
 * of narration never overtakes output printed before it. */
static void narrate_new(aio_state *st)
{
    struct trace *tr = st->opt.trace;
    if (!st->opt.narrate || !tr) return;
    size_t n = trace_len(tr);
    if (st->narrated >= n) return;
    fflush(py_stdout(st->vm));
    char line[512];
    for (; st->narrated < n; st->narrated++) {
        const struct trace_event *ev = trace_event_at(tr, st->narrated);
        if (ev->kind == TRACE_OUTPUT) continue;
        trace_narrate(ev, line, sizeof line);
        fprintf(st->opt.narrate, "%s\n", line);
    }
    fflush(st->opt.narrate);
}

/* What a learner should read for a queued callback: the task it resumes, or the
 * function a Handle calls ("_read_ready()"), without running any Python code. */
static void describe(aio_state *st, const aio_cb *c, char *buf, size_t n, uint64_t *task)
{
    *task = 0;
    if (!c) { snprintf(buf, n, "callback"); return; }
    if (c->kind == CB_STEP || c->kind == CB_WAKEUP) {
        *task = aio_fut(c->a)->id;
        snprintf(buf, n, "Task.%s(%s)", c->kind == CB_STEP ? "__step" : "__wakeup", aio_task_name(c->a));
        return;
    }
    const char *qn = NULL, *file = NULL;
    int line = 0;
    if (c->kind == CB_CALL1) {
        if (py_func_info(c->a, &qn, &file, &line)) snprintf(buf, n, "done callback %s()", qn);
        else snprintf(buf, n, "done callback");
        return;
    }
    py_type *t = c->kind == CB_NATIVE && c->a.tag == V_OBJ ? py_type_of(st->vm, c->a) : NULL;
    if (t && (t == st->t_handle || t == st->t_timer)) {
        const aio_handle *h = py_native_data(c->a);
        if (h->fn.tag != V_UNDEF && py_func_info(h->fn, &qn, &file, &line)) {
            snprintf(buf, n, "%s()", qn);
            return;
        }
    }
    if (t && (t == st->t_future || t == st->t_task)) { snprintf(buf, n, "sleep() timer"); return; }
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
    case LOOP_EV_FD_REGISTERED:
        describe(st, ev->arg, desc, sizeof desc, &task);
        trace_emit_fd_add(tr, ev->time, ev->fd, ev->mask, ev->id, desc);
        break;
    case LOOP_EV_FD_UNREGISTERED: trace_emit_fd_remove(tr, ev->time, ev->fd, ev->mask); break;
    case LOOP_EV_FD_READY: trace_emit_fd_ready(tr, ev->time, ev->fd, ev->mask); break;
    case LOOP_EV_POLL_START: trace_emit_poll(tr, ev->time, ev->when); break;
    case LOOP_EV_CLOCK_ADVANCED: trace_emit_clock(tr, ev->time, ev->when); break;
    default: break;
    }
    narrate_new(st);
}

static double now(aio_state *st) { return st->lp ? loop_time(st->lp) : 0; }

static void on_output(py_vm *vm, int stream, const char *s, size_t n, void *ud)
{
    (void)vm;
    aio_state *st = ud;
    trace_emit_output(st->opt.trace, now(st), stream == 2 ? TRACE_STDERR : TRACE_STDOUT, s, n);
    narrate_new(st);
}

static void on_unawaited(py_vm *vm, py_val coro, void *ud)
{
    aio_state *st = ud;
    const char *file;
    int first = 0;
    py_coro_info(coro, &file, &first);
    trace_emit_never_awaited(st->opt.trace, now(st), py_coro_name(coro), first);
    narrate_new(st);
    py_default_unawaited(vm, coro, NULL);
}

void aio_trace_install(aio_state *st)
{
    if (st->opt.narrate && !st->opt.trace) {
        st->opt.trace = trace_new();
        st->own_trace = true;
    }
    if (!st->opt.trace) return;
    py_set_output_hook(st->vm, on_output, st);
    py_set_unawaited_hook(st->vm, on_unawaited, st);
}

/* Narration switched on or off while the VM lives (the REPL's --trace toggle): a trace
 * is started if there was none, and only what happens from now on is narrated. */
void aio_trace_set_narrate(aio_state *st, FILE *f)
{
    st->opt.narrate = f;
    if (!f) return;
    if (!st->opt.trace) {
        aio_trace_install(st);
        aio_trace_attach(st);
    }
    st->narrated = trace_len(st->opt.trace);
}

void aio_trace_release(aio_state *st)
{
    narrate_new(st);
    if (st->opt.trace) {   /* the VM outlives st: what it prints at exit is not traced */
        py_set_output_hook(st->vm, NULL, NULL);
        py_set_unawaited_hook(st->vm, py_default_unawaited, NULL);
    }
    if (st->own_trace) trace_free(st->opt.trace);
    st->opt.trace = NULL;
    st->own_trace = false;
}

void aio_trace_attach(aio_state *st)
{
    if (st->opt.trace && st->lp) loop_set_trace(st->lp, on_loop_event, st);
}

/* "ValueError: boom" for an exception, or its type alone when str() fails. */
static void exc_text(aio_state *st, py_val exc, sbuf *b)
{
    sbuf_adds(b, py_type_name(st->vm, exc));
    py_val s = py_str_of(st->vm, exc);
    if (py_is_err(s)) { py_exc_take(st->vm); return; }
    const char *text = py_str_data(s, NULL);
    if (text && *text) sbuf_printf(b, ": %s", text);
}

/* The text of a finished task's event: the result's repr, the exception, the cancel
 * message. Uses reprlib's limits so a big result stays one short line. */
static void done_text(aio_state *st, int what, aio_future *f, sbuf *b)
{
    if (what == AIO_TR_RETURNED) aio_reprlib(st->vm, b, f->result);
    else if (what == AIO_TR_RAISED && f->exception.tag == V_OBJ) exc_text(st, f->exception, b);
    else if (what == AIO_TR_CANCELLED && py_str_data(f->cancel_msg, NULL)) sbuf_adds(b, py_str_data(f->cancel_msg, NULL));
}

void aio_trace_task(aio_state *st, int what, py_val task, const char *text)
{
    struct trace *tr = st->opt.trace;
    if (!tr) return;
    aio_future *f = aio_fut(task);
    const char *file = NULL;
    int first = 0, line = py_is_coro(f->coro) ? py_coro_info(f->coro, &file, &first) : 0;
    if (file && file[0] == '<') line = first = 0;   /* the prelude's lines mean nothing to a learner */
    sbuf b = {0};
    if (!text && (what == AIO_TR_RETURNED || what == AIO_TR_RAISED || what == AIO_TR_CANCELLED)) {
        done_text(st, what, f, &b);
        text = b.len ? sbuf_str(&b) : NULL;
    }
    switch (what) {
    case AIO_TR_CREATED:
        trace_emit_task_created(tr, now(st), f->id, aio_task_name(task),
                                py_is_coro(f->coro) ? py_coro_label(st->vm, f->coro) : "?", first);
        break;
    case AIO_TR_STEP: trace_emit_task_step(tr, now(st), f->id, line); break;
    case AIO_TR_SUSPEND: trace_emit_task_suspend(tr, now(st), f->id, text, line); break;
    case AIO_TR_RETURNED: trace_emit_task_done(tr, now(st), f->id, TRACE_RETURNED, text ? text : "None"); break;
    case AIO_TR_CANCELLED: trace_emit_task_done(tr, now(st), f->id, TRACE_CANCELLED, text); break;
    case AIO_TR_RAISED: trace_emit_task_done(tr, now(st), f->id, TRACE_RAISED, text); break;
    case AIO_TR_CANCEL: trace_emit_cancel(tr, now(st), f->id, text); break;
    case AIO_TR_DESTROYED: trace_emit_destroyed_pending(tr, now(st), f->id); break;
    default: break;
    }
    sbuf_free(&b);
    narrate_new(st);
}

void aio_trace_blocking(aio_state *st, const char *what, double seconds)
{
    if (!st->opt.trace) return;
    uint64_t task = st->current_task.tag == V_OBJ && aio_is_future(st, st->current_task) ? aio_fut(st->current_task)->id : 0;
    trace_emit_blocking(st->opt.trace, now(st), task, what, seconds, 0);
    narrate_new(st);
}

void aio_trace_never_awaited(aio_state *st, const char *name)
{
    if (!st->opt.trace) return;
    trace_emit_never_awaited(st->opt.trace, now(st), name, 0);
    narrate_new(st);
}

void aio_trace_callback_error(aio_state *st, py_val exc)
{
    if (!st->opt.trace) return;
    sbuf b = {0};
    exc_text(st, exc, &b);
    trace_emit_callback_error(st->opt.trace, now(st), st->lp ? loop_current_id(st->lp) : 0, sbuf_str(&b));
    sbuf_free(&b);
    narrate_new(st);
}
