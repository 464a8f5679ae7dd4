/* vm.h - internals shared by the mini-Python's C files: object layouts, the VM
 * state, fibers and frames, and the helpers every object file uses. Not for aio/
 * (which sees only py.h). */
#ifndef LOOPLAB_PY_VM_H
#define LOOPLAB_PY_VM_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "base/base.h"
#include "py/py.h"

enum py_kind {
    K_STR, K_LIST, K_TUPLE, K_DICT, K_SET, K_RANGE, K_SLICE, K_FUNC, K_NATIVE, K_BOUND,
    K_CELL, K_CODE, K_TYPE, K_INST, K_MODULE, K_CORO, K_ITER, K_TB, K_NOBJ, K_WEAK,
    K_PROP, K_BYTES, K_BIGINT /* bigint.h */
};

struct py_obj {
    py_obj *gc_next;
    py_type *type;
    uint8_t kind;
    uint8_t marked;
    uint8_t finalized;
};

typedef struct py_str {
    py_obj hdr;
    uint64_t hash;      /* 0 = not yet computed */
    int64_t len;        /* bytes */
    int64_t cplen;      /* code points */
    uint8_t interned;
    char data[];
} py_str;

typedef struct py_list {
    py_obj hdr;
    py_val *items;
    int64_t len, cap;
} py_list;

typedef struct py_tuple {
    py_obj hdr;
    int64_t len;
    uint64_t hash;
    py_val items[];
} py_tuple;

typedef struct py_dentry {
    py_val key, val;
    uint64_t hash;
} py_dentry;

struct py_dict {
    py_obj hdr;
    py_dentry *entries;
    int32_t *index;     /* -1 empty, -2 deleted, else entry number */
    int64_t nentries, count, cap, isize;
    uint64_t version;   /* bumped on size changes (iteration checks) */
};

/* CPython-like set table: iteration follows slot order so small ints come out sorted. */
typedef struct py_sentry { py_val key; uint64_t hash; uint8_t used; } py_sentry;
typedef struct py_set {
    py_obj hdr;
    py_sentry *table;
    int64_t mask, fill, used;
    int64_t finger;     /* where set.pop() looks next, as CPython's */
    bool frozen;
} py_set;

typedef struct py_range { py_obj hdr; int64_t start, stop, step; } py_range;
typedef struct py_slice { py_obj hdr; py_val start, stop, step; } py_slice;
typedef struct py_cell { py_obj hdr; py_val v; } py_cell;

typedef struct py_loc { int32_t line, end_line; int16_t col, end_col; } py_loc;

enum { CO_VARARGS = 1, CO_VARKW = 2, CO_CORO = 4, CO_GEN = 8, CO_CLASS = 16, CO_MODULE = 32, CO_COMP = 64, CO_DOC = 128 };

typedef struct py_code {
    py_obj hdr;
    uint32_t *code;
    py_loc *locs;
    int ncode;
    py_val *consts;
    int nconsts;
    py_str **names;
    int nnames;
    py_str **varnames;   /* locals: params first */
    int nlocals;
    py_str **cellnames;  /* cells owned by this code */
    int ncells;
    int *cell2arg;       /* per cell: parameter index it starts from, or -1 */
    py_str **freenames;
    int nfree;
    int argcount, posonly, kwonly;
    int flags;
    int stacksize;
    int maxblocks;       /* SETUP_FINALLY instructions: a bound on the block stack */
    int firstline;
    py_str *name, *qualname, *filename;
} py_code;

typedef struct py_func {
    py_obj hdr;
    py_code *code;
    py_dict *globals;
    py_tuple *defaults;
    py_dict *kwdefaults;
    py_tuple *closure;
    py_dict *attrs;
    py_val doc;
} py_func;

typedef struct py_native {
    py_obj hdr;
    const char *name;
    py_native_fn fn;
    py_val self;        /* V_UNDEF for plain functions */
    py_type *owner;     /* for methods: the type, to name it in messages */
} py_native;

typedef struct py_bound { py_obj hdr; py_val self, func; } py_bound;

enum { TF_EXC = 1, TF_NATIVE = 2, TF_BUILTIN = 4, TF_BASEGROUP = 8, TF_GROUPROOT = 16,
       TF_SLOTS = 32, /* __slots__ all the way up: instances have no __dict__ */
       TF_CORO_LIKE = 64, /* asend/athrow awaitables: asyncio drives them as coroutines (collections.abc.Coroutine) */
       TF_WARN_UNAWAITED = 128 /* a native stand-in for a coroutine (sleep(0)): warns if dropped unawaited */ };

struct py_type {
    py_obj hdr;
    py_str *name;
    py_type *base;
    py_dict *dict;
    int flags;
    uint8_t inst_kind;      /* K_INST for classes, K_NOBJ for native types, builtin kinds otherwise */
    size_t native_size;
    void (*mark)(py_vm *vm, void *data);
    void (*finalize)(py_vm *vm, py_val self, void *data);
    py_val (*await_hook)(py_vm *vm, py_val self);
    py_val (*repr)(py_vm *vm, py_val self);
    py_native_fn call;      /* builtin types: the constructor */
};

/* Instances of classes; exceptions use the extra fields. */
typedef struct py_inst {
    py_obj hdr;
    py_dict *attrs;
    py_val args;          /* exceptions: tuple */
    py_val cause, context, tb, notes;
    bool suppress_context;
    py_val eg_msg, eg_excs; /* exception groups: str, tuple; eg_msg of an OSError: (errno, strerror, filename,
                             * filename2); of an AttributeError: name and obj, of a NameError: name (for suggestions) */
} py_inst;

typedef struct py_nobj { py_obj hdr; py_dict *attrs; _Alignas(16) char data[]; } py_nobj;

typedef struct py_module { py_obj hdr; py_str *name; py_dict *dict; } py_module;

typedef struct py_tb {
    py_obj hdr;
    py_code *code;
    int ip;
    py_val next;
    py_val locals;   /* a tuple of the frame's locals once it is gone, as a frame object keeps them */
} py_tb;

typedef struct py_weak { py_obj hdr; py_obj *target; } py_weak;
/* kind 0: property (fget/fset/fdel/doc; a builtin's getter such as int.real has only
 * fget), 1: staticmethod, 2: classmethod (fget: the function) */
typedef struct py_prop { py_obj hdr; py_val fget; int kind; py_val fset, fdel, doc; } py_prop;

enum py_iter_kind {
    IT_SEQ, IT_STR, IT_RANGE, IT_DICT_KEYS, IT_DICT_VALUES, IT_DICT_ITEMS, IT_SET, IT_ENUMERATE,
    IT_ZIP, IT_MAP, IT_FILTER, IT_REVERSED, IT_CALL, IT_SENTINEL, IT_BYTES, IT_DICT_VIEW_K, IT_DICT_VIEW_V, IT_DICT_VIEW_I
};
/* The names CPython gives its iterators (type(iter([])).__name__ == 'list_iterator'). */
enum py_iter_type {
    ITT_LIST, ITT_TUPLE, ITT_STR_ASCII, ITT_STR, ITT_RANGE, ITT_DICT_KEYS, ITT_DICT_VALUES, ITT_DICT_ITEMS,
    ITT_SET, ITT_ENUMERATE, ITT_ZIP, ITT_MAP, ITT_FILTER, ITT_LIST_REVERSED, ITT_REVERSED, ITT_DICT_REVKEYS,
    ITT_CALLABLE, ITT__COUNT
};
typedef struct py_iterobj {
    py_obj hdr;
    uint8_t ikind;
    py_val src, fn;
    int64_t idx, end, step;
    uint64_t version;
    py_val *many;      /* zip: iterators */
    int nmany;
} py_iterobj;

/* ---- fibers and frames ---- */
typedef struct py_block { uint32_t handler; uint32_t depth; } py_block;

typedef struct py_frame {
    py_code *code;
    py_func *func;
    py_dict *globals;
    py_dict *locals_dict;  /* class bodies and the module: names live in a dict */
    py_val *locals;        /* nlocals + ncells + nfree slots, then the value stack */
    py_val *stack;
    py_val *sp;
    uint32_t ip;           /* next instruction */
    uint32_t last_ip;      /* instruction being executed (tracebacks) */
    int nblocks, maxblocks;
    py_block *blocks;      /* maxblocks entries in the chunk, after the value stack */
    bool entry;            /* returning from this frame leaves the run loop */
    bool chunk_start;      /* its slots begin a new stack chunk */
    py_val *prev_top;      /* the chunk's top before this frame, restored on pop */
} py_frame;

typedef struct py_chunk {
    struct py_chunk *prev;
    size_t cap;
    py_val *top;
    py_val slots[];
} py_chunk;

typedef struct py_fiber {
    py_frame *frames;
    int nframes, cap;
    py_chunk *chunk;
    py_val exc_info;       /* exception being handled (sys.exc_info) */
    struct py_fiber *caller;
} py_fiber;

enum { CORO_CREATED, CORO_SUSPENDED, CORO_RUNNING, CORO_DONE };
/* coro_resume's status for an async generator's own `yield` (YIELD_VALUE 1), as
 * against an await inside it passing a future up (PY_CORO_YIELD): the asend/athrow
 * awaitables of gen.c turn it into the awaited result. */
enum { PY_CORO_AYIELD = 3 };
typedef struct py_coro {
    py_obj hdr;
    py_fiber fiber;
    py_func *func;
    uint8_t state;
    bool is_gen;         /* a plain generator (def with yield, generator expression) */
    bool is_agen;        /* an async generator (async def with yield) */
    bool ag_hooks_inited, ag_closed, ag_running_async;  /* async generators, as CPython's */
    bool warned;
    py_val ag_finalizer; /* async generators: sys.get_asyncgen_hooks().finalizer at first use */
    py_val awaiting;     /* the object this coroutine is suspended awaiting */
    int created_line;
    py_code *created_code;
} py_coro;

typedef struct py_modreg { char *name; py_module_init init; py_val module; } py_modreg;

struct py_vm {
    /* GC */
    py_obj *objects;
    size_t bytes, next_gc, mem_cap;
    uint64_t stress_tick;         /* PY_DEBUG_STRESS_GC: allocations seen on a big heap */
    bool mem_exceeded;
    int gc_paused;
    size_t nfinal;         /* live objects that may need a finalizer call */
    py_val *tmp;
    size_t ntmp, tmpcap;
    py_obj **gray;
    size_t ngray, graycap;
    py_weak **weaks;
    size_t nweaks, weakcap;
    /* interned strings */
    py_str **interned;
    size_t ninterned, interncap;
    /* execution */
    py_fiber main_fiber;
    py_fiber *fiber;       /* running fiber */
    int depth;             /* Python call depth (recursion limit) */
    int c_depth;           /* nested interpreter loops on the C stack */
    py_val exc;            /* pending exception, V_UNDEF if none */
    volatile int interrupted;
    uint64_t steps, step_every, step_next;
    void (*step_hook)(py_vm *vm, uint64_t steps, void *ud);
    void *step_ud;
    void (*unawaited_hook)(py_vm *vm, py_val coro, void *ud);
    void *unawaited_ud;
    void (*output_hook)(py_vm *vm, int stream, const char *s, size_t n, void *ud);
    void *output_ud;
    char **warned;         /* "file:line:text" of warnings shown (shown once each) */
    int nwarned;
    bool coro_dropped_by_raise;  /* an unwound frame held a never-started coroutine */
    /* program */
    const char *path, *abs_path;
    char *source;
    py_dict *builtins;
    py_dict *main_globals;
    py_modreg *mods;
    int nmods, modcap;
    py_val sys_stdout, sys_stderr, argv;
    FILE *out, *err;
    int exit_code;
    py_obj *repr_stack[64];
    int nrepr;
    int cmp_nest;
    int64_t nsusp_gens;    /* generators and async generators suspended now (gen.c: when a drop may close one) */
    py_val agen_firstiter, agen_finalizer;  /* sys.set_asyncgen_hooks */          /* containers being compared element-wise: recursion levels, as in CPython */
    bool exiting;
    /* well-known types */
    py_type *t_object, *t_type, *t_none, *t_bool, *t_int, *t_float, *t_str, *t_list, *t_tuple,
        *t_dict, *t_set, *t_frozenset, *t_range, *t_slice, *t_function, *t_builtin, *t_method,
        *t_cell, *t_code, *t_module, *t_coro, *t_gen, *t_iter, *t_tb, *t_weak, *t_prop,
        *t_dict_keys, *t_dict_values, *t_dict_items, *t_ellipsis, *t_super, *t_stdio, *t_bytes,
        *t_staticmethod, *t_classmethod, *t_alias, *t_union, *t_agen, *t_asend, *t_athrow, *t_anext_aw;
    py_type *t_iters[ITT__COUNT];  /* list_iterator, zip, ...: subtypes of t_iter (GC marks t_object..t_nonetype) */
    py_type *t_nonetype;
    /* exceptions */
    py_type *e_base, *e_exc, *e_type, *e_value, *e_key, *e_index, *e_lookup, *e_zero, *e_arith,
        *e_runtime, *e_name, *e_unbound, *e_attr, *e_assert, *e_timeout, *e_overflow,
        *e_recursion, *e_kbint, *e_stopiter, *e_stopasync, *e_group, *e_basegroup, *e_import,
        *e_notimpl, *e_memory, *e_sysexit, *e_genexit, *e_oserror, *e_syntax, *e_unicode,
        *e_eof, *e_modnotfound, *e_unicode_decode, *e_unicode_encode, *e_permission, *e_connrefused,
        *e_connreset, *e_brokenpipe;
    py_val ellipsis;
    py_val notimpl;        /* NotImplemented */
    /* interned names used by the VM */
    py_str *s_init, *s_str, *s_repr, *s_name, *s_main, *s_eq, *s_lt, *s_le, *s_gt, *s_ge,
        *s_ne, *s_hash, *s_len, *s_call, *s_aenter, *s_aexit, *s_class, *s_dict, *s_doc,
        *s_qualname, *s_module, *s_getattr, *s_add, *s_bool, *s_contains, *s_getitem, *s_iter, *s_next,
        *s_enter, *s_exit, *s_args, *s_new, *s_setitem, *s_format, *s_await;
};

/* ---- value helpers ---- */
/* memcpy/memmove that accept NULL pointers when n is 0 (empty containers). */
static inline void mem_copy(void *d, const void *s, size_t n) { if (n) memcpy(d, s, n); }
static inline void mem_move(void *d, const void *s, size_t n) { if (n) memmove(d, s, n); }
static inline bool is_obj(py_val v) { return v.tag == V_OBJ; }
static inline bool is_kind(py_val v, int k) { return v.tag == V_OBJ && v.u.o->kind == k; }
static inline py_val undef_val(void) { py_val v; v.tag = V_UNDEF; v.u.i = 0; return v; }
#define AS_STR(v) ((py_str *)(v).u.o)
#define AS_LIST(v) ((py_list *)(v).u.o)
#define AS_TUPLE(v) ((py_tuple *)(v).u.o)
#define AS_DICT(v) ((py_dict *)(v).u.o)
#define AS_SET(v) ((py_set *)(v).u.o)
#define AS_TYPE(v) ((py_type *)(v).u.o)
#define AS_INST(v) ((py_inst *)(v).u.o)
#define AS_FUNC(v) ((py_func *)(v).u.o)
#define AS_CORO(v) ((py_coro *)(v).u.o)
#define AS_ITER(v) ((py_iterobj *)(v).u.o)

/* ---- gc.c ---- */
void *py_alloc_obj(py_vm *vm, size_t size, int kind, py_type *type);
void *py_mem(py_vm *vm, void *p, size_t old, size_t size);
void py_gc_init(py_vm *vm);
void py_gc_free_all(py_vm *vm);
void py_mark_obj(py_vm *vm, py_obj *o);

/* ---- objects (obj.c) ---- */
py_str *str_new(py_vm *vm, const char *s, size_t n);
py_str *str_intern(py_vm *vm, const char *s, size_t n);
py_str *str_intern_c(py_vm *vm, const char *s);
uint64_t str_hash(py_str *s);
bool str_eq(py_str *a, py_str *b);
py_val str_from_sbuf(py_vm *vm, sbuf *b);  /* MemoryError if STR_TOO_BIG */
/* A string built outside the collector (an sbuf) longer than half the memory cap is
 * refused with MemoryError: py_mem stops the whole program at one and a half. */
#define STR_TOO_BIG(vm, n) ((size_t)(n) > (vm)->mem_cap / 2)
py_val raise_mem_cap(py_vm *vm);            /* MemoryError: the memory cap */
/* Raises the exception a pyfmt_* error code stands for, with its message. */
py_val raise_pyfmt(py_vm *vm, int code, const char *msg);
py_val str_index(py_vm *vm, py_str *s, int64_t i);
int64_t utf8_count(const char *s, int64_t n);
const char *utf8_offset(py_str *s, int64_t cp);
py_list *list_new(py_vm *vm, int64_t cap);
void list_push(py_vm *vm, py_list *l, py_val v);
py_tuple *tuple_new(py_vm *vm, int64_t n);
py_dict *dict_new(py_vm *vm);
int dict_lookup(py_vm *vm, py_dict *d, py_val key, py_val *out);  /* 1 found, 0 not, -1 error */
int dict_set(py_vm *vm, py_dict *d, py_val key, py_val v);        /* 0 or -1 */
int dict_del(py_vm *vm, py_dict *d, py_val key);                  /* 1 deleted, 0 absent, -1 error */
py_val dict_get_str(py_dict *d, py_str *key);                     /* V_UNDEF if absent; key interned or not */
void dict_set_str(py_vm *vm, py_dict *d, py_str *key, py_val v);
py_set *set_new(py_vm *vm);
int set_add(py_vm *vm, py_set *s, py_val key);
int set_contains(py_vm *vm, py_set *s, py_val key);  /* 1/0/-1 */
int set_discard(py_vm *vm, py_set *s, py_val key);   /* 1/0/-1 */
int set_add_hashed(py_vm *vm, py_set *s, py_val key, uint64_t h);
int set_contains_hashed(py_vm *vm, py_set *s, py_val key, uint64_t h);
int set_discard_hashed(py_vm *vm, py_set *s, py_val key, uint64_t h);
void set_resize(py_vm *vm, py_set *s, int64_t minused);
/* set.c: CPython 3.11's set algebra (so tables fill, and sets print, in its order) */
py_set *set_new_like(py_vm *vm, py_set *proto);                 /* empty set or frozenset, as proto */
int set_update_from(py_vm *vm, py_set *so, py_val other);       /* set_update_internal */
py_set *set_copy(py_vm *vm, py_set *so);
py_set *set_intersection(py_vm *vm, py_set *so, py_val other);
py_set *set_difference(py_vm *vm, py_set *so, py_val other);
int set_difference_update(py_vm *vm, py_set *so, py_val other);
py_set *set_symmetric_difference(py_vm *vm, py_set *so, py_val other);
int set_symmetric_difference_update(py_vm *vm, py_set *so, py_val other);
void set_swap_bodies(py_set *a, py_set *b);
void set_clear_all(py_vm *vm, py_set *so);
py_val set_binary(py_vm *vm, int op, py_set *a, py_set *b, bool inplace);
bool is_dict_setview(py_val v);                                  /* dict_keys or dict_items */
py_val dictview_binop(py_vm *vm, int op, py_val a, py_val b);   /* & | - ^ with a view: a set */
int dictview_compare(py_vm *vm, int op, py_val a, py_val b);     /* view == set etc.; -2: not comparable */
py_val dictview_isdisjoint(py_vm *vm, py_val *args, int nargs, py_dict *kw);
int py_hash(py_vm *vm, py_val v, uint64_t *out);
uint64_t py_identity_hash(py_obj *o);
int py_eq(py_vm *vm, py_val a, py_val b);            /* 1/0/-1 */
py_val py_compare(py_vm *vm, int op, py_val a, py_val b);
py_val py_binop(py_vm *vm, int op, py_val a, py_val b, bool inplace);
py_val py_unary(py_vm *vm, int op, py_val a);
py_val py_getitem(py_vm *vm, py_val o, py_val key);
int py_setitem(py_vm *vm, py_val o, py_val key, py_val v);
int py_delitem(py_vm *vm, py_val o, py_val key);
py_val py_iter(py_vm *vm, py_val o);
/* next item: 1 got one, 0 exhausted, -1 error */
int py_next(py_vm *vm, py_val it, py_val *out);
int64_t py_len(py_vm *vm, py_val o);   /* -1 on error */
py_val py_contains(py_vm *vm, py_val container, py_val item);
py_val py_format(py_vm *vm, py_val v, py_val spec);
void py_repr_into(py_vm *vm, sbuf *b, py_val v, int depth);
int py_str_into(py_vm *vm, sbuf *b, py_val v);
py_val py_getattr_str(py_vm *vm, py_val o, py_str *name);
int py_setattr_str(py_vm *vm, py_val o, py_str *name, py_val v);
int py_delattr_str(py_vm *vm, py_val o, py_str *name);
py_val type_lookup(py_type *t, py_str *name);
bool type_is_sub(py_type *t, py_type *base);
py_type *type_new(py_vm *vm, const char *name, py_type *base, int inst_kind);
py_val slice_indices(py_vm *vm, py_slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step);
py_val seq_to_tuple(py_vm *vm, py_val it);
/* match.c: MATCH_CASE. 1 matched (*captures the slot tuple), 0 not, -1 error (raised
 * by the sub-pattern whose NOP is at instruction *err_at, if >= 0),
 * -2 the error a value raised when evaluated (MATCH_DEFER), now reached. */
int match_case(py_vm *vm, py_val pat, py_val subj, py_val values, py_val *captures, int *err_at);
py_val seq_to_list(py_vm *vm, py_val it);
int int_index(py_vm *vm, py_val v, int64_t *out);
py_val range_new(py_vm *vm, int64_t a, int64_t b, int64_t c);
py_val iter_new(py_vm *vm, int ikind, py_val src);
void obj_init_types(py_vm *vm);
void obj_init_methods(py_vm *vm);
py_val py_percent_format(py_vm *vm, py_str *fmt, py_val args);
py_val py_ascii(py_vm *vm, py_val v);
py_val py_str_format_method(py_vm *vm, py_str *fmt, py_val *args, int nargs, py_dict *kw);
int sort_values(py_vm *vm, py_val *items, int64_t n, py_val key, bool reverse);

/* ---- bytes (bytes.c): K_BYTES objects share py_str's layout ---- */
py_str *bytes_new(py_vm *vm, const char *s, size_t n);
void bytes_repr_into(sbuf *b, const char *s, size_t n);
py_val bytes_index(py_vm *vm, py_str *s, int64_t i);
py_val bytes_contains(py_vm *vm, py_str *h, py_val item);
py_val ctor_bytes(py_vm *vm, py_val *args, int nargs, py_dict *kw);
py_val bytes_to_str(py_vm *vm, py_val *args, int nargs, py_dict *kw);
py_val str_encode_method(py_vm *vm, py_val *args, int nargs, py_dict *kw);
void bytes_init_methods(py_vm *vm);

/* ---- exceptions (exc.c) ---- */
py_val exc_new(py_vm *vm, py_type *t, const char *msg);
py_val exc_make(py_vm *vm, py_type *t, py_val *args, int nargs);
py_val raise_type(py_vm *vm, py_type *t, const char *fmt, ...) LL_PRINTF(3, 4);
void exc_set_pending(py_vm *vm, py_val exc);
bool exc_matches(py_vm *vm, py_val exc, py_type *t);
void exc_init_types(py_vm *vm);
void exc_add_tb(py_vm *vm, py_val exc, py_code *code, int ip);
py_val exc_current_handled(py_vm *vm);
void exc_print(py_vm *vm, py_val exc, FILE *f);
void exc_print_unchained(py_vm *vm, py_val exc);
py_val exc_group_split(py_vm *vm, py_val eg, py_val match_type, py_val *rest);
py_val exc_group_new(py_vm *vm, py_type *t, py_val msg, py_val excs);
py_val exc_str(py_vm *vm, py_val exc);
void exc_oserror_args(py_vm *vm, py_inst *e);
void type_init_object_attr_methods(py_vm *vm);
void type_init_object_new(py_vm *vm);
bool type_slot_allowed(py_vm *vm, py_type *t, py_str *name);  /* a __slots__ name of t or its bases */  /* object.__setattr__/__delattr__/__getattribute__ */
py_val py_builtin_dunder(py_vm *vm, py_type *t, py_str *name);  /* dunder.c: (5).__add__, super().__str__ */
py_val py_default_repr(py_vm *vm, py_val v);  /* object.__repr__ / BaseException.__repr__ */
void py_syntax_warning(py_vm *vm, int line, const char *msg);  /* "FILE:LINE: SyntaxWarning: MSG" + the line */
/* generic.c: list[int], int | None */
void generic_init(py_vm *vm);
py_val py_class_getitem(py_vm *vm, py_type *t, py_val key);
py_val py_union_or(py_vm *vm, py_val a, py_val b);           /* undef: not a union */
py_tuple *py_union_members(py_vm *vm, py_val v);            /* NULL: not a union */
bool py_is_generic_alias(py_vm *vm, py_val v);
bool py_is_union(py_vm *vm, py_val v);
const char *py_suggestion(py_vm *vm, py_val exc);  /* "Did you mean" for an uncaught NameError/AttributeError */
const char *const *py_dir_names(const char *key, int *n);  /* dir_db.c: CPython's names for suggestions */
py_type *exc_oserror_subclass(py_vm *vm, py_type *t, py_val *args, int nargs);

/* ---- vm.c ---- */
py_val vm_call(py_vm *vm, py_val callable, py_val *args, int nargs, py_dict *kw);
py_val vm_call_method(py_vm *vm, py_val self, py_str *name, py_val *args, int nargs);
py_val vm_lookup_special(py_vm *vm, py_val self, py_str *name); /* bound callable or V_UNDEF */
py_val vm_run_code(py_vm *vm, py_code *code, py_dict *globals, py_dict *locals);
/* Raises KeyboardInterrupt after py_interrupt, or MemoryError once past the memory cap
 * (as the dispatch loop does between instructions); returns -1 then, else 0. For natives
 * that loop, so that Ctrl-C and the cap reach them too. */
int vm_check_interrupt(py_vm *vm);
void fiber_mark(py_vm *vm, py_fiber *f);
void fiber_free(py_vm *vm, py_fiber *f);
py_val coro_resume(py_vm *vm, py_coro *c, py_val v, py_val exc, int *status);
/* Collects now if a value being dropped is a suspended generator (CPython closes it
 * when its last reference goes, running its finally blocks at that line). */
void vm_drop_gens(py_vm *vm, const py_val *vals, int64_t n);
static inline bool gen_is_suspended(py_val v)
{
    return v.tag == V_OBJ && v.u.o->kind == K_CORO && ((py_coro *)v.u.o)->state == CORO_SUSPENDED &&
           (((py_coro *)v.u.o)->is_gen || ((py_coro *)v.u.o)->is_agen);
}

/* ---- gen.c: generators, yield from, async generators ---- */
void gen_init_types(py_vm *vm);
void gen_init_sys(py_vm *vm, py_val sys_module);
py_val gen_yield_from_iter(py_vm *vm, py_val v);       /* GET_YIELD_FROM_ITER */
py_val gen_aiter(py_vm *vm, py_val v);                 /* GET_AITER */
py_val gen_anext(py_vm *vm, py_val v);                 /* GET_ANEXT: the awaitable */
static inline bool gen_coro_like(py_val v)
{
    return v.tag == V_OBJ && v.u.o->kind == K_NOBJ && (v.u.o->type->flags & TF_CORO_LIKE);
}
int gen_aw_state(py_val v);                            /* 0 not started, 1 started, 2 done */
const char *gen_aw_name(py_val v);                     /* "<async_generator_athrow without __name__>" */
bool gen_is_agen_awaitable(py_vm *vm, py_val v);      /* asend / athrow / anext awaitables */
py_val gen_next_value(py_vm *vm, py_coro *c);          /* next(gen): StopIteration(value) at its return */
py_val vm_get_awaitable(py_vm *vm, py_val v);          /* GET_AWAITABLE */
/* One step of `yield from aw` / `await aw` on a delegate that is not a coroutine object:
 * an iterator (v sent, or exc thrown) or an asend/athrow awaitable. Returns the value
 * yielded (status PY_CORO_YIELD), the delegate's result (RETURN) or V_ERR (ERROR). */
py_val gen_delegate_step(py_vm *vm, py_val aw, py_val v, py_val exc, int *status);
/* Closes a delegate (a generator's close(), an iterator's close method if any). 0 / -1. */
int gen_close_delegate(py_vm *vm, py_val aw);
/* PEP 479: StopIteration leaving a generator (or StopAsyncIteration an async
 * generator) becomes RuntimeError from it. Call with the exception pending. */
void gen_convert_stop(py_vm *vm, py_coro *c);
/* The collector's finalizer for a suspended generator: close it (CPython's
 * _PyGen_Finalize), or hand an async generator to its finalizer hook. */
void gen_finalize(py_vm *vm, py_coro *c);
/* "Exception ignored in: <obj repr>" and the traceback, as PyErr_WriteUnraisable. */
void gen_write_unraisable(py_vm *vm, py_val obj, py_val exc);

/* ---- builtins.c, modules ---- */
int want_args(py_vm *vm, const char *name, int nargs, int lo, int hi);
/* ARGS_METH: "len() takes exactly one argument (2 given)" (METH_O / METH_NOARGS);
 * ARGS_EXPECTED: "pop expected at most 1 argument, got 2" (_PyArg_CheckPositional);
 * ARGS_TUPLE: "count() takes at least 1 argument (0 given)" (PyArg_ParseTuple). */
enum { ARGS_METH, ARGS_EXPECTED, ARGS_TUPLE };
int want_args_as(py_vm *vm, const char *name, int nargs, int lo, int hi, int style);
/* Refuses keyword arguments a builtin function, type or method does not take (0 / -1). */
int builtin_kw_check(py_vm *vm, py_type *owner, const char *name, py_dict *kw);
void methods_init(py_vm *vm);
py_val type_call(py_vm *vm, py_type *t, py_val *args, int nargs, py_dict *kw);
py_val build_class(py_vm *vm, py_val body, py_val name, py_val *bases, int nbases);
void modules_init(py_vm *vm);
void mathmod_register(py_vm *vm);   /* mathmod.c: the math module */
void randmod_register(py_vm *vm);   /* randmod.c: the random module */
void stdmods_register(py_vm *vm);   /* stdmods.c: functools, typing, dataclasses, contextlib, collections */
const char *py_memmem(const char *h, size_t hn, const char *n, size_t nn);
void builtins_init(py_vm *vm);
py_val import_module(py_vm *vm, py_str *name);

/* ---- compile.c ---- */
struct py_node;
/* Compiles a module AST; on error returns NULL with a message. */
/* err_loc: line, col, end line, end col (1-based) of the SyntaxError. */
py_code *py_compile_module(py_vm *vm, struct py_node *mod, char *err, size_t errlen, int err_loc[4]);
/* interactive: REPL input (top-level expression values go to __displayhook__, and a
 * top-level await makes the code a coroutine). */
py_val vm_module_coro(py_vm *vm, py_code *code, py_dict *globals);
py_code *py_compile_input(py_vm *vm, struct py_node *mod, bool interactive, char *err, size_t errlen,
                          int err_loc[4]);
void py_disassemble(py_vm *vm, py_code *code, FILE *f);

#define PY_RECURSION_LIMIT 1000
/* Nested runs of the interpreter loop from C (a __repr__ called by repr()) each take
 * about 2 KB of C stack (more under ASan); the recursion limit is what CPython
 * enforces, this is only the backstop for the C stack (lanes have LANE_STACK). */
#define PY_C_DEPTH_LIMIT 1100

#endif
