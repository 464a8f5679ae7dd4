/* aio_core.c - the asyncio module's runtime: the per-VM state, callbacks handed to the
 * C loop (Lib/asyncio/events.py Handle/TimerHandle), the event loop object with its
 * methods (base_events.py), the default exception handler's messages, and module
 * set-up (native parts first, then the Python prelude of prelude.py). */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "aio/aio_internal.h"

extern const char *const aio_prelude_lines[];

/* ---------------- per-VM state ---------------- */

enum { MAX_VMS = 8 };
static struct { py_vm *vm; aio_state *st; } registry[MAX_VMS];

aio_state *aio_state_of(py_vm *vm)
{
    for (int i = 0; i < MAX_VMS; i++) if (registry[i].vm == vm) return registry[i].st;
    return NULL;
}

static void mark_state(py_vm *vm, void *data)
{
    aio_state *st = *(aio_state **)data;
    py_gc_mark(vm, st->module);
    py_gc_mark(vm, st->loop_obj);
    py_gc_mark(vm, st->current_task);
    py_gc_mark(vm, st->pending_exc);
    for (size_t i = 0; i < st->ntasks; i++) py_gc_mark(vm, st->weak_tasks[i]);
    aio_lanes_mark(vm, st);
    py_type *types[] = {st->t_future, st->t_task, st->t_handle, st->t_timer, st->t_loop, st->t_yield, st->t_state,
                        st->t_sleep0, st->t_abstract_loop, st->t_base_loop};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (types[i]) py_gc_mark(vm, py_type_val(types[i]));
    for (aio_cb *c = st->live.next; c != &st->live; c = c->next) {
        py_gc_mark(vm, c->a);
        py_gc_mark(vm, c->b);
    }
}

py_val aio_cls(aio_state *st, const char *name)
{
    return py_getattr(st->vm, st->module, name);
}

/* ---------------- callbacks on the C loop ---------------- */

static void cb_drop(void *arg)
{
    aio_cb *c = arg;
    c->prev->next = c->next;
    c->next->prev = c->prev;
    free(c);
}


static void cb_run(loop *lp, void *arg)
{
    (void)lp;
    aio_cb *c = arg;
    aio_state *st = c->st;
    py_vm *vm = st->vm;
    size_t mark = py_tmp_mark(vm);
    switch (c->kind) {
    case CB_STEP: aio_task_step(st, c->a, c->b); break;
    case CB_WAKEUP: aio_task_wakeup(st, c->a, c->b); break;
    case CB_CALL1: {
        py_val r = py_call(vm, c->a, &c->b, 1, (py_val){V_UNDEF, {0}});
        if (py_is_err(r)) {
            py_val exc = py_exc_take(vm);
            py_tmp_push(vm, exc);
            py_exc_ensure_traceback(vm, exc, aio_cls(st, "_run"));
            aio_trace_callback_error(st, exc);
            py_val args = py_tuple_new(vm, 1, &c->b);
            py_val h = py_native_obj_new(vm, st->t_handle);
            aio_handle *d = py_native_data(h);
            d->st = st;
            d->fn = c->a;
            d->args = args;
            sbuf b = {0};
            sbuf_adds(&b, "Exception in callback ");
            aio_format_callback(vm, &b, c->a, args, true);
            aio_report(st, sbuf_str(&b), exc, "handle", h);
            sbuf_free(&b);
        }
        break;
    }
    case CB_NATIVE: c->native(st, c->a, c->b); break;
    default: break;
    }
    py_tmp_reset(vm, mark);
}

static loop_ref schedule_cb(aio_state *st, aio_cb *c, double when, bool timer)
{
    c->st = st;
    c->next = st->live.next;
    c->prev = &st->live;
    st->live.next->prev = c;
    st->live.next = c;
    if (timer) return loop_call_at(st->lp, when, cb_run, c, cb_drop);
    return loop_call_soon(st->lp, cb_run, c, cb_drop);
}

loop_ref aio_schedule(aio_state *st, int kind, py_val a, py_val b, double when, bool timer)
{
    aio_cb *c = xmalloc(sizeof *c);
    c->kind = kind;
    c->a = a;
    c->b = b;
    c->native = NULL;
    return schedule_cb(st, c, when, timer);
}

loop_ref aio_schedule_native(aio_state *st, aio_native_cb fn, py_val a, py_val b, double when, bool timer)
{
    aio_cb *c = xmalloc(sizeof *c);
    c->kind = CB_NATIVE;
    c->a = a;
    c->b = b;
    c->native = fn;
    return schedule_cb(st, c, when, timer);
}

/* ---------------- reprs (format_helpers.py, reprlib) ---------------- */

/* reprlib.repr with asyncio's limits: long reprs keep 13 chars, '...', the last 14. */
void aio_reprlib(py_vm *vm, sbuf *b, py_val v)
{
    py_val r = py_repr(vm, v);
    if (py_is_err(r)) { py_exc_take(vm); sbuf_adds(b, "<repr failed>"); return; }
    size_t n;
    const char *s = py_str_data(r, &n);
    size_t limit = v.tag == V_INT ? 40 : 30;
    if (n <= limit) { sbuf_add(b, s, n); return; }
    if (v.tag == V_INT) { sbuf_add(b, s, 18); sbuf_adds(b, "..."); sbuf_add(b, s + n - 19, 19); return; }
    sbuf_add(b, s, 13);
    sbuf_adds(b, "...");
    sbuf_add(b, s + n - 14, 14);
}

/* format_helpers._format_callback_source: `name(args) at FILE:LINE`. */
void aio_format_callback(py_vm *vm, sbuf *b, py_val fn, py_val args, bool source)
{
    const char *qn = NULL, *file = NULL;
    int line = 0;
    bool is_fn = py_func_info(fn, &qn, &file, &line);
    if (is_fn) {
        sbuf_adds(b, qn);
    } else {
        py_val r = py_repr(vm, fn);
        if (py_is_err(r)) py_exc_take(vm);
        else sbuf_adds(b, py_str_data(r, NULL));
    }
    sbuf_addc(b, '(');
    py_val *items;
    int64_t n = py_tuple_view(args, &items);
    for (int64_t i = 0; i < n; i++) {
        if (i) sbuf_adds(b, ", ");
        aio_reprlib(vm, b, items[i]);
    }
    sbuf_addc(b, ')');
    /* bound methods are not functions for inspect.isfunction: no source */
    if (source && file && py_type_name(vm, fn)[0] == 'f') sbuf_printf(b, " at %s:%d", file, line);
}

/* ---------------- the default exception handler ---------------- */

static void write_err(aio_state *st, const char *s)
{
    py_output(st->vm, 2, s, strlen(s));
}

/* base_events.default_exception_handler: the message, `key: repr(obj)`, then the
 * exception's traceback, as logging's last-resort handler prints them. */
static void default_handler(aio_state *st, const char *message, py_val exc, const char *key, py_val obj)
{
    py_vm *vm = st->vm;
    sbuf b = {0};
    sbuf_adds(&b, message);
    sbuf_addc(&b, '\n');
    if (key) {
        py_val r = py_repr(vm, obj);
        if (py_is_err(r)) py_exc_take(vm);
        else sbuf_printf(&b, "%s: %s\n", key, py_str_data(r, NULL));
    }
    write_err(st, sbuf_str(&b));
    sbuf_free(&b);
    if (exc.tag == V_OBJ) py_print_exception(vm, exc);
    fflush(py_stderr(vm));
}

/* loop.call_exception_handler(context) for the reports the runtime makes itself. A
 * handler set with loop.set_exception_handler gets the context dict instead. */
void aio_report(aio_state *st, const char *message, py_val exc, const char *key, py_val obj)
{
    py_vm *vm = st->vm;
    py_val handler = st->loop_obj.tag == V_OBJ ? py_getattr(vm, st->loop_obj, "_exception_handler") : py_none();
    if (py_is_err(handler)) { py_exc_take(vm); handler = py_none(); }
    if (handler.tag == V_NONE || handler.tag == V_UNDEF) {
        default_handler(st, message, exc, key, obj);
        return;
    }
    py_val ctx = py_dict_new(vm);
    py_tmp_push(vm, ctx);
    py_dict_set(vm, ctx, py_str_cstr(vm, "message"), py_str_cstr(vm, message));
    if (exc.tag == V_OBJ) py_dict_set(vm, ctx, py_str_cstr(vm, "exception"), exc);
    if (key) py_dict_set(vm, ctx, py_str_cstr(vm, key), obj);
    py_val args[2] = {st->loop_obj, ctx};
    if (py_is_err(py_call(vm, handler, args, 2, (py_val){V_UNDEF, {0}}))) {
        py_val e = py_exc_take(vm);
        default_handler(st, "Unhandled error in exception handler", e, NULL, py_none());
    }
}

/* ---------------- Handle / TimerHandle ---------------- */

static aio_handle *hdl(py_val v) { return py_native_data(v); }

static void handle_mark(py_vm *vm, void *data)
{
    aio_handle *h = data;
    py_gc_mark(vm, h->fn);
    py_gc_mark(vm, h->args);
}

static void handle_repr_into(py_vm *vm, sbuf *b, py_val self)
{
    aio_handle *h = hdl(self);
    sbuf_adds(b, h->timer ? "<TimerHandle" : "<Handle");
    if (h->cancelled) sbuf_adds(b, " cancelled");
    if (h->timer) {
        py_val r = py_repr(vm, py_float(h->when));
        sbuf_printf(b, " when=%s", py_is_err(r) ? "?" : py_str_data(r, NULL));
    }
    if (h->fn.tag != V_UNDEF) {
        sbuf_addc(b, ' ');
        aio_format_callback(vm, b, h->fn, h->args, true);
    }
    sbuf_addc(b, '>');
}

static py_val handle_repr(py_vm *vm, py_val self)
{
    sbuf b = {0};
    handle_repr_into(vm, &b, self);
    py_val r = py_str_cstr(vm, sbuf_str(&b));
    sbuf_free(&b);
    return r;
}

static py_val h_cancel(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_handle *h = hdl(args[0]);
    if (!h->cancelled) {
        h->cancelled = true;
        aio_state *st = aio_state_of(vm);
        if (st->lp) loop_cancel(st->lp, h->ref);
        h->fn = (py_val){V_UNDEF, {0}};
        h->args = (py_val){V_UNDEF, {0}};
    }
    return py_none();
}

static py_val h_cancelled(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return py_bool(hdl(args[0])->cancelled);
}

static py_val h_when(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return py_float(hdl(args[0])->when);
}

/* Runs a Python callback handle: fn(*args), reporting what it raises. */
static void pyhandle_run(aio_state *st, py_val h)
{
    py_vm *vm = st->vm;
    aio_handle *d = hdl(h);
    if (d->cancelled || d->fn.tag == V_UNDEF) return;
    py_val star = d->args;
    py_val fn = d->fn;
    py_val *items;
    int64_t n = py_tuple_view(star, &items);
    py_val r = py_call(vm, fn, items, (int)(n < 0 ? 0 : n), (py_val){V_UNDEF, {0}});
    if (!py_is_err(r)) return;
    py_val exc = py_exc_take(vm);
    py_tmp_push(vm, exc);
    if (py_isinstance(vm, exc, py_builtin(vm, "SystemExit")) || py_isinstance(vm, exc, py_builtin(vm, "KeyboardInterrupt"))) {
        st->pending_exc = exc;
        loop_stop(st->lp);
        return;
    }
    py_exc_ensure_traceback(vm, exc, aio_cls(st, "_run"));
    aio_trace_callback_error(st, exc);
    sbuf b = {0};
    sbuf_adds(&b, "Exception in callback ");
    aio_format_callback(vm, &b, fn, star, true);
    aio_report(st, sbuf_str(&b), exc, "handle", h);
    sbuf_free(&b);
}

static void cb_pyhandle(aio_state *st, py_val h, py_val unused)
{
    (void)unused;
    pyhandle_run(st, h);
}

/* call_soon / call_at: a Handle for fn(*args) on the ready queue or the timer heap. */
static py_val make_handle(aio_state *st, py_val fn, py_val args, double when, bool timer)
{
    py_vm *vm = st->vm;
    py_val h = py_native_obj_new(vm, timer ? st->t_timer : st->t_handle);
    aio_handle *d = hdl(h);
    d->st = st;
    d->fn = fn;
    d->args = args;
    d->when = when;
    d->timer = timer;
    d->ref = aio_schedule_native(st, cb_pyhandle, h, py_none(), when, timer);
    return h;
}

py_val aio_watch_fd(aio_state *st, int fd, bool write, py_val fn, py_val args)
{
    py_vm *vm = st->vm;
    py_val h = py_native_obj_new(vm, st->t_handle);
    aio_handle *d = hdl(h);
    d->st = st;
    d->fn = fn;
    d->args = args;
    aio_cb *c = xmalloc(sizeof *c);
    c->kind = CB_NATIVE;
    c->a = h;
    c->b = py_none();
    c->native = cb_pyhandle;
    c->st = st;
    c->next = st->live.next;
    c->prev = &st->live;
    st->live.next->prev = c;
    st->live.next = c;
    d->ref = write ? loop_add_writer(st->lp, fd, cb_run, c, cb_drop) : loop_add_reader(st->lp, fd, cb_run, c, cb_drop);
    if (!d->ref.id) {
        int err = errno;
        cb_drop(c);
        return py_raise(vm, "OSError", "[Errno %d] %s", err, strerror(err));
    }
    return h;
}

/* ---------------- the loop object ---------------- */

py_val aio_check_loop(aio_state *st)
{
    if (!st->lp || st->loop_obj.tag != V_OBJ) return py_raise(st->vm, "RuntimeError", "no running event loop");
    return py_none();
}

/* A loop object's own word: set once close() has run on it. */
static int *loop_closed_flag(py_val self) { return (int *)py_native_data(self); }

/* The C side drives one loop at a time (st->lp, owned by st->loop_obj). A method
 * called on another loop object that is still open makes that object the driven one:
 * the previous object keeps its identity and stays open, only its queued callbacks go
 * (programs switch loops between run_until_complete calls, with nothing queued).
 * NULL when `self` is closed. */
static aio_state *loop_state(py_vm *vm, py_val self)
{
    aio_state *st = aio_state_of(vm);
    if (*loop_closed_flag(self)) return NULL;
    if (st->loop_obj.tag == V_OBJ && st->loop_obj.u.o == self.u.o) return st;
    if (st->lp && loop_is_running(st->lp)) return st;
    if (st->lp) loop_free(st->lp);
    st->lp = loop_new(st->opt.virtual_clock ? LOOP_CLOCK_VIRTUAL : LOOP_CLOCK_REAL);
    aio_trace_attach(st);
    st->loop_obj = self;
    return st;
}

static py_val args_tuple(py_vm *vm, py_val *args, int nargs)
{
    return py_tuple_new(vm, nargs, args);
}

static py_val l_time(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_state *st = loop_state(vm, args[0]);
    if (!st || !st->lp) return py_float(0);
    return py_float(loop_time(st->lp));
}

static py_val closed_error(py_vm *vm) { return py_raise(vm, "RuntimeError", "Event loop is closed"); }

static py_val l_call_soon(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = loop_state(vm, args[0]);
    if (nargs < 2) return py_raise(vm, "TypeError", "call_soon() missing 1 required positional argument: 'callback'");
    if (!st || !st->lp) return closed_error(vm);
    return make_handle(st, args[1], args_tuple(vm, args + 2, nargs - 2), 0, false);
}

static int want_number(py_vm *vm, py_val v, double *out)
{
    if (v.tag == V_INT || v.tag == V_BOOL) { *out = (double)v.u.i; return 0; }
    if (v.tag == V_FLOAT) { *out = v.u.f; return 0; }
    py_raise(vm, "TypeError", "'%s' object cannot be interpreted as a number", py_type_name(vm, v));
    return -1;
}

static py_val l_call_at(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = loop_state(vm, args[0]);
    if (nargs < 3) return py_raise(vm, "TypeError", "call_at() missing required positional arguments");
    double when;
    if (want_number(vm, args[1], &when) < 0) return py_err();
    if (!st || !st->lp) return closed_error(vm);
    return make_handle(st, args[2], args_tuple(vm, args + 3, nargs - 3), when, true);
}

static py_val l_call_later(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = loop_state(vm, args[0]);
    if (nargs < 3) return py_raise(vm, "TypeError", "call_later() missing required positional arguments");
    double delay;
    if (want_number(vm, args[1], &delay) < 0) return py_err();
    if (!st || !st->lp) return closed_error(vm);
    return make_handle(st, args[2], args_tuple(vm, args + 3, nargs - 3), loop_time(st->lp) + delay, true);
}

static py_val l_create_future(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_state *st = loop_state(vm, args[0]);
    return aio_future_new(st ? st : aio_state_of(vm));
}

static py_val l_create_task(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs != 2) return py_raise(vm, "TypeError", "create_task() takes exactly one positional argument");
    py_val name = py_kwarg(vm, kw, "name");
    aio_state *st = loop_state(vm, args[0]);
    if (!st) return closed_error(vm);
    return aio_task_new(st, args[1], name.tag == V_UNDEF ? py_none() : name);
}

/* run_forever: iterations until stop(); re-raises what escaped a callback. */
static py_val l_run_forever(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_state *st = loop_state(vm, args[0]);
    if (!st || !st->lp) return closed_error(vm);
    if (st->loop_obj.u.o != args[0].u.o)
        return py_raise(vm, "RuntimeError", "Cannot run the event loop while another loop is running");
    if (loop_is_running(st->lp)) return py_raise(vm, "RuntimeError", "This event loop is already running");
    int rc = loop_run(st->lp);
    if (st->pending_exc.tag == V_OBJ) {
        py_val e = st->pending_exc;
        st->pending_exc = py_none();
        return py_raise_val(vm, e);
    }
    if (rc == LOOP_STUCK) {
        /* nothing can ever happen again: CPython would hang here */
        return py_raise(vm, "RuntimeError", "looplab: the event loop would wait forever (no timer, no fd, nothing ready)");
    }
    return py_none();
}

static py_val l_stop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    if (st->lp && st->loop_obj.u.o == args[0].u.o) loop_stop(st->lp);
    return py_none();
}

static py_val l_is_running(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    return py_bool(st->lp && st->loop_obj.u.o == args[0].u.o && loop_is_running(st->lp));
}

static py_val l_is_closed(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    (void)vm;
    return py_bool(*loop_closed_flag(args[0]));
}

static py_val l_close(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    bool current = st->loop_obj.tag == V_OBJ && st->loop_obj.u.o == args[0].u.o;
    if (current && st->lp && loop_is_running(st->lp))
        return py_raise(vm, "RuntimeError", "Cannot close a running event loop");
    *loop_closed_flag(args[0]) = 1;
    if (!current) return py_none();
    if (st->lp) {
        loop_free(st->lp);
        st->lp = NULL;
    }
    aio_sock_close_all(st);   /* what CPython's GC would close, with a ResourceWarning nobody sees */
    st->loop_obj = py_none();
    return py_none();
}

static py_val l_repr(py_vm *vm, py_val self)
{
    aio_state *st = aio_state_of(vm);
    bool current = st->loop_obj.tag == V_OBJ && st->loop_obj.u.o == self.u.o;
    bool running = current && st->lp && loop_is_running(st->lp);
    bool closed = *loop_closed_flag(self);
    char buf[96];
    snprintf(buf, sizeof buf, "<_UnixSelectorEventLoop running=%s closed=%s debug=False>",
             running ? "True" : "False", closed ? "True" : "False");
    return py_str_cstr(vm, buf);
}

static py_val l_call_exc_handler(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    if (nargs != 2) return py_raise(vm, "TypeError", "call_exception_handler() takes one argument");
    py_val ctx = args[1];
    py_val handler = py_getattr(vm, args[0], "_exception_handler");
    if (!py_is_err(handler) && handler.tag != V_NONE) {
        py_val a2[2] = {args[0], ctx};
        if (py_is_err(py_call(vm, handler, a2, 2, (py_val){V_UNDEF, {0}}))) {
            py_val e = py_exc_take(vm);
            default_handler(st, "Unhandled error in exception handler", e, NULL, py_none());
        }
        return py_none();
    }
    if (py_is_err(handler)) py_exc_take(vm);
    py_val fmt = aio_cls(st, "_format_context");
    py_val text = py_call(vm, fmt, &ctx, 1, (py_val){V_UNDEF, {0}});
    if (py_is_err(text)) return text;
    write_err(st, py_str_data(text, NULL));
    py_val exc = py_dict_get(vm, ctx, py_str_cstr(vm, "exception"));
    if (exc.tag == V_OBJ) py_print_exception(vm, exc);
    return py_none();
}

/* The running loop's `_new_loop()`: a fresh C loop on the configured clock. */
static py_val m_new_loop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    if (st->lp && loop_is_running(st->lp)) {  /* made inside a running loop: driven once it runs */
        py_val other = py_native_obj_new(vm, st->t_loop);
        py_setattr(vm, other, "_exception_handler", py_none());
        return other;
    }
    if (st->lp) { loop_free(st->lp); st->lp = NULL; }
    st->lp = loop_new(st->opt.virtual_clock ? LOOP_CLOCK_VIRTUAL : LOOP_CLOCK_REAL);
    if (!st->lp) return py_raise(vm, "OSError", "cannot create an event loop");
    aio_trace_attach(st);
    st->loop_obj = py_native_obj_new(vm, st->t_loop);
    py_setattr(vm, st->loop_obj, "_exception_handler", py_none());
    return st->loop_obj;
}

static py_val m_get_running_loop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    if (!st->lp || !loop_is_running(st->lp)) return py_raise(vm, "RuntimeError", "no running event loop");
    return st->loop_obj;
}

static py_val m_private_running_loop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    if (!st->lp || !loop_is_running(st->lp)) return py_none();
    return st->loop_obj;
}

static py_val m_current_task(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    if (!st->lp || !loop_is_running(st->lp)) return py_raise(vm, "RuntimeError", "no running event loop");
    return st->current_task.tag == V_OBJ ? st->current_task : py_none();
}

/* The live tasks: a list of the weakly held tasks still alive, compacting as it goes. */
static py_val m_tasks_list(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    py_val list = py_list_new(vm, 0, NULL);
    size_t k = 0;
    for (size_t i = 0; i < st->ntasks; i++) {
        py_val t = py_weak_get(st->weak_tasks[i]);
        if (t.tag != V_OBJ || aio_fut(t)->destroyed) continue;
        st->weak_tasks[k++] = st->weak_tasks[i];
        py_list_append(vm, list, t);
    }
    st->ntasks = k;
    return list;
}

static py_val m_iscoroutine(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)kw;
    return py_bool(nargs == 1 && (py_is_coro(args[0]) || aio_is_sleep0(aio_state_of(vm), args[0])));
}

/* _weakref(obj) / _weakget(ref): the loop's weak set of async generators (a WeakSet in
 * CPython's base_events), kept as a list of these. */
static py_val m_weakref(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 1) return py_raise(vm, "TypeError", "_weakref() takes exactly one argument");
    return py_weak_new(vm, args[0]);
}

static py_val m_weakget(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)kw;
    if (nargs != 1) return py_raise(vm, "TypeError", "_weakget() takes exactly one argument");
    py_val v = py_weak_get(args[0]);
    return v.tag == V_UNDEF ? py_none() : v;
}

static py_val m_iscoroutinefunction(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)kw;
    return py_bool(nargs == 1 && py_is_coro_function(args[0]));
}

static py_val m_isfuture(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    return py_bool(nargs == 1 && aio_is_future(aio_state_of(vm), args[0]));
}

static py_val m_print_exc(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs == 1) py_print_exception(vm, args[0]);
    return py_none();
}

/* time.sleep: blocks the loop thread; under the virtual clock it moves time forward. */
static py_val m_blocking_sleep(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    if (nargs != 1) return py_raise(vm, "TypeError", "time.sleep() takes exactly one argument (%d given)", nargs);
    double s;
    if (args[0].tag == V_INT || args[0].tag == V_BOOL) s = (double)args[0].u.i;
    else if (args[0].tag == V_FLOAT) s = args[0].u.f;
    else return py_raise(vm, "TypeError", "'%s' object cannot be interpreted as an integer", py_type_name(vm, args[0]));
    if (s < 0) return py_raise(vm, "ValueError", "sleep length must be non-negative");
    if (aio_lane_sleep(st, s)) return py_none();
    if (st->lp) {
        char what[64];
        snprintf(what, sizeof what, "time.sleep(%g)", s);
        aio_trace_blocking(st, what, s);
        fflush(py_stdout(vm));
        loop_advance(st->lp, s);
        return py_none();
    }
    py_val orig = aio_cls(st, "_real_sleep");
    return py_call(vm, orig, args, 1, (py_val){V_UNDEF, {0}});
}

static py_val m_monotonic(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    aio_state *st = aio_state_of(vm);
    if (st->opt.virtual_clock && st->lp) return py_float(loop_time(st->lp));
    py_val orig = aio_cls(st, "_real_monotonic");
    return py_call(vm, orig, args, nargs, kw ? (py_val){V_UNDEF, {0}} : (py_val){V_UNDEF, {0}});
}

/* ---------------- the bare yield (sleep(0)) ---------------- */

typedef struct aio_yield { bool yielded; } aio_yield;

static py_val yield_await(py_vm *vm, py_val self)
{
    (void)vm;
    aio_yield *y = py_native_data(self);
    if (!y->yielded) { y->yielded = true; return (py_val){V_UNDEF, {0}}; }
    return py_none();
}

static py_val m_yield(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    return py_native_obj_new(vm, aio_state_of(vm)->t_yield);
}

/* ---------------- asyncio.sleep(0) ----------------
 * asyncio.sleep(delay <= 0) returns this native object instead of a coroutine object:
 * one small allocation instead of a coroutine, its fiber and frame, which matters when
 * 100,000 tasks are suspended in sleep(0). It acts as the coroutine would: its type is
 * named 'coroutine', iscoroutine() is true, `await` yields to the loop once (a bare
 * yield) and returns the result, awaiting it twice raises, a Task made from it runs
 * the Python sleep coroutine instead, and dropping it unawaited warns "coroutine 'sleep'
 * was never awaited" (when it is collected, not at the very line that dropped it). */

typedef struct aio_sleep0 { py_val result; uint8_t state; } aio_sleep0;
enum { SLEEP0_FRESH, SLEEP0_YIELDED, SLEEP0_DONE, SLEEP0_HANDED };

static void sleep0_mark(py_vm *vm, void *data) { py_gc_mark(vm, ((aio_sleep0 *)data)->result); }

static py_val sleep0_await(py_vm *vm, py_val self)
{
    aio_sleep0 *s = py_native_data(self);
    switch (s->state) {
    case SLEEP0_FRESH:
        s->state = SLEEP0_YIELDED;
        py_native_finalized(self);   /* awaited: no warning to give */
        return (py_val){V_UNDEF, {0}};
    case SLEEP0_YIELDED: s->state = SLEEP0_DONE; return s->result;
    default: return py_raise(vm, "RuntimeError", "cannot reuse already awaited coroutine");
    }
}

static void sleep0_finalize(py_vm *vm, py_val self, void *data)
{
    (void)self;
    aio_sleep0 *s = data;
    aio_state *st = aio_state_of(vm);
    if (s->state != SLEEP0_FRESH) return;
    if (st) aio_trace_never_awaited(st, "sleep");
    py_warn_unawaited(vm, "sleep");
}

static py_val sleep0_repr(py_vm *vm, py_val self)
{
    char buf[64];
    snprintf(buf, sizeof buf, "<coroutine object sleep at %p>", (void *)self.u.o);
    return py_str_cstr(vm, buf);
}

static py_val sleep0_close(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    aio_sleep0 *s = py_native_data(args[0]);
    if (s->state == SLEEP0_FRESH) s->state = SLEEP0_HANDED;
    py_native_finalized(args[0]);
    return py_none();
}

static py_val m_sleep0(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    py_val o = py_native_obj_new(vm, aio_state_of(vm)->t_sleep0);
    ((aio_sleep0 *)py_native_data(o))->result = nargs > 0 ? args[0] : py_none();
    return o;
}

bool aio_is_sleep0(aio_state *st, py_val v)
{
    return v.tag == V_OBJ && py_type_of(st->vm, v) == st->t_sleep0;
}

/* The Python sleep coroutine that a Task runs for a sleep(0) object handed to it. */
py_val aio_sleep0_coro(aio_state *st, py_val v)
{
    aio_sleep0 *s = py_native_data(v);
    if (s->state != SLEEP0_FRESH) return py_raise(st->vm, "RuntimeError", "cannot reuse already awaited coroutine");
    s->state = SLEEP0_HANDED;
    py_native_finalized(v);
    py_val args[2] = {py_int(0), s->result};
    return py_call(st->vm, aio_cls(st, "_sleep_coro"), args, 2, (py_val){V_UNDEF, {0}});
}

/* ---------------- sleep's timer ---------------- */

static void sleep_fire(aio_state *st, py_val fut, py_val result)
{
    aio_future *f = aio_fut(fut);
    if (f->state == FUT_PENDING) aio_future_set_result(st, fut, result);
}

/* _sleep_timer(delay, fut, result): futures._set_result_unless_cancelled on a timer;
 * returns the TimerHandle (sleep cancels it in its finally). */
static py_val m_sleep_timer(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    if (nargs != 3) return py_raise(vm, "TypeError", "_sleep_timer(delay, fut, result)");
    double delay;
    if (want_number(vm, args[0], &delay) < 0) return py_err();
    if (!st->lp) return closed_error(vm);
    py_val h = py_native_obj_new(vm, st->t_timer);
    aio_handle *d = hdl(h);
    d->st = st;
    d->fn = aio_cls(st, "_set_result_unless_cancelled");
    d->args = py_tuple_new(vm, 2, args + 1);
    d->when = loop_time(st->lp) + delay;
    d->timer = true;
    d->ref = aio_schedule_native(st, sleep_fire, args[1], args[2], d->when, true);
    if (aio_is_future(st, args[1])) aio_fut(args[1])->sleep_for = delay;
    return h;
}

/* ---------------- module set-up ---------------- */

static py_type *native_type(py_vm *vm, const char *name, size_t size, py_type *base,
                            void (*mark)(py_vm *, void *), py_val (*repr)(py_vm *, py_val))
{
    py_type_spec spec = {0};
    spec.name = name;
    spec.size = size;
    spec.base = base;
    spec.mark = mark;
    spec.repr = repr;
    return py_type_new_native(vm, &spec);
}

/* Gives a native type the `__module__` CPython's class has (tracebacks, reprs and
 * warnings name classes by it). */
void aio_set_module(py_vm *vm, py_type *t, const char *module)
{
    py_type_set_attr(vm, t, "__module__", py_str_new(vm, module, strlen(module)));
}

static void add_methods(py_vm *vm, py_type *t, const char *const *names, const py_native_fn *fns, int n)
{
    for (int i = 0; i < n; i++) py_type_add_method(vm, t, names[i], fns[i]);
}

static void loop_types(aio_state *st, py_val m)
{
    py_vm *vm = st->vm;
    st->t_handle = native_type(vm, "Handle", sizeof(aio_handle), NULL, handle_mark, handle_repr);
    st->t_timer = native_type(vm, "TimerHandle", sizeof(aio_handle), st->t_handle, handle_mark, handle_repr);
    static const char *const hn[] = {"cancel", "cancelled"};
    static const py_native_fn hf[] = {h_cancel, h_cancelled};
    add_methods(vm, st->t_handle, hn, hf, 2);
    py_type_add_method(vm, st->t_timer, "when", h_when);
    aio_set_module(vm, st->t_handle, "asyncio.events");
    aio_set_module(vm, st->t_timer, "asyncio.events");
    /* CPython's chain: AbstractEventLoop <- BaseEventLoop <- BaseSelectorEventLoop <-
     * _UnixSelectorEventLoop; the methods all live on the concrete class */
    st->t_abstract_loop = native_type(vm, "AbstractEventLoop", 0, NULL, NULL, NULL);
    aio_set_module(vm, st->t_abstract_loop, "asyncio.events");
    st->t_base_loop = native_type(vm, "BaseEventLoop", 0, st->t_abstract_loop, NULL, NULL);
    aio_set_module(vm, st->t_base_loop, "asyncio.base_events");
    py_type *sel = native_type(vm, "BaseSelectorEventLoop", 0, st->t_base_loop, NULL, NULL);
    aio_set_module(vm, sel, "asyncio.selector_events");
    py_module_set(vm, m, "_BaseSelectorEventLoop", py_type_val(sel));
    st->t_loop = native_type(vm, "_UnixSelectorEventLoop", sizeof(int), sel, NULL, l_repr);
    aio_set_module(vm, st->t_loop, "asyncio.unix_events");
    static const char *const ln[] = {"time", "call_soon", "call_later", "call_at", "create_future", "create_task",
                                     "run_forever", "stop", "is_running", "is_closed", "close", "call_exception_handler"};
    static const py_native_fn lf[] = {l_time, l_call_soon, l_call_later, l_call_at, l_create_future, l_create_task,
                                      l_run_forever, l_stop, l_is_running, l_is_closed, l_close, l_call_exc_handler};
    add_methods(vm, st->t_loop, ln, lf, 12);
    py_type_spec ys = {0};
    ys.name = "_BareYield";
    ys.size = sizeof(aio_yield);
    ys.await_hook = yield_await;
    st->t_yield = py_type_new_native(vm, &ys);
    py_type_spec zs = {0};
    zs.name = "coroutine";
    zs.size = sizeof(aio_sleep0);
    zs.mark = sleep0_mark;
    zs.finalize = sleep0_finalize;
    zs.await_hook = sleep0_await;
    zs.repr = sleep0_repr;
    st->t_sleep0 = py_type_new_native(vm, &zs);
    py_type_set_coro_like(st->t_sleep0);
    py_type_add_method(vm, st->t_sleep0, "close", sleep0_close);
    py_module_add_fn(vm, m, "_sleep0", m_sleep0);
    py_module_set(vm, m, "Handle", py_type_val(st->t_handle));
    py_module_set(vm, m, "TimerHandle", py_type_val(st->t_timer));
    py_module_set(vm, m, "AbstractEventLoop", py_type_val(st->t_abstract_loop));
    py_module_set(vm, m, "BaseEventLoop", py_type_val(st->t_base_loop));
    py_module_set(vm, m, "_UnixSelectorEventLoop", py_type_val(st->t_loop));
    py_module_set(vm, m, "SelectorEventLoop", py_type_val(st->t_loop));
}

static int module_init(py_vm *vm, py_val m)
{
    aio_state *st = aio_state_of(vm);
    st->module = m;
    st->t_state = native_type(vm, "_State", sizeof(aio_state *), NULL, mark_state, NULL);
    py_val so = py_native_obj_new(vm, st->t_state);
    *(aio_state **)py_native_data(so) = st;
    py_module_set(vm, m, "_state", so);
    loop_types(st, m);
    aio_future_types(st, m);
    aio_lane_init(st, m);
    aio_sock_init(st, m);
    static const char *const fn[] = {"_new_loop", "get_running_loop", "_get_running_loop", "current_task",
                                     "_tasks_list", "iscoroutine", "isfuture", "_print_exc", "_blocking_sleep",
                                     "_monotonic", "_yield", "_sleep_timer", "_weakref", "_weakget",
                                     "iscoroutinefunction"};
    static const py_native_fn ff[] = {m_new_loop, m_get_running_loop, m_private_running_loop, m_current_task,
                                      m_tasks_list, m_iscoroutine, m_isfuture, m_print_exc, m_blocking_sleep,
                                      m_monotonic, m_yield, m_sleep_timer, m_weakref, m_weakget,
                                      m_iscoroutinefunction};
    for (size_t i = 0; i < sizeof ff / sizeof ff[0]; i++) py_module_add_fn(vm, m, fn[i], ff[i]);
    py_module_set(vm, m, "_virtual", py_bool(st->opt.virtual_clock));
    sbuf src = {0};
    for (int i = 0; aio_prelude_lines[i]; i++) sbuf_adds(&src, aio_prelude_lines[i]);
    int rc = py_exec_module(vm, m, "<frozen asyncio>", sbuf_str(&src));
    sbuf_free(&src);
    return rc;
}

static void step_hook(py_vm *vm, uint64_t steps, void *ud)
{
    (void)steps;
    aio_state *st = ud;
    (void)vm;
    if (st->lp) loop_advance(st->lp, 1000 * AIO_VIRTUAL_NS_PER_INSTR * 1e-9);
}

void aio_install(py_vm *vm, const aio_options *opt)
{
    aio_state *st = xmalloc(sizeof *st);
    memset(st, 0, sizeof *st);
    st->vm = vm;
    if (opt) st->opt = *opt;
    st->module = st->loop_obj = st->current_task = st->pending_exc = st->lanes_idle = py_none();
    st->live.next = st->live.prev = &st->live;
    for (int i = 0; i < MAX_VMS; i++) {
        if (!registry[i].vm) { registry[i].vm = vm; registry[i].st = st; break; }
    }
    aio_trace_install(st);
    py_register_module(vm, "asyncio", module_init);
    if (st->opt.virtual_clock) py_set_step_hook(vm, 1000, step_hook, st);
}

void aio_set_narrate(py_vm *vm, FILE *f)
{
    aio_state *st = aio_state_of(vm);
    if (st)
        aio_trace_set_narrate(st, f);
}

void aio_release(py_vm *vm)
{
    for (int i = 0; i < MAX_VMS; i++) {
        if (registry[i].vm != vm) continue;
        aio_state *st = registry[i].st;
        aio_trace_release(st);
        if (st->lp) loop_free(st->lp);
        aio_sock_free(st);
        aio_lanes_free(st);
        free(st->weak_tasks);
        free(st);
        registry[i].vm = NULL;
        registry[i].st = NULL;
    }
}

bool aio_parse_option(const char *arg, aio_options *opt)
{
    if (strcmp(arg, "--virtual") == 0) { opt->virtual_clock = true; return true; }
    if (strcmp(arg, "--trace") == 0) { opt->narrate = stderr; return true; }
    return false;
}

int aio_run_demo(const char *name, const char *source, bool virtual_clock, struct trace *out)
{
    py_config cfg = {0};
    cfg.path = name;
    cfg.abs_path = name;
    py_vm *vm = py_vm_new(&cfg);
    aio_options opt = {0};
    opt.virtual_clock = virtual_clock;
    opt.trace = out;
    aio_install(vm, &opt);
    int rc = py_run_file(vm, source, false);
    fflush(stdout);
    aio_release(vm);
    py_vm_free(vm);
    return rc;
}
