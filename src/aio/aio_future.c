/* aio_future.c - asyncio.Future and asyncio.Task as native types, following
 * Lib/asyncio/futures.py and tasks.py: done callbacks are scheduled with call_soon when
 * a future completes; a task drives its coroutine one step per callback (__step), and
 * a future it waits on wakes it through a done callback (__wakeup). */
#include <stdlib.h>
#include <string.h>

#include "aio/aio_internal.h"

static const py_val UNDEF = {V_UNDEF, {0}};

aio_future *aio_fut(py_val v) { return py_native_data(v); }

static void fut_mark(py_vm *vm, void *data)
{
    aio_future *f = data;
    py_gc_mark(vm, f->loop_obj);
    py_gc_mark(vm, f->result);
    py_gc_mark(vm, f->exception);
    py_gc_mark(vm, f->cancel_msg);
    py_gc_mark(vm, f->cancelled_exc);
    py_gc_mark(vm, f->cancel_hook);
    py_gc_mark(vm, f->coro);
    py_gc_mark(vm, f->name);
    py_gc_mark(vm, f->fut_waiter);
    py_gc_mark(vm, f->cbs);
}

bool aio_is_future(aio_state *st, py_val v)
{
    return py_isinstance(st->vm, v, py_type_val(st->t_future));
}

static void fut_init(aio_state *st, aio_future *f)
{
    f->st = st;
    f->state = FUT_PENDING;
    f->loop_obj = st->loop_obj;
    f->result = f->exception = f->cancel_msg = f->cancelled_exc = py_none();
    f->cancel_hook = f->coro = f->name = f->fut_waiter = f->cbs = py_none();
}

py_val aio_future_new(aio_state *st)
{
    py_val v = py_native_obj_new(st->vm, st->t_future);
    fut_init(st, aio_fut(v));
    return v;
}

static aio_state *self_state(py_vm *vm, py_val self)
{
    aio_future *f = aio_fut(self);
    if (!f->st) fut_init(aio_state_of(vm), f);
    return f->st;
}

static py_val invalid_state(aio_state *st, const char *msg)
{
    py_val cls = aio_cls(st, "InvalidStateError");
    py_val m = py_str_cstr(st->vm, msg);
    py_val e = py_call(st->vm, cls, &m, 1, UNDEF);
    if (py_is_err(e)) return e;
    return py_raise_val(st->vm, e);
}

/* ---------------- completion ---------------- */

/* A task in a callback list stands for its __wakeup (tasks are not callable). */
static bool is_wakeup(aio_state *st, py_val v)
{
    return v.tag == V_OBJ && py_isinstance(st->vm, v, py_type_val(st->t_task));
}

/* __schedule_callbacks: every done callback goes to the ready queue, in order. */
static void schedule_callbacks(aio_state *st, py_val self)
{
    aio_future *f = aio_fut(self);
    py_val cbs = f->cbs;
    f->cbs = py_none();
    py_val *items;
    int64_t n = py_list_view(cbs, &items);
    for (int64_t i = 0; i < n; i++) {
        if (is_wakeup(st, items[i])) aio_schedule(st, CB_WAKEUP, items[i], self, 0, false);
        else aio_schedule(st, CB_CALL1, items[i], self, 0, false);
    }
}

void aio_future_set_result(aio_state *st, py_val fut, py_val v)
{
    aio_future *f = aio_fut(fut);
    f->result = v;
    f->state = FUT_FINISHED;
    py_native_finalized(fut);   /* nothing left for __del__ to report */
    schedule_callbacks(st, fut);
}

static bool fut_cancel_base(aio_state *st, py_val self, py_val msg)
{
    aio_future *f = aio_fut(self);
    f->log_tb = false;
    if (f->state != FUT_PENDING) return false;
    f->state = FUT_CANCELLED;
    f->cancel_msg = msg;
    py_native_finalized(self);
    schedule_callbacks(st, self);
    return true;
}

/* _make_cancelled_error: the saved CancelledError (once), else a new one. */
static py_val make_cancelled_error(aio_state *st, py_val self)
{
    aio_future *f = aio_fut(self);
    if (f->cancelled_exc.tag == V_OBJ) {
        py_val e = f->cancelled_exc;
        f->cancelled_exc = py_none();
        return e;
    }
    py_val cls = aio_cls(st, "CancelledError");
    py_val e = f->cancel_msg.tag == V_NONE ? py_call(st->vm, cls, NULL, 0, UNDEF)
                                           : py_call(st->vm, cls, &f->cancel_msg, 1, UNDEF);
    return e;
}

static py_val fut_result(aio_state *st, py_val self)
{
    aio_future *f = aio_fut(self);
    if (f->state == FUT_CANCELLED) {
        py_val e = make_cancelled_error(st, self);
        return py_is_err(e) ? e : py_raise_val(st->vm, e);
    }
    if (f->state != FUT_FINISHED) return invalid_state(st, "Result is not set.");
    f->log_tb = false;
    if (f->exception.tag == V_OBJ) return py_raise_val(st->vm, f->exception);
    return f->result;
}

static py_val fut_await(py_vm *vm, py_val self)
{
    aio_state *st = self_state(vm, self);
    aio_future *f = aio_fut(self);
    if (f->state == FUT_PENDING) {
        f->blocking = true;
        return UNDEF;
    }
    return fut_result(st, self);
}

/* ---------------- Future methods ---------------- */

static py_val f_init(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    fut_init(st, aio_fut(args[0]));
    py_val lp = py_kwarg(vm, kw, "loop");
    if (lp.tag != V_OBJ && !(st->lp && loop_is_running(st->lp))) {
        /* Future() outside a running loop: the policy's loop, made on first use */
        lp = py_call(vm, aio_cls(st, "get_event_loop"), NULL, 0, (py_val){V_UNDEF, {0}});
        if (py_is_err(lp)) return lp;
    }
    if (lp.tag == V_OBJ) aio_fut(args[0])->loop_obj = lp;
    return py_none();
}

static py_val f_result(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    return fut_result(self_state(vm, args[0]), args[0]);
}

static py_val f_exception(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_state *st = self_state(vm, args[0]);
    aio_future *f = aio_fut(args[0]);
    if (f->state == FUT_CANCELLED) {
        py_val e = make_cancelled_error(st, args[0]);
        return py_is_err(e) ? e : py_raise_val(vm, e);
    }
    if (f->state != FUT_FINISHED) return invalid_state(st, "Exception is not set.");
    f->log_tb = false;
    return f->exception;
}

static const char *state_name(int s) { return s == FUT_PENDING ? "PENDING" : s == FUT_CANCELLED ? "CANCELLED" : "FINISHED"; }

static py_val f_set_result(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = self_state(vm, args[0]);
    aio_future *f = aio_fut(args[0]);
    if (nargs != 2) return py_raise(vm, "TypeError", "set_result() takes exactly one argument");
    if (f->state != FUT_PENDING) return invalid_state(st, "invalid state");
    aio_future_set_result(st, args[0], args[1]);
    return py_none();
}

static void set_exception(aio_state *st, py_val self, py_val exc)
{
    aio_future *f = aio_fut(self);
    f->exception = exc;
    f->state = FUT_FINISHED;
    schedule_callbacks(st, self);
    f->log_tb = true;
}

static py_val f_set_exception(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = self_state(vm, args[0]);
    aio_future *f = aio_fut(args[0]);
    if (nargs != 2) return py_raise(vm, "TypeError", "set_exception() takes exactly one argument");
    if (f->state != FUT_PENDING) return invalid_state(st, "invalid state");
    py_val exc = args[1];
    py_val base = py_builtin(vm, "BaseException");
    if (py_type_name(vm, exc)[0] == 't' && strcmp(py_type_name(vm, exc), "type") == 0) {
        exc = py_call(vm, exc, NULL, 0, UNDEF);
        if (py_is_err(exc)) return exc;
    }
    if (!py_isinstance(vm, exc, base))
        return py_raise(vm, "TypeError", "invalid exception object");
    if (py_isinstance(vm, exc, py_builtin(vm, "StopIteration")))
        return py_raise(vm, "TypeError", "StopIteration interacts badly with generators and cannot be raised into a Future");
    set_exception(st, args[0], exc);
    return py_none();
}

static bool is_plain(aio_state *st, py_val v)
{
    py_type *t = py_type_of(st->vm, v);
    return t == st->t_future || t == st->t_task;
}

static bool task_cancel(aio_state *st, py_val self, py_val msg);

/* fut.cancel(msg): Task.cancel for tasks, a Python override (gather) for subclasses. */
bool aio_future_cancel(aio_state *st, py_val fut, py_val msg)
{
    aio_future *f = aio_fut(fut);
    if (!is_plain(st, fut)) {
        py_val m = py_getattr(st->vm, fut, "cancel");
        py_val r = py_is_err(m) ? m : py_call(st->vm, m, &msg, 1, UNDEF);
        if (py_is_err(r)) { py_exc_take(st->vm); return false; }
        return py_truthy(st->vm, r);
    }
    if (f->is_task) return task_cancel(st, fut, msg);
    return fut_cancel_base(st, fut, msg);
}

static py_val msg_arg(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val msg = py_kwarg(vm, kw, "msg");
    if (nargs >= 2) msg = args[1];
    return msg.tag == V_UNDEF ? py_none() : msg;
}

static py_val f_cancel(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    aio_state *st = self_state(vm, args[0]);
    return py_bool(fut_cancel_base(st, args[0], msg_arg(vm, args, nargs, kw)));
}

static py_val f_cancelled(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return py_bool(aio_fut(args[0])->state == FUT_CANCELLED);
}

static py_val f_done(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return py_bool(aio_fut(args[0])->state != FUT_PENDING);
}

static void add_callback(aio_state *st, aio_future *f, py_val fn)
{
    if (f->cbs.tag != V_OBJ) f->cbs = py_list_new(st->vm, 0, NULL);
    py_list_append(st->vm, f->cbs, fn);
}

static py_val f_add_done_callback(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = self_state(vm, args[0]);
    aio_future *f = aio_fut(args[0]);
    if (nargs != 2) return py_raise(vm, "TypeError", "add_done_callback() takes exactly one argument");
    if (f->state != FUT_PENDING) aio_schedule(st, CB_CALL1, args[1], args[0], 0, false);
    else add_callback(st, f, args[1]);
    return py_none();
}

static py_val f_remove_done_callback(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_future *f = aio_fut(args[0]);
    if (nargs != 2) return py_raise(vm, "TypeError", "remove_done_callback() takes exactly one argument");
    aio_state *st = self_state(vm, args[0]);
    py_val *items;
    int64_t n = py_list_view(f->cbs, &items), k = 0, removed = 0;
    for (int64_t i = 0; i < n; i++) {
        int eq = !is_wakeup(st, items[i]) && items[i].tag == args[1].tag && items[i].u.o == args[1].u.o;
        if (!eq && !is_wakeup(st, items[i])) {
            py_val r = py_call(vm, py_getattr(vm, items[i], "__eq__"), &args[1], 1, UNDEF);
            if (py_is_err(r)) py_exc_take(vm);
            else eq = r.tag == V_BOOL && r.u.i;
            n = py_list_view(f->cbs, &items);   /* __eq__ may have run Python code */
        }
        if (eq) removed++;
        else items[k++] = items[i];
    }
    py_list_truncate(f->cbs, k);
    return py_int(removed);
}

static py_val f_get_loop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    self_state(vm, args[0]);
    return aio_fut(args[0])->loop_obj;
}

static py_val f_set_cancel_hook(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    aio_fut(args[0])->cancel_hook = args[1];
    return py_none();
}

static py_val f_make_cancelled_error(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    return make_cancelled_error(self_state(vm, args[0]), args[0]);
}

static py_val f_set_log_destroy(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)kw;
    aio_fut(args[0])->log_destroy_pending = nargs > 1 && args[1].tag == V_BOOL && args[1].u.i;
    return py_none();
}

static py_val f_set_log_tb(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)kw;
    aio_fut(args[0])->log_tb = nargs > 1 && args[1].tag == V_BOOL && args[1].u.i;
    return py_none();
}

static py_val f_cancel_message(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return aio_fut(args[0])->cancel_msg;
}

static py_val f_state(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    return py_str_cstr(vm, state_name(aio_fut(args[0])->state));
}

/* ---------------- reprs ---------------- */

static void format_cb(aio_state *st, sbuf *b, py_val cb)
{
    if (is_wakeup(st, cb)) { sbuf_adds(b, "Task.task_wakeup()"); return; }
    aio_format_callback(st->vm, b, cb, py_tuple_new(st->vm, 0, NULL), true);
}

/* base_futures._future_repr_info: the state, then (tasks: name and coro first) the
 * result or exception. */
static void repr_state(sbuf *b, aio_future *f)
{
    sbuf_adds(b, f->state == FUT_PENDING ? (f->is_task && f->num_cancels > 0 ? "cancelling" : "pending")
                                         : f->state == FUT_CANCELLED ? "cancelled" : "finished");
}

static void repr_outcome(aio_state *st, sbuf *b, aio_future *f)
{
    py_vm *vm = st->vm;
    if (f->state != FUT_FINISHED) return;
    if (f->exception.tag == V_OBJ) {
        py_val r = py_repr(vm, f->exception);
        sbuf_printf(b, " exception=%s", py_is_err(r) ? "?" : py_str_data(r, NULL));
        if (py_is_err(r)) py_exc_take(vm);
    } else {
        sbuf_adds(b, " result=");
        aio_reprlib(vm, b, f->result);
    }
}

static void repr_callbacks(aio_state *st, sbuf *b, aio_future *f)
{
    py_val *items;
    int64_t n = py_list_view(f->cbs, &items);
    if (n <= 0) return;
    py_val first = items[0], second = n > 1 ? items[1] : py_none(), last = items[n - 1];
    sbuf_adds(b, " cb=[");
    format_cb(st, b, first);
    if (n == 2) { sbuf_adds(b, ", "); format_cb(st, b, second); }
    if (n > 2) {
        sbuf_printf(b, ", <%lld more>, ", (long long)(n - 2));
        format_cb(st, b, last);
    }
    sbuf_addc(b, ']');
}

/* coroutines._format_coroutine: `f() running at FILE:LINE` or `f() done, defined at`. */
static void format_coro(aio_state *st, sbuf *b, py_val coro)
{
    if (!py_is_coro(coro)) {
        py_val r = py_repr(st->vm, coro);
        if (py_is_err(r)) py_exc_take(st->vm);
        else sbuf_adds(b, py_str_data(r, NULL));
        return;
    }
    const char *file;
    int first;
    int line = py_coro_info(coro, &file, &first);
    if (!file) sbuf_printf(b, "%s()", py_coro_name(coro));  /* an aclose() awaitable: no frame, no code */
    else if (line) sbuf_printf(b, "%s() running at %s:%d", py_coro_name(coro), file, line);
    else sbuf_printf(b, "%s() done, defined at %s:%d", py_coro_name(coro), file, first);
}

static py_val task_name_val(aio_state *st, py_val task);

void aio_future_repr(aio_state *st, sbuf *b, py_val fut)
{
    py_vm *vm = st->vm;
    aio_future *f = aio_fut(fut);
    sbuf_printf(b, "<%s ", py_type_name(vm, fut));
    repr_state(b, f);
    if (f->is_task) {
        py_val nr = py_repr(vm, task_name_val(st, fut));
        sbuf_printf(b, " name=%s coro=<", py_is_err(nr) ? "?" : py_str_data(nr, NULL));
        format_coro(st, b, f->coro);
        sbuf_addc(b, '>');
    }
    repr_outcome(st, b, f);
    if (f->is_task && f->fut_waiter.tag == V_OBJ) {
        py_val wr = py_repr(vm, f->fut_waiter);
        sbuf_printf(b, " wait_for=%s", py_is_err(wr) ? "?" : py_str_data(wr, NULL));
    }
    repr_callbacks(st, b, f);
    sbuf_addc(b, '>');
}

static py_val fut_repr(py_vm *vm, py_val self)
{
    aio_state *st = self_state(vm, self);
    sbuf b = {0};
    aio_future_repr(st, &b, self);
    py_val r = py_str_cstr(vm, sbuf_str(&b));
    sbuf_free(&b);
    return r;
}

/* __del__: an exception nobody retrieved, a task destroyed while pending. */
static void fut_finalize(py_vm *vm, py_val self, void *data)
{
    aio_future *f = data;
    aio_state *st = f->st;
    f->destroyed = true;
    if (!st || aio_state_of(vm) != st) return;
    if (f->is_task && f->state == FUT_PENDING && f->log_destroy_pending) {
        if (py_is_coro(f->coro) && !py_coro_done(f->coro) && py_coro_started(f->coro)) {
            if (py_coro_close(vm, f->coro) < 0) py_exc_take(vm);
        }
        aio_trace_task(st, AIO_TR_DESTROYED, self, NULL);
        aio_report(st, "Task was destroyed but it is pending!", UNDEF, "task", self);
        return;
    }
    if (f->state == FUT_FINISHED && f->log_tb && f->exception.tag == V_OBJ) {
        const char *msg = f->is_task ? "Task exception was never retrieved" : "Future exception was never retrieved";
        aio_report(st, msg, f->exception, "future", self);
    }
}

/* ---------------- Task ---------------- */

/* The task's name for C callers (the trace copies it at once). Default names are
 * formatted on demand: 100,000 tasks need not carry 100,000 strings. */
const char *aio_task_name(py_val task)
{
    static char bufs[4][32];
    static unsigned next;
    aio_future *f = aio_fut(task);
    const char *s = py_str_data(f->name, NULL);
    if (s) return s;
    if (!f->name_no) return "?";
    char *b = bufs[next++ % 4];
    snprintf(b, sizeof bufs[0], "Task-%lld", (long long)f->name_no);
    return b;
}

/* The name as a str (get_name, repr), made now if it was a default one. */
static py_val task_name_val(aio_state *st, py_val task)
{
    aio_future *f = aio_fut(task);
    if (f->name.tag != V_OBJ && f->name_no) f->name = py_str_cstr(st->vm, aio_task_name(task));
    return f->name;
}

static void register_task(aio_state *st, py_val task)
{
    if (st->ntasks == st->taskcap) {
        /* drop dead entries before growing */
        size_t k = 0;
        for (size_t i = 0; i < st->ntasks; i++)
            if (py_weak_get(st->weak_tasks[i]).tag == V_OBJ) st->weak_tasks[k++] = st->weak_tasks[i];
        st->ntasks = k;
        if (st->ntasks * 2 >= st->taskcap) {
            st->taskcap = st->taskcap ? st->taskcap * 2 : 64;
            st->weak_tasks = xrealloc(st->weak_tasks, st->taskcap * sizeof *st->weak_tasks);
        }
    }
    py_val w = py_weak_new(st->vm, task);   /* may collect: the slot is claimed after */
    st->weak_tasks[st->ntasks++] = w;
}

static py_val task_init(aio_state *st, py_val self, py_val coro, py_val name)
{
    py_vm *vm = st->vm;
    aio_future *f = aio_fut(self);
    fut_init(st, f);
    f->is_task = true;
    if (aio_is_sleep0(st, coro)) {
        coro = aio_sleep0_coro(st, coro);
        if (py_is_err(coro)) return coro;
        py_tmp_push(vm, coro);
    }
    if (!py_is_coro(coro)) {
        f->log_destroy_pending = false;
        py_val r = py_repr(vm, coro);
        if (py_is_err(r)) return r;
        return py_raise(vm, "TypeError", "a coroutine was expected, got %s", py_str_data(r, NULL));
    }
    f->log_destroy_pending = true;
    if (name.tag == V_NONE || name.tag == V_UNDEF) {
        f->name_no = ++st->task_counter;
        f->name = py_none();
    } else {
        f->name = py_str_of(vm, name);
        if (py_is_err(f->name)) { f->name = py_none(); return py_err(); }
    }
    f->id = ++st->next_task_id;
    f->coro = coro;
    if (!st->lp) return py_raise(vm, "RuntimeError", "no running event loop");
    aio_trace_task(st, AIO_TR_CREATED, self, NULL);
    aio_schedule(st, CB_STEP, self, UNDEF, 0, false);
    register_task(st, self);
    return self;
}

py_val aio_task_new(aio_state *st, py_val coro, py_val name)
{
    py_val t = py_native_obj_new(st->vm, st->t_task);
    py_val r = task_init(st, t, coro, name);
    return py_is_err(r) ? r : t;
}

static py_val t_init(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    aio_state *st = aio_state_of(vm);
    if (nargs != 2) return py_raise(vm, "TypeError", "Task() takes exactly one positional argument");
    py_val name = py_kwarg(vm, kw, "name");
    py_val r = task_init(st, args[0], args[1], name);
    return py_is_err(r) ? r : py_none();
}

static bool task_cancel(aio_state *st, py_val self, py_val msg)
{
    aio_future *f = aio_fut(self);
    f->log_tb = false;
    if (f->state != FUT_PENDING) return false;
    f->num_cancels++;
    aio_trace_task(st, AIO_TR_CANCEL, self, py_str_data(msg, NULL));
    if (f->fut_waiter.tag == V_OBJ) {
        if (aio_future_cancel(st, f->fut_waiter, msg)) return true;
    }
    f->must_cancel = true;
    f->cancel_msg = msg;
    return true;
}

static py_val t_cancel(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    aio_state *st = self_state(vm, args[0]);
    return py_bool(task_cancel(st, args[0], msg_arg(vm, args, nargs, kw)));
}

static py_val t_cancelling(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return py_int(aio_fut(args[0])->num_cancels);
}

static py_val t_uncancel(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    aio_future *f = aio_fut(args[0]);
    if (f->num_cancels > 0) f->num_cancels--;
    return py_int(f->num_cancels);
}

static py_val t_get_name(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    return task_name_val(aio_state_of(vm), args[0]);
}

static py_val t_set_name(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2) return py_raise(vm, "TypeError", "set_name() takes exactly one argument");
    py_val s = py_str_of(vm, args[1]);
    if (py_is_err(s)) return s;
    aio_fut(args[0])->name = s;
    return py_none();
}

static py_val t_get_coro(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return aio_fut(args[0])->coro;
}

static py_val t_set_result(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    return py_raise(vm, "RuntimeError", "Task does not support set_result operation");
}

static py_val t_set_exception(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    return py_raise(vm, "RuntimeError", "Task does not support set_exception operation");
}

static bool exc_is(aio_state *st, py_val exc, const char *builtin)
{
    return py_isinstance(st->vm, exc, py_builtin(st->vm, builtin));
}

enum { BAD_YIELD, BAD_LOOP, BAD_BARE, BAD_SELF };

/* Schedules a step that throws the RuntimeError __step raises for a misused yield. */
static void step_bad(aio_state *st, py_val self, int why, py_val shown)
{
    py_vm *vm = st->vm;
    py_val tr = py_repr(vm, self), rr = py_repr(vm, shown);
    const char *t = py_is_err(tr) ? "?" : py_str_data(tr, NULL), *r = py_is_err(rr) ? "?" : py_str_data(rr, NULL);
    sbuf b = {0};
    if (why == BAD_YIELD) sbuf_printf(&b, "Task got bad yield: %s", r);
    else if (why == BAD_LOOP) sbuf_printf(&b, "Task %s got Future %s attached to a different loop", t, r);
    else if (why == BAD_BARE) sbuf_printf(&b, "yield was used instead of yield from in task %s with %s", t, r);
    else sbuf_printf(&b, "Task cannot await on itself: %s", t);
    py_val m = py_str_cstr(vm, sbuf_str(&b));
    sbuf_free(&b);
    py_val e = py_call(vm, py_builtin(vm, "RuntimeError"), &m, 1, UNDEF);
    aio_schedule(st, CB_STEP, self, e, 0, false);
}

/* What the coroutine yielded: a future to wait on (add our wakeup), or a bare yield. */
static void step_yielded(aio_state *st, py_val self, py_val result)
{
    aio_future *f = aio_fut(self);
    if (result.tag == V_OBJ && (py_type_of(st->vm, result) == st->t_yield || py_type_of(st->vm, result) == st->t_sleep0)) {
        aio_trace_task(st, AIO_TR_SUSPEND, self, "sleep 0");
        aio_schedule(st, CB_STEP, self, UNDEF, 0, false);
        return;
    }
    if (!aio_is_future(st, result)) {
        step_bad(st, self, BAD_YIELD, result);
        return;
    }
    aio_future *w = aio_fut(result);
    if (!w->st) fut_init(st, w);
    if (w->loop_obj.u.o != f->loop_obj.u.o) {
        step_bad(st, self, BAD_LOOP, result);
        return;
    }
    if (!w->blocking) {
        step_bad(st, self, BAD_BARE, result);
        return;
    }
    if (result.u.o == self.u.o) {
        step_bad(st, self, BAD_SELF, result);
        return;
    }
    w->blocking = false;
    if (w->state != FUT_PENDING) aio_schedule(st, CB_WAKEUP, self, result, 0, false);
    else add_callback(st, w, self);
    f->fut_waiter = result;
    if (st->opt.trace) {
        char what[48];
        if (w->sleep_for > 0) snprintf(what, sizeof what, "sleep %g", w->sleep_for);
        else if (w->is_task) snprintf(what, sizeof what, "%s", aio_task_name(result));
        else if (strcmp(py_type_name(st->vm, result), "_GatheringFuture") == 0) snprintf(what, sizeof what, "gather");
        else snprintf(what, sizeof what, "%s", py_type_name(st->vm, result));
        aio_trace_task(st, AIO_TR_SUSPEND, self, what);
    }
    if (f->must_cancel) {
        if (aio_future_cancel(st, result, f->cancel_msg)) f->must_cancel = false;
    }
}

/* The coroutine finished (returned or raised): complete the task accordingly. */
static void step_finished(aio_state *st, py_val self, enum py_coro_result rc, py_val out)
{
    py_vm *vm = st->vm;
    aio_future *f = aio_fut(self);
    if (rc == PY_CORO_RETURN) {
        if (f->must_cancel) {
            f->must_cancel = false;
            fut_cancel_base(st, self, f->cancel_msg);
        } else {
            aio_future_set_result(st, self, out);
        }
        aio_trace_task(st, f->state == FUT_CANCELLED ? AIO_TR_CANCELLED : AIO_TR_RETURNED, self, NULL);
        return;
    }
    py_val exc = py_exc_take(vm);
    py_tmp_push(vm, exc);
    if (py_isinstance(vm, exc, aio_cls(st, "CancelledError"))) {
        f->cancelled_exc = exc;
        fut_cancel_base(st, self, py_none());
        aio_trace_task(st, AIO_TR_CANCELLED, self, NULL);
        return;
    }
    set_exception(st, self, exc);
    aio_trace_task(st, AIO_TR_RAISED, self, py_type_name(vm, exc));
    if (exc_is(st, exc, "KeyboardInterrupt") || exc_is(st, exc, "SystemExit")) {
        st->pending_exc = exc;
        loop_stop(st->lp);
    }
}

void aio_task_step(aio_state *st, py_val self, py_val exc)
{
    py_vm *vm = st->vm;
    aio_future *f = aio_fut(self);
    if (f->state != FUT_PENDING) return;
    if (f->must_cancel) {
        if (exc.tag != V_OBJ || !py_isinstance(vm, exc, aio_cls(st, "CancelledError"))) exc = make_cancelled_error(st, self);
        f->must_cancel = false;
    }
    f->fut_waiter = py_none();
    py_val prev = st->current_task;
    st->current_task = self;
    aio_trace_task(st, AIO_TR_STEP, self, NULL);
    py_val out;
    enum py_coro_result rc = exc.tag == V_OBJ ? py_coro_throw(vm, f->coro, exc, &out)
                                              : py_coro_send(vm, f->coro, py_none(), &out);
    if (rc == PY_CORO_YIELD) step_yielded(st, self, out);
    else step_finished(st, self, rc, out);
    (void)prev;
    st->current_task = py_none();
}

/* __wakeup: the awaited future is done; step with its exception, if any. */
void aio_task_wakeup(aio_state *st, py_val self, py_val fut)
{
    py_vm *vm = st->vm;
    aio_future *w = aio_fut(fut);
    py_val exc = UNDEF;
    if (w->state == FUT_CANCELLED || (w->state == FUT_FINISHED && w->exception.tag == V_OBJ) || !is_plain(st, fut)) {
        py_val r = fut_result(st, fut);
        if (py_is_err(r)) {
            exc = py_exc_take(vm);
            py_tmp_push(vm, exc);
        }
    }
    aio_task_step(st, self, exc);
}

/* ---------------- types ---------------- */

void aio_future_types(aio_state *st, py_val m)
{
    py_vm *vm = st->vm;
    py_type_spec fs = {0};
    fs.name = "Future";
    fs.size = sizeof(aio_future);
    fs.mark = fut_mark;
    fs.finalize = fut_finalize;
    fs.await_hook = fut_await;
    fs.repr = fut_repr;
    st->t_future = py_type_new_native(vm, &fs);
    aio_set_module(vm, st->t_future, "_asyncio");
    static const char *const fn[] = {"__init__", "result", "exception", "set_result", "set_exception", "cancel",
                                     "cancelled", "done", "add_done_callback", "remove_done_callback", "get_loop",
                                     "_set_cancel_hook", "_make_cancelled_error", "_set_log_destroy_pending",
                                     "_set_log_traceback", "_cancel_message", "_state"};
    static const py_native_fn ff[] = {f_init, f_result, f_exception, f_set_result, f_set_exception, f_cancel,
                                      f_cancelled, f_done, f_add_done_callback, f_remove_done_callback, f_get_loop,
                                      f_set_cancel_hook, f_make_cancelled_error, f_set_log_destroy,
                                      f_set_log_tb, f_cancel_message, f_state};
    for (size_t i = 0; i < sizeof fn / sizeof *fn; i++) py_type_add_method(vm, st->t_future, fn[i], ff[i]);
    py_type_spec ts = fs;
    ts.name = "Task";
    ts.base = st->t_future;
    st->t_task = py_type_new_native(vm, &ts);
    aio_set_module(vm, st->t_task, "_asyncio");
    static const char *const tn[] = {"__init__", "cancel", "cancelling", "uncancel", "get_name", "set_name",
                                     "get_coro", "set_result", "set_exception"};
    static const py_native_fn tf[] = {t_init, t_cancel, t_cancelling, t_uncancel, t_get_name, t_set_name,
                                      t_get_coro, t_set_result, t_set_exception};
    for (size_t i = 0; i < sizeof tn / sizeof *tn; i++) py_type_add_method(vm, st->t_task, tn[i], tf[i]);
    py_module_set(vm, m, "Future", py_type_val(st->t_future));
    py_module_set(vm, m, "Task", py_type_val(st->t_task));
}
