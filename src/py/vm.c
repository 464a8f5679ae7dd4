/* vm.c - the bytecode interpreter. Frames live on fibers (one per coroutine or
 * generator, plus the main fiber), and each fiber's value slots live in heap chunks
 * that never move, so `await` can suspend a whole coroutine and resume it later and
 * pointers into a frame stay valid. Python-to-Python calls push frames without C
 * recursion; calls from C (py_call, natives calling back) run a nested loop that
 * stops at its entry frame. Coroutines are driven with coro_resume, which the
 * asyncio layer reaches through py_coro_send / py_coro_throw. */
#include <stdio.h>
#include <stdlib.h>

#include "py/ast.h"
#include "py/compile.h"
#include "py/vm.h"

/* ---------------- fibers, chunks, frames ---------------- */

#define CHUNK_MIN 2048

static py_val *chunk_alloc(py_vm *vm, py_fiber *f, size_t n, bool *fresh)
{
    py_chunk *c = f->chunk;
    *fresh = false;
    if (c && c->top + n <= c->slots + c->cap) {
        py_val *p = c->top;
        c->top += n;
        return p;
    }
    size_t cap = n > CHUNK_MIN ? n : (f == &vm->main_fiber ? CHUNK_MIN * 8 : CHUNK_MIN / 16);
    /* A coroutine's fiber holds one frame while suspended (awaits happen at its top
     * level): its first chunk fits that frame exactly, as 100,000 suspended tasks
     * must stay small; nested calls get a chunk of their own while they run. */
    if (f != &vm->main_fiber && !f->chunk) cap = n;
    py_chunk *nc = py_mem(vm, NULL, 0, sizeof(py_chunk) + cap * sizeof(py_val));
    nc->prev = c;
    nc->cap = cap;
    nc->top = nc->slots + n;
    f->chunk = nc;
    *fresh = true;
    return nc->slots;
}

static void chunk_release(py_vm *vm, py_fiber *f)
{
    py_chunk *c = f->chunk;
    f->chunk = c->prev;
    py_mem(vm, c, sizeof(py_chunk) + c->cap * sizeof(py_val), 0);
}

void fiber_free(py_vm *vm, py_fiber *f)
{
    while (f->chunk) chunk_release(vm, f);
    free(f->frames);
    f->frames = NULL;
    f->nframes = f->cap = 0;
}


/* Pushes a frame for code on fiber f. If at is not NULL, the frame's locals start
 * there (the caller's argument slots) when the chunk has room. Slots are set to
 * UNDEF except the first `keep` (arguments already in place). */
static py_frame *frame_push(py_vm *vm, py_fiber *f, py_code *code, py_func *func, py_val *at, int keep)
{
    if (f->nframes == f->cap) {
        f->cap = f->cap ? f->cap * 2 : f == &vm->main_fiber ? 8 : 1;
        f->frames = xrealloc(f->frames, (size_t)f->cap * sizeof *f->frames);
    }
    size_t nslots = (size_t)(code->nlocals + code->ncells + code->nfree);
    size_t nblockslots = ((size_t)code->maxblocks * sizeof(py_block) + sizeof(py_val) - 1) / sizeof(py_val);
    size_t need = nslots + (size_t)code->stacksize + nblockslots;
    py_chunk *c = f->chunk;
    py_val *base;
    py_val *prev_top = c ? c->top : NULL;
    bool fresh = false;
    /* the callee's region may start at the caller's argument slots, unless the caller
     * keeps blocks after its value stack (a try in progress): they must stay intact */
    py_frame *caller = f->nframes ? &f->frames[f->nframes - 1] : NULL;
    if (at && c && at >= c->slots && at + need <= c->slots + c->cap && !(caller && caller->maxblocks)) {
        base = at;
        if (at + need > c->top) c->top = at + need;
    } else {
        base = chunk_alloc(vm, f, need, &fresh);
        if (at) for (int i = 0; i < keep; i++) base[i] = at[i];
        if (fresh) prev_top = NULL;
    }
    for (size_t i = (size_t)keep; i < nslots; i++) base[i] = undef_val();
    py_frame *fr = &f->frames[f->nframes++];
    fr->code = code;
    fr->func = func;
    fr->globals = func ? func->globals : vm->main_globals;
    fr->locals_dict = NULL;
    fr->locals = base;
    fr->stack = base + nslots;
    fr->sp = fr->stack;
    fr->ip = 0;
    fr->last_ip = 0;
    fr->nblocks = 0;
    fr->maxblocks = code->maxblocks;
    fr->blocks = (py_block *)(void *)(fr->stack + code->stacksize);
    fr->entry = false;
    fr->chunk_start = fresh;
    fr->prev_top = prev_top;
    return fr;
}

static void frame_pop(py_vm *vm, py_fiber *f)
{
    py_frame *fr = &f->frames[--f->nframes];
    if (fr->chunk_start) chunk_release(vm, f);
    else if (f->chunk && fr->prev_top) f->chunk->top = fr->prev_top;
    vm->depth--;
}

/* ---------------- argument binding ---------------- */

static const char *fn_qualname(py_code *co) { return co->qualname->data; }

static py_val missing_args(py_vm *vm, py_code *co, py_val *locals, int from, int to, py_val *defaults, int ndef, bool kwonly)
{
    const char *names[64];
    int n = 0;
    for (int i = from; i < to && n < 64; i++) {
        if (locals[i].tag != V_UNDEF) continue;
        names[n++] = co->varnames[i]->data;
    }
    (void)defaults;
    (void)ndef;
    sbuf b = {0};
    for (int i = 0; i < n; i++) {
        sbuf_printf(&b, "'%s'", names[i]);
        if (n == 2 && i == 0) sbuf_adds(&b, " and ");
        else if (n > 2 && i < n - 2) sbuf_adds(&b, ", ");
        else if (n > 2 && i == n - 2) sbuf_adds(&b, ", and ");
    }
    py_val e = raise_type(vm, vm->e_type, "%s() missing %d required %s argument%s: %s", fn_qualname(co), n,
                          kwonly ? "keyword-only" : "positional", n == 1 ? "" : "s", sbuf_str(&b));
    sbuf_free(&b);
    return e;
}

/* CPython's too_many_positional: checked after the keywords are bound, so that the
 * keyword-only arguments given are counted in the message. */
static void too_many_positional(py_vm *vm, py_func *fn, py_val *locals, int nargs)
{
    py_code *co = fn->code;
    int argc = co->argcount, ndef = fn->defaults ? (int)fn->defaults->len : 0, kwonly_given = 0;
    for (int i = argc; i < argc + co->kwonly; i++)
        if (locals[i].tag != V_UNDEF) kwonly_given++;
    char sig[64], kw[96] = "";
    if (ndef) snprintf(sig, sizeof sig, "from %d to %d", argc - ndef, argc);
    else snprintf(sig, sizeof sig, "%d", argc);
    bool plural = ndef ? true : argc != 1;
    if (kwonly_given)
        snprintf(kw, sizeof kw, " positional argument%s (and %d keyword-only argument%s)", nargs != 1 ? "s" : "",
                 kwonly_given, kwonly_given != 1 ? "s" : "");
    raise_type(vm, vm->e_type, "%s() takes %s positional argument%s but %d%s %s given", fn_qualname(co), sig,
               plural ? "s" : "", nargs, kw, nargs == 1 && !kwonly_given ? "was" : "were");
}

/* Positional-only parameters given by keyword (to a function without **kwargs): raises
 * CPython's error naming them, in parameter order, and returns true; false if none. */
static bool posonly_as_keyword(py_vm *vm, py_code *co, py_str **kwnames, int nkw)
{
    sbuf b = {0};
    for (int i = 0; i < co->posonly; i++)
        for (int k = 0; k < nkw; k++)
            if (str_eq(co->varnames[i], kwnames[k])) sbuf_printf(&b, "%s%s", b.len ? ", " : "", kwnames[k]->data);
    if (!b.len) return false;
    raise_type(vm, vm->e_type, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
               fn_qualname(co), sbuf_str(&b));
    sbuf_free(&b);
    return true;
}

/* Binds a call's arguments into a new frame's locals (CPython's rules and messages).
 * kwnames/kwvals: nkw keyword arguments. Returns 0 or -1 with an exception set. */
static int bind_args(py_vm *vm, py_func *fn, py_val *locals, py_val *args, int nargs,
                     py_str **kwnames, py_val *kwvals, int nkw)
{
    py_code *co = fn->code;
    int argc = co->argcount, total = argc + co->kwonly;
    int n = nargs < argc ? nargs : argc;
    for (int i = 0; i < n; i++) locals[i] = args[i];
    int slot = total;
    if (co->flags & CO_VARARGS) {
        int extra = nargs > argc ? nargs - argc : 0;
        py_tuple *t = tuple_new(vm, extra);
        for (int i = 0; i < extra; i++) t->items[i] = args[argc + i];
        locals[slot++] = py_obj_val(t);
    }
    py_dict *kwdict = NULL;
    if (co->flags & CO_VARKW) {
        kwdict = dict_new(vm);
        locals[slot] = py_obj_val(kwdict);
    }
    for (int k = 0; k < nkw; k++) {
        py_str *name = kwnames[k];
        int j = -1;
        for (int i = co->posonly; i < total; i++)
            if (str_eq(co->varnames[i], name)) { j = i; break; }
        if (j < 0) {
            if (kwdict) { dict_set(vm, kwdict, py_obj_val(name), kwvals[k]); continue; }
            if (posonly_as_keyword(vm, co, kwnames, nkw)) return -1;
            raise_type(vm, vm->e_type, "%s() got an unexpected keyword argument '%s'", fn_qualname(co), name->data);
            return -1;
        }
        if (locals[j].tag != V_UNDEF) {
            raise_type(vm, vm->e_type, "%s() got multiple values for argument '%s'", fn_qualname(co), name->data);
            return -1;
        }
        locals[j] = kwvals[k];
    }
    if (nargs > argc && !(co->flags & CO_VARARGS)) {
        too_many_positional(vm, fn, locals, nargs);
        return -1;
    }
    if (nargs < argc) {
        int ndef = fn->defaults ? (int)fn->defaults->len : 0;
        for (int i = nargs; i < argc; i++) {
            if (locals[i].tag != V_UNDEF) continue;
            int d = i - (argc - ndef);
            if (d >= 0) locals[i] = fn->defaults->items[d];
        }
        for (int i = nargs; i < argc; i++)
            if (locals[i].tag == V_UNDEF) { missing_args(vm, co, locals, nargs, argc, NULL, 0, false); return -1; }
    }
    for (int i = argc; i < total; i++) {
        if (locals[i].tag != V_UNDEF) continue;
        if (fn->kwdefaults) {
            py_val d = dict_get_str(fn->kwdefaults, co->varnames[i]);
            if (d.tag != V_UNDEF) { locals[i] = d; continue; }
        }
    }
    for (int i = argc; i < total; i++)
        if (locals[i].tag == V_UNDEF) { missing_args(vm, co, locals, argc, total, NULL, 0, true); return -1; }
    return 0;
}

/* Creates the cells and copies the closure into a fresh frame. */
static void frame_init_cells(py_vm *vm, py_frame *fr)
{
    py_code *co = fr->code;
    for (int i = 0; i < co->ncells; i++) {
        py_cell *c = py_alloc_obj(vm, sizeof(py_cell), K_CELL, vm->t_cell);
        c->v = co->cell2arg[i] >= 0 ? fr->locals[co->cell2arg[i]] : undef_val();
        fr->locals[co->nlocals + i] = py_obj_val(c);
    }
    for (int i = 0; i < co->nfree; i++)
        fr->locals[co->nlocals + co->ncells + i] = fr->func->closure->items[i];
}

static bool simple_call(py_code *co, int nargs)
{
    return nargs == co->argcount && co->kwonly == 0 && !(co->flags & (CO_VARARGS | CO_VARKW | CO_CORO | CO_GEN));
}

/* Pushes and fills a frame for fn on the running fiber. NULL on error. */
static py_frame *push_call_frame(py_vm *vm, py_func *fn, py_val *args, int nargs, py_str **kwn, py_val *kwv, int nkw)
{
    py_code *co = fn->code;
    if (vm->depth + 1 > PY_RECURSION_LIMIT) {
        raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded");
        return NULL;
    }
    py_fiber *f = vm->fiber;
    py_frame *fr;
    vm->depth++;
    if (nkw == 0 && simple_call(co, nargs)) {
        fr = frame_push(vm, f, co, fn, args, nargs);
    } else {
        fr = frame_push(vm, f, co, fn, NULL, 0);
        fr->sp = fr->stack;
        if (bind_args(vm, fn, fr->locals, args, nargs, kwn, kwv, nkw) < 0) {
            frame_pop(vm, f);
            return NULL;
        }
    }
    if (co->ncells || co->nfree) frame_init_cells(vm, fr);
    return fr;
}

/* ---------------- coroutines ---------------- */

static py_val coro_new(py_vm *vm, py_func *fn, py_val *args, int nargs, py_str **kwn, py_val *kwv, int nkw)
{
    py_code *co = fn->code;
    bool gen = (co->flags & CO_GEN) != 0, coro = (co->flags & CO_CORO) != 0;
    py_coro *c = py_alloc_obj(vm, sizeof(py_coro), K_CORO, gen ? (coro ? vm->t_agen : vm->t_gen) : vm->t_coro);
    c->func = fn;
    c->is_gen = gen && !coro;
    c->is_agen = gen && coro;
    c->awaiting = undef_val();
    c->ag_finalizer = undef_val();
    c->fiber.exc_info = py_none();
    py_fiber *caller = vm->fiber;
    if (caller && caller->nframes) {
        py_frame *cf = &caller->frames[caller->nframes - 1];
        c->created_code = cf->code;
        int ip = cf->ip > 0 ? (int)cf->ip - 1 : 0;
        c->created_line = ip < cf->code->ncode ? cf->code->locs[ip].line : 0;
    }
    py_frame *fr = frame_push(vm, &c->fiber, co, fn, NULL, 0);
    vm->depth++; /* balanced by frame_pop's decrement below */
    fr->entry = true;
    if (bind_args(vm, fn, fr->locals, args, nargs, kwn, kwv, nkw) < 0) {
        frame_pop(vm, &c->fiber);
        c->state = CORO_DONE;
        return py_err();
    }
    vm->depth--;
    if (co->ncells || co->nfree) frame_init_cells(vm, fr);
    c->state = CORO_CREATED;
    return py_obj_val(c);
}

static py_val run(py_vm *vm, bool throwing, int *status);

/* The coroutine is suspended in `await x` / `yield from x` (its last instructions a
 * SEND and the YIELD_VALUE it resumes after): the exception goes to the delegate x first,
 * as CPython's _gen_throw does. GeneratorExit closes x, then is raised here; otherwise x's
 * throw() runs (a coroutine's finally blocks, an iterator's throw method) and what it
 * yields is passed up, what it returns is the value of the await. Returns true with
 * the yielded value when x yielded; false when the frame must continue (an exception
 * pending: raise it; none: the SEND was completed with x's result). */
static bool throw_into_delegate(py_vm *vm, py_coro *c, py_val exc, int *status, py_val *out)
{
    py_frame *fr = &c->fiber.frames[0];
    py_val aw = c->awaiting;
    c->awaiting = undef_val();
    if (aw.tag == V_UNDEF && fr->ip >= 2 && INS_OP(fr->code->code[fr->ip - 2]) == OP_SEND && fr->sp - fr->stack >= 2)
        aw = fr->sp[-2];
    if (aw.tag == V_UNDEF) { exc_set_pending(vm, exc); return false; }
    py_tmp_push(vm, aw);
    py_tmp_push(vm, exc);
    if (exc_matches(vm, exc, vm->e_genexit)) {
        if (gen_close_delegate(vm, aw) == 0) exc_set_pending(vm, exc);
        return false;
    }
    int st;
    py_val r;
    if (is_kind(aw, K_CORO)) r = coro_resume(vm, AS_CORO(aw), py_none(), exc, &st);
    else r = gen_delegate_step(vm, aw, undef_val(), exc, &st);
    if (st == PY_CORO_YIELD) { fr->sp[-1] = r; *status = PY_CORO_YIELD; *out = r; return true; }
    if (st == PY_CORO_RETURN) {
        int target = INS_ARG(fr->code->code[fr->ip - 2]);
        fr->sp -= 2;
        *fr->sp++ = r;
        fr->ip = (uint32_t)target;
    }
    return false;
}

static const char *coro_what(py_coro *c)
{
    return c->is_agen ? "async generator" : c->is_gen ? "generator" : "coroutine";
}

py_val coro_resume(py_vm *vm, py_coro *c, py_val v, py_val exc, int *status)
{
    const char *what = coro_what(c);
    if (c->state == CORO_RUNNING) {
        *status = PY_CORO_ERROR;
        return raise_type(vm, vm->e_value, "%s already executing", what);
    }
    if (c->state == CORO_DONE) {
        *status = PY_CORO_ERROR;
        if (exc.tag != V_UNDEF) { exc_set_pending(vm, exc); return py_err(); }
        if (c->is_gen || c->is_agen) { *status = PY_CORO_RETURN; return py_none(); }
        return raise_type(vm, vm->e_runtime, "cannot reuse already awaited coroutine");
    }
    if (vm->depth + 1 > PY_RECURSION_LIMIT) {
        *status = PY_CORO_ERROR;
        return raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded");
    }
    py_fiber *f = &c->fiber;
    py_frame *fr = &f->frames[0];
    bool throwing = false;
    if (c->state == CORO_CREATED) {
        if (exc.tag != V_UNDEF) {
            c->state = CORO_DONE;
            frame_pop(vm, f);
            vm->depth++;
            fiber_free(vm, f);
            *status = PY_CORO_ERROR;
            exc_set_pending(vm, exc);
            gen_convert_stop(vm, c);
            return py_err();
        }
        if (v.tag != V_NONE) {
            *status = PY_CORO_ERROR;
            return raise_type(vm, vm->e_type, "can't send non-None value to a just-started %s", what);
        }
    } else if (exc.tag != V_UNDEF) {
        py_val out;
        if (throw_into_delegate(vm, c, exc, status, &out)) return out;
        throwing = vm->exc.tag != V_UNDEF;
    } else {
        fr->sp[-1] = v;
    }
    c->awaiting = undef_val();
    f->caller = vm->fiber;
    vm->fiber = f;
    if (c->state == CORO_SUSPENDED && (c->is_gen || c->is_agen)) vm->nsusp_gens--;
    c->state = CORO_RUNNING;
    vm->depth++;
    py_val r = run(vm, throwing, status);
    bool suspended = *status == PY_CORO_YIELD || *status == PY_CORO_AYIELD;
    if (suspended) vm->depth--;
    vm->fiber = f->caller;
    f->caller = NULL;
    if (suspended) {
        c->state = CORO_SUSPENDED;
        if (c->is_gen || c->is_agen) vm->nsusp_gens++;
    } else {
        c->state = CORO_DONE;
        fiber_free(vm, f);
        if (*status == PY_CORO_ERROR) gen_convert_stop(vm, c);
    }
    return r;
}

/* Coroutine objects, and the asend/athrow awaitables that asyncio also treats as
 * coroutines (CPython's iscoroutine() is true for them, so a Task drives an aclose()). */
bool py_is_coro(py_val v)
{
    return (is_kind(v, K_CORO) && !AS_CORO(v)->is_gen && !AS_CORO(v)->is_agen) || gen_coro_like(v);
}
bool py_coro_started(py_val v) { return gen_coro_like(v) ? gen_aw_state(v) != 0 : AS_CORO(v)->state != CORO_CREATED; }
bool py_coro_done(py_val v) { return gen_coro_like(v) ? gen_aw_state(v) == 2 : AS_CORO(v)->state == CORO_DONE; }
const char *py_coro_name(py_val v) { return gen_coro_like(v) ? gen_aw_name(v) : AS_CORO(v)->func->code->qualname->data; }

enum py_coro_result py_coro_send(py_vm *vm, py_val coro, py_val value, py_val *out)
{
    int st;
    if (gen_coro_like(coro)) *out = gen_delegate_step(vm, coro, value, undef_val(), &st);
    else *out = coro_resume(vm, AS_CORO(coro), value, undef_val(), &st);
    return (enum py_coro_result)st;
}

enum py_coro_result py_coro_throw(py_vm *vm, py_val coro, py_val exc, py_val *out)
{
    int st;
    if (is_kind(exc, K_TYPE)) {
        exc = exc_make(vm, AS_TYPE(exc), NULL, 0);
        if (py_is_err(exc)) { *out = exc; return PY_CORO_ERROR; }
    }
    if (gen_coro_like(coro)) *out = gen_delegate_step(vm, coro, undef_val(), exc, &st);
    else *out = coro_resume(vm, AS_CORO(coro), undef_val(), exc, &st);
    return (enum py_coro_result)st;
}

int py_coro_close(py_vm *vm, py_val coro)
{
    if (gen_coro_like(coro)) return gen_close_delegate(vm, coro);
    py_coro *c = AS_CORO(coro);
    if (c->state == CORO_CREATED) {
        c->state = CORO_DONE;
        frame_pop(vm, &c->fiber);
        vm->depth++;
        fiber_free(vm, &c->fiber);
        return 0;
    }
    if (c->state == CORO_RUNNING && (c->is_gen || c->is_agen)) {
        raise_type(vm, vm->e_value, "%s already executing", coro_what(c));
        return -1;
    }
    if (c->state != CORO_SUSPENDED) return 0;
    py_val exc = exc_make(vm, vm->e_genexit, NULL, 0);
    py_val out;
    enum py_coro_result r = py_coro_throw(vm, coro, exc, &out);
    if (r == PY_CORO_YIELD || (int)r == PY_CORO_AYIELD) {
        raise_type(vm, vm->e_runtime, "%s ignored GeneratorExit", coro_what(c));
        return -1;
    }
    if (r == PY_CORO_ERROR) {
        if (exc_matches(vm, vm->exc, vm->e_genexit) || exc_matches(vm, vm->exc, vm->e_stopiter)) { py_exc_take(vm); return 0; }
        return -1;
    }
    return 0;
}

/* ---------------- calling ---------------- */

/* Runs a Python function to completion on the running fiber (a nested loop). */
static py_val call_function(py_vm *vm, py_func *fn, py_val *args, int nargs, py_str **kwn, py_val *kwv, int nkw)
{
    if (fn->code->flags & (CO_CORO | CO_GEN)) return coro_new(vm, fn, args, nargs, kwn, kwv, nkw);
    if (vm->c_depth > PY_C_DEPTH_LIMIT) return raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded");
    py_frame *fr = push_call_frame(vm, fn, args, nargs, kwn, kwv, nkw);
    if (!fr) return py_err();
    fr->entry = true;
    int status;
    vm->c_depth++;
    py_val r = run(vm, false, &status);
    vm->c_depth--;
    return r;
}

/* Appends how CPython's call errors name a callable (_PyObject_FunctionStr):
 * "__main__.f()", "__main__.C.m()", "print()", "list.append()", "__main__.C()". */
static void func_str(py_vm *vm, py_val f, sbuf *b)
{
    if (is_kind(f, K_BOUND)) f = ((py_bound *)f.u.o)->func;
    if (is_kind(f, K_FUNC)) {
        sbuf_printf(b, "__main__.%s()", AS_FUNC(f)->code->qualname->data);
    } else if (is_kind(f, K_NATIVE)) {
        py_native *n = (py_native *)f.u.o;
        if (n->owner) sbuf_printf(b, "%s.%s()", n->owner->name->data, n->name);
        else sbuf_printf(b, "%s()", n->name);
    } else if (is_kind(f, K_TYPE) && !(AS_TYPE(f)->flags & TF_BUILTIN)) {
        py_val q = AS_TYPE(f)->dict ? dict_get_str(AS_TYPE(f)->dict, vm->s_qualname) : undef_val();
        sbuf_printf(b, "__main__.%s()", is_kind(q, K_STR) ? AS_STR(q)->data : AS_TYPE(f)->name->data);
    } else if (is_kind(f, K_TYPE)) {
        sbuf_printf(b, "%s()", AS_TYPE(f)->name->data);
    } else {
        sbuf_printf(b, "%s object", py_type_name(vm, f));
    }
}

/* Raises TypeError "<func>() <fmt...>", naming func the way CPython's call errors do. */
static py_val raise_func_error(py_vm *vm, py_val func, const char *fmt, ...) LL_PRINTF(3, 4);
static py_val raise_func_error(py_vm *vm, py_val func, const char *fmt, ...)
{
    sbuf b = {0};
    func_str(vm, func, &b);
    sbuf_addc(&b, ' ');
    va_list ap;
    va_start(ap, fmt);
    sbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    raise_type(vm, vm->e_type, "%s", sbuf_str(&b));
    sbuf_free(&b);
    return py_err();
}

/* Splits a kwargs dict into name and value arrays (names must be str). */
static int split_kw(py_vm *vm, py_dict *kw, py_str ***names, py_val **vals)
{
    int n = 0;
    *names = xmalloc((size_t)(kw->count + 1) * sizeof(py_str *));
    *vals = xmalloc((size_t)(kw->count + 1) * sizeof(py_val));
    for (int64_t i = 0; i < kw->nentries; i++) {
        py_dentry *e = &kw->entries[i];
        if (e->key.tag == V_UNDEF) continue;
        if (!is_kind(e->key, K_STR)) {
            free(*names);
            free(*vals);
            raise_type(vm, vm->e_type, "keywords must be strings");
            return -1;
        }
        (*names)[n] = AS_STR(e->key);
        (*vals)[n] = e->val;
        n++;
    }
    return n;
}

static py_val call_with_self(py_vm *vm, py_val self, py_val func, py_val *args, int nargs, py_dict *kw)
{
    py_val small[8], *all = nargs + 1 <= 8 ? small : xmalloc((size_t)(nargs + 1) * sizeof(py_val));
    all[0] = self;
    for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
    py_val r = vm_call(vm, func, all, nargs + 1, kw);
    if (all != small) free(all);
    return r;
}

py_val vm_call(py_vm *vm, py_val callable, py_val *args, int nargs, py_dict *kw)
{
    if (callable.tag != V_OBJ) goto not_callable;
    switch (callable.u.o->kind) {
    case K_FUNC: {
        py_func *fn = AS_FUNC(callable);
        if (!kw || kw->count == 0) return call_function(vm, fn, args, nargs, NULL, NULL, 0);
        py_str **names;
        py_val *vals;
        int n = split_kw(vm, kw, &names, &vals);
        if (n < 0) return py_err();
        py_val r = call_function(vm, fn, args, nargs, names, vals, n);
        free(names);
        free(vals);
        return r;
    }
    case K_NATIVE: {
        py_native *n = (py_native *)callable.u.o;
        if (kw && kw->count == 0) kw = NULL;
        if (kw && builtin_kw_check(vm, n->owner, n->name, kw) < 0) return py_err();
        if (n->self.tag != V_UNDEF) {
            py_val small[8], *all = nargs + 1 <= 8 ? small : xmalloc((size_t)(nargs + 1) * sizeof(py_val));
            all[0] = n->self;
            for (int i = 0; i < nargs; i++) all[i + 1] = args[i];
            py_val r = n->fn(vm, all, nargs + 1, kw);
            if (all != small) free(all);
            return r;
        }
        return n->fn(vm, args, nargs, kw);
    }
    case K_BOUND: {
        py_bound *b = (py_bound *)callable.u.o;
        return call_with_self(vm, b->self, b->func, args, nargs, kw);
    }
    case K_TYPE:
        if (kw && (AS_TYPE(callable)->flags & TF_BUILTIN) && builtin_kw_check(vm, NULL, AS_TYPE(callable)->name->data, kw) < 0)
            return py_err();
        return type_call(vm, AS_TYPE(callable), args, nargs, kw);
    case K_INST: case K_NOBJ: {
        py_val m = type_lookup(callable.u.o->type, vm->s_call);
        if (m.tag != V_UNDEF) return call_with_self(vm, callable, m, args, nargs, kw);
        break;
    }
    case K_PROP: {
        py_prop *p = (py_prop *)callable.u.o;
        if (p->kind == 1) return vm_call(vm, p->fget, args, nargs, kw);
        break;
    }
    default: break;
    }
not_callable:
    return raise_type(vm, vm->e_type, "'%s' object is not callable", py_type_name(vm, callable));
}

/* A native bound to self: calling the native with self prepended. */
py_val py_call(py_vm *vm, py_val callable, const py_val *args, int nargs, py_val kwargs)
{
    py_val small[8], *copy = nargs <= 8 ? small : xmalloc((size_t)nargs * sizeof(py_val));
    for (int i = 0; i < nargs; i++) { copy[i] = args[i]; py_tmp_push(vm, args[i]); }
    py_val r = vm_call(vm, callable, copy, nargs, is_kind(kwargs, K_DICT) ? AS_DICT(kwargs) : NULL);
    if (copy != small) free(copy);
    return r;
}

py_val vm_call_method(py_vm *vm, py_val self, py_str *name, py_val *args, int nargs)
{
    py_val m = py_getattr_str(vm, self, name);
    if (py_is_err(m)) return m;
    py_tmp_push(vm, m);
    return vm_call(vm, m, args, nargs, NULL);
}

/* ---------------- helpers for the loop ---------------- */

static py_val name_error(py_vm *vm, py_str *name)
{
    py_val e = raise_type(vm, vm->e_name, "name '%s' is not defined", name->data);
    if (is_kind(vm->exc, K_INST)) AS_INST(vm->exc)->eg_msg = py_obj_val(name);  /* NameError.name */
    return e;
}

static py_val load_global(py_vm *vm, py_dict *globals, py_str *name)
{
    py_val v = dict_get_str(globals, name);
    if (v.tag != V_UNDEF) return v;
    v = dict_get_str(vm->builtins, name);
    if (v.tag != V_UNDEF) return v;
    return name_error(vm, name);
}

static int unpack(py_vm *vm, py_val seq, int before, int after, bool star, py_val *out)
{
    py_val *items;
    int64_t n;
    py_val list = undef_val();
    if (is_kind(seq, K_TUPLE)) { items = AS_TUPLE(seq)->items; n = AS_TUPLE(seq)->len; }
    else if (is_kind(seq, K_LIST)) { items = AS_LIST(seq)->items; n = AS_LIST(seq)->len; }
    else {
        py_val it = py_iter(vm, seq);
        if (py_is_err(it)) {
            if (exc_matches(vm, vm->exc, vm->e_type) && seq.tag != V_OBJ) {
                py_exc_take(vm);
                raise_type(vm, vm->e_type, "cannot unpack non-iterable %s object", py_type_name(vm, seq));
            } else if (exc_matches(vm, vm->exc, vm->e_type)) {
                py_exc_take(vm);
                raise_type(vm, vm->e_type, "cannot unpack non-iterable %s object", py_type_name(vm, seq));
            }
            return -1;
        }
        list = seq_to_list(vm, seq);
        if (py_is_err(list)) return -1;
        items = AS_LIST(list)->items;
        n = AS_LIST(list)->len;
    }
    if (!star) {
        if (n != before) {
            if (n > before) raise_type(vm, vm->e_value, "too many values to unpack (expected %d)", before);
            else raise_type(vm, vm->e_value, "not enough values to unpack (expected %d, got %lld)", before, (long long)n);
            return -1;
        }
        for (int i = 0; i < before; i++) out[before - 1 - i] = items[i];
        return 0;
    }
    if (n < before + after) {
        raise_type(vm, vm->e_value, "not enough values to unpack (expected at least %d, got %lld)", before + after, (long long)n);
        return -1;
    }
    int total = before + 1 + after;
    if (list.tag != V_UNDEF) py_tmp_push(vm, list);
    py_list *mid = list_new(vm, n - before - after);  /* allocates before out (which may overlay seq) is written */
    for (int64_t i = before; i < n - after; i++) mid->items[mid->len++] = items[i];
    for (int i = 0; i < before; i++) out[total - 1 - i] = items[i];
    out[total - 1 - before] = py_obj_val(mid);
    for (int i = 0; i < after; i++) out[after - 1 - i] = items[n - after + i];
    return 0;
}

/* The attribute LOAD_METHOD finds: a plain function in the type (push func, self) or
 * anything else (push attr, UNDEF). */
static int load_method(py_vm *vm, py_val obj, py_str *name, py_val *func, py_val *self)
{
    if (obj.tag == V_OBJ && obj.u.o->kind != K_TYPE && obj.u.o->kind != K_MODULE && obj.u.o->type != vm->t_super) {
        py_val m = type_lookup(obj.u.o->type, name);
        if ((is_kind(m, K_FUNC) || (is_kind(m, K_NATIVE) && ((py_native *)m.u.o)->owner)) &&
            !(obj.u.o->kind == K_INST && AS_INST(obj)->attrs && dict_get_str(AS_INST(obj)->attrs, name).tag != V_UNDEF)) {
            *func = m;
            *self = obj;
            return 0;
        }
    } else if (obj.tag != V_OBJ) {
        py_val m = type_lookup(py_type_of(vm, obj), name);
        if (is_kind(m, K_NATIVE)) { *func = m; *self = obj; return 0; }
    }
    py_val a = py_getattr_str(vm, obj, name);
    if (py_is_err(a)) return -1;
    *func = a;
    *self = undef_val();
    return 0;
}

static py_val make_function(py_vm *vm, py_code *co, int flags, py_val *extra, py_dict *globals)
{
    py_func *fn = py_alloc_obj(vm, sizeof(py_func), K_FUNC, vm->t_function);
    fn->code = co;
    fn->globals = globals;
    fn->doc = (co->flags & CO_DOC) ? co->consts[0] : py_none();
    int k = 0;
    if (flags & 1) fn->defaults = (py_tuple *)extra[k++].u.o;
    if (flags & 2) fn->kwdefaults = (py_dict *)extra[k++].u.o;
    if (flags & 8) fn->closure = (py_tuple *)extra[k++].u.o;
    return py_obj_val(fn);
}


static py_val format_value(py_vm *vm, py_val v, int conv, py_val spec)
{
    if (conv == 1) v = py_str_of(vm, v);
    else if (conv == 2) v = py_repr(vm, v);
    else if (conv == 3) v = py_ascii(vm, v);
    if (py_is_err(v)) return v;
    if (spec.tag == V_UNDEF && is_kind(v, K_STR)) return v;
    return py_format(vm, v, spec);
}

py_val vm_get_awaitable(py_vm *vm, py_val v)
{
    if (gen_is_agen_awaitable(vm, v)) return v;
    if (py_is_coro(v)) {
        if (AS_CORO(v)->state == CORO_DONE || AS_CORO(v)->state == CORO_RUNNING)
            return raise_type(vm, vm->e_runtime, "cannot reuse already awaited coroutine");
        return v;
    }
    if (gen_is_agen_awaitable(vm, v)) return v;
    if (v.tag == V_OBJ) {
        for (py_type *t = v.u.o->type; t; t = t->base) if (t->await_hook) return v;
        if (v.u.o->kind == K_INST) {
            py_val m = type_lookup(v.u.o->type, vm->s_await);
            if (m.tag != V_UNDEF) {
                py_val r = vm_call(vm, m, &v, 1, NULL);
                if (py_is_err(r)) return r;
                return vm_get_awaitable(vm, r);
            }
        }
    }
    return raise_type(vm, vm->e_type, "object %s can't be used in 'await' expression", py_type_name(vm, v));
}

static py_val (*await_hook_of(py_val v))(py_vm *, py_val)
{
    if (v.tag != V_OBJ) return NULL;
    for (py_type *t = v.u.o->type; t; t = t->base) if (t->await_hook) return t->await_hook;
    return NULL;
}

/* except*: splits exc by types into (match, rest). */
static int eg_match(py_vm *vm, py_val exc, py_val types, py_val *match, py_val *rest)
{
    if (exc.tag == V_NONE) { *match = py_none(); *rest = py_none(); return 0; }
    py_val tt[1] = {types};
    py_val *list = tt;
    int64_t n = 1;
    if (is_kind(types, K_TUPLE)) { list = AS_TUPLE(types)->items; n = AS_TUPLE(types)->len; }
    for (int64_t i = 0; i < n; i++) {
        if (!is_kind(list[i], K_TYPE) || !(AS_TYPE(list[i])->flags & TF_EXC)) {
            raise_type(vm, vm->e_type, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        if (type_is_sub(AS_TYPE(list[i]), vm->e_basegroup)) {
            raise_type(vm, vm->e_type, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    py_type *et = exc.u.o->type;
    if (!(et->flags & TF_BASEGROUP)) {
        bool m = false;
        for (int64_t i = 0; i < n; i++) m |= type_is_sub(et, AS_TYPE(list[i]));
        if (!m) { *match = py_none(); *rest = exc; return 0; }
        /* a naked exception is wrapped in a group, as CPython does */
        py_tuple *one = tuple_new(vm, 1);
        one->items[0] = exc;
        py_val g = exc_group_new(vm, vm->e_group, py_obj_val(str_intern(vm, "", 0)), py_obj_val(one));
        if (py_is_err(g)) return -1;
        AS_INST(g)->tb = AS_INST(exc)->tb;
        *match = g;
        *rest = py_none();
        return 0;
    }
    py_val r;
    py_val m = exc_group_split(vm, exc, types, &r);
    if (py_is_err(m)) return -1;
    *match = m;
    *rest = r;
    return 0;
}

py_val exc_prep_reraise_star(py_vm *vm, py_val orig, py_val raised);

/* ---------------- the loop ---------------- */

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#define USE_GOTO 1
#endif

/* CPython destroys a coroutine the moment its last reference goes, and warns there
 * if it never started. With mark-sweep we cannot see that moment, but a never-started
 * coroutine dropped from a local (`del c`, `c = other`) or discarded by an expression
 * statement (`f()`) is usually losing its last reference, so collect at once: the
 * warning then names this line, as CPython's does.
 * Rare (only never-started coroutines), so the cost of a collection is acceptable. */
static void drop_unstarted_coro(py_vm *vm)
{
    py_gc_collect(vm);
}

static bool vals_hold_gen(const py_val *v, int64_t n)
{
    for (int64_t i = 0; i < n; i++) if (gen_is_suspended(v[i])) return true;
    return false;
}

/* Whether a returning frame's locals or stack hold a suspended generator. */
static bool frame_holds_gen(py_frame *fr, py_val *sp)
{
    return vals_hold_gen(fr->locals, fr->code->nlocals) || vals_hold_gen(fr->stack, sp - fr->stack);
}

void vm_drop_gens(py_vm *vm, const py_val *vals, int64_t n)
{
    if (vals_hold_gen(vals, n)) py_gc_collect(vm);
}

/* A never-started coroutine in the locals of a frame an exception leaves (`f(coro())`
 * where f raises) is, in CPython, freed with the traceback at the end of the handler
 * that catches it; POP_EXCEPT collects then, so the warning names that line. */
static void note_unstarted_locals(py_vm *vm, py_frame *fr)
{
    if (!fr->locals) return;
    for (int i = 0; i < fr->code->nlocals; i++) {
        py_val v = fr->locals[i];
        if ((is_kind(v, K_CORO) && AS_CORO(v)->state == CORO_CREATED) ||
            (is_kind(v, K_NOBJ) && (v.u.o->type->flags & TF_WARN_UNAWAITED) && !v.u.o->finalized)) {
            vm->coro_dropped_by_raise = true;
            return;
        }
    }
}

/* CPython's traceback holds the frames an exception left, and so their locals: a task
 * in a failed coroutine's variable lives until the exception is gone (its 'exception
 * was never retrieved' comes after the uncaught traceback). The traceback entry of
 * the frame being left keeps a tuple of its locals. */
static void keep_locals_in_tb(py_vm *vm, py_val exc, py_frame *fr)
{
    if (!is_kind(exc, K_INST) || !fr->locals) return;
    py_val head = AS_INST(exc)->tb;
    if (!is_kind(head, K_TB) || ((py_tb *)head.u.o)->code != fr->code) return;
    py_tb *tb = (py_tb *)head.u.o;
    int n = fr->code->nlocals + fr->code->ncells + fr->code->nfree;
    if (tb->locals.tag != V_UNDEF || n == 0) return;
    tb->locals = py_tuple_new(vm, n, fr->locals);
}

/* Runs the fiber's top frame (and the frames it calls) until the entry frame returns
 * (status RETURN), yields (YIELD) or an exception leaves it (ERROR, V_ERR). */
static py_val run(py_vm *vm, bool throwing, int *status)
{
    py_fiber *fib = vm->fiber;
    py_frame *fr;
    py_code *code;
    const uint32_t *ip;
    py_val *sp, *locals, *consts;
    uint32_t w;
    size_t tmp_base = vm->ntmp;
    py_val exc;
    const uint32_t *resume = NULL; /* a backward jump's target while check_signals runs */

#define LOAD_FRAME() do { \
        fr = &fib->frames[fib->nframes - 1]; code = fr->code; ip = code->code + fr->ip; \
        sp = fr->sp; locals = fr->locals; consts = code->consts; } while (0)
#define SAVE_FRAME() do { fr->sp = sp; fr->ip = (uint32_t)(ip - code->code); } while (0)
#define REFRESH() do { fr = &fib->frames[fib->nframes - 1]; } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define ARG ((int)(w >> 8))
#define NAME(i) (code->names[(i)])
#define CHECK(v) do { if (py_is_err(v)) goto error; } while (0)

    LOAD_FRAME();
    if (throwing) goto error;

#ifdef USE_GOTO
    static void *labels[OP__COUNT] = {
#define OP(name, effect, doc) &&L_##name,
#include "py/opcodes.h"
#undef OP
    };
#define TARGET(name) L_##name:
#define DISPATCH() do { fr->sp = sp; vm->ntmp = tmp_base; w = *ip++; goto *labels[w & 0xFF]; } while (0)
    DISPATCH();
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
dispatch:
    fr->sp = sp;
    vm->ntmp = tmp_base;
    w = *ip++;
    switch (w & 0xFF) {
#endif

    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) {
        py_val old = *--sp;
        if (__builtin_expect(is_kind(old, K_CORO), 0) && (AS_CORO(old)->state == CORO_CREATED || gen_is_suspended(old))) {
            SAVE_FRAME();
            drop_unstarted_coro(vm);
            REFRESH();
        }
        DISPATCH();
    }
    TARGET(ROT_TWO) { py_val a = sp[-1]; sp[-1] = sp[-2]; sp[-2] = a; DISPATCH(); }
    TARGET(ROT_THREE) { py_val a = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = a; DISPATCH(); }
    TARGET(ROT_FOUR) { py_val a = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = sp[-4]; sp[-4] = a; DISPATCH(); }
    TARGET(DUP_TOP) { py_val a = sp[-1]; PUSH(a); DISPATCH(); }
    TARGET(DUP_TOP_TWO) { py_val a = sp[-2], b = sp[-1]; PUSH(a); PUSH(b); DISPATCH(); }
    TARGET(COPY) { py_val a = sp[-ARG]; PUSH(a); DISPATCH(); }
    TARGET(LOAD_CONST) PUSH(consts[ARG]); DISPATCH();
    TARGET(LOAD_FAST) {
        py_val v = locals[ARG];
        if (v.tag == V_UNDEF) {
            raise_type(vm, vm->e_unbound, "cannot access local variable '%s' where it is not associated with a value",
                       code->varnames[ARG]->data);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        py_val old = locals[ARG];
        locals[ARG] = POP();
        if (__builtin_expect(is_kind(old, K_CORO), 0) && (AS_CORO(old)->state == CORO_CREATED || gen_is_suspended(old))) {
            SAVE_FRAME();
            drop_unstarted_coro(vm);
            REFRESH();
        }
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        py_val old = locals[ARG];
        if (old.tag == V_UNDEF) {
            raise_type(vm, vm->e_unbound, "cannot access local variable '%s' where it is not associated with a value",
                       code->varnames[ARG]->data);
            goto error;
        }
        locals[ARG] = undef_val();
        if ((is_kind(old, K_CORO) && (AS_CORO(old)->state == CORO_CREATED || gen_is_suspended(old))) ||
            vm->coro_dropped_by_raise) {
            vm->coro_dropped_by_raise = false;
            SAVE_FRAME();
            drop_unstarted_coro(vm);
            REFRESH();
        }
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        py_cell *c = (py_cell *)locals[code->nlocals + ARG].u.o;
        if (c->v.tag == V_UNDEF) {
            int i = ARG;
            py_str *nm = i < code->ncells ? code->cellnames[i] : code->freenames[i - code->ncells];
            if (i < code->ncells)
                raise_type(vm, vm->e_unbound, "cannot access local variable '%s' where it is not associated with a value", nm->data);
            else
            {
                raise_type(vm, vm->e_name, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", nm->data);
                if (is_kind(vm->exc, K_INST)) AS_INST(vm->exc)->eg_msg = py_obj_val(nm);
            }
            goto error;
        }
        PUSH(c->v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) ((py_cell *)locals[code->nlocals + ARG].u.o)->v = POP(); DISPATCH();
    TARGET(DELETE_DEREF) ((py_cell *)locals[code->nlocals + ARG].u.o)->v = undef_val(); DISPATCH();
    TARGET(LOAD_CLOSURE) PUSH(locals[code->nlocals + ARG]); DISPATCH();
    TARGET(LOAD_GLOBAL) {
        py_val v = dict_get_str(fr->globals, NAME(ARG));
        if (v.tag == V_UNDEF) { v = load_global(vm, fr->globals, NAME(ARG)); CHECK(v); }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        py_val old = vm->nsusp_gens ? dict_get_str(fr->globals, NAME(ARG)) : undef_val();
        dict_set_str(vm, fr->globals, NAME(ARG), sp[-1]);
        sp--;
        if (gen_is_suspended(old)) { SAVE_FRAME(); vm_drop_gens(vm, &old, 1); REFRESH(); }
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        py_val old = vm->nsusp_gens ? dict_get_str(fr->globals, NAME(ARG)) : undef_val();
        int r = dict_del(vm, fr->globals, py_obj_val(NAME(ARG)));
        if (r <= 0) { name_error(vm, NAME(ARG)); goto error; }
        if (gen_is_suspended(old) || __builtin_expect(vm->coro_dropped_by_raise, 0)) {
            vm->coro_dropped_by_raise = false;
            SAVE_FRAME();
            drop_unstarted_coro(vm);
            REFRESH();
        }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        py_val v = fr->locals_dict ? dict_get_str(fr->locals_dict, NAME(ARG)) : undef_val();
        if (v.tag == V_UNDEF) { v = load_global(vm, fr->globals, NAME(ARG)); CHECK(v); }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        py_dict *ns = fr->locals_dict ? fr->locals_dict : fr->globals;
        py_val old = vm->nsusp_gens ? dict_get_str(ns, NAME(ARG)) : undef_val();
        dict_set_str(vm, ns, NAME(ARG), sp[-1]);
        sp--;
        if (gen_is_suspended(old)) { SAVE_FRAME(); vm_drop_gens(vm, &old, 1); REFRESH(); }
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        py_dict *ns = fr->locals_dict ? fr->locals_dict : fr->globals;
        py_val old = vm->nsusp_gens ? dict_get_str(ns, NAME(ARG)) : undef_val();
        int r = dict_del(vm, ns, py_obj_val(NAME(ARG)));
        if (r <= 0) { name_error(vm, NAME(ARG)); goto error; }
        if (gen_is_suspended(old) || __builtin_expect(vm->coro_dropped_by_raise, 0)) {
            vm->coro_dropped_by_raise = false;
            SAVE_FRAME();
            drop_unstarted_coro(vm);
            REFRESH();
        }
        DISPATCH();
    }
    TARGET(LOAD_ATTR) {
        SAVE_FRAME();
        py_val v = py_getattr_str(vm, sp[-1], NAME(ARG));
        REFRESH();
        CHECK(v);
        sp[-1] = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        SAVE_FRAME();
        int r = py_setattr_str(vm, sp[-1], NAME(ARG), sp[-2]);
        REFRESH();
        if (r < 0) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        SAVE_FRAME();
        int r = py_delattr_str(vm, sp[-1], NAME(ARG));
        REFRESH();
        if (r < 0) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        SAVE_FRAME();
        py_val f, s;
        int r = load_method(vm, sp[-1], NAME(ARG), &f, &s);
        REFRESH();
        if (r < 0) goto error;
        sp[-1] = f;
        PUSH(s);
        DISPATCH();
    }
    TARGET(CALL_METHOD) {
        int n = ARG;
        py_val *base = sp - n - 2;
        bool has_self = base[1].tag != V_UNDEF;
        py_val callee = base[0];
        py_val *args = has_self ? base + 1 : base + 2;
        int nargs = has_self ? n + 1 : n;
        if (is_kind(callee, K_FUNC) && !(AS_FUNC(callee)->code->flags & (CO_CORO | CO_GEN))) {
            SAVE_FRAME();
            py_frame *nf = push_call_frame(vm, AS_FUNC(callee), args, nargs, NULL, NULL, 0);
            REFRESH();
            if (!nf) goto error;
            fib->frames[fib->nframes - 2].sp = base;
            LOAD_FRAME();
            if (++vm->steps >= vm->step_next) goto check_signals;
            DISPATCH();
        }
        SAVE_FRAME();
        py_val r;
        if (is_kind(callee, K_NATIVE) && ((py_native *)callee.u.o)->self.tag == V_UNDEF)
            r = ((py_native *)callee.u.o)->fn(vm, args, nargs, NULL);
        else
            r = vm_call(vm, callee, args, nargs, NULL);
        REFRESH();
        CHECK(r);
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        py_val c = sp[-2], k = sp[-1], r;
        if (is_kind(c, K_LIST) && k.tag == V_INT && k.u.i >= 0 && k.u.i < AS_LIST(c)->len) {
            r = AS_LIST(c)->items[k.u.i];
        } else {
            SAVE_FRAME();
            r = py_getitem(vm, c, k);
            REFRESH();
            CHECK(r);
        }
        sp--;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        py_val c = sp[-2], k = sp[-1], v = sp[-3];
        if (is_kind(c, K_LIST) && k.tag == V_INT && k.u.i >= 0 && k.u.i < AS_LIST(c)->len) {
            AS_LIST(c)->items[k.u.i] = v;
        } else {
            SAVE_FRAME();
            int r = py_setitem(vm, c, k, v);
            REFRESH();
            if (r < 0) goto error;
        }
        sp -= 3;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        SAVE_FRAME();
        int r = py_delitem(vm, sp[-2], sp[-1]);
        REFRESH();
        if (r < 0) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        py_val a = sp[-2], b = sp[-1], r;
        int op = ARG & 15;
        if (a.tag == V_INT && b.tag == V_INT) {
            int64_t x;
            switch (op) {
            case BINOP_ADD: if (!__builtin_add_overflow(a.u.i, b.u.i, &x)) { sp--; sp[-1].u.i = x; DISPATCH(); } break;
            case BINOP_SUB: if (!__builtin_sub_overflow(a.u.i, b.u.i, &x)) { sp--; sp[-1].u.i = x; DISPATCH(); } break;
            case BINOP_MUL: if (!__builtin_mul_overflow(a.u.i, b.u.i, &x)) { sp--; sp[-1].u.i = x; DISPATCH(); } break;
            default: break;
            }
        } else if (a.tag == V_FLOAT && b.tag == V_FLOAT) {
            switch (op) {
            case BINOP_ADD: sp--; sp[-1].u.f = a.u.f + b.u.f; DISPATCH();
            case BINOP_SUB: sp--; sp[-1].u.f = a.u.f - b.u.f; DISPATCH();
            case BINOP_MUL: sp--; sp[-1].u.f = a.u.f * b.u.f; DISPATCH();
            default: break;
            }
        }
        SAVE_FRAME();
        r = py_binop(vm, op, a, b, (ARG & BINOP_INPLACE) != 0);
        REFRESH();
        CHECK(r);
        sp--;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(UNARY_OP) {
        SAVE_FRAME();
        py_val r = py_unary(vm, ARG, sp[-1]);
        REFRESH();
        CHECK(r);
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        py_val a = sp[-2], b = sp[-1], r;
        if (a.tag == V_INT && b.tag == V_INT && ARG <= CMP_GE) {
            bool t;
            switch (ARG) {
            case CMP_LT: t = a.u.i < b.u.i; break;
            case CMP_LE: t = a.u.i <= b.u.i; break;
            case CMP_EQ: t = a.u.i == b.u.i; break;
            case CMP_NE: t = a.u.i != b.u.i; break;
            case CMP_GT: t = a.u.i > b.u.i; break;
            default: t = a.u.i >= b.u.i; break;
            }
            sp--;
            sp[-1] = py_bool(t);
            DISPATCH();
        }
        SAVE_FRAME();
        r = py_compare(vm, ARG, a, b);
        REFRESH();
        CHECK(r);
        sp--;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(JUMP) {
        const uint32_t *t = code->code + ARG;
        if (t < ip && ++vm->steps >= vm->step_next) {
            /* check before jumping: an exception raised there points at this line */
            resume = t;
            goto check_signals;
        }
        ip = t;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        py_val v = POP();
        bool t;
        if (v.tag == V_BOOL) t = v.u.i;
        else { SAVE_FRAME(); t = py_truthy(vm, v); REFRESH(); if (py_exc_pending(vm)) goto error; }
        if (!t) ip = code->code + ARG;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        py_val v = POP();
        bool t;
        if (v.tag == V_BOOL) t = v.u.i;
        else { SAVE_FRAME(); t = py_truthy(vm, v); REFRESH(); if (py_exc_pending(vm)) goto error; }
        if (t) ip = code->code + ARG;
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        SAVE_FRAME();
        bool t = py_truthy(vm, sp[-1]);
        REFRESH();
        if (py_exc_pending(vm)) goto error;
        if (!t) ip = code->code + ARG; else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        SAVE_FRAME();
        bool t = py_truthy(vm, sp[-1]);
        REFRESH();
        if (py_exc_pending(vm)) goto error;
        if (t) ip = code->code + ARG; else sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        SAVE_FRAME();
        py_val it = py_iter(vm, sp[-1]);
        REFRESH();
        CHECK(it);
        sp[-1] = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        py_val itv = sp[-1];
        if (is_kind(itv, K_ITER)) {
            py_iterobj *it = AS_ITER(itv);
            if (it->ikind == IT_RANGE) {
                if (it->end <= 0) { sp--; ip = code->code + ARG; DISPATCH(); }
                PUSH(py_int(it->idx));
                it->idx += it->step;
                it->end--;
                DISPATCH();
            }
            if (it->ikind == IT_SEQ && is_kind(it->src, K_LIST)) {
                py_list *l = AS_LIST(it->src);
                if (it->idx >= l->len) { it->src = undef_val(); sp--; ip = code->code + ARG; DISPATCH(); }
                PUSH(l->items[it->idx++]);
                DISPATCH();
            }
        }
        SAVE_FRAME();
        py_val x;
        int r = py_next(vm, itv, &x);
        REFRESH();
        if (r < 0) goto error;
        if (r == 0) { sp--; ip = code->code + ARG; DISPATCH(); }
        PUSH(x);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        int n = ARG;
        py_list *l = list_new(vm, n);
        for (int i = 0; i < n; i++) l->items[i] = sp[i - n];
        l->len = n;
        sp -= n;
        PUSH(py_obj_val(l));
        DISPATCH();
    }
    TARGET(BUILD_TUPLE) {
        int n = ARG;
        py_tuple *t = tuple_new(vm, n);
        for (int i = 0; i < n; i++) t->items[i] = sp[i - n];
        sp -= n;
        PUSH(py_obj_val(t));
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        int n = ARG & ~BUILD_SET_CONST;
        SAVE_FRAME();
        py_set *s = set_new(vm);
        for (int i = 0; i < n; i++) if (set_add(vm, s, sp[i - n]) < 0) { REFRESH(); goto error; }
        if (ARG & BUILD_SET_CONST) {
            /* CPython folds the items into a frozenset, which merge_consts_recursive
             * rebuilds from its own iteration order; BUILD_SET 0 + SET_UPDATE then
             * merges that into the new set. */
            py_set *again = set_new(vm);
            for (int64_t i = 0; i <= s->mask; i++)
                if (s->table[i].used == 1 && set_add_hashed(vm, again, s->table[i].key, s->table[i].hash) < 0) { REFRESH(); goto error; }
            s = set_new(vm);
            if (set_update_from(vm, s, py_obj_val(again)) < 0) { REFRESH(); goto error; }
        }
        REFRESH();
        sp -= n;
        PUSH(py_obj_val(s));
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        int n = ARG;
        SAVE_FRAME();
        py_dict *d = dict_new(vm);
        for (int i = 0; i < n; i++)
            if (dict_set(vm, d, sp[2 * i - 2 * n], sp[2 * i - 2 * n + 1]) < 0) { REFRESH(); goto error; }
        REFRESH();
        sp -= 2 * n;
        PUSH(py_obj_val(d));
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        py_slice *s = py_alloc_obj(vm, sizeof(py_slice), K_SLICE, vm->t_slice);
        if (ARG == 3) { s->step = POP(); } else s->step = py_none();
        s->stop = POP();
        s->start = POP();
        PUSH(py_obj_val(s));
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        int n = ARG;
        int64_t len = 0;
        for (int i = 0; i < n; i++) len += AS_STR(sp[i - n])->len;
        if (STR_TOO_BIG(vm, len)) { raise_mem_cap(vm); goto error; }
        py_str *s = py_alloc_obj(vm, sizeof(py_str) + (size_t)len + 1, K_STR, vm->t_str);
        char *p = s->data;
        int64_t cp = 0;
        for (int i = 0; i < n; i++) {
            py_str *x = AS_STR(sp[i - n]);
            mem_copy(p, x->data, (size_t)x->len);
            p += x->len;
            cp += x->cplen;
        }
        *p = 0;
        s->len = len;
        s->cplen = cp;
        sp -= n;
        PUSH(py_obj_val(s));
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        py_val v = POP();
        list_push(vm, AS_LIST(sp[-ARG]), v);
        DISPATCH();
    }
    TARGET(SET_ADD) {
        py_val v = sp[-1];
        SAVE_FRAME();
        int r = set_add(vm, AS_SET(sp[-1 - ARG]), v);
        REFRESH();
        if (r < 0) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        SAVE_FRAME();
        int r = dict_set(vm, AS_DICT(sp[-2 - ARG]), sp[-2], sp[-1]);
        REFRESH();
        if (r < 0) goto error;
        sp -= 2;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        SAVE_FRAME();
        py_val items = seq_to_list(vm, sp[-1]);
        REFRESH();
        if (py_is_err(items)) {
            if (exc_matches(vm, vm->exc, vm->e_type) && !is_kind(sp[-1], K_INST)) {
                py_exc_take(vm);
                raise_type(vm, vm->e_type, "Value after * must be an iterable, not %s", py_type_name(vm, sp[-1]));
            }
            goto error;
        }
        py_list *l = AS_LIST(sp[-1 - ARG]);
        for (int64_t i = 0; i < AS_LIST(items)->len; i++) list_push(vm, l, AS_LIST(items)->items[i]);
        sp--;
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        SAVE_FRAME();
        int r = set_update_from(vm, AS_SET(sp[-1 - ARG]), sp[-1]);
        REFRESH();
        if (r < 0) goto error;
        sp--;
        DISPATCH();
    }
    TARGET(DICT_UPDATE)
    TARGET(DICT_MERGE) {
        py_val src = sp[-1];
        py_dict *d = AS_DICT(sp[-1 - ARG]);
        bool merge = (w & 0xFF) == OP_DICT_MERGE;
        if (!is_kind(src, K_DICT)) {
            if (merge) raise_func_error(vm, sp[-3 - ARG], "argument after ** must be a mapping, not %s", py_type_name(vm, src));
            else raise_type(vm, vm->e_type, "'%s' object is not a mapping", py_type_name(vm, src));
            goto error;
        }
        SAVE_FRAME();
        py_dict *s = AS_DICT(src);
        for (int64_t i = 0; i < s->nentries; i++) {
            if (s->entries[i].key.tag == V_UNDEF) continue;
            if (merge) {
                py_val old;
                if (dict_lookup(vm, d, s->entries[i].key, &old) == 1) {
                    py_val key = s->entries[i].key;
                    if (is_kind(key, K_STR)) {
                        raise_func_error(vm, sp[-3 - ARG], "got multiple values for keyword argument '%s'", AS_STR(key)->data);
                    } else {
                        sbuf kb = {0};
                        py_str_into(vm, &kb, key);
                        raise_func_error(vm, sp[-3 - ARG], "got multiple values for keyword argument '%s'", sbuf_str(&kb));
                        sbuf_free(&kb);
                    }
                    REFRESH();
                    goto error;
                }
            }
            if (dict_set(vm, d, s->entries[i].key, s->entries[i].val) < 0) { REFRESH(); goto error; }
        }
        REFRESH();
        sp--;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        py_list *l = AS_LIST(sp[-1]);
        py_tuple *t = tuple_new(vm, l->len);
        mem_copy(t->items, l->items, (size_t)l->len * sizeof(py_val));
        sp[-1] = py_obj_val(t);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        py_val seq = sp[-1];
        int n = ARG;
        if (is_kind(seq, K_TUPLE) && AS_TUPLE(seq)->len == n) {
            sp--;
            for (int i = n - 1; i >= 0; i--) PUSH(AS_TUPLE(seq)->items[i]);
            DISPATCH();
        }
        SAVE_FRAME();
        /* the values go straight to the value stack, over seq: no big buffer in run()'s
         * frame, which every nested Python call from C pays for */
        int r = unpack(vm, seq, n, 0, false, sp - 1);
        REFRESH();
        if (r < 0) goto error;
        sp += n - 1;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = ARG & 0xFF, after = ARG >> 8;
        SAVE_FRAME();
        int r = unpack(vm, sp[-1], before, after, true, sp - 1);
        REFRESH();
        if (r < 0) goto error;
        sp += before + after;
        DISPATCH();
    }
    TARGET(CALL) {
        int n = ARG;
        py_val *base = sp - n - 1;
        py_val callee = base[0];
        if (is_kind(callee, K_FUNC) && !(AS_FUNC(callee)->code->flags & (CO_CORO | CO_GEN))) {
            SAVE_FRAME();
            py_frame *nf = push_call_frame(vm, AS_FUNC(callee), base + 1, n, NULL, NULL, 0);
            REFRESH();
            if (!nf) goto error;
            fib->frames[fib->nframes - 2].sp = base;
            LOAD_FRAME();
            if (++vm->steps >= vm->step_next) goto check_signals;
            DISPATCH();
        }
        SAVE_FRAME();
        py_val r;
        if (is_kind(callee, K_NATIVE) && ((py_native *)callee.u.o)->self.tag == V_UNDEF)
            r = ((py_native *)callee.u.o)->fn(vm, base + 1, n, NULL);
        else
            r = vm_call(vm, callee, base + 1, n, NULL);
        REFRESH();
        CHECK(r);
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_KW) {
        int n = ARG;
        py_tuple *names = AS_TUPLE(sp[-1]);
        int nkw = (int)names->len, npos = n - nkw;
        py_val *base = sp - n - 2;
        py_val callee = base[0];
        SAVE_FRAME();
        if (is_kind(callee, K_FUNC) && !(AS_FUNC(callee)->code->flags & (CO_CORO | CO_GEN))) {
            py_str *kn[64];
            if (nkw > 64) { raise_type(vm, vm->e_type, "too many keyword arguments"); goto error; }
            for (int i = 0; i < nkw; i++) kn[i] = AS_STR(names->items[i]);
            py_frame *nf = push_call_frame(vm, AS_FUNC(callee), base + 1, npos, kn, base + 1 + npos, nkw);
            REFRESH();
            if (!nf) goto error;
            fib->frames[fib->nframes - 2].sp = base;
            LOAD_FRAME();
            DISPATCH();
        }
        py_dict *kw = dict_new(vm);
        for (int i = 0; i < nkw; i++) dict_set(vm, kw, names->items[i], base[1 + npos + i]);
        py_val r;
        if (is_kind(callee, K_FUNC)) {
            py_str *kn[64];
            for (int i = 0; i < nkw && i < 64; i++) kn[i] = AS_STR(names->items[i]);
            r = coro_new(vm, AS_FUNC(callee), base + 1, npos, kn, base + 1 + npos, nkw);
        } else {
            r = vm_call(vm, callee, base + 1, npos, kw);
        }
        REFRESH();
        CHECK(r);
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(CALL_EX) {
        bool has_kw = ARG & 1;
        py_val *base = sp - (has_kw ? 3 : 2);
        py_val callee = base[0];
        SAVE_FRAME();
        if (!is_kind(base[1], K_TUPLE)) {
            /* f(*x) alone passes x itself, as CPython's CALL_FUNCTION_EX does. */
            py_val t = seq_to_tuple(vm, base[1]);
            if (py_is_err(t) && exc_matches(vm, vm->exc, vm->e_type) && !is_kind(base[1], K_INST)) {
                py_exc_take(vm);
                raise_func_error(vm, callee, "argument after * must be an iterable, not %s", py_type_name(vm, base[1]));
            }
            REFRESH();
            CHECK(t);
            base[1] = t;
        }
        py_tuple *args = AS_TUPLE(base[1]);
        py_dict *kw = has_kw ? AS_DICT(base[2]) : NULL;
        for (int64_t i = 0; kw && i < kw->nentries; i++) {
            if (kw->entries[i].key.tag != V_UNDEF && !is_kind(kw->entries[i].key, K_STR)) {
                raise_type(vm, vm->e_type, "keywords must be strings");
                REFRESH();
                goto error;
            }
        }
        py_val r = vm_call(vm, callee, args->items, (int)args->len, kw);
        REFRESH();
        CHECK(r);
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        int flags = ARG;
        int nextra = ((flags & 1) != 0) + ((flags & 2) != 0) + ((flags & 8) != 0);
        py_code *co = (py_code *)sp[-1].u.o;
        py_val f = make_function(vm, co, flags, sp - 1 - nextra, fr->globals);
        sp -= nextra + 1;
        PUSH(f);
        DISPATCH();
    }
    TARGET(BUILD_CLASS) {
        int n = ARG;
        py_val *base = sp - n - 2;
        SAVE_FRAME();
        py_val r = build_class(vm, base[0], base[1], base + 2, n);
        REFRESH();
        CHECK(r);
        sp = base;
        PUSH(r);
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        py_val r = POP();
        bool entry = fr->entry;
        /* a generator only this frame held is closed as the frame goes (CPython) */
        bool drop = vm->nsusp_gens && frame_holds_gen(fr, sp);
        frame_pop(vm, fib);
        if (entry) {
            *status = PY_CORO_RETURN;
            vm->ntmp = tmp_base;
            py_tmp_push(vm, r);
            if (drop) py_gc_collect(vm);
            return r;
        }
        LOAD_FRAME();
        PUSH(r);
        if (drop) { SAVE_FRAME(); py_gc_collect(vm); REFRESH(); }
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        int flags = ARG;
        py_val spec = (flags & 4) ? POP() : undef_val();
        SAVE_FRAME();
        fr->sp = sp + ((flags & 4) != 0);
        py_val r = format_value(vm, sp[-1], flags & 3, spec);
        REFRESH();
        CHECK(r);
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(SETUP_FINALLY) {
        if (fr->nblocks == fr->maxblocks) { raise_type(vm, vm->e_syntax, "too many statically nested blocks"); goto error; }
        fr->blocks[fr->nblocks++] = (py_block){(uint32_t)ARG, (uint32_t)(sp - fr->stack)};
        DISPATCH();
    }
    TARGET(POP_BLOCK) fr->nblocks--; DISPATCH();
    TARGET(PUSH_EXC_INFO) {
        py_val e = sp[-1];
        sp[-1] = fib->exc_info;
        PUSH(e);
        fib->exc_info = e;
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        fib->exc_info = POP();
        /* `except ... as e` clears e next (None, store, delete): e holds the traceback,
         * so the delete collects instead */
        if (__builtin_expect(vm->coro_dropped_by_raise, 0) && INS_OP(*ip) != OP_LOAD_CONST) {
            vm->coro_dropped_by_raise = false;
            SAVE_FRAME();
            drop_unstarted_coro(vm);
            REFRESH();
        }
        DISPATCH();
    }
    TARGET(RERAISE) {
        exc = POP();
        vm->exc = exc;
        goto unwind;
    }
    TARGET(RAISE_VARARGS) {
        int n = ARG;
        SAVE_FRAME();
        if (n == 0) {
            py_val cur = exc_current_handled(vm);
            if (cur.tag == V_NONE || cur.tag == V_UNDEF) {
                raise_type(vm, vm->e_runtime, "No active exception to reraise");
                goto error;
            }
            vm->exc = cur;
            fr->last_ip = (uint32_t)(ip - code->code) - 1;
            goto unwind;  /* a bare raise adds no traceback entry (CPython's do_raise returns 1) */
        }
        py_val cause = undef_val();
        if (n == 2) cause = POP();
        py_val e = POP();
        fr->sp = sp + n;
        py_raise_val(vm, e);
        if (n == 2 && exc_matches(vm, vm->exc, vm->e_base) && vm->exc.u.o->type->flags & TF_EXC) {
            py_val ex = vm->exc;
            if (is_kind(cause, K_TYPE) && (AS_TYPE(cause)->flags & TF_EXC)) {
                vm->exc = undef_val();
                cause = exc_make(vm, AS_TYPE(cause), NULL, 0);
                vm->exc = ex;
            } else if (cause.tag != V_NONE && !(is_kind(cause, K_INST) && (cause.u.o->type->flags & TF_EXC))) {
                raise_type(vm, vm->e_type, "exception causes must derive from BaseException");
                goto error;
            }
            AS_INST(ex)->cause = cause;
            AS_INST(ex)->suppress_context = true;
        }
        goto error;
    }
    TARGET(MATCH_DEFER) {
        py_cell *cell = py_alloc_obj(vm, sizeof(py_cell), K_CELL, vm->t_cell);
        cell->v = sp[-1];
        sp[-1] = py_obj_val(cell);
        DISPATCH();
    }
    TARGET(MATCH_CASE) {
        py_val caps = py_none();
        fr->sp = sp;
        int err_at = -1;
        int r = match_case(vm, consts[ARG], sp[-2], sp[-1], &caps, &err_at);
        if (r == -2) goto unwind;  /* a deferred error: its traceback is already complete */
        if (r < 0) {
            if (err_at >= 0) ip = code->code + err_at + 1;  /* the traceback marks that sub-pattern */
            goto error;
        }
        sp[-2] = caps;
        sp[-1] = py_bool(r == 1);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        py_val t = sp[-1], e = sp[-2];
        py_val tt[1] = {t};
        py_val *list = tt;
        int64_t n = 1;
        if (is_kind(t, K_TUPLE)) { list = AS_TUPLE(t)->items; n = AS_TUPLE(t)->len; }
        bool m = false;
        for (int64_t i = 0; i < n; i++) {
            if (!is_kind(list[i], K_TYPE) || !(AS_TYPE(list[i])->flags & TF_EXC)) {
                raise_type(vm, vm->e_type, "catching classes that do not inherit from BaseException is not allowed");
                goto error;
            }
            if (type_is_sub(e.u.o->type, AS_TYPE(list[i]))) m = true;
        }
        sp--;
        sp[-1] = py_bool(m);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        py_val match, rest;
        SAVE_FRAME();
        int r = eg_match(vm, sp[-2], sp[-1], &match, &rest);
        REFRESH();
        if (r < 0) goto error;
        sp[-2] = rest;
        sp[-1] = match;
        if (match.tag != V_NONE) fib->exc_info = match;
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        SAVE_FRAME();
        py_val r = exc_prep_reraise_star(vm, sp[-2], sp[-1]);
        REFRESH();
        CHECK(r);
        sp--;
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(IMPORT_NAME) {
        SAVE_FRAME();
        py_val m = import_module(vm, NAME(ARG));
        REFRESH();
        CHECK(m);
        PUSH(m);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        py_val mod = sp[-1];
        py_val v = dict_get_str(((py_module *)mod.u.o)->dict, NAME(ARG));
        if (v.tag == V_UNDEF) {
            raise_type(vm, vm->e_import, "cannot import name '%s' from '%s' (unknown location)", NAME(ARG)->data,
                       ((py_module *)mod.u.o)->name->data);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        SAVE_FRAME();
        py_val a = vm_get_awaitable(vm, sp[-1]);
        REFRESH();
        CHECK(a);
        sp[-1] = a;
        DISPATCH();
    }
    TARGET(SEND) {
        py_val aw = sp[-2], v = sp[-1];
        SAVE_FRAME();
        if (is_kind(aw, K_CORO)) {
            int st;
            py_val r = coro_resume(vm, AS_CORO(aw), v, undef_val(), &st);
            REFRESH();
            if (st == PY_CORO_ERROR) goto error;
            if (st == PY_CORO_YIELD) { sp[-1] = r; DISPATCH(); }
            sp -= 2;
            PUSH(r);
            ip = code->code + ARG;
            DISPATCH();
        }
        if (gen_is_agen_awaitable(vm, aw) || (code->flags & (CO_GEN | CO_CORO)) == CO_GEN) {
            /* an asend/athrow awaitable, or `yield from` over an iterator */
            int st;
            py_val r = gen_delegate_step(vm, aw, v, undef_val(), &st);
            REFRESH();
            if (st == PY_CORO_ERROR) goto error;
            if (st == PY_CORO_YIELD) { sp[-1] = r; DISPATCH(); }
            sp -= 2;
            PUSH(r);
            ip = code->code + ARG;
            DISPATCH();
        }
        py_val (*hook)(py_vm *, py_val) = await_hook_of(aw);
        if (!hook) { raise_type(vm, vm->e_type, "object %s can't be used in 'await' expression", py_type_name(vm, aw)); goto error; }
        py_val r = hook(vm, aw);
        REFRESH();
        CHECK(r);
        if (r.tag == V_UNDEF) { sp[-1] = aw; DISPATCH(); }
        sp -= 2;
        PUSH(r);
        ip = code->code + ARG;
        DISPATCH();
    }
    TARGET(YIELD_VALUE) {
        py_val v = sp[-1];
        SAVE_FRAME();
        *status = ARG ? PY_CORO_AYIELD : PY_CORO_YIELD;
        vm->ntmp = tmp_base;
        py_tmp_push(vm, v);
        return v;
    }
    TARGET(LOAD_ASSERTION_ERROR) PUSH(py_obj_val(vm->e_assert)); DISPATCH();
    TARGET(BEFORE_ASYNC_WITH)
    TARGET(BEFORE_WITH) {
        /* CPython's: the special methods are looked up on the type, __enter__ first */
        bool is_async = (w & 0xFF) == OP_BEFORE_ASYNC_WITH;
        py_val mgr = sp[-1];
        py_str *en = is_async ? vm->s_aenter : vm->s_enter, *exn = is_async ? vm->s_aexit : vm->s_exit;
        SAVE_FRAME();
        py_val enter = vm_lookup_special(vm, mgr, en), ex = undef_val();
        if (enter.tag != V_UNDEF) ex = vm_lookup_special(vm, mgr, exn);
        if (enter.tag != V_UNDEF && ex.tag != V_UNDEF) {
            enter = py_getattr_str(vm, mgr, en);
            ex = py_is_err(enter) ? enter : py_getattr_str(vm, mgr, exn);
        }
        REFRESH();
        if (py_is_err(enter) || py_is_err(ex)) goto error;
        if (enter.tag == V_UNDEF || ex.tag == V_UNDEF) {
            raise_type(vm, vm->e_type, "'%s' object does not support the %scontext manager protocol%s",
                       py_type_name(vm, mgr), is_async ? "asynchronous " : "",
                       enter.tag == V_UNDEF ? "" : is_async ? " (missed __aexit__ method)" : " (missed __exit__ method)");
            goto error;
        }
        sp[-1] = ex;
        PUSH(enter);
        fr->sp = sp;
        py_val r = vm_call(vm, enter, NULL, 0, NULL);
        REFRESH();
        CHECK(r);
        sp[-1] = r;
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        py_val e = sp[-1], fn = sp[-3];
        py_val args[3] = {py_obj_val(e.u.o->type), e, AS_INST(e)->tb.tag == V_UNDEF ? py_none() : AS_INST(e)->tb};
        SAVE_FRAME();
        py_val r = vm_call(vm, fn, args, 3, NULL);
        REFRESH();
        CHECK(r);
        PUSH(r);
        DISPATCH();
    }
    TARGET(CHECK_WITH_EXIT) sp--; DISPATCH();
    TARGET(GET_YIELD_FROM_ITER) {
        SAVE_FRAME();
        py_val it = gen_yield_from_iter(vm, sp[-1]);
        REFRESH();
        CHECK(it);
        sp[-1] = it;
        DISPATCH();
    }
    TARGET(GET_AITER) {
        SAVE_FRAME();
        py_val it = gen_aiter(vm, sp[-1]);
        REFRESH();
        CHECK(it);
        sp[-1] = it;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        SAVE_FRAME();
        py_val aw = gen_anext(vm, sp[-1]);
        REFRESH();
        CHECK(aw);
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        if (exc_matches(vm, sp[-1], vm->e_stopasync)) { sp -= 2; DISPATCH(); }
        exc = POP();
        vm->exc = exc;
        goto unwind;
    }

#ifndef USE_GOTO
    default:
        raise_type(vm, vm->e_syntax, "bad opcode %d", (int)(w & 0xFF));
        goto error;
    }
#endif

check_signals: {
    /* reached on backward jumps and calls once the step budget is due, or at once
     * after py_interrupt / the memory cap (both set step_next to 0) */
    const uint32_t *to = resume;
    resume = NULL;
    SAVE_FRAME();
    vm->step_next = vm->step_hook ? vm->steps + vm->step_every : UINT64_MAX;
    if (vm_check_interrupt(vm) < 0) goto error;
    if (vm->step_hook) {
        vm->step_hook(vm, vm->steps, vm->step_ud);
        REFRESH();
        if (py_exc_pending(vm)) goto error;
    }
    if (to) ip = to;
    DISPATCH();
}

error:
    /* a native that failed without setting an exception (a bug): fail loudly, not by crashing */
    if (vm->exc.tag == V_UNDEF) raise_type(vm, vm->e_runtime, "error return without exception set");
    /* a new exception in this frame: record where (at a call's first check nothing
     * has run yet, so the frame's first instruction) */
    fr->last_ip = ip > code->code ? (uint32_t)(ip - code->code) - 1 : 0;
    exc_add_tb(vm, vm->exc, code, (int)fr->last_ip);
unwind:
    exc = vm->exc;
    for (;;) {
        if (fr->nblocks > 0) {
            py_block b = fr->blocks[--fr->nblocks];
            py_val *old_sp = sp;
            sp = fr->stack + b.depth;
            vm->exc = undef_val();
            /* a for loop over a generator left by the exception: closed before the handler runs */
            bool drop = vm->nsusp_gens && old_sp > sp && vals_hold_gen(sp, old_sp - sp);
            PUSH(exc);
            ip = code->code + b.handler;
            if (drop) { SAVE_FRAME(); py_gc_collect(vm); REFRESH(); }
            DISPATCH();
        }
        bool entry = fr->entry;
        if (!vm->coro_dropped_by_raise) note_unstarted_locals(vm, fr);
        keep_locals_in_tb(vm, exc, fr);
        frame_pop(vm, fib);
        if (entry) {
            vm->exc = exc;
            *status = PY_CORO_ERROR;
            vm->ntmp = tmp_base;
            return py_err();
        }
        LOAD_FRAME();
        fr->last_ip = fr->ip - 1;
        exc_add_tb(vm, exc, code, (int)fr->last_ip);
    }
}

#ifdef USE_GOTO
#pragma GCC diagnostic pop
#endif

int vm_check_interrupt(py_vm *vm)
{
    if (vm->interrupted) {
        vm->interrupted = 0;
        exc_set_pending(vm, exc_make(vm, vm->e_kbint, NULL, 0));
        return -1;
    }
    if (vm->mem_exceeded) {
        vm->mem_exceeded = false;
        raise_type(vm, vm->e_memory, "looplab's memory cap (%zu MB) exceeded", vm->mem_cap >> 20);
        return -1;
    }
    return 0;
}

/* Runs a code object (module or class body) in a fresh frame of the running fiber. */
py_val vm_run_code(py_vm *vm, py_code *code, py_dict *globals, py_dict *locals)
{
    if (vm->depth + 1 > PY_RECURSION_LIMIT) return raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded");
    vm->depth++;
    py_frame *fr = frame_push(vm, vm->fiber, code, NULL, NULL, 0);
    fr->globals = globals;
    fr->locals_dict = locals;
    fr->entry = true;
    int status;
    return run(vm, false, &status);
}

/* The coroutine of an interactive input that awaits at top level: the module code runs
 * as the body of a coroutine whose names are the main module's globals. */
py_val vm_module_coro(py_vm *vm, py_code *code, py_dict *globals)
{
    py_val fn = make_function(vm, code, 0, NULL, globals);
    py_tmp_push(vm, fn);
    return coro_new(vm, AS_FUNC(fn), NULL, 0, NULL, NULL, 0);
}

/* Runs a class body function with a fresh namespace. */
py_val vm_run_class_body(py_vm *vm, py_func *fn, py_dict *ns);
py_val vm_run_class_body(py_vm *vm, py_func *fn, py_dict *ns)
{
    py_frame *fr = push_call_frame(vm, fn, NULL, 0, NULL, NULL, 0);
    if (!fr) return py_err();
    fr->locals_dict = ns;
    fr->entry = true;
    int status;
    return run(vm, false, &status);
}

py_val vm_lookup_special(py_vm *vm, py_val self, py_str *name)
{
    if (self.tag != V_OBJ) return undef_val();
    py_val m = type_lookup(self.u.o->type, name);
    (void)vm;
    return m;
}

void py_set_step_hook(py_vm *vm, uint64_t every, void (*hook)(py_vm *vm, uint64_t steps, void *ud), void *ud)
{
    vm->step_hook = hook;
    vm->step_ud = ud;
    vm->step_every = every ? every : 1;
    vm->step_next = vm->steps + vm->step_every;
}

uint64_t py_steps(py_vm *vm) { return vm->steps; }
void py_interrupt(py_vm *vm)
{
    vm->interrupted = 1;
    vm->step_next = 0;
}
