/* gen.c - generators and async generators, the parts around the VM's fibers.
 * A generator is a coroutine object (vm.c's py_coro, its frame on a fiber of its own)
 * flagged is_gen; an async generator is one flagged is_agen, whose own `yield`
 * suspends with PY_CORO_AYIELD while its awaits pass futures up to the task driving
 * it. Here: `yield from` over iterators, PEP 479, the generator methods (next, send,
 * throw, close), finalisation when collected, and CPython 3.11's async generator
 * machinery: __anext__/asend/athrow/aclose awaitables (Objects/genobject.c's asend and
 * athrow state machines), `async for` (GET_AITER/GET_ANEXT), aiter/anext, and the
 * sys.set_asyncgen_hooks hooks through which asyncio tracks and closes them. */
#include <stdio.h>
#include <string.h>

#include "py/vm.h"

/* asend / athrow / aclose awaitables, and anext(it, default)'s wrapper */
enum { AW_INIT, AW_ITER, AW_CLOSED };
typedef struct agen_aw {
    py_val gen;      /* the async generator (anext wrapper: the awaitable it wraps) */
    py_val arg;      /* asend: value to send; athrow: exception (UNDEF: aclose); anext: default */
    py_val label;    /* for the trace: "ticker().aclose" (made on first use) */
    uint8_t state;
} agen_aw;

static agen_aw *aw_data(py_val v) { return (agen_aw *)py_native_data(v); }

int gen_aw_state(py_val v) { return aw_data(v)->state; }

const char *gen_aw_name(py_val v)
{
    const char *t = v.u.o->type->name->data;
    return strcmp(t, "async_generator_asend") == 0 ? "<async_generator_asend without __name__>"
           : strcmp(t, "async_generator_athrow") == 0 ? "<async_generator_athrow without __name__>"
                                                       : "<anext_awaitable without __name__>";
}
static py_coro *aw_gen(py_val v) { return AS_CORO(aw_data(v)->gen); }

bool gen_is_agen_awaitable(py_vm *vm, py_val v)
{
    if (!is_kind(v, K_NOBJ)) return false;
    py_type *t = v.u.o->type;
    return t == vm->t_asend || t == vm->t_athrow || t == vm->t_anext_aw;
}

static bool is_agen(py_val v) { return is_kind(v, K_CORO) && AS_CORO(v)->is_agen; }
static bool hook_set(py_val h) { return h.tag == V_OBJ; }

/* The value a StopIteration carries (None without arguments). */
static py_val stop_value(py_val e)
{
    if (!is_kind(e, K_INST)) return py_none();
    py_val a = AS_INST(e)->args;
    return is_kind(a, K_TUPLE) && AS_TUPLE(a)->len > 0 ? AS_TUPLE(a)->items[0] : py_none();
}

/* Raises StopIteration(value) as a generator's return does: no arguments for None. */
static py_val raise_stop(py_vm *vm, py_type *t, py_val value)
{
    py_val e = value.tag == V_NONE ? exc_make(vm, t, NULL, 0) : exc_make(vm, t, &value, 1);
    if (!py_is_err(e)) exc_set_pending(vm, e);
    return py_err();
}

/* ---------------- generators ---------------- */

void gen_convert_stop(py_vm *vm, py_coro *c)
{
    py_val e = vm->exc;
    const char *msg = NULL;
    if (exc_matches(vm, e, vm->e_stopiter))
        msg = c->is_agen ? "async generator raised StopIteration" : c->is_gen ? "generator raised StopIteration"
                                                                              : "coroutine raised StopIteration";
    else if (c->is_agen && exc_matches(vm, e, vm->e_stopasync))
        msg = "async generator raised StopAsyncIteration";
    if (!msg) return;
    py_tmp_push(vm, e);
    vm->exc = undef_val();
    py_val r = exc_new(vm, vm->e_runtime, msg);
    exc_set_pending(vm, r);
    AS_INST(r)->cause = e;
    AS_INST(r)->context = e;
    AS_INST(r)->suppress_context = true;
}

/* next(gen): the yielded value, or StopIteration carrying what the generator returned. */
py_val gen_next_value(py_vm *vm, py_coro *c)
{
    int st;
    py_val r = coro_resume(vm, c, py_none(), undef_val(), &st);
    if (st == PY_CORO_RETURN) return raise_stop(vm, vm->e_stopiter, r);
    return r;
}

py_val gen_yield_from_iter(py_vm *vm, py_val v)
{
    if (is_kind(v, K_CORO) && AS_CORO(v)->is_gen) return v;
    if (py_is_coro(v)) return raise_type(vm, vm->e_type, "cannot 'yield from' a coroutine object in a non-coroutine generator");
    return py_iter(vm, v);
}

/* A delegate's answer: a value is yielded on; StopIteration ends the delegation with its value. */
static py_val delegate_result(py_vm *vm, py_val r, int *status)
{
    if (!py_is_err(r)) { *status = PY_CORO_YIELD; return r; }
    if (exc_matches(vm, vm->exc, vm->e_stopiter)) {
        *status = PY_CORO_RETURN;
        return stop_value(py_exc_take(vm));
    }
    *status = PY_CORO_ERROR;
    return r;
}

static py_val special(py_vm *vm, py_val v, const char *name)
{
    return type_lookup(py_type_of(vm, v), str_intern_c(vm, name));
}

static py_val aw_step(py_vm *vm, py_val aw, py_val v, py_val exc, int *status);

py_val gen_delegate_step(py_vm *vm, py_val aw, py_val v, py_val exc, int *status)
{
    if (gen_is_agen_awaitable(vm, aw)) return aw_step(vm, aw, v, exc, status);
    if (exc.tag != V_UNDEF) {
        py_val m = special(vm, aw, "throw");
        if (m.tag == V_UNDEF) {  /* no throw(): raised where the delegation stands */
            exc_set_pending(vm, exc);
            *status = PY_CORO_ERROR;
            return py_err();
        }
        py_val args[2] = {aw, exc};
        return delegate_result(vm, vm_call(vm, m, args, 2, NULL), status);
    }
    if (v.tag == V_NONE && is_kind(aw, K_ITER)) {
        py_val x;
        int r = py_next(vm, aw, &x);
        *status = r > 0 ? PY_CORO_YIELD : r == 0 ? PY_CORO_RETURN : PY_CORO_ERROR;
        return r > 0 ? x : r == 0 ? py_none() : py_err();
    }
    if (v.tag == V_NONE) {
        py_val m = special(vm, aw, "__next__");
        if (m.tag == V_UNDEF) {
            *status = PY_CORO_ERROR;
            return raise_type(vm, vm->e_type, "'%s' object is not an iterator", py_type_name(vm, aw));
        }
        return delegate_result(vm, vm_call(vm, m, &aw, 1, NULL), status);
    }
    py_val m = py_getattr_str(vm, aw, str_intern_c(vm, "send"));
    if (py_is_err(m)) { *status = PY_CORO_ERROR; return m; }
    py_tmp_push(vm, m);
    return delegate_result(vm, vm_call(vm, m, &v, 1, NULL), status);
}

int gen_close_delegate(py_vm *vm, py_val aw)
{
    if (is_kind(aw, K_CORO)) return py_coro_close(vm, aw);
    if (gen_is_agen_awaitable(vm, aw)) { aw_data(aw)->state = AW_CLOSED; return 0; }
    if (!is_kind(aw, K_INST) && !is_kind(aw, K_NOBJ)) return 0;
    py_val m = special(vm, aw, "close");
    if (m.tag == V_UNDEF) return 0;
    return py_is_err(vm_call(vm, m, &aw, 1, NULL)) ? -1 : 0;
}

void gen_write_unraisable(py_vm *vm, py_val obj, py_val exc)
{
    sbuf b = {0};
    sbuf_adds(&b, "Exception ignored in: ");
    py_repr_into(vm, &b, obj, 0);
    if (py_exc_pending(vm)) py_exc_take(vm);
    sbuf_addc(&b, '\n');
    py_output(vm, 2, b.data, b.len);
    sbuf_free(&b);
    exc_print_unchained(vm, exc);
}

void gen_finalize(py_vm *vm, py_coro *c)
{
    py_val self = py_obj_val(c), saved = vm->exc;
    vm->exc = undef_val();
    if (c->is_agen && hook_set(c->ag_finalizer) && !c->ag_closed) {
        /* asyncio's hook schedules aclose() on the loop (base_events._asyncgen_finalizer_hook) */
        if (py_is_err(vm_call(vm, c->ag_finalizer, &self, 1, NULL))) gen_write_unraisable(vm, self, py_exc_take(vm));
    } else if (c->state == CORO_SUSPENDED) {
        if (py_coro_close(vm, self) < 0) gen_write_unraisable(vm, self, py_exc_take(vm));
    }
    vm->exc = saved;
}

/* ---------------- generator methods ---------------- */

static py_val g_next(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "__next__", nargs - 1, 0, 0, ARGS_METH) < 0) return py_err();
    return gen_next_value(vm, AS_CORO(args[0]));
}

static py_val g_send(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "send", nargs - 1, 1, 1, ARGS_METH) < 0) return py_err();
    int st;
    py_val r = coro_resume(vm, AS_CORO(args[0]), args[1], undef_val(), &st);
    return st == PY_CORO_RETURN ? raise_stop(vm, vm->e_stopiter, r) : r;
}

/* throw(exc) / throw(type[, value]): the exception instance to raise (V_ERR if bad). */
static py_val throw_exc(py_vm *vm, py_val *args, int n)
{
    py_val typ = args[0], val = n > 1 ? args[1] : py_none();
    if (is_kind(typ, K_TYPE) && (AS_TYPE(typ)->flags & TF_EXC)) {
        if (val.tag == V_NONE) return exc_make(vm, AS_TYPE(typ), NULL, 0);
        if (is_kind(val, K_INST) && type_is_sub(val.u.o->type, AS_TYPE(typ))) return val;
        if (is_kind(val, K_TUPLE)) return exc_make(vm, AS_TYPE(typ), AS_TUPLE(val)->items, (int)AS_TUPLE(val)->len);
        return exc_make(vm, AS_TYPE(typ), &val, 1);
    }
    if (is_kind(typ, K_INST) && (typ.u.o->type->flags & TF_EXC)) {
        if (val.tag != V_NONE) return raise_type(vm, vm->e_type, "instance exception may not have a separate value");
        return typ;
    }
    return raise_type(vm, vm->e_type, "exceptions must be classes or instances deriving from BaseException, not %s",
                      py_type_name(vm, typ));
}

static py_val g_throw(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "throw", nargs - 1, 1, 3, ARGS_TUPLE) < 0) return py_err();
    py_val e = throw_exc(vm, args + 1, nargs - 1);
    if (py_is_err(e)) return e;
    int st;
    py_val r = coro_resume(vm, AS_CORO(args[0]), undef_val(), e, &st);
    return st == PY_CORO_RETURN ? raise_stop(vm, vm->e_stopiter, r) : r;
}

static py_val g_close(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "close", nargs - 1, 0, 0, ARGS_METH) < 0) return py_err();
    return py_coro_close(vm, args[0]) < 0 ? py_err() : py_none();
}

static py_val g_self(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return args[0];
}

/* ---------------- async generators ---------------- */

/* async_gen_init_hooks: on first use, remember the finalizer hook and call firstiter. */
static int agen_init_hooks(py_vm *vm, py_val self)
{
    py_coro *g = AS_CORO(self);
    if (g->ag_hooks_inited) return 0;
    g->ag_hooks_inited = true;
    if (hook_set(vm->agen_finalizer)) g->ag_finalizer = vm->agen_finalizer;
    if (hook_set(vm->agen_firstiter) && py_is_err(vm_call(vm, vm->agen_firstiter, &self, 1, NULL))) return -1;
    return 0;
}

static py_val aw_new(py_vm *vm, py_type *t, py_val gen, py_val arg)
{
    py_val o = py_native_obj_new(vm, t);
    agen_aw *d = aw_data(o);
    d->gen = gen;
    d->arg = arg;
    d->label = undef_val();
    d->state = AW_INIT;
    return o;
}

static py_val agen_asend_new(py_vm *vm, py_val self, py_val v)
{
    if (agen_init_hooks(vm, self) < 0) return py_err();
    return aw_new(vm, vm->t_asend, self, v);
}

/* async_gen_unwrap_value: an async `yield` finishes the awaitable with its value; an
 * await inside the generator passes through; the end of the generator is
 * StopAsyncIteration. */
static py_val agen_unwrap(py_vm *vm, py_coro *g, py_val r, int st, int *status)
{
    if (st == PY_CORO_AYIELD) {
        g->ag_running_async = false;
        *status = PY_CORO_RETURN;
        return r;
    }
    if (st == PY_CORO_YIELD) { *status = PY_CORO_YIELD; return r; }
    if (st == PY_CORO_RETURN) {
        exc_set_pending(vm, exc_make(vm, vm->e_stopasync, NULL, 0));
    }
    if (exc_matches(vm, vm->exc, vm->e_stopasync) || exc_matches(vm, vm->exc, vm->e_genexit)) g->ag_closed = true;
    g->ag_running_async = false;
    *status = PY_CORO_ERROR;
    return py_err();
}

static py_val asend_step(py_vm *vm, py_val aw, py_val v, py_val exc, int *status)
{
    agen_aw *d = aw_data(aw);
    py_coro *g = aw_gen(aw);
    *status = PY_CORO_ERROR;
    if (d->state == AW_CLOSED) return raise_type(vm, vm->e_runtime, "cannot reuse already awaited __anext__()/asend()");
    int st;
    py_val r;
    if (exc.tag != V_UNDEF) {
        r = coro_resume(vm, g, undef_val(), exc, &st);
    } else {
        if (d->state == AW_INIT) {
            if (g->ag_running_async) return raise_type(vm, vm->e_runtime, "anext(): asynchronous generator is already running");
            if (v.tag == V_NONE || v.tag == V_UNDEF) v = d->arg;
            d->state = AW_ITER;
        }
        g->ag_running_async = true;
        r = coro_resume(vm, g, v, undef_val(), &st);
    }
    r = agen_unwrap(vm, g, r, st, status);
    if (*status != PY_CORO_YIELD) d->state = AW_CLOSED;
    return r;
}

static py_val athrow_fail(py_vm *vm, agen_aw *d, py_coro *g, int *status)
{
    g->ag_running_async = false;
    d->state = AW_CLOSED;
    *status = PY_CORO_ERROR;
    bool closing = d->arg.tag == V_UNDEF;
    if (closing && (exc_matches(vm, vm->exc, vm->e_stopasync) || exc_matches(vm, vm->exc, vm->e_genexit))) {
        py_exc_take(vm);  /* aclose() is done */
        *status = PY_CORO_RETURN;
        return py_none();
    }
    return py_err();
}

static py_val athrow_ignored_exit(py_vm *vm, agen_aw *d, py_coro *g, int *status)
{
    g->ag_running_async = false;
    d->state = AW_CLOSED;
    *status = PY_CORO_ERROR;
    return raise_type(vm, vm->e_runtime, "async generator ignored GeneratorExit");
}

/* What the generator did after an athrow()/aclose() step. */
static py_val athrow_after(py_vm *vm, py_val aw, py_val r, int st, int *status)
{
    agen_aw *d = aw_data(aw);
    py_coro *g = aw_gen(aw);
    if (d->arg.tag != V_UNDEF) {
        r = agen_unwrap(vm, g, r, st, status);
        if (*status != PY_CORO_YIELD) d->state = AW_CLOSED;
        return r;
    }
    if (st == PY_CORO_AYIELD) return athrow_ignored_exit(vm, d, g, status);
    if (st == PY_CORO_YIELD) { *status = PY_CORO_YIELD; return r; }
    if (st == PY_CORO_RETURN) exc_set_pending(vm, exc_make(vm, vm->e_stopasync, NULL, 0));
    return athrow_fail(vm, d, g, status);
}

static py_val athrow_step(py_vm *vm, py_val aw, py_val v, py_val exc, int *status)
{
    agen_aw *d = aw_data(aw);
    py_coro *g = aw_gen(aw);
    bool closing = d->arg.tag == V_UNDEF;
    *status = PY_CORO_ERROR;
    if (d->state == AW_CLOSED) return raise_type(vm, vm->e_runtime, "cannot reuse already awaited aclose()/athrow()");
    if (g->state == CORO_DONE) {
        d->state = AW_CLOSED;
        *status = PY_CORO_RETURN;
        return py_none();
    }
    int st;
    py_val r;
    if (d->state == AW_INIT && exc.tag == V_UNDEF) {
        if (g->ag_running_async) {
            d->state = AW_CLOSED;
            return raise_type(vm, vm->e_runtime, "%s(): asynchronous generator is already running", closing ? "aclose" : "athrow");
        }
        if (g->ag_closed) {
            d->state = AW_CLOSED;
            exc_set_pending(vm, exc_make(vm, vm->e_stopasync, NULL, 0));
            return py_err();
        }
        if (v.tag != V_NONE && v.tag != V_UNDEF)
            return raise_type(vm, vm->e_runtime, "can't send non-None value to a just-started coroutine");
        d->state = AW_ITER;
        g->ag_running_async = true;
        if (closing) g->ag_closed = true;
        py_val e = closing ? exc_make(vm, vm->e_genexit, NULL, 0) : d->arg;
        if (py_is_err(e)) return e;
        r = coro_resume(vm, g, undef_val(), e, &st);
    } else {
        r = coro_resume(vm, g, exc.tag == V_UNDEF ? v : undef_val(), exc, &st);
    }
    return athrow_after(vm, aw, r, st, status);
}

/* anext(it, default): the wrapped awaitable's result, or default once it is exhausted. */
static py_val anext_step(py_vm *vm, py_val aw, py_val v, py_val exc, int *status)
{
    agen_aw *d = aw_data(aw);
    py_val inner = d->gen;
    py_val r;
    if (is_kind(inner, K_CORO)) r = coro_resume(vm, AS_CORO(inner), v.tag == V_UNDEF ? py_none() : v, exc, status);
    else r = gen_delegate_step(vm, inner, v.tag == V_UNDEF ? py_none() : v, exc, status);
    if (*status == PY_CORO_ERROR && exc_matches(vm, vm->exc, vm->e_stopasync)) {
        py_exc_take(vm);
        *status = PY_CORO_RETURN;
        return d->arg;
    }
    return r;
}

static py_val aw_step(py_vm *vm, py_val aw, py_val v, py_val exc, int *status)
{
    py_type *t = aw.u.o->type;
    if (t == vm->t_asend) return asend_step(vm, aw, v, exc, status);
    if (t == vm->t_athrow) return athrow_step(vm, aw, v, exc, status);
    return anext_step(vm, aw, v, exc, status);
}

static void aw_mark(py_vm *vm, void *data)
{
    agen_aw *d = data;
    py_gc_mark(vm, d->gen);
    py_gc_mark(vm, d->arg);
    py_gc_mark(vm, d->label);
}

static py_val aw_repr(py_vm *vm, py_val self)
{
    char buf[96];
    snprintf(buf, sizeof buf, "<%s object at %p>", self.u.o->type->name->data, (void *)self.u.o);
    return py_str_cstr(vm, buf);
}

/* The awaitables' own methods: send/throw/close, and __await__/__iter__ giving themselves. */
static py_val aw_send(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "send", nargs - 1, 1, 1, ARGS_METH) < 0) return py_err();
    int st;
    py_val r = aw_step(vm, args[0], args[1], undef_val(), &st);
    return st == PY_CORO_RETURN ? raise_stop(vm, vm->e_stopiter, r) : r;
}

static py_val aw_next(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "__next__", nargs - 1, 0, 0, ARGS_METH) < 0) return py_err();
    int st;
    py_val r = aw_step(vm, args[0], py_none(), undef_val(), &st);
    return st == PY_CORO_RETURN ? raise_stop(vm, vm->e_stopiter, r) : r;
}

static py_val aw_throw(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "throw", nargs - 1, 1, 3, ARGS_TUPLE) < 0) return py_err();
    py_val e = throw_exc(vm, args + 1, nargs - 1);
    if (py_is_err(e)) return e;
    int st;
    py_val r = aw_step(vm, args[0], undef_val(), e, &st);
    return st == PY_CORO_RETURN ? raise_stop(vm, vm->e_stopiter, r) : r;
}

static py_val aw_close(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "close", nargs - 1, 0, 0, ARGS_METH) < 0) return py_err();
    aw_data(args[0])->state = AW_CLOSED;
    return py_none();
}

/* async generator methods */
static py_val ag_anext(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "__anext__", nargs - 1, 0, 0, ARGS_METH) < 0) return py_err();
    return agen_asend_new(vm, args[0], py_none());
}

static py_val ag_asend(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "asend", nargs - 1, 1, 1, ARGS_METH) < 0) return py_err();
    return agen_asend_new(vm, args[0], args[1]);
}

static py_val ag_athrow(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "athrow", nargs - 1, 1, 3, ARGS_TUPLE) < 0) return py_err();
    py_val e = throw_exc(vm, args + 1, nargs - 1);
    if (py_is_err(e)) return e;
    if (agen_init_hooks(vm, args[0]) < 0) return py_err();
    return aw_new(vm, vm->t_athrow, args[0], e);
}

static py_val ag_aclose(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "aclose", nargs - 1, 0, 0, ARGS_METH) < 0) return py_err();
    if (agen_init_hooks(vm, args[0]) < 0) return py_err();
    return aw_new(vm, vm->t_athrow, args[0], undef_val());
}

/* ---------------- async for, aiter, anext ---------------- */

py_val gen_aiter(py_vm *vm, py_val v)
{
    py_val m = special(vm, v, "__aiter__");
    if (m.tag == V_UNDEF)
        return raise_type(vm, vm->e_type, "'async for' requires an object with __aiter__ method, got %s", py_type_name(vm, v));
    py_val it = vm_call(vm, m, &v, 1, NULL);
    if (py_is_err(it)) return it;
    if (special(vm, it, "__anext__").tag == V_UNDEF)
        return raise_type(vm, vm->e_type, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                          py_type_name(vm, it));
    return it;
}

py_val gen_anext(py_vm *vm, py_val v)
{
    if (is_agen(v)) return agen_asend_new(vm, v, py_none());
    py_val m = special(vm, v, "__anext__");
    if (m.tag == V_UNDEF)
        return raise_type(vm, vm->e_type, "'async for' requires an iterator with __anext__ method, got %s", py_type_name(vm, v));
    py_val r = vm_call(vm, m, &v, 1, NULL);
    if (py_is_err(r)) return r;
    py_tmp_push(vm, r);
    py_val aw = vm_get_awaitable(vm, r);
    if (py_is_err(aw) && exc_matches(vm, vm->exc, vm->e_type)) {
        py_exc_take(vm);
        return raise_type(vm, vm->e_type, "'async for' received an invalid object from __anext__: %s", py_type_name(vm, r));
    }
    return aw;
}

static py_val bi_aiter(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "aiter", nargs, 1, 1, ARGS_METH) < 0) return py_err();
    py_val m = special(vm, args[0], "__aiter__");
    if (m.tag == V_UNDEF) return raise_type(vm, vm->e_type, "'%s' object is not an async iterable", py_type_name(vm, args[0]));
    py_val it = vm_call(vm, m, args, 1, NULL);
    if (py_is_err(it)) return it;
    if (special(vm, it, "__anext__").tag == V_UNDEF)
        return raise_type(vm, vm->e_type, "aiter() returned not an async iterator of type '%s'", py_type_name(vm, it));
    return it;
}

static py_val bi_anext(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "anext", nargs, 1, 2, ARGS_EXPECTED) < 0) return py_err();
    py_val m = special(vm, args[0], "__anext__");
    if (m.tag == V_UNDEF) return raise_type(vm, vm->e_type, "'%s' object is not an async iterator", py_type_name(vm, args[0]));
    py_val aw = vm_call(vm, m, args, 1, NULL);
    if (py_is_err(aw) || nargs == 1) return aw;
    py_tmp_push(vm, aw);
    py_val inner = vm_get_awaitable(vm, aw);
    if (py_is_err(inner)) return inner;
    return aw_new(vm, vm->t_anext_aw, inner, args[1]);
}

const char *py_coro_label(py_vm *vm, py_val coro)
{
    if (!gen_coro_like(coro)) return py_coro_name(coro);
    agen_aw *d = aw_data(coro);
    if (d->label.tag != V_OBJ) {
        py_type *t = coro.u.o->type;
        const char *op = t == vm->t_asend ? "asend" : t != vm->t_athrow ? "anext" : d->arg.tag == V_UNDEF ? "aclose" : "athrow";
        const char *gen = is_kind(d->gen, K_CORO) ? AS_CORO(d->gen)->func->code->qualname->data : "?";
        char buf[200];
        snprintf(buf, sizeof buf, "%s().%s", gen, op);
        d->label = py_str_cstr(vm, buf);
    }
    return py_str_data(d->label, NULL);
}

/* ---------------- sys.set_asyncgen_hooks ---------------- */

static bool is_callable(py_vm *vm, py_val v)
{
    if (v.tag != V_OBJ) return false;
    int k = v.u.o->kind;
    if (k == K_FUNC || k == K_NATIVE || k == K_BOUND || k == K_TYPE) return true;
    return (k == K_INST || k == K_NOBJ) && type_lookup(v.u.o->type, vm->s_call).tag != V_UNDEF;
}

static int hook_arg(py_vm *vm, py_val v, const char *name, py_val *slot)
{
    if (v.tag == V_UNDEF) return 0;
    if (v.tag != V_NONE && !is_callable(vm, v)) {
        raise_type(vm, vm->e_type, "callable %s expected, got %s", name, py_type_name(vm, v));
        return -1;
    }
    *slot = v;
    return 0;
}

static py_val sys_set_hooks(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs > 2) return raise_type(vm, vm->e_type, "set_asyncgen_hooks() takes at most 2 arguments (%d given)", nargs);
    py_val first = nargs > 0 ? args[0] : undef_val(), fin = nargs > 1 ? args[1] : undef_val();
    if (kw) {
        py_val k = py_kwarg(vm, kw, "firstiter");
        if (k.tag != V_UNDEF) first = k;
        k = py_kwarg(vm, kw, "finalizer");
        if (k.tag != V_UNDEF) fin = k;
    }
    py_val nf = vm->agen_firstiter.tag == V_UNDEF ? py_none() : vm->agen_firstiter;
    py_val nz = vm->agen_finalizer.tag == V_UNDEF ? py_none() : vm->agen_finalizer;
    if (hook_arg(vm, fin, "finalizer", &nz) < 0 || hook_arg(vm, first, "firstiter", &nf) < 0) return py_err();
    vm->agen_firstiter = nf;
    vm->agen_finalizer = nz;
    return py_none();
}

static py_val sys_get_hooks(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)kw;
    if (nargs) return raise_type(vm, vm->e_type, "get_asyncgen_hooks() takes no arguments (%d given)", nargs);
    py_val items[2] = {vm->agen_firstiter.tag == V_UNDEF ? py_none() : vm->agen_firstiter,
                       vm->agen_finalizer.tag == V_UNDEF ? py_none() : vm->agen_finalizer};
    return py_tuple_new(vm, 2, items);
}

void gen_init_sys(py_vm *vm, py_val m)
{
    py_module_add_fn(vm, m, "set_asyncgen_hooks", sys_set_hooks);
    py_module_add_fn(vm, m, "get_asyncgen_hooks", sys_get_hooks);
}

/* ---------------- types ---------------- */

static py_type *aw_type(py_vm *vm, const char *name)
{
    py_type_spec spec = {.name = name, .size = sizeof(agen_aw), .mark = aw_mark, .repr = aw_repr};
    py_type *t = py_type_new_native(vm, &spec);
    t->flags |= TF_BUILTIN | TF_CORO_LIKE;
    static const struct { const char *n; py_native_fn f; } m[] = {
        {"send", aw_send}, {"throw", aw_throw}, {"close", aw_close}, {"__next__", aw_next},
        {"__await__", g_self}, {"__iter__", g_self},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(m); i++) py_type_add_method(vm, t, m[i].n, m[i].f);
    return t;
}

void gen_init_types(py_vm *vm)
{
    static const struct { const char *n; py_native_fn f; } gm[] = {
        {"__next__", g_next}, {"send", g_send}, {"throw", g_throw}, {"close", g_close}, {"__iter__", g_self},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(gm); i++) py_type_add_method(vm, vm->t_gen, gm[i].n, gm[i].f);
    vm->t_agen = type_new(vm, "async_generator", vm->t_object, K_CORO);
    vm->t_agen->flags |= TF_BUILTIN;
    static const struct { const char *n; py_native_fn f; } am[] = {
        {"__aiter__", g_self}, {"__anext__", ag_anext}, {"asend", ag_asend}, {"athrow", ag_athrow}, {"aclose", ag_aclose},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(am); i++) py_type_add_method(vm, vm->t_agen, am[i].n, am[i].f);
    vm->t_asend = aw_type(vm, "async_generator_asend");
    vm->t_athrow = aw_type(vm, "async_generator_athrow");
    vm->t_anext_aw = aw_type(vm, "anext_awaitable");
    dict_set_str(vm, vm->builtins, str_intern_c(vm, "aiter"), py_native_new(vm, "aiter", bi_aiter));
    dict_set_str(vm, vm->builtins, str_intern_c(vm, "anext"), py_native_new(vm, "anext", bi_anext));
}
