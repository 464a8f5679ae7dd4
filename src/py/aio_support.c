/* aio_support.c - the few VM services the asyncio layer (src/aio/) needs beyond the
 * core C API: running a built-in Python prelude inside a module, and reading where a
 * function or coroutine is defined or suspended (for CPython's reprs of handles,
 * tasks and futures). Kept apart from the VM's own files to ease merging. */
#include <stdio.h>
#include <stdlib.h>

#include "py/ast.h"
#include "py/vm.h"

int py_exec_module(py_vm *vm, py_val module, const char *filename, const char *src)
{
    py_parsed p;
    py_parse(src, &p);
    if (p.failed) {
        fprintf(vm->err, "%s:%d:%d: %s\n", filename, p.err_line, p.err_col, p.err);
        py_parse_free(&p);
        raise_type(vm, vm->e_syntax, "built-in module source refused");
        return -1;
    }
    char err[300];
    int loc[4] = {0, 0, 0, 0};
    const char *saved = vm->abs_path;
    vm->abs_path = filename;
    py_code *code = py_compile_module(vm, p.module, err, sizeof err, loc);
    vm->abs_path = saved;
    py_parse_free(&p);
    if (!code) {
        raise_type(vm, vm->e_syntax, "%s:%d:%d: %s", filename, loc[0], loc[1], err);
        return -1;
    }
    py_tmp_push(vm, py_obj_val(code));
    py_dict *d = ((py_module *)module.u.o)->dict;
    py_val r = vm_run_code(vm, code, d, d);
    return py_is_err(r) ? -1 : 0;
}

/* The code object behind a callable: a function, a bound method's function. */
static py_code *code_of(py_val fn)
{
    if (is_kind(fn, K_BOUND)) fn = ((py_bound *)fn.u.o)->func;
    if (is_kind(fn, K_FUNC)) return AS_FUNC(fn)->code;
    return NULL;
}

bool py_func_info(py_val fn, const char **qualname, const char **file, int *line)
{
    py_code *c = code_of(fn);
    if (!c) {
        if (is_kind(fn, K_NATIVE)) { *qualname = ((py_native *)fn.u.o)->name; *file = NULL; *line = 0; return true; }
        return false;
    }
    *qualname = c->qualname->data;
    *file = c->filename->data;
    *line = c->firstline;
    return true;
}

void py_exc_ensure_traceback(py_vm *vm, py_val exc, py_val fn)
{
    py_code *c = code_of(fn);
    if (c && is_kind(exc, K_INST) && !is_kind(AS_INST(exc)->tb, K_TB)) exc_add_tb(vm, exc, c, 0);
}

bool py_is_coro_function(py_val fn)
{
    py_code *c = code_of(fn);
    return c && (c->flags & CO_CORO) && !(c->flags & CO_GEN);
}

int py_coro_info(py_val coro, const char **file, int *firstline)
{
    if (gen_coro_like(coro)) { *file = NULL; *firstline = 0; return 0; }  /* no frame of its own */
    py_coro *c = AS_CORO(coro);
    py_code *code = c->func->code;
    *file = code->filename->data;
    *firstline = code->firstline;
    if (c->state == CORO_DONE || c->fiber.nframes == 0) return 0;
    py_frame *fr = &c->fiber.frames[0];
    if (c->state == CORO_CREATED) return code->firstline;
    /* suspended: ip is just past the yield of the await it waits in */
    /* running: ip was saved at the call that led here (a repr of its own task) */
    uint32_t at = (c->state == CORO_SUSPENDED || c->state == CORO_RUNNING) && fr->ip > 0 ? fr->ip - 1 : fr->last_ip;
    int ip = at < (uint32_t)code->ncode ? (int)at : code->ncode - 1;
    return code->locs[ip].line;
}

bool py_coro_running(py_val coro) { return !gen_coro_like(coro) && AS_CORO(coro)->state == CORO_RUNNING; }

int64_t py_tuple_view(py_val t, py_val **items)
{
    if (!is_kind(t, K_TUPLE)) { *items = NULL; return -1; }
    *items = AS_TUPLE(t)->items;
    return AS_TUPLE(t)->len;
}

/* ---------------- lanes: executor threads with a modelled GIL ----------------
 * A lane runs one Python call on its own C stack (ucontext) and its own fiber, so it
 * can stop in the middle (time.sleep in a worker thread, the end of a GIL interval)
 * and resume later while the loop thread runs. Only one of them runs Python at any
 * moment, which is exactly what the GIL guarantees. */
#include <ucontext.h>

#define LANE_STACK (8u << 20) /* as a main thread's: the recursion limit fits */

struct py_lane {
    ucontext_t ctx, back;
    char *stack;
    py_fiber fiber;
    py_val fn, args, result;
    bool done, failed, started;
    py_val *saved_tmp;        /* the lane's temporary roots while it is switched out */
    size_t nsaved, savedcap;
    int depth, c_depth;       /* the lane's share of the recursion counters */
    size_t tmp_base;
    int base_depth, base_c_depth;
    py_fiber *base_fiber;
};

static py_lane *running_lane;

py_lane *py_lane_new(py_vm *vm, py_val fn, py_val args)
{
    (void)vm;
    py_lane *l = xmalloc(sizeof *l);
    memset(l, 0, sizeof *l);
    l->fn = fn;
    l->args = args;
    l->result = py_none();
    l->fiber.exc_info = py_none();
    return l;
}

static void lane_main(void)
{
    py_lane *l = running_lane;
    py_vm *vm = *(py_vm **)l->stack;   /* stored below the lane's stack area */
    int64_t n = is_kind(l->args, K_TUPLE) ? AS_TUPLE(l->args)->len : 0;
    py_val r = vm_call(vm, l->fn, n ? AS_TUPLE(l->args)->items : NULL, (int)n, NULL);
    if (py_is_err(r)) {
        l->failed = true;
        l->result = py_exc_take(vm);
    } else {
        l->result = r;
    }
    l->done = true;
    swapcontext(&l->ctx, &l->back);
}

int py_lane_resume(py_vm *vm, py_lane *l)
{
    if (l->done) return 1;
    l->base_fiber = vm->fiber;
    l->base_depth = vm->depth;
    l->base_c_depth = vm->c_depth;
    l->tmp_base = vm->ntmp;
    for (size_t i = 0; i < l->nsaved; i++) py_tmp_push(vm, l->saved_tmp[i]);
    l->nsaved = 0;
    vm->depth += l->depth;
    vm->c_depth += l->c_depth;
    l->fiber.caller = vm->fiber;
    vm->fiber = &l->fiber;
    py_lane *outer = running_lane;
    running_lane = l;
    if (!l->started) {
        l->started = true;
        l->stack = xmalloc(LANE_STACK);
        *(py_vm **)l->stack = vm;
        getcontext(&l->ctx);
        l->ctx.uc_stack.ss_sp = l->stack + 64;
        l->ctx.uc_stack.ss_size = LANE_STACK - 64;
        l->ctx.uc_link = NULL;
        makecontext(&l->ctx, lane_main, 0);
    }
    swapcontext(&l->back, &l->ctx);
    running_lane = outer;
    vm->fiber = l->base_fiber;
    l->fiber.caller = NULL;
    l->depth = vm->depth - l->base_depth;
    l->c_depth = vm->c_depth - l->base_c_depth;
    vm->depth = l->base_depth;
    vm->c_depth = l->base_c_depth;
    if (!l->done) {
        size_t n = vm->ntmp - l->tmp_base;
        if (n > l->savedcap) {
            l->savedcap = n;
            l->saved_tmp = xrealloc(l->saved_tmp, n * sizeof *l->saved_tmp);
        }
        mem_copy(l->saved_tmp, vm->tmp + l->tmp_base, n * sizeof *l->saved_tmp);
        l->nsaved = n;
    }
    vm->ntmp = l->tmp_base;
    if (l->done) {
        py_tmp_push(vm, l->result);
        free(l->stack);
        l->stack = NULL;
        fiber_free(vm, &l->fiber);
    }
    return l->done ? 1 : 0;
}

py_lane *py_lane_current(py_vm *vm)
{
    (void)vm;
    return running_lane;
}

void py_lane_yield(py_vm *vm)
{
    (void)vm;
    py_lane *l = running_lane;
    if (l) swapcontext(&l->ctx, &l->back);
}

py_val py_lane_result(py_lane *l, bool *failed)
{
    *failed = l->failed;
    return l->result;
}

void py_lane_mark(py_vm *vm, py_lane *l)
{
    py_gc_mark(vm, l->fn);
    py_gc_mark(vm, l->args);
    py_gc_mark(vm, l->result);
    for (size_t i = 0; i < l->nsaved; i++) py_gc_mark(vm, l->saved_tmp[i]);
    if (l->started && !l->done && running_lane != l) fiber_mark(vm, &l->fiber);
}

void py_lane_free(py_vm *vm, py_lane *l)
{
    if (!l) return;
    if (!l->done) fiber_free(vm, &l->fiber);
    free(l->stack);
    free(l->saved_tmp);
    free(l);
}

int64_t py_list_view(py_val l, py_val **items)
{
    if (!is_kind(l, K_LIST)) { *items = NULL; return -1; }
    *items = AS_LIST(l)->items;
    return AS_LIST(l)->len;
}

void py_list_truncate(py_val l, int64_t n)
{
    if (is_kind(l, K_LIST) && n >= 0 && n < AS_LIST(l)->len) AS_LIST(l)->len = n;
}
