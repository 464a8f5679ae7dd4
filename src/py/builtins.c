/* builtins.c - the builtin functions, the constructors of the builtin types, and
 * the VM's creation (types, interned names, builtins dict). Error messages are
 * CPython 3.11's. Methods of str/list/dict/set live in methods.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "py/ast.h"
#include "py/pyfmt.h"
#include "py/sort.h"
#include "py/bigint.h"
#include "py/vm.h"

py_val builtin_super(py_vm *vm, py_val *args, int nargs, py_dict *kw);
void super_mark(py_vm *vm, void *data);

/* Checks the positional count: CPython's "f() takes exactly one argument (2 given)". */
int want_args(py_vm *vm, const char *name, int nargs, int lo, int hi)
{
    return want_args_as(vm, name, nargs, lo, hi, lo == hi && lo <= 1 ? ARGS_METH : ARGS_EXPECTED);
}

/* The argument-count check, worded as CPython words it for that kind of callable. */
int want_args_as(py_vm *vm, const char *name, int nargs, int lo, int hi, int style)
{
    if (nargs >= lo && nargs <= hi) return 0;
    const char *s = (nargs < lo ? lo : hi) == 1 ? "" : "s";
    if (style == ARGS_METH && hi == 1) {
        raise_type(vm, vm->e_type, "%s() takes exactly one argument (%d given)", name, nargs);
    } else if (style == ARGS_METH) {
        raise_type(vm, vm->e_type, "%s() takes no arguments (%d given)", name, nargs);
    } else if (style == ARGS_TUPLE) {  /* PyArg_ParseTuple */
        raise_type(vm, vm->e_type, "%s() takes %s %d argument%s (%d given)", name,
                   lo == hi ? "exactly" : nargs < lo ? "at least" : "at most", nargs < lo ? lo : hi, s, nargs);
    } else {  /* _PyArg_CheckPositional */
        raise_type(vm, vm->e_type, "%s expected %s%d argument%s, got %d", name,
                   lo == hi ? "" : nargs < lo ? "at least " : "at most ", nargs < lo ? lo : hi, s, nargs);
    }
    return -1;
}

static int no_kw(py_vm *vm, const char *name, py_dict *kw)
{
    if (kw && kw->count) {
        raise_type(vm, vm->e_type, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

/* Which keyword arguments the builtins accept, and how CPython refuses the others:
 * "'foo' is an invalid keyword argument for print()" where some are accepted,
 * "len() takes no keyword arguments" (or "str.upper() ...") where none are. Only the
 * builtin functions, types and methods listed here are checked; "*" takes any. */
typedef struct kw_rule { const char *owner, *name, *allowed, *label; } kw_rule;
static const kw_rule kw_rules[] = {
    {NULL, "print", "sep end file flush", NULL}, {NULL, "sorted", "key reverse", "sort"},
    {NULL, "min", "key default", NULL}, {NULL, "max", "key default", NULL}, {NULL, "sum", "start", NULL},
    {NULL, "round", "number ndigits", NULL}, {NULL, "pow", "base exp mod", NULL},
    {NULL, "enumerate", "iterable start", NULL}, {NULL, "zip", "strict", NULL},
    {NULL, "int", "base", NULL}, {NULL, "str", "object encoding errors", NULL}, {NULL, "dict", "*", NULL},
    {"str", "split", "sep maxsplit", NULL}, {"str", "rsplit", "sep maxsplit", NULL},
    {"str", "splitlines", "keepends", NULL}, {"str", "encode", "encoding errors", NULL}, {"str", "expandtabs", "tabsize", NULL}, {"str", "format", "*", NULL},
    {"list", "sort", "key reverse", NULL}, {"dict", "update", "*", NULL},
    {"int", "to_bytes", "length byteorder signed", NULL}, {"int", "from_bytes", "bytes byteorder signed", NULL},
    {"bool", "to_bytes", "length byteorder signed", NULL}, {"bool", "from_bytes", "bytes byteorder signed", NULL},
};
static const char *const kw_checked_builtins =
    " print input len repr ascii abs isinstance issubclass any all sum min max sorted reversed enumerate zip map"
    " filter iter next divmod pow round hash callable getattr hasattr setattr delattr chr ord hex oct bin"
    " format id vars globals int float str bool list tuple dict set frozenset range ";
static const char *const kw_checked_types = " str list dict set frozenset tuple range int float bool ";

static bool word_in(const char *words, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = words; (p = strstr(p, w)) != NULL; p += n)
        if ((p == words || p[-1] == ' ') && (p[n] == ' ' || p[n] == 0)) return true;
    return false;
}

int builtin_kw_check(py_vm *vm, py_type *owner, const char *name, py_dict *kw)
{
    if (!kw || kw->count == 0) return 0;
    const char *oname = owner ? owner->name->data : NULL;
    if (oname ? !word_in(kw_checked_types, oname) : !word_in(kw_checked_builtins, name)) return 0;
    const kw_rule *rule = NULL;
    for (size_t i = 0; i < LL_ARRAY_LEN(kw_rules); i++) {
        const kw_rule *r = &kw_rules[i];
        if (strcmp(r->name, name) == 0 && (r->owner ? oname && strcmp(r->owner, oname) == 0 : !oname)) rule = r;
    }
    if (rule && strcmp(rule->allowed, "*") == 0) return 0;
    if (!oname && (strcmp(name, "min") == 0 || strcmp(name, "max") == 0) && kw->count > 2) {
        raise_type(vm, vm->e_type, "%s() takes at most 2 keyword arguments (%lld given)", name, (long long)kw->count);
        return -1;
    }
    if (!rule) {
        if (oname) raise_type(vm, vm->e_type, "%s.%s() takes no keyword arguments", oname, name);
        else raise_type(vm, vm->e_type, "%s() takes no keyword arguments", name);
        return -1;
    }
    for (int64_t i = 0; i < kw->nentries; i++) {
        py_val k = kw->entries[i].key;
        if (k.tag == V_UNDEF || !is_kind(k, K_STR) || word_in(rule->allowed, AS_STR(k)->data)) continue;
        raise_type(vm, vm->e_type, "'%s' is an invalid keyword argument for %s()", AS_STR(k)->data,
                   rule->label ? rule->label : name);
        return -1;
    }
    return 0;
}

/* ---------------- output ---------------- */

FILE *py_stdout(py_vm *vm) { return vm->out; }
FILE *py_stderr(py_vm *vm) { return vm->err; }

static FILE *stdio_file(py_vm *vm, py_val f)
{
    if (is_kind(f, K_NOBJ) && f.u.o->type == vm->t_stdio) return *(FILE **)py_native_data(f);
    return NULL;
}

void py_write_stdout(py_vm *vm, const char *s, size_t n) { py_output(vm, 1, s, n); }

void py_output(py_vm *vm, int stream, const char *s, size_t n)
{
    if (stream == 2) fflush(vm->out);
    fwrite(s, 1, n, stream == 2 ? vm->err : vm->out);
    if (vm->output_hook && n) vm->output_hook(vm, stream, s, n, vm->output_ud);
}

void py_set_output_hook(py_vm *vm, void (*hook)(py_vm *vm, int stream, const char *s, size_t n, void *ud), void *ud)
{
    vm->output_hook = hook;
    vm->output_ud = ud;
}

static int write_to(py_vm *vm, py_val file, const char *s, size_t n)
{
    FILE *f = stdio_file(vm, file);
    if (f) {
        py_output(vm, f == vm->err ? 2 : 1, s, n);
        return 0;
    }
    py_val str = py_obj_val(str_new(vm, s, n));
    py_val r = vm_call_method(vm, file, str_intern_c(vm, "write"), &str, 1);
    return py_is_err(r) ? -1 : 0;
}

static py_val bi_print(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val sep = py_kwarg(vm, kw, "sep"), end = py_kwarg(vm, kw, "end"), file = py_kwarg(vm, kw, "file");
    py_val flush = py_kwarg(vm, kw, "flush");
    if (sep.tag != V_UNDEF && sep.tag != V_NONE && !is_kind(sep, K_STR))
        return raise_type(vm, vm->e_type, "sep must be None or a string, not %s", py_type_name(vm, sep));
    if (end.tag != V_UNDEF && end.tag != V_NONE && !is_kind(end, K_STR))
        return raise_type(vm, vm->e_type, "end must be None or a string, not %s", py_type_name(vm, end));
    if (file.tag == V_UNDEF || file.tag == V_NONE) file = vm->sys_stdout;
    sbuf b = {0};
    for (int i = 0; i < nargs; i++) {
        if (i) {
            if (is_kind(sep, K_STR)) sbuf_add(&b, AS_STR(sep)->data, (size_t)AS_STR(sep)->len);
            else sbuf_addc(&b, ' ');
        }
        if (py_str_into(vm, &b, args[i]) < 0) { sbuf_free(&b); return py_err(); }
    }
    if (is_kind(end, K_STR)) sbuf_add(&b, AS_STR(end)->data, (size_t)AS_STR(end)->len);
    else sbuf_addc(&b, '\n');
    int r = write_to(vm, file, b.data ? b.data : "", b.len);
    sbuf_free(&b);
    if (r < 0) return py_err();
    if (py_truthy(vm, flush)) { FILE *f = stdio_file(vm, file); if (f) fflush(f); }
    return py_none();
}

static py_val bi_input(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "input", nargs, 0, 1) < 0) return py_err();
    if (nargs == 1) {
        sbuf b = {0};
        if (py_str_into(vm, &b, args[0]) < 0) { sbuf_free(&b); return py_err(); }
        py_output(vm, 1, b.data ? b.data : "", b.len);
        sbuf_free(&b);
    }
    fflush(vm->out);
    sbuf line = {0};
    int c;
    bool any = false;
    while ((c = getchar()) != EOF) {
        any = true;
        if (c == '\n') break;
        sbuf_addc(&line, (char)c);
    }
    if (!any) { sbuf_free(&line); return raise_type(vm, vm->e_eof, "EOF when reading a line"); }
    if (line.len && line.data[line.len - 1] == '\r') line.len--;
    return str_from_sbuf(vm, &line);
}

/* ---------------- simple builtins ---------------- */

static py_val bi_len(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "len", nargs, 1, 1) < 0) return py_err();
    int64_t n = py_len(vm, args[0]);
    return n < 0 ? py_err() : py_int(n);
}

/* A builtin that CPython calls through a recursion check (METH_O functions such as
 * repr, abs and hash): one level, " while calling a Python object". */
static bool builtin_enter(py_vm *vm)
{
    if (vm->depth + 1 > PY_RECURSION_LIMIT) {
        raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded while calling a Python object");
        return false;
    }
    vm->depth++;
    return true;
}

static py_val bi_repr(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "repr", nargs, 1, 1) < 0) return py_err();
    return py_repr(vm, args[0]);  /* its call level is folded into py_repr_into's count */
}

static py_val bi_ascii(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "ascii", nargs, 1, 1) < 0) return py_err();
    return py_ascii(vm, args[0]);
}

static py_val bi_abs(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "abs", nargs, 1, 1) < 0) return py_err();
    py_val v = args[0];
    if (v.tag == V_INT || v.tag == V_BOOL) {
        if (v.u.i == INT64_MIN) return bigint_abs(vm, v);
        return py_int(v.u.i < 0 ? -v.u.i : v.u.i);
    }
    if (bigint_is(v)) return bigint_abs(vm, v);
    if (v.tag == V_FLOAT) return py_float(fabs(v.u.f));
    if (is_kind(v, K_INST)) {
        if (!builtin_enter(vm)) return py_err();
        py_val r = vm_call_method(vm, v, str_intern_c(vm, "__abs__"), NULL, 0);
        vm->depth--;
        return r;
    }
    return raise_type(vm, vm->e_type, "bad operand type for abs(): '%s'", py_type_name(vm, v));
}

/* isinstance / issubclass against a class, a (nested) tuple of them or a union, in
 * order, stopping at the first match: 1, 0, or -1 after raising. */
static int class_check(py_vm *vm, py_val x, py_val c, bool sub)
{
    py_tuple *members = is_kind(c, K_TUPLE) ? AS_TUPLE(c) : py_union_members(vm, c);
    if (members) {
        for (int64_t i = 0; i < members->len; i++) {
            int r = class_check(vm, x, members->items[i], sub);
            if (r) return r;
        }
        return 0;
    }
    if (py_is_generic_alias(vm, c)) {
        raise_type(vm, vm->e_type, "%s() argument 2 cannot be a parameterized generic", sub ? "issubclass" : "isinstance");
        return -1;
    }
    if (!is_kind(c, K_TYPE)) {
        raise_type(vm, vm->e_type, sub ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                                       : "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (!sub) return py_isinstance(vm, x, c);
    if (AS_TYPE(c) == vm->t_int && AS_TYPE(x) == vm->t_bool) return 1;
    return type_is_sub(AS_TYPE(x), AS_TYPE(c));
}

static py_val bi_isinstance(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2) return raise_type(vm, vm->e_type, "isinstance expected 2 arguments, got %d", nargs);
    int r = class_check(vm, args[0], args[1], false);
    return r < 0 ? py_err() : py_bool(r);
}

static py_val bi_issubclass(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2) return raise_type(vm, vm->e_type, "issubclass expected 2 arguments, got %d", nargs);
    if (!is_kind(args[0], K_TYPE)) return raise_type(vm, vm->e_type, "issubclass() arg 1 must be a class");
    int r = class_check(vm, args[0], args[1], true);
    return r < 0 ? py_err() : py_bool(r);
}

static py_val bi_anyall(py_vm *vm, py_val *args, int nargs, bool any)
{
    if (want_args(vm, any ? "any" : "all", nargs, 1, 1) < 0) return py_err();
    py_val it = py_iter(vm, args[0]);
    if (py_is_err(it)) return it;
    py_tmp_push(vm, it);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return py_err();
        if (r == 0) return py_bool(!any);
        bool t = py_truthy(vm, x);
        if (py_exc_pending(vm)) return py_err();
        if (t == any) return py_bool(any);
    }
}
static py_val bi_any(py_vm *vm, py_val *args, int nargs, py_dict *kw) { (void)kw; return bi_anyall(vm, args, nargs, true); }
static py_val bi_all(py_vm *vm, py_val *args, int nargs, py_dict *kw) { (void)kw; return bi_anyall(vm, args, nargs, false); }

static py_val bi_sum(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs == 0) return raise_type(vm, vm->e_type, "sum() takes at least 1 positional argument (0 given)");
    if (want_args_as(vm, "sum", nargs, 1, 2, ARGS_TUPLE) < 0) return py_err();
    py_val acc = nargs == 2 ? args[1] : py_kwarg(vm, kw, "start");
    if (acc.tag == V_UNDEF) acc = py_int(0);
    if (is_kind(acc, K_STR)) return raise_type(vm, vm->e_type, "sum() can't sum strings [use ''.join(seq) instead]");
    if (is_kind(acc, K_BYTES)) return raise_type(vm, vm->e_type, "sum() can't sum bytes [use b''.join(seq) instead]");
    py_val it = py_iter(vm, args[0]);
    if (py_is_err(it)) return it;
    py_tmp_push(vm, it);
    /* CPython adds floats with compensated summation (3.12 Neumaier); 3.11 plain */
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return py_err();
        if (r == 0) return acc;
        acc = py_binop(vm, 0, acc, x, false);
        if (py_is_err(acc)) return acc;
        py_tmp_push(vm, acc);
    }
}

static py_val minmax(py_vm *vm, py_val *args, int nargs, py_dict *kw, bool is_min)
{
    const char *name = is_min ? "min" : "max";
    py_val key = py_kwarg(vm, kw, "key"), def = py_kwarg(vm, kw, "default");
    if (key.tag == V_NONE) key = undef_val();
    if (nargs == 0) return raise_type(vm, vm->e_type, "%s expected at least 1 argument, got 0", name);
    py_val it;
    if (nargs == 1) {
        it = py_iter(vm, args[0]);
        if (py_is_err(it)) return it;
    } else {
        if (def.tag != V_UNDEF)
            return raise_type(vm, vm->e_type, "Cannot specify a default for %s() with multiple positional arguments", name);
        it = py_iter(vm, py_obj_val(py_tuple_new(vm, nargs, args).u.o));
    }
    py_tmp_push(vm, it);
    py_val best = undef_val(), bestk = undef_val();
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return py_err();
        if (r == 0) break;
        py_tmp_push(vm, x);
        py_val k = x;
        if (key.tag != V_UNDEF) { k = vm_call(vm, key, &x, 1, NULL); if (py_is_err(k)) return k; py_tmp_push(vm, k); }
        if (best.tag == V_UNDEF) { best = x; bestk = k; continue; }
        py_val c = py_compare(vm, is_min ? CMP_LT : CMP_GT, k, bestk);
        if (py_is_err(c)) return c;
        if (py_truthy(vm, c)) { best = x; bestk = k; }
    }
    if (best.tag == V_UNDEF) {
        if (def.tag != V_UNDEF) return def;
        return raise_type(vm, vm->e_value, "%s() arg is an empty sequence", name);
    }
    return best;
}
static py_val bi_min(py_vm *vm, py_val *args, int nargs, py_dict *kw) { return minmax(vm, args, nargs, kw, true); }
static py_val bi_max(py_vm *vm, py_val *args, int nargs, py_dict *kw) { return minmax(vm, args, nargs, kw, false); }

/* list.sort() and sorted(): keys computed once, left to right; with reverse the
 * items are reversed, sorted and reversed back (stability as CPython). After a
 * failed comparison the items stay as the sort left them, as in CPython. */
int sort_values(py_vm *vm, py_val *items, int64_t n, py_val key, bool reverse)
{
    py_sort_item *a = xmalloc((size_t)(n + 1) * sizeof *a);
    py_list *keys = list_new(vm, n); /* keeps computed keys alive */
    for (int64_t i = 0; i < n; i++) {
        py_val v = items[i];
        py_val k = v;
        if (key.tag != V_UNDEF && key.tag != V_NONE) {
            k = vm_call(vm, key, &v, 1, NULL);
            if (py_is_err(k)) { free(a); return -1; }
        }
        keys->items[keys->len++] = k;
        a[reverse ? n - 1 - i : i] = (py_sort_item){k, v};
    }
    int r = py_sort_items(vm, a, n);
    for (int64_t i = 0; i < n; i++) items[reverse ? n - 1 - i : i] = a[i].val;
    free(a);
    return r;
}

static py_val bi_sorted(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs != 1) return raise_type(vm, vm->e_type, "sorted expected 1 argument, got %d", nargs);
    py_val l = seq_to_list(vm, args[0]);
    if (py_is_err(l)) return l;
    py_val key = py_kwarg(vm, kw, "key"), rev = py_kwarg(vm, kw, "reverse");
    if (sort_values(vm, AS_LIST(l)->items, AS_LIST(l)->len, key, py_truthy(vm, rev)) < 0) return py_err();
    return l;
}

static py_val bi_reversed(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "reversed", nargs, 1, 1, ARGS_EXPECTED) < 0) return py_err();
    py_val s = args[0];
    bool from_dict = is_kind(s, K_DICT);
    if (is_kind(s, K_ITER) && AS_ITER(s)->ikind < IT_DICT_VIEW_K)  /* map, zip, iter(...): one pass only */
        return raise_type(vm, vm->e_type, "'%s' object is not reversible", py_type_name(vm, s));
    if (is_kind(s, K_INST)) {  /* __reversed__, else the sequence protocol (read up front here) */
        py_val rev = type_lookup(s.u.o->type, str_intern_c(vm, "__reversed__"));
        if (rev.tag == V_NONE) return raise_type(vm, vm->e_type, "'%s' object is not reversible", py_type_name(vm, s));
        if (rev.tag != V_UNDEF) return vm_call(vm, rev, &s, 1, NULL);
        if (type_lookup(s.u.o->type, str_intern_c(vm, "__getitem__")).tag != V_UNDEF &&
            type_lookup(s.u.o->type, vm->s_len).tag != V_UNDEF) {
            int64_t n = py_len(vm, s);
            if (n < 0) return py_err();
            py_list *l = list_new(vm, n);
            py_tmp_push(vm, py_obj_val(l));
            for (int64_t i = n - 1; i >= 0; i--) {
                py_val x = py_getitem(vm, s, py_int(i));
                if (py_is_err(x)) return x;
                l->items[l->len++] = x;
            }
            for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
                py_val t = l->items[i];
                l->items[i] = l->items[j];
                l->items[j] = t;
            }
            s = py_obj_val(l);
        }
    }
    if (is_kind(s, K_DICT) || is_kind(s, K_ITER)) s = seq_to_list(vm, s);
    if (py_is_err(s)) return s;
    if (!is_kind(s, K_LIST) && !is_kind(s, K_TUPLE) && !is_kind(s, K_STR) && !is_kind(s, K_RANGE))
        return raise_type(vm, vm->e_type, "'%s' object is not reversible", py_type_name(vm, s));
    py_val it = iter_new(vm, IT_REVERSED, s);
    AS_ITER(it)->idx = py_len(vm, s) - 1;
    if (from_dict) it.u.o->type = vm->t_iters[ITT_DICT_REVKEYS];
    return it;
}

static py_val bi_enumerate(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val start = nargs > 1 ? args[1] : py_kwarg(vm, kw, "start");
    if (nargs > 2) return raise_type(vm, vm->e_type, "enumerate() takes at most 2 arguments (%d given)", nargs);
    if (nargs < 1) return raise_type(vm, vm->e_type, "enumerate() missing required argument 'iterable'");
    py_val src = py_iter(vm, args[0]);
    if (py_is_err(src)) return src;
    py_val it = iter_new(vm, IT_ENUMERATE, undef_val());
    AS_ITER(it)->fn = src;
    if (start.tag != V_UNDEF && int_index(vm, start, &AS_ITER(it)->idx) < 0) return py_err();
    return it;
}

static py_val many_iters(py_vm *vm, int kind, py_val fn, py_val *args, int nargs)
{
    py_val it = iter_new(vm, kind, undef_val());
    py_iterobj *x = AS_ITER(it);
    x->fn = fn;
    x->many = xcalloc((size_t)(nargs ? nargs : 1), sizeof(py_val));
    for (int i = 0; i < nargs; i++) {
        py_val s = py_iter(vm, args[i]);
        if (py_is_err(s)) {
            return s;  /* 3.11's zip says "'int' object is not iterable" too */
        }
        x->many[i] = s;
        x->nmany = i + 1;
    }
    return it;
}

static py_val bi_zip(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val it = many_iters(vm, IT_ZIP, undef_val(), args, nargs);
    py_val strict = py_kwarg(vm, kw, "strict");
    if (!py_is_err(it) && strict.tag != V_UNDEF) AS_ITER(it)->step = py_truthy(vm, strict);  /* zip(strict=True) */
    return it;
}

static py_val bi_map(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs < 2) return raise_type(vm, vm->e_type, "map() must have at least two arguments.");
    if (nargs > 17) return raise_type(vm, vm->e_type, "map() with more than 16 iterables is not supported by looplab");
    return many_iters(vm, IT_MAP, args[0], args + 1, nargs - 1);
}

static py_val bi_filter(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2) return raise_type(vm, vm->e_type, "filter expected 2 arguments, got %d", nargs);
    py_val src = py_iter(vm, args[1]);
    if (py_is_err(src)) return src;
    py_val it = iter_new(vm, IT_FILTER, src);
    AS_ITER(it)->fn = args[0];
    return it;
}

static py_val bi_callable(py_vm *vm, py_val *args, int nargs, py_dict *kw);

static py_val bi_iter(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "iter", nargs, 1, 2, ARGS_EXPECTED) < 0) return py_err();
    if (nargs == 2) {  /* iter(f, sentinel): calls f() until it returns the sentinel */
        if (!bi_callable(vm, args, 1, NULL).u.i) return raise_type(vm, vm->e_type, "iter(v, w): v must be callable");
        py_val it = iter_new(vm, IT_SENTINEL, args[0]);
        AS_ITER(it)->fn = args[1];
        return it;
    }
    return py_iter(vm, args[0]);
}

static py_val bi_next(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "next", nargs, 1, 2) < 0) return py_err();
    if (!is_kind(args[0], K_ITER) && !(is_kind(args[0], K_CORO) && AS_CORO(args[0])->is_gen) && !is_kind(args[0], K_INST) &&
        !is_kind(args[0], K_NOBJ))
        return raise_type(vm, vm->e_type, "'%s' object is not an iterator", py_type_name(vm, args[0]));
    if (is_kind(args[0], K_CORO)) {  /* StopIteration carries what the generator returned */
        py_val r = gen_next_value(vm, AS_CORO(args[0]));
        if (py_is_err(r) && nargs == 2 && exc_matches(vm, vm->exc, vm->e_stopiter)) { py_exc_take(vm); return args[1]; }
        return r;
    }
    py_val x;
    int r = py_next(vm, args[0], &x);
    if (r < 0) return py_err();
    if (r == 0) {
        if (nargs == 2) return args[1];
        exc_set_pending(vm, exc_make(vm, vm->e_stopiter, NULL, 0));
        return py_err();
    }
    return x;
}

static py_val bi_divmod(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2) return raise_type(vm, vm->e_type, "divmod expected 2 arguments, got %d", nargs);
    py_val a = args[0], b = args[1];
    if (int_is(a) && int_is(b) && (bigint_is(a) || bigint_is(b) || (a.u.i == INT64_MIN && b.u.i == -1)))
        return bigint_divmod(vm, a, b);
    if ((a.tag == V_INT || a.tag == V_BOOL) && (b.tag == V_INT || b.tag == V_BOOL)) {
        if (b.u.i == 0) return raise_type(vm, vm->e_zero, "integer division or modulo by zero");
        int64_t q;
        pyfmt_int_floordiv(a.u.i, b.u.i, &q);
        py_val items[2] = {py_int(q), py_int(pyfmt_int_mod(a.u.i, b.u.i))};
        return py_tuple_new(vm, 2, items);
    }
    if ((int_is(a) || a.tag == V_FLOAT) && (int_is(b) || b.tag == V_FLOAT)) {
        double x, y;
        if (bigint_to_double(vm, a, &x) < 0 || bigint_to_double(vm, b, &y) < 0) return py_err();
        if (y == 0) return raise_type(vm, vm->e_zero, "float divmod()");
        double q, m;
        pyfmt_float_divmod(x, y, &q, &m);
        py_val items[2] = {py_float(q), py_float(m)};
        return py_tuple_new(vm, 2, items);
    }
    return raise_type(vm, vm->e_type, "unsupported operand type(s) for divmod(): '%s' and '%s'", py_type_name(vm, a), py_type_name(vm, b));
}

static py_val bi_pow(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val all[3];
    if (kw && kw->count && nargs <= 3) {  /* pow(base=2, exp=3, mod=None) */
        static const char *const names[3] = {"base", "exp", "mod"};
        int n = nargs;
        for (int i = 0; i < 3; i++) {
            py_val v = i < nargs ? args[i] : py_kwarg(vm, kw, names[i]);
            if (i >= nargs && v.tag != V_UNDEF) {
                if (i > n) return raise_type(vm, vm->e_type, "pow() missing required argument '%s' (pos %d)", names[n], n + 1);
                n = i + 1;
            }
            all[i] = v;
        }
        args = all;
        nargs = n;
    }
    if (nargs == 3 && args[2].tag == V_NONE) nargs = 2;  /* pow(b, e, None) */
    if (nargs < 2) return raise_type(vm, vm->e_type, "pow() missing required argument '%s' (pos %d)", nargs ? "exp" : "base", nargs + 1);
    if (want_args_as(vm, "pow", nargs, 2, 3, ARGS_TUPLE) < 0) return py_err();
    if (nargs == 3) {
        for (int i = 0; i < 3; i++)
            if (!int_is(args[i]))
                return raise_type(vm, vm->e_type, "pow() 3rd argument not allowed unless all arguments are integers");
        if (!bigint_is(args[2]) && args[2].u.i == 0) return raise_type(vm, vm->e_value, "pow() 3rd argument cannot be 0");
        if (bigint_is(args[0]) || bigint_is(args[1]) || bigint_is(args[2]) || args[1].u.i == INT64_MIN)
            return bigint_powmod(vm, args[0], args[1], args[2]);
        int64_t b = args[0].u.i, e = args[1].u.i, m = args[2].u.i;
        __extension__ typedef __int128 i128;
        if (e < 0) {  /* b**-e is the modular inverse of b raised to e (extended Euclid) */
            i128 am = m < 0 ? -(i128)m : m, r0 = pyfmt_int_mod(b, m) % am, r1 = am, s0 = 1, s1 = 0;
            if (r0 < 0) r0 += am;
            while (r1) { i128 q = r0 / r1, t = r0 - q * r1; r0 = r1; r1 = t; t = s0 - q * s1; s0 = s1; s1 = t; }
            if (r0 != 1 && am != 1) return raise_type(vm, vm->e_value, "base is not invertible for the given modulus");
            b = (int64_t)(((s0 % am) + am) % am);
            e = -e;  /* INT64_MIN went to bigint_powmod */
        }
        i128 r = 1, x = pyfmt_int_mod(b, m);
        while (e) { if (e & 1) r = (r * x) % m; x = (x * x) % m; e >>= 1; }
        return py_int(pyfmt_int_mod((int64_t)r, m));
    }
    return py_binop(vm, 6, args[0], args[1], false);
}

static py_val bi_round(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val nd = nargs > 1 ? args[1] : py_kwarg(vm, kw, "ndigits");
    if (nargs < 1) return raise_type(vm, vm->e_type, "round() missing required argument 'number' (pos 1)");
    if (nargs > 2) return raise_type(vm, vm->e_type, "round() takes at most 2 arguments (%d given)", nargs);
    py_val x = args[0];
    if (int_is(x) && (nd.tag == V_UNDEF || nd.tag == V_NONE)) return bigint_is(x) ? x : py_int(x.u.i);
    if (int_is(x) && int_is(nd) && (bigint_is(x) || bigint_is(nd) || nd.u.i < -18)) return bigint_round(vm, x, nd);
    if (x.tag == V_INT || x.tag == V_BOOL) {
        if (nd.tag == V_UNDEF || nd.tag == V_NONE || nd.u.i >= 0) return py_int(x.u.i);
        if (nd.u.i < -18) return py_int(0);
        int64_t p = 1;
        for (int64_t i = 0; i < -nd.u.i; i++) p *= 10;
        int64_t q = x.u.i / p, r = x.u.i % p;
        if (r < 0) { r += p; q--; }
        if (2 * r > p || (2 * r == p && (q & 1))) q++;
        if (q > INT64_MAX / p || q < INT64_MIN / p) return bigint_round(vm, x, nd);
        return py_int(q * p);
    }
    if (x.tag == V_FLOAT) {
        if (nd.tag == V_UNDEF || nd.tag == V_NONE) {
            if (isnan(x.u.f)) return raise_type(vm, vm->e_value, "cannot convert float NaN to integer");
            if (isinf(x.u.f)) return raise_type(vm, vm->e_overflow, "cannot convert float infinity to integer");
            double r = pyfmt_round_half_even(x.u.f);
            if (fabs(r) >= 9.2233720368547758e18) return bigint_from_double(vm, r);
            return py_int((int64_t)r);
        }
        int64_t n;
        if (bigint_is(nd)) n = bigint_num_cmp(nd, py_int(0)) > 0 ? 401 : -401;  /* clipped, as CPython */
        else if (int_index(vm, nd, &n) < 0) return py_err();
        if (n > 400) return x;
        if (n < -400) return py_float(0.0 * x.u.f);
        double r = pyfmt_round(x.u.f, (int)n);
        if (isinf(r) && !isinf(x.u.f)) return raise_type(vm, vm->e_overflow, "rounded value too large to represent");
        return py_float(r);
    }
    if (is_kind(x, K_INST)) return vm_call_method(vm, x, str_intern_c(vm, "__round__"), args + 1, nargs - 1);
    return raise_type(vm, vm->e_type, "type %s doesn't define __round__ method", py_type_name(vm, x));
}

static py_val bi_hash(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "hash", nargs, 1, 1) < 0) return py_err();
    uint64_t h;
    if (!builtin_enter(vm)) return py_err();
    int rc = py_hash(vm, args[0], &h);
    vm->depth--;
    if (rc < 0) return py_err();
    return py_int((int64_t)h);
}

static py_val bi_callable(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "callable", nargs, 1, 1) < 0) return py_err();
    py_val v = args[0];
    if (v.tag != V_OBJ) return py_bool(false);
    int k = v.u.o->kind;
    if (k == K_FUNC || k == K_NATIVE || k == K_BOUND || k == K_TYPE) return py_bool(true);
    if (k == K_INST || k == K_NOBJ) return py_bool(type_lookup(v.u.o->type, vm->s_call).tag != V_UNDEF);
    return py_bool(false);
}

static py_val bi_getattr(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "getattr", nargs, 2, 3) < 0) return py_err();
    if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "attribute name must be string, not '%s'", py_type_name(vm, args[1]));
    py_val r = py_getattr_str(vm, args[0], str_intern(vm, AS_STR(args[1])->data, (size_t)AS_STR(args[1])->len));
    if (py_is_err(r) && nargs == 3 && exc_matches(vm, vm->exc, vm->e_attr)) { py_exc_take(vm); return args[2]; }
    return r;
}

static py_val bi_hasattr(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "hasattr", nargs, 2, 2) < 0) return py_err();
    if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "attribute name must be string, not '%s'", py_type_name(vm, args[1]));
    py_val r = py_getattr_str(vm, args[0], str_intern(vm, AS_STR(args[1])->data, (size_t)AS_STR(args[1])->len));
    if (py_is_err(r)) {
        if (!exc_matches(vm, vm->exc, vm->e_attr)) return r;
        py_exc_take(vm);
        return py_bool(false);
    }
    return py_bool(true);
}

static py_val bi_setattr(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "setattr", nargs, 3, 3) < 0) return py_err();
    if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "attribute name must be string, not '%s'", py_type_name(vm, args[1]));
    if (py_setattr_str(vm, args[0], str_intern(vm, AS_STR(args[1])->data, (size_t)AS_STR(args[1])->len), args[2]) < 0) return py_err();
    return py_none();
}

static py_val bi_delattr(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "delattr", nargs, 2, 2) < 0) return py_err();
    if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "attribute name must be string");
    if (py_delattr_str(vm, args[0], str_intern(vm, AS_STR(args[1])->data, (size_t)AS_STR(args[1])->len)) < 0) return py_err();
    return py_none();
}

static py_val put_utf8_str(py_vm *vm, unsigned long cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80) { b[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { b[0] = (char)(0xC0 | (cp >> 6)); b[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) { b[0] = (char)(0xE0 | (cp >> 12)); b[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[2] = (char)(0x80 | (cp & 0x3F)); n = 3; }
    else { b[0] = (char)(0xF0 | (cp >> 18)); b[1] = (char)(0x80 | ((cp >> 12) & 0x3F)); b[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); b[3] = (char)(0x80 | (cp & 0x3F)); n = 4; }
    return py_obj_val(n == 1 ? str_intern(vm, b, 1) : str_new(vm, b, n));
}

static py_val bi_chr(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "chr", nargs, 1, 1) < 0) return py_err();
    int64_t c;
    if (bigint_is(args[0])) return raise_type(vm, vm->e_overflow, "Python int too large to convert to C int");
    if (int_index(vm, args[0], &c) < 0) return py_err();
    if (c < 0 || c > 0x10FFFF) return raise_type(vm, vm->e_value, "chr() arg not in range(0x110000)");
    return put_utf8_str(vm, (unsigned long)c);
}

static py_val bi_ord(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "ord", nargs, 1, 1) < 0) return py_err();
    if (!is_kind(args[0], K_STR)) return raise_type(vm, vm->e_type, "ord() expected string of length 1, but %s found", py_type_name(vm, args[0]));
    py_str *s = AS_STR(args[0]);
    if (s->cplen != 1) return raise_type(vm, vm->e_type, "ord() expected a character, but string of length %lld found", (long long)s->cplen);
    const unsigned char *p = (const unsigned char *)s->data;
    unsigned long cp;
    if (p[0] < 0x80) cp = p[0];
    else if (p[0] < 0xE0) cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    else if (p[0] < 0xF0) cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    else cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
    return py_int((int64_t)cp);
}

static py_val int_base_str(py_vm *vm, py_val *args, int nargs, int base, const char *prefix, const char *name)
{
    if (want_args(vm, name, nargs, 1, 1) < 0) return py_err();
    if (bigint_is(args[0])) return bigint_to_base(vm, args[0], base);
    int64_t v;
    if (int_index(vm, args[0], &v) < 0) return py_err();
    char buf[80];
    int n = 0;
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do { buf[n++] = "0123456789abcdef"[m % (uint64_t)base]; m /= (uint64_t)base; } while (m);
    sbuf b = {0};
    if (v < 0) sbuf_addc(&b, '-');
    sbuf_adds(&b, prefix);
    while (n) sbuf_addc(&b, buf[--n]);
    return str_from_sbuf(vm, &b);
}
static py_val bi_hex(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return int_base_str(vm, a, n, 16, "0x", "hex"); }
static py_val bi_oct(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return int_base_str(vm, a, n, 8, "0o", "oct"); }
static py_val bi_bin(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return int_base_str(vm, a, n, 2, "0b", "bin"); }

static py_val bi_format(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "format", nargs, 1, 2) < 0) return py_err();
    if (nargs == 2 && !is_kind(args[1], K_STR))
        return raise_type(vm, vm->e_type, "format() argument 2 must be str, not %s", py_type_name(vm, args[1]));
    return py_format(vm, args[0], nargs == 2 ? args[1] : undef_val());
}

static py_val bi_id(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "id", nargs, 1, 1) < 0) return py_err();
    if (args[0].tag == V_OBJ) return py_int((int64_t)(uintptr_t)args[0].u.o);
    return py_int(args[0].u.i * 32 + args[0].tag);
}

static py_val make_prop(py_vm *vm, py_val *args, int nargs, py_dict *kw, int kind, const char *name)
{
    if (kind != 0) {
        if (kw && kw->count) return raise_type(vm, vm->e_type, "%s() takes no keyword arguments", name);
        if (nargs != 1) return raise_type(vm, vm->e_type, "%s expected 1 argument, got %d", name, nargs);
    }
    py_prop *p = py_alloc_obj(vm, sizeof(py_prop), K_PROP, kind == 0 ? vm->t_prop : kind == 1 ? vm->t_staticmethod : vm->t_classmethod);
    p->kind = kind;
    if (kind != 0) {
        p->fget = args[0];
        return py_obj_val(p);
    }
    /* property(fget=None, fset=None, fdel=None, doc=None) */
    if (nargs > 4) return raise_type(vm, vm->e_type, "property() takes at most 4 arguments (%d given)", nargs);
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    py_val v[4];
    for (int i = 0; i < 4; i++) {
        v[i] = i < nargs ? args[i] : py_kwarg(vm, kw, names[i]);
        if (v[i].tag == V_NONE) v[i] = undef_val();
    }
    for (int64_t i = 0; kw && i < kw->nentries; i++) {
        py_val k = kw->entries[i].key;
        if (k.tag == V_UNDEF || !is_kind(k, K_STR)) continue;
        bool ok = false;
        for (int j = 0; j < 4; j++) ok |= strcmp(AS_STR(k)->data, names[j]) == 0;
        if (!ok) return raise_type(vm, vm->e_type, "'%s' is an invalid keyword argument for property()", AS_STR(k)->data);
    }
    p->fget = v[0];
    p->fset = v[1];
    p->fdel = v[2];
    p->doc = v[3];
    if (p->doc.tag == V_UNDEF && is_kind(p->fget, K_FUNC)) p->doc = AS_FUNC(p->fget)->doc;  /* fget's docstring */
    return py_obj_val(p);
}
static py_val bi_property(py_vm *vm, py_val *a, int n, py_dict *kw) { return make_prop(vm, a, n, kw, 0, "property"); }
static py_val bi_staticmethod(py_vm *vm, py_val *a, int n, py_dict *kw) { return make_prop(vm, a, n, kw, 1, "staticmethod"); }
static py_val bi_classmethod(py_vm *vm, py_val *a, int n, py_dict *kw) { return make_prop(vm, a, n, kw, 2, "classmethod"); }

/* property.getter/setter/deleter: a copy with one function replaced. */
static py_val prop_with(py_vm *vm, py_val *args, int nargs, int which, const char *name)
{
    if (nargs != 2) return raise_type(vm, vm->e_type, "%s() takes exactly one argument (%d given)", name, nargs - 1);
    py_prop *o = (py_prop *)args[0].u.o;
    py_prop *p = py_alloc_obj(vm, sizeof(py_prop), K_PROP, vm->t_prop);
    p->kind = o->kind;  /* the fields only: the header belongs to the collector */
    p->fget = o->fget;
    p->fset = o->fset;
    p->fdel = o->fdel;
    p->doc = o->doc;
    py_val f = args[1].tag == V_NONE ? undef_val() : args[1];
    if (which == 0) p->fget = f;
    else if (which == 1) p->fset = f;
    else p->fdel = f;
    return py_obj_val(p);
}
static py_val prop_getter(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return prop_with(vm, a, n, 0, "getter"); }
static py_val prop_setter(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return prop_with(vm, a, n, 1, "setter"); }
static py_val prop_deleter(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return prop_with(vm, a, n, 2, "deleter"); }

/* property.fget/.fset/.fdel/.__doc__, staticmethod/classmethod .__func__ */
static py_val prop_field(py_vm *vm, py_val self, int which)
{
    (void)vm;
    py_prop *p = (py_prop *)self.u.o;
    py_val v = which == 0 ? p->fget : which == 1 ? p->fset : which == 2 ? p->fdel : p->doc;
    return v.tag == V_UNDEF ? py_none() : v;
}
static py_val pf_fget(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return prop_field(vm, a[0], 0); }
static py_val pf_fset(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return prop_field(vm, a[0], 1); }
static py_val pf_fdel(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return prop_field(vm, a[0], 2); }
static py_val pf_doc(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return prop_field(vm, a[0], 3); }

static void add_getter(py_vm *vm, py_type *t, const char *name, py_native_fn fn)
{
    py_prop *p = py_alloc_obj(vm, sizeof(py_prop), K_PROP, vm->t_prop);
    p->kind = 0;
    p->fget = py_native_new(vm, name, fn);
    dict_set_str(vm, t->dict, str_intern_c(vm, name), py_obj_val(p));
}

static py_val bi_vars(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "vars", nargs, 1, 1) < 0) return py_err();
    if (is_kind(args[0], K_INST) && !(args[0].u.o->type->flags & TF_SLOTS)) {
        if (!AS_INST(args[0])->attrs) AS_INST(args[0])->attrs = dict_new(vm);
        return py_obj_val(AS_INST(args[0])->attrs);
    }
    if (is_kind(args[0], K_TYPE) && AS_TYPE(args[0])->dict) return py_obj_val(AS_TYPE(args[0])->dict);
    if (is_kind(args[0], K_MODULE)) return py_obj_val(((py_module *)args[0].u.o)->dict);
    return raise_type(vm, vm->e_type, "vars() argument must have __dict__ attribute");
}

static py_val bi_globals(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)kw;
    if (want_args(vm, "globals", nargs, 0, 0) < 0) return py_err();
    py_fiber *f = vm->fiber;
    return py_obj_val(f->nframes ? f->frames[f->nframes - 1].globals : vm->main_globals);
}

/* ---------------- constructors ---------------- */

static py_val ctor_object(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)kw;
    if (nargs) return raise_type(vm, vm->e_type, "object() takes no arguments");
    py_inst *o = py_alloc_obj(vm, sizeof(py_inst), K_INST, vm->t_object);
    o->args = o->cause = o->context = o->tb = o->notes = o->eg_msg = o->eg_excs = undef_val();
    return py_obj_val(o);
}

static py_val ctor_int(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val basev = nargs > 1 ? args[1] : py_kwarg(vm, kw, "base");
    if (nargs > 2) return raise_type(vm, vm->e_type, "int() takes at most 2 arguments (%d given)", nargs);
    if (nargs == 0) return py_int(0);
    py_val x = args[0];
    if (basev.tag != V_UNDEF) {
        int64_t base;
        if (int_index(vm, basev, &base) < 0) return py_err();
        if (!is_kind(x, K_STR)) return raise_type(vm, vm->e_type, "int() can't convert non-string with explicit base");
        int64_t out;
        char err[200];
        int r = pyfmt_parse_int(AS_STR(x)->data, (size_t)AS_STR(x)->len, (int)base, &out, err, sizeof err);
        if (r == -1) return raise_type(vm, vm->e_value, "%s", err);
        if (r == -2) return bigint_parse(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, (int)base);
        return py_int(out);
    }
    if (bigint_is(x)) return x;
    switch (x.tag) {
    case V_INT: case V_BOOL: return py_int(x.u.i);
    case V_FLOAT:
        if (isnan(x.u.f)) return raise_type(vm, vm->e_value, "cannot convert float NaN to integer");
        if (isinf(x.u.f)) return raise_type(vm, vm->e_overflow, "cannot convert float infinity to integer");
        if (fabs(x.u.f) >= 9.2233720368547758e18) return bigint_from_double(vm, x.u.f);
        return py_int((int64_t)x.u.f);
    default: break;
    }
    if (is_kind(x, K_STR)) {
        int64_t out;
        char err[200];
        int r = pyfmt_parse_int(AS_STR(x)->data, (size_t)AS_STR(x)->len, 10, &out, err, sizeof err);
        if (r == -1) return raise_type(vm, vm->e_value, "%s", err);
        if (r == -2) return bigint_parse(vm, AS_STR(x)->data, (size_t)AS_STR(x)->len, 10);
        return py_int(out);
    }
    if (is_kind(x, K_INST)) {
        py_val m = type_lookup(x.u.o->type, str_intern_c(vm, "__int__"));
        if (m.tag != V_UNDEF) return vm_call(vm, m, &x, 1, NULL);
    }
    return raise_type(vm, vm->e_type, "int() argument must be a string, a bytes-like object or a real number, not '%s'", py_type_name(vm, x));
}

static py_val ctor_float(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (no_kw(vm, "float", kw) < 0 || want_args(vm, "float", nargs, 0, 1) < 0) return py_err();
    if (nargs == 0) return py_float(0.0);
    py_val x = args[0];
    if (x.tag == V_FLOAT) return x;
    if (x.tag == V_INT || x.tag == V_BOOL) return py_float((double)x.u.i);
    if (bigint_is(x)) {
        double d;
        return bigint_to_double(vm, x, &d) < 0 ? py_err() : py_float(d);
    }
    if (is_kind(x, K_STR)) {
        double out;
        char err[200];
        if (pyfmt_parse_float(AS_STR(x)->data, (size_t)AS_STR(x)->len, &out, err, sizeof err) < 0)
            return raise_type(vm, vm->e_value, "%s", err);
        return py_float(out);
    }
    if (is_kind(x, K_INST)) {
        py_val m = type_lookup(x.u.o->type, str_intern_c(vm, "__float__"));
        if (m.tag != V_UNDEF) return vm_call(vm, m, &x, 1, NULL);
    }
    return raise_type(vm, vm->e_type, "float() argument must be a string or a real number, not '%s'", py_type_name(vm, x));
}

static py_val ctor_str(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args_as(vm, "str", nargs, 0, 3, ARGS_TUPLE) < 0) return py_err();
    if (nargs == 0) return py_obj_val(str_intern(vm, "", 0));
    if (nargs > 1 || (kw && kw->count)) return bytes_to_str(vm, args, nargs, kw);
    return py_str_of(vm, args[0]);
}

static py_val ctor_bool(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (no_kw(vm, "bool", kw) < 0 || want_args(vm, "bool", nargs, 0, 1) < 0) return py_err();
    if (nargs == 0) return py_bool(false);
    bool t = py_truthy(vm, args[0]);
    return py_exc_pending(vm) ? py_err() : py_bool(t);
}

static py_val ctor_list(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (no_kw(vm, "list", kw) < 0 || want_args(vm, "list", nargs, 0, 1) < 0) return py_err();
    if (nargs == 0) return py_obj_val(list_new(vm, 0));
    return seq_to_list(vm, args[0]);
}

static py_val ctor_tuple(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (no_kw(vm, "tuple", kw) < 0 || want_args(vm, "tuple", nargs, 0, 1) < 0) return py_err();
    if (nargs == 0) return py_obj_val(tuple_new(vm, 0));
    return seq_to_tuple(vm, args[0]);
}

/* dict(m) / d.update(m) for an instance with a keys() method (collections'
 * defaultdict, Counter, ...): CPython's mapping protocol, m[k] for k in m.keys().
 * Returns 1 if src is no such mapping (nothing done), 0 when copied, -1 on error. */
static int dict_update_from_mapping(py_vm *vm, py_dict *d, py_val src)
{
    if (!is_kind(src, K_INST)) return 1;
    py_val keys = py_getattr(vm, src, "keys");
    if (py_is_err(keys)) {
        py_val e = py_exc_take(vm);
        if (!exc_matches(vm, e, vm->e_attr)) { vm->exc = e; return -1; }
        return 1;
    }
    py_tmp_push(vm, keys);
    py_val ks = py_call(vm, keys, NULL, 0, undef_val());
    if (py_is_err(ks)) return -1;
    py_tmp_push(vm, ks);
    py_val it = py_iter(vm, ks);
    if (py_is_err(it)) return -1;
    py_tmp_push(vm, it);
    size_t mark = py_tmp_mark(vm);
    for (;;) {
        py_val k;
        int r = py_next(vm, it, &k);
        if (r <= 0) return r;
        py_tmp_push(vm, k);
        py_val v = py_getitem(vm, src, k);
        if (py_is_err(v) || dict_set(vm, d, k, v) < 0) return -1;
        py_tmp_reset(vm, mark);
    }
}

int dict_update_from(py_vm *vm, py_dict *d, py_val src);
int dict_update_from(py_vm *vm, py_dict *d, py_val src)
{
    int m = dict_update_from_mapping(vm, d, src);
    if (m <= 0) return m;
    if (is_kind(src, K_DICT)) {
        py_dict *s = AS_DICT(src);
        for (int64_t i = 0; i < s->nentries; i++)
            if (s->entries[i].key.tag != V_UNDEF && dict_set(vm, d, s->entries[i].key, s->entries[i].val) < 0) return -1;
        return 0;
    }
    py_val it = py_iter(vm, src);
    if (py_is_err(it)) return -1;
    py_tmp_push(vm, it);
    for (int64_t n = 0;; n++) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return -1;
        if (r == 0) return 0;
        py_val pair = seq_to_tuple(vm, x);
        if (py_is_err(pair)) {
            py_exc_take(vm);
            raise_type(vm, vm->e_type, "cannot convert dictionary update sequence element #%lld to a sequence", (long long)n);
            return -1;
        }
        if (AS_TUPLE(pair)->len != 2) {
            raise_type(vm, vm->e_value, "dictionary update sequence element #%lld has length %lld; 2 is required",
                       (long long)n, (long long)AS_TUPLE(pair)->len);
            return -1;
        }
        if (dict_set(vm, d, AS_TUPLE(pair)->items[0], AS_TUPLE(pair)->items[1]) < 0) return -1;
    }
}

static py_val ctor_dict(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs > 1) return raise_type(vm, vm->e_type, "dict expected at most 1 argument, got %d", nargs);
    py_dict *d = dict_new(vm);
    if (nargs == 1 && dict_update_from(vm, d, args[0]) < 0) return py_err();
    if (kw && dict_update_from(vm, d, py_obj_val(kw)) < 0) return py_err();
    return py_obj_val(d);
}

static py_val make_set(py_vm *vm, py_val *args, int nargs, py_dict *kw, bool frozen)
{
    const char *name = frozen ? "frozenset" : "set";
    if (no_kw(vm, name, kw) < 0 || want_args(vm, name, nargs, 0, 1) < 0) return py_err();
    if (frozen && nargs == 1 && is_kind(args[0], K_SET) && AS_SET(args[0])->frozen) return args[0];
    py_set *s = set_new(vm);
    if (frozen) { s->frozen = true; s->hdr.type = vm->t_frozenset; }
    if (nargs == 1 && set_update_from(vm, s, args[0]) < 0) return py_err();
    return py_obj_val(s);
}
static py_val ctor_set(py_vm *vm, py_val *a, int n, py_dict *kw) { return make_set(vm, a, n, kw, false); }
static py_val ctor_frozenset(py_vm *vm, py_val *a, int n, py_dict *kw) { return make_set(vm, a, n, kw, true); }

static py_val ctor_range(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (no_kw(vm, "range", kw) < 0) return py_err();
    if (nargs < 1 || nargs > 3) {
        if (nargs == 0) return raise_type(vm, vm->e_type, "range expected at least 1 argument, got 0");
        return raise_type(vm, vm->e_type, "range expected at most 3 arguments, got %d", nargs);
    }
    int64_t v[3] = {0, 0, 1};
    for (int i = 0; i < nargs; i++) if (int_index(vm, args[i], &v[i]) < 0) return py_err();
    if (nargs == 1) { v[1] = v[0]; v[0] = 0; }
    if (v[2] == 0) return raise_type(vm, vm->e_value, "range() arg 3 must not be zero");
    return range_new(vm, v[0], v[1], v[2]);
}

static py_val ctor_slice(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (want_args(vm, "slice", nargs, 1, 3) < 0) return py_err();
    py_slice *s = py_alloc_obj(vm, sizeof(py_slice), K_SLICE, vm->t_slice);
    s->start = nargs > 1 ? args[0] : py_none();
    s->stop = nargs > 1 ? args[1] : args[0];
    s->step = nargs > 2 ? args[2] : py_none();
    return py_obj_val(s);
}

static py_val ctor_type(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs == 1) return py_obj_val(py_type_of(vm, args[0]));
    if (nargs != 3) return raise_type(vm, vm->e_type, "type() takes 1 or 3 arguments");
    return raise_type(vm, vm->e_type, "type() with 3 arguments is not supported by looplab");
}

/* ---------------- VM setup ---------------- */

static void add_fn(py_vm *vm, const char *name, py_native_fn fn)
{
    dict_set_str(vm, vm->builtins, str_intern_c(vm, name), py_native_new(vm, name, fn));
}

static py_type *builtin_type(py_vm *vm, py_type **slot, const char *name, int kind, py_native_fn ctor)
{
    py_type *t = type_new(vm, name, vm->t_object, kind);
    t->flags |= TF_BUILTIN;
    t->call = ctor;
    if (slot) *slot = t;
    dict_set_str(vm, vm->builtins, t->name, py_obj_val(t));
    return t;
}

static void init_names(py_vm *vm)
{
#define S(field, text) vm->field = str_intern_c(vm, text)
    S(s_init, "__init__"); S(s_str, "__str__"); S(s_repr, "__repr__"); S(s_name, "__name__");
    S(s_main, "__main__"); S(s_eq, "__eq__"); S(s_lt, "__lt__"); S(s_le, "__le__"); S(s_gt, "__gt__");
    S(s_ge, "__ge__"); S(s_ne, "__ne__"); S(s_hash, "__hash__"); S(s_len, "__len__"); S(s_call, "__call__");
    S(s_aenter, "__aenter__"); S(s_aexit, "__aexit__"); S(s_class, "__class__"); S(s_dict, "__dict__");
    S(s_doc, "__doc__"); S(s_qualname, "__qualname__"); S(s_module, "__module__"); S(s_getattr, "__getattr__"); S(s_add, "__add__");
    S(s_bool, "__bool__"); S(s_contains, "__contains__"); S(s_getitem, "__getitem__"); S(s_iter, "__iter__");
    S(s_next, "__next__"); S(s_enter, "__enter__"); S(s_exit, "__exit__"); S(s_args, "args");
    S(s_new, "__new__"); S(s_setitem, "__setitem__"); S(s_format, "__format__"); S(s_await, "__await__");
#undef S
}

static void init_types(py_vm *vm)
{
    /* object and type first: every later allocation needs them */
    vm->t_type = NULL;
    py_type *obj = py_alloc_obj(vm, sizeof(py_type), K_TYPE, NULL);
    py_type *typ = py_alloc_obj(vm, sizeof(py_type), K_TYPE, NULL);
    obj->hdr.type = typ;
    typ->hdr.type = typ;
    vm->t_object = obj;
    vm->t_type = typ;
    py_type *str = py_alloc_obj(vm, sizeof(py_type), K_TYPE, typ);
    vm->t_str = str;
    py_type *dict = py_alloc_obj(vm, sizeof(py_type), K_TYPE, typ);
    vm->t_dict = dict;
    obj->name = str_intern_c(vm, "object");
    typ->name = str_intern_c(vm, "type");
    str->name = str_intern_c(vm, "str");
    dict->name = str_intern_c(vm, "dict");
    typ->base = str->base = dict->base = obj;
    obj->dict = dict_new(vm);
    typ->dict = dict_new(vm);
    str->dict = dict_new(vm);
    dict->dict = dict_new(vm);
    obj->inst_kind = K_INST;
    typ->inst_kind = K_TYPE;
    str->inst_kind = K_STR;
    dict->inst_kind = K_DICT;
    obj->flags = typ->flags = str->flags = dict->flags = TF_BUILTIN;
    obj->call = ctor_object;
    typ->call = ctor_type;
    str->call = ctor_str;
    dict->call = ctor_dict;
    vm->builtins = dict_new(vm);
    init_names(vm);
    dict_set_str(vm, vm->builtins, obj->name, py_obj_val(obj));
    dict_set_str(vm, vm->builtins, typ->name, py_obj_val(typ));
    dict_set_str(vm, vm->builtins, str->name, py_obj_val(str));
    dict_set_str(vm, vm->builtins, dict->name, py_obj_val(dict));
    builtin_type(vm, &vm->t_int, "int", K_INST, ctor_int);
    builtin_type(vm, &vm->t_float, "float", K_INST, ctor_float);
    builtin_type(vm, &vm->t_bool, "bool", K_INST, ctor_bool);
    vm->t_bool->base = vm->t_int;
    builtin_type(vm, &vm->t_list, "list", K_LIST, ctor_list);
    builtin_type(vm, &vm->t_tuple, "tuple", K_TUPLE, ctor_tuple);
    builtin_type(vm, &vm->t_set, "set", K_SET, ctor_set);
    builtin_type(vm, &vm->t_frozenset, "frozenset", K_SET, ctor_frozenset);
    builtin_type(vm, &vm->t_range, "range", K_RANGE, ctor_range);
    builtin_type(vm, &vm->t_slice, "slice", K_SLICE, ctor_slice);
    builtin_type(vm, &vm->t_bytes, "bytes", K_BYTES, ctor_bytes);
    vm->t_int->inst_kind = vm->t_float->inst_kind = vm->t_bool->inst_kind = K_RANGE; /* not instantiable as K_INST */
    py_type *hidden[][1] = {{NULL}};
    (void)hidden;
#define HIDDEN(slot, name, kind) do { vm->slot = type_new(vm, name, vm->t_object, kind); vm->slot->flags |= TF_BUILTIN; } while (0)
    HIDDEN(t_nonetype, "NoneType", K_INST);
    HIDDEN(t_none, "NoneType", K_INST);
    HIDDEN(t_function, "function", K_FUNC);
    HIDDEN(t_builtin, "builtin_function_or_method", K_NATIVE);
    HIDDEN(t_method, "method", K_BOUND);
    HIDDEN(t_cell, "cell", K_CELL);
    HIDDEN(t_code, "code", K_CODE);
    HIDDEN(t_module, "module", K_MODULE);
    HIDDEN(t_coro, "coroutine", K_CORO);
    HIDDEN(t_gen, "generator", K_CORO);
    HIDDEN(t_iter, "iterator", K_ITER);
    HIDDEN(t_tb, "traceback", K_TB);
    HIDDEN(t_weak, "weakref", K_WEAK);
    HIDDEN(t_prop, "property", K_PROP);
    HIDDEN(t_staticmethod, "staticmethod", K_PROP);
    HIDDEN(t_classmethod, "classmethod", K_PROP);
    HIDDEN(t_dict_keys, "dict_keys", K_ITER);
    HIDDEN(t_dict_values, "dict_values", K_ITER);
    HIDDEN(t_dict_items, "dict_items", K_ITER);
    HIDDEN(t_ellipsis, "ellipsis", K_INST);
    HIDDEN(t_super, "super", K_NOBJ);
    HIDDEN(t_stdio, "TextIOWrapper", K_NOBJ);
#undef HIDDEN
    static const char *const iter_names[ITT__COUNT] = {
        "list_iterator", "tuple_iterator", "str_ascii_iterator", "str_iterator", "range_iterator",
        "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator", "enumerate", "zip", "map",
        "filter", "list_reverseiterator", "reversed", "dict_reversekeyiterator", "callable_iterator",
    };
    for (int i = 0; i < ITT__COUNT; i++) {
        vm->t_iters[i] = type_new(vm, iter_names[i], vm->t_iter, K_ITER);
        vm->t_iters[i]->flags |= TF_BUILTIN;
    }
    vm->t_none = vm->t_nonetype;
    vm->t_super->native_size = 2 * sizeof(py_val);
    vm->t_super->mark = super_mark;
    vm->t_stdio->native_size = sizeof(FILE *);
    py_inst *el = py_alloc_obj(vm, sizeof(py_inst), K_INST, vm->t_ellipsis);
    el->args = el->cause = el->context = el->tb = el->notes = el->eg_msg = el->eg_excs = undef_val();
    vm->ellipsis = py_obj_val(el);
    py_type *nit = type_new(vm, "NotImplementedType", vm->t_object, K_INST);  /* reachable from its instance */
    nit->flags |= TF_BUILTIN;
    py_inst *ni = py_alloc_obj(vm, sizeof(py_inst), K_INST, nit);
    ni->args = ni->cause = ni->context = ni->tb = ni->notes = ni->eg_msg = ni->eg_excs = undef_val();
    vm->notimpl = py_obj_val(ni);
}

static void init_builtins(py_vm *vm)
{
    static const struct { const char *name; py_native_fn fn; } fns[] = {
        {"print", bi_print}, {"input", bi_input}, {"len", bi_len}, {"repr", bi_repr}, {"ascii", bi_ascii}, {"abs", bi_abs},
        {"isinstance", bi_isinstance}, {"issubclass", bi_issubclass}, {"any", bi_any}, {"all", bi_all},
        {"sum", bi_sum}, {"min", bi_min}, {"max", bi_max}, {"sorted", bi_sorted}, {"reversed", bi_reversed},
        {"enumerate", bi_enumerate}, {"zip", bi_zip}, {"map", bi_map}, {"filter", bi_filter},
        {"iter", bi_iter}, {"next", bi_next}, {"divmod", bi_divmod}, {"pow", bi_pow}, {"round", bi_round},
        {"hash", bi_hash}, {"callable", bi_callable}, {"getattr", bi_getattr}, {"hasattr", bi_hasattr},
        {"setattr", bi_setattr}, {"delattr", bi_delattr}, {"chr", bi_chr}, {"ord", bi_ord},
        {"hex", bi_hex}, {"oct", bi_oct}, {"bin", bi_bin}, {"format", bi_format}, {"id", bi_id},

        {"vars", bi_vars}, {"globals", bi_globals},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(fns); i++) add_fn(vm, fns[i].name, fns[i].fn);
    dict_set_str(vm, vm->builtins, str_intern_c(vm, "super"), py_obj_val(vm->t_super));
    vm->t_super->call = builtin_super;
    vm->t_super->inst_kind = K_RANGE;
    py_type *descr[3] = {vm->t_prop, vm->t_staticmethod, vm->t_classmethod};
    py_native_fn ctors[3] = {bi_property, bi_staticmethod, bi_classmethod};
    for (int i = 0; i < 3; i++) {
        descr[i]->call = ctors[i];
        dict_set_str(vm, vm->builtins, descr[i]->name, py_obj_val(descr[i]));
    }
    py_type_add_method(vm, vm->t_prop, "getter", prop_getter);
    py_type_add_method(vm, vm->t_prop, "setter", prop_setter);
    py_type_add_method(vm, vm->t_prop, "deleter", prop_deleter);
    add_getter(vm, vm->t_prop, "fget", pf_fget);
    add_getter(vm, vm->t_prop, "fset", pf_fset);
    add_getter(vm, vm->t_prop, "fdel", pf_fdel);
    add_getter(vm, vm->t_prop, "__doc__", pf_doc);
    add_getter(vm, vm->t_staticmethod, "__func__", pf_fget);
    add_getter(vm, vm->t_classmethod, "__func__", pf_fget);
    dict_set_str(vm, vm->builtins, str_intern_c(vm, "NotImplemented"), vm->notimpl);
    dict_set_str(vm, vm->builtins, str_intern_c(vm, "Ellipsis"), vm->ellipsis);
}

py_val py_builtin(py_vm *vm, const char *name)
{
    return dict_get_str(vm->builtins, str_intern_c(vm, name));
}

py_vm *py_vm_new(const py_config *cfg)
{
    py_vm *vm = xcalloc(1, sizeof *vm);
    vm->mem_cap = cfg && cfg->mem_cap ? cfg->mem_cap : 0;
    py_gc_init(vm);
    vm->gc_paused = 1;
    vm->exc = undef_val();
    vm->sys_stdout = vm->sys_stderr = vm->argv = undef_val();
    vm->main_fiber.exc_info = py_none();
    vm->fiber = &vm->main_fiber;
    vm->out = cfg && cfg->out ? cfg->out : stdout;
    vm->err = cfg && cfg->err ? cfg->err : stderr;
    vm->path = cfg && cfg->path ? cfg->path : "<string>";
    vm->abs_path = cfg && cfg->abs_path ? cfg->abs_path : vm->path;
    vm->step_next = UINT64_MAX;
    init_types(vm);
    init_builtins(vm);
    exc_init_types(vm);
    methods_init(vm);
    generic_init(vm);
    type_init_object_attr_methods(vm);
    type_init_object_new(vm);
    vm->main_globals = dict_new(vm);
    dict_set_str(vm, vm->main_globals, vm->s_name, py_obj_val(vm->s_main));
    dict_set_str(vm, vm->main_globals, vm->s_doc, py_none());
    dict_set_str(vm, vm->main_globals, str_intern_c(vm, "__file__"), py_obj_val(str_intern_c(vm, vm->abs_path)));
    modules_init(vm);
    py_list *argv = list_new(vm, 0);
    for (int i = 0; cfg && i < cfg->argc; i++) list_push(vm, argv, py_obj_val(str_new(vm, cfg->argv[i], strlen(cfg->argv[i]))));
    vm->argv = py_obj_val(argv);
    vm->ntmp = 0;
    vm->gc_paused = 0;
    return vm;
}

void py_vm_free(py_vm *vm)
{
    fiber_free(vm, &vm->main_fiber);
    py_gc_free_all(vm);
    for (int i = 0; i < vm->nmods; i++) free(vm->mods[i].name);
    for (int i = 0; i < vm->nwarned; i++) free(vm->warned[i]);
    free(vm->warned);
    free(vm->mods);
    free(vm->source);
    free(vm);
}
