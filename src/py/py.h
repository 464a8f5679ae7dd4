/* py.h - the public face of the mini-Python: create a VM, run a file, and the C API
 * the asyncio layer (src/aio/) builds on: coroutines driven from C (send/throw/close),
 * calls into Python, native functions, types and modules, weak references, finalizers,
 * an instruction budget and an interrupt flag. Values are small tagged unions; heap
 * objects are owned by the VM's garbage collector (see the rooting rules below). */
#ifndef LOOPLAB_PY_PY_H
#define LOOPLAB_PY_PY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct py_vm py_vm;
typedef struct py_obj py_obj;
typedef struct py_type py_type;
typedef struct py_dict py_dict;

enum py_tag { V_UNDEF, V_NONE, V_BOOL, V_INT, V_FLOAT, V_OBJ, V_ERR };

typedef struct py_val {
    uint8_t tag;
    union { int64_t i; double f; py_obj *o; } u;
} py_val;

/* Rooting rule: every object allocated is kept alive until the VM executes its next
 * instruction (or, outside the VM, until py_tmp_reset). Store what you need to keep
 * into a container, a module, or a native object's marked fields before that. */

/* ---- VM lifetime and running programs ---- */
typedef struct py_config {
    size_t mem_cap;           /* bytes; 0 = default (512 MB) */
    const char *path;         /* script path as given (refusal messages) */
    const char *abs_path;     /* absolute path (tracebacks, warnings) */
    int argc;                 /* sys.argv */
    char **argv;
    FILE *out, *err;          /* default stdout / stderr */
} py_config;

py_vm *py_vm_new(const py_config *cfg);
void py_vm_free(py_vm *vm);

/* Compiles and runs a whole program. Returns the process exit code: 0, 1 after an
 * uncaught exception (traceback printed), 1 after a refusal or syntax error (message
 * printed), or sys.exit's code. dis: print the bytecode instead of running. */
int py_run_file(py_vm *vm, const char *src, bool dis);

/* Runs one REPL input in the main module: top-level expression values are passed to
 * the global __displayhook__ (define it first). If the input awaits at top level,
 * nothing runs and *coro gets the coroutine to drive (as python -m asyncio does).
 * Returns 0, 1 after a syntax error or refusal (printed), 2 after an exception
 * (traceback printed). */
int py_exec_interactive(py_vm *vm, const char *src, py_val *coro);
/* The main module's globals dict. */
py_val py_main_globals(py_vm *vm);

/* ---- values ---- */
static inline py_val py_none(void) { py_val v; v.tag = V_NONE; v.u.i = 0; return v; }
static inline py_val py_int(int64_t i) { py_val v; v.tag = V_INT; v.u.i = i; return v; }
static inline py_val py_float(double f) { py_val v; v.tag = V_FLOAT; v.u.f = f; return v; }
static inline py_val py_bool(bool b) { py_val v; v.tag = V_BOOL; v.u.i = b; return v; }
static inline py_val py_obj_val(void *o) { py_val v; v.tag = V_OBJ; v.u.o = (py_obj *)o; return v; }
static inline py_val py_err(void) { py_val v; v.tag = V_ERR; v.u.i = 0; return v; }
static inline bool py_is_err(py_val v) { return v.tag == V_ERR; }

py_val py_str_new(py_vm *vm, const char *s, size_t n);
py_val py_str_cstr(py_vm *vm, const char *s);
/* UTF-8 bytes of a str value (NULL if v is not a str). */
const char *py_str_data(py_val v, size_t *len);
/* bytes objects: a new one, and the data of one (NULL if v is not bytes). */
py_val py_bytes_new(py_vm *vm, const char *s, size_t n);
const char *py_bytes_data(py_val v, size_t *len);
bool py_truthy(py_vm *vm, py_val v);   /* may raise: check py_exc_pending */
py_val py_repr(py_vm *vm, py_val v);   /* str value or V_ERR */
py_val py_str_of(py_vm *vm, py_val v);
py_val py_getattr(py_vm *vm, py_val obj, const char *name);
int py_setattr(py_vm *vm, py_val obj, const char *name, py_val v);
py_type *py_type_of(py_vm *vm, py_val v);
const char *py_type_name(py_vm *vm, py_val v);

py_val py_tuple_new(py_vm *vm, int n, const py_val *items);
py_val py_list_new(py_vm *vm, int n, const py_val *items);
int py_list_append(py_vm *vm, py_val list, py_val item);
py_val py_dict_new(py_vm *vm);
int py_dict_set(py_vm *vm, py_val dict, py_val key, py_val v);
py_val py_dict_get(py_vm *vm, py_val dict, py_val key);  /* V_UNDEF if absent */

/* ---- calls ---- */
/* Calls any callable with positional args and an optional kwargs dict (V_UNDEF for
 * none). Returns the result or V_ERR with an exception pending. Safe from natives. */
py_val py_call(py_vm *vm, py_val callable, const py_val *args, int nargs, py_val kwargs);

/* ---- exceptions ---- */
bool py_exc_pending(py_vm *vm);
py_val py_exc_take(py_vm *vm);            /* clears and returns the pending exception */
void py_exc_restore(py_vm *vm, py_val e); /* makes e pending again */
/* Raises type(msg) and returns V_ERR. type is a builtin exception class name
 * ("ValueError") or NULL to use the class given in cls. */
py_val py_raise(py_vm *vm, const char *type, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
py_val py_raise_val(py_vm *vm, py_val exc);  /* raises an instance or a class */
py_val py_builtin(py_vm *vm, const char *name); /* a builtin by name (classes too) */
bool py_isinstance(py_vm *vm, py_val v, py_val cls);
/* Prints exc as an uncaught exception would be (traceback and chain) to stderr. */
void py_print_exception(py_vm *vm, py_val exc);

/* ---- coroutines driven from C (asyncio's Task.__step) ---- */
enum py_coro_result { PY_CORO_YIELD, PY_CORO_RETURN, PY_CORO_ERROR };
bool py_is_coro(py_val v);
enum py_coro_result py_coro_send(py_vm *vm, py_val coro, py_val value, py_val *out);
enum py_coro_result py_coro_throw(py_vm *vm, py_val coro, py_val exc, py_val *out);
/* Closes a coroutine (GeneratorExit inside); returns 0 or -1 with an exception pending. */
int py_coro_close(py_vm *vm, py_val coro);
const char *py_coro_name(py_val coro);      /* __qualname__ of the coroutine */
/* For narration: the coroutine's qualname, or for an async generator's aclose()/athrow()/
 * asend() awaitable driven by a task, "gen().aclose" (CPython names those "<... without
 * __name__>"). Valid while coro lives. */
const char *py_coro_label(py_vm *vm, py_val coro);
bool py_coro_started(py_val coro);
bool py_coro_done(py_val coro);

/* ---- natives ---- */
/* A native function: args[0..nargs) are rooted; kw is NULL or the keyword dict.
 * Return a value, or V_ERR after py_raise. */
typedef py_val (*py_native_fn)(py_vm *vm, py_val *args, int nargs, py_dict *kw);
py_val py_native_new(py_vm *vm, const char *name, py_native_fn fn);
/* Reads a keyword argument (V_UNDEF if absent). */
py_val py_kwarg(py_vm *vm, py_dict *kw, const char *name);

/* A native type: instances carry `size` bytes of C data (zeroed) after the header.
 * mark is called by the GC to mark values held in that data (use py_gc_mark);
 * finalize runs once before the object is freed (it may print, not resurrect);
 * await_hook non-NULL makes `await obj` yield obj itself to the driver and, on
 * resume, return await_hook(vm, obj) (e.g. future.result()). */
typedef struct py_type_spec {
    const char *name;
    size_t size;
    py_type *base;            /* NULL: object */
    void (*mark)(py_vm *vm, void *data);
    void (*finalize)(py_vm *vm, py_val self, void *data);
    py_val (*await_hook)(py_vm *vm, py_val self);
    py_val (*repr)(py_vm *vm, py_val self);
} py_type_spec;
py_type *py_type_new_native(py_vm *vm, const py_type_spec *spec);
void py_type_add_method(py_vm *vm, py_type *t, const char *name, py_native_fn fn);
/* Marks a native type whose instances stand in for coroutines (they may warn 'never
 * awaited' when dropped): an exception unwinding a frame that holds one collects at
 * the end of its handler. */
void py_type_set_coro_like(py_type *t);
void py_type_set_attr(py_vm *vm, py_type *t, const char *name, py_val v);
py_val py_type_val(py_type *t);
py_val py_native_obj_new(py_vm *vm, py_type *t);
void *py_native_data(py_val v);           /* the C data of a native instance */
/* Tells the collector that v's finalizer has nothing left to do (a future that got its
 * result): v is then freed in the first collection that finds it unreachable, instead
 * of being kept one more cycle for a finalizer call. */
void py_native_finalized(py_val v);
void py_gc_mark(py_vm *vm, py_val v);

/* Modules: init_fn fills the module's dict on first import. */
typedef int (*py_module_init)(py_vm *vm, py_val module);
void py_register_module(py_vm *vm, const char *name, py_module_init init_fn);
int py_module_set(py_vm *vm, py_val module, const char *name, py_val v);
int py_module_add_fn(py_vm *vm, py_val module, const char *name, py_native_fn fn);

/* Weak references: the target is cleared (py_weak_get gives V_UNDEF) once collected. */
py_val py_weak_new(py_vm *vm, py_val target);
py_val py_weak_get(py_val weak);

/* Temporary roots for drivers outside the VM. */
size_t py_tmp_mark(py_vm *vm);
void py_tmp_reset(py_vm *vm, size_t mark);
void py_tmp_push(py_vm *vm, py_val v);
void py_gc_collect(py_vm *vm);

/* ---- hooks ---- */
/* Called every `every` instructions with the count so far (virtual time charging). */
void py_set_step_hook(py_vm *vm, uint64_t every, void (*hook)(py_vm *vm, uint64_t steps, void *ud), void *ud);
uint64_t py_steps(py_vm *vm);
/* Set from a signal handler: the VM raises KeyboardInterrupt at the next check. */
void py_interrupt(py_vm *vm);
/* Called when a coroutine object is collected without ever having been started.
 * The default prints CPython's RuntimeWarning. */
void py_set_unawaited_hook(py_vm *vm, void (*hook)(py_vm *vm, py_val coro, void *ud), void *ud);
/* stdout/stderr the program writes to (print, sys.stdout). */
FILE *py_stdout(py_vm *vm);
FILE *py_stderr(py_vm *vm);
/* Writes text to the program's stdout through sys.stdout (so output ordering stays right). */
void py_write_stdout(py_vm *vm, const char *s, size_t n);
/* Writes program output to stdout (stream 1) or stderr (2; stdout is flushed first, so
 * the two interleave as written) and tells the output hook. Every print, sys.stdout/
 * sys.stderr write, traceback and warning of a running program goes through here. */
void py_output(py_vm *vm, int stream, const char *s, size_t n);
/* Called after each py_output (the trace records program output). NULL: none. */
void py_set_output_hook(py_vm *vm, void (*hook)(py_vm *vm, int stream, const char *s, size_t n, void *ud), void *ud);
/* The default never-awaited hook: CPython's RuntimeWarning (a replacement may call it). */
void py_default_unawaited(py_vm *vm, py_val coro, void *ud);
/* The same warning for a coroutine named `name`, at the line running now. */
void py_warn_unawaited(py_vm *vm, const char *name);

/* ---- services for src/aio/ (aio_support.c) ---- */
/* Compiles src (a built-in prelude) under `filename` and runs it with the module's dict
 * as globals. Returns 0, or -1 with an exception pending. */
int py_exec_module(py_vm *vm, py_val module, const char *filename, const char *src);
/* A Python function's (or bound method's) qualname, file and first line; a native's
 * name with file NULL. False for other callables. */
bool py_func_info(py_val fn, const char **qualname, const char **file, int *line);
/* Gives exc, if it has no traceback (a failed call of a non-function), one entry for
 * the Python function fn (its first line): the library frame CPython would show. */
void py_exc_ensure_traceback(py_vm *vm, py_val exc, py_val fn);
/* True for an `async def` function or a method bound to one. */
bool py_is_coro_function(py_val fn);
/* A coroutine's file and first line; returns the line it is suspended at (its first
 * line if not started), 0 once done. */
int py_coro_info(py_val coro, const char **file, int *firstline);
bool py_coro_running(py_val coro);
/* The items of a tuple (borrowed); -1 if t is not a tuple. */
int64_t py_tuple_view(py_val t, py_val **items);
/* The items of a list (borrowed, valid until the list changes); -1 if not a list. */
int64_t py_list_view(py_val l, py_val **items);
void py_list_truncate(py_val l, int64_t n);   /* keeps the first n items */

/* Lanes (aio_support.c): a Python call run on its own C stack and fiber, so that it
 * can be switched out in the middle (an executor thread blocked in time.sleep, or at
 * the end of its GIL interval) and resumed later. One runs at a time. */
typedef struct py_lane py_lane;
py_lane *py_lane_new(py_vm *vm, py_val fn, py_val args);
/* Runs the lane until it yields or finishes: 0 yielded, 1 finished. */
int py_lane_resume(py_vm *vm, py_lane *l);
py_lane *py_lane_current(py_vm *vm);       /* the lane running now, or NULL */
void py_lane_yield(py_vm *vm);             /* from inside a lane: back to its resumer */
py_val py_lane_result(py_lane *l, bool *failed);
void py_lane_mark(py_vm *vm, py_lane *l);
void py_lane_free(py_vm *vm, py_lane *l);

#endif
