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
    int el = 0, ec = 0;
    const char *saved = vm->abs_path;
    vm->abs_path = filename;
    py_code *code = py_compile_module(vm, p.module, err, sizeof err, &el, &ec);
    vm->abs_path = saved;
    py_parse_free(&p);
    if (!code) {
        raise_type(vm, vm->e_syntax, "%s:%d:%d: %s", filename, el, ec, err);
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

int py_coro_info(py_val coro, const char **file, int *firstline)
{
    py_coro *c = AS_CORO(coro);
    py_code *code = c->func->code;
    *file = code->filename->data;
    *firstline = code->firstline;
    if (c->state == CORO_DONE || c->fiber.nframes == 0) return 0;
    py_frame *fr = &c->fiber.frames[0];
    if (c->state == CORO_CREATED) return code->firstline;
    int ip = fr->last_ip < (uint32_t)code->ncode ? (int)fr->last_ip : code->ncode - 1;
    return code->locs[ip].line;
}

bool py_coro_running(py_val coro) { return AS_CORO(coro)->state == CORO_RUNNING; }

int64_t py_tuple_view(py_val t, py_val **items)
{
    if (!is_kind(t, K_TUPLE)) { *items = NULL; return -1; }
    *items = AS_TUPLE(t)->items;
    return AS_TUPLE(t)->len;
}
