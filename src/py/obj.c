/* obj.c - the core object types (str, list, tuple, dict, set, range, slice) and the
 * generic operations on values: hashing, equality, ordering, arithmetic, indexing,
 * iteration, len, repr/str. Messages follow CPython 3.11 word for word. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "py/ast.h"
#include "py/bigint.h"
#include "py/pyfmt.h"
#include "py/vm.h"

/* ---------------- str ---------------- */

const char *py_memmem(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0) return h;
    if (nn > hn) return NULL;
    const char *end = h + hn - nn;
    for (const char *p = h; p <= end; p++) {
        p = memchr(p, n[0], (size_t)(end - p) + 1);
        if (!p) return NULL;
        if (memcmp(p, n, nn) == 0) return p;
    }
    return NULL;
}

int64_t utf8_count(const char *s, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

py_str *str_new(py_vm *vm, const char *s, size_t n)
{
    py_str *o = py_alloc_obj(vm, sizeof(py_str) + n + 1, K_STR, vm->t_str);
    if (n) mem_copy(o->data, s, n);
    o->data[n] = 0;
    o->len = (int64_t)n;
    o->cplen = utf8_count(s, (int64_t)n);
    return o;
}

uint64_t str_hash(py_str *s)
{
    if (!s->hash) {
        uint64_t h = hash_fnv1a(s->data, (size_t)s->len, HASH_FNV_INIT);
        s->hash = h ? h : 1;
    }
    return s->hash;
}

bool str_eq(py_str *a, py_str *b)
{
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->interned && b->interned) return false;
    return memcmp(a->data, b->data, (size_t)a->len) == 0;
}

py_str *str_intern(py_vm *vm, const char *s, size_t n)
{
    uint64_t h = hash_fnv1a(s, n, HASH_FNV_INIT);
    if (!h) h = 1;
    if (vm->ninterned * 2 >= vm->interncap) {
        size_t cap = vm->interncap ? vm->interncap * 2 : 1024;
        py_str **t = xcalloc(cap, sizeof *t);
        for (size_t i = 0; i < vm->interncap; i++) {
            py_str *x = vm->interned[i];
            if (!x) continue;
            size_t j = x->hash & (cap - 1);
            while (t[j]) j = (j + 1) & (cap - 1);
            t[j] = x;
        }
        free(vm->interned);
        vm->interned = t;
        vm->interncap = cap;
    }
    size_t j = h & (vm->interncap - 1);
    while (vm->interned[j]) {
        py_str *x = vm->interned[j];
        if (x->hash == h && x->len == (int64_t)n && memcmp(x->data, s, n) == 0) return x;
        j = (j + 1) & (vm->interncap - 1);
    }
    py_str *o = str_new(vm, s, n);
    o->hash = h;
    o->interned = 1;
    vm->interned[j] = o;
    vm->ninterned++;
    return o;
}

py_str *str_intern_c(py_vm *vm, const char *s) { return str_intern(vm, s, strlen(s)); }
py_val py_str_new(py_vm *vm, const char *s, size_t n) { return py_obj_val(str_new(vm, s, n)); }
py_val py_str_cstr(py_vm *vm, const char *s) { return py_obj_val(str_new(vm, s, strlen(s))); }

const char *py_str_data(py_val v, size_t *len)
{
    if (!is_kind(v, K_STR)) return NULL;
    if (len) *len = (size_t)AS_STR(v)->len;
    return AS_STR(v)->data;
}

py_val raise_mem_cap(py_vm *vm)
{
    return raise_type(vm, vm->e_memory, "looplab's memory cap exceeded");
}

py_val raise_pyfmt(py_vm *vm, int code, const char *msg)
{
    switch (code) {
    case PYFMT_OVERFLOW: return raise_type(vm, vm->e_overflow, "%s", msg);
    case PYFMT_TYPE_ERROR: return raise_type(vm, vm->e_type, "%s", msg);
    case PYFMT_MEMORY_ERROR: return raise_mem_cap(vm);
    case PYFMT_PENDING: return py_err();  /* raised already (a big int's digits) */
    default: return raise_type(vm, vm->e_value, "%s", msg);
    }
}

py_val str_from_sbuf(py_vm *vm, sbuf *b)
{
    if (STR_TOO_BIG(vm, b->len)) {
        sbuf_free(b);
        return raise_mem_cap(vm);
    }
    py_val v = py_obj_val(str_new(vm, b->data ? b->data : "", b->len));
    sbuf_free(b);
    return v;
}

/* Byte offset of code point cp (0 <= cp <= cplen). */
const char *utf8_offset(py_str *s, int64_t cp)
{
    if (s->len == s->cplen) return s->data + cp;
    const char *p = s->data;
    while (cp > 0) {
        p++;
        while (((unsigned char)*p & 0xC0) == 0x80) p++;
        cp--;
    }
    return p;
}

py_val str_index(py_vm *vm, py_str *s, int64_t i)
{
    if (i < 0) i += s->cplen;
    if (i < 0 || i >= s->cplen) return raise_type(vm, vm->e_index, "string index out of range");
    const char *p = utf8_offset(s, i), *q = p + 1;
    while (((unsigned char)*q & 0xC0) == 0x80) q++;
    if (q - p == 1) return py_obj_val(str_intern(vm, p, 1));
    return py_obj_val(str_new(vm, p, (size_t)(q - p)));
}

/* ---------------- list / tuple ---------------- */

py_list *list_new(py_vm *vm, int64_t cap)
{
    py_list *l = py_alloc_obj(vm, sizeof(py_list), K_LIST, vm->t_list);
    if (cap > 0) {
        l->items = py_mem(vm, NULL, 0, (size_t)cap * sizeof(py_val));
        l->cap = cap;
    }
    return l;
}

void list_push(py_vm *vm, py_list *l, py_val v)
{
    if (l->len == l->cap) {
        int64_t cap = l->cap < 4 ? 4 : l->cap * 2;
        py_tmp_push(vm, v);
        l->items = py_mem(vm, l->items, (size_t)l->cap * sizeof(py_val), (size_t)cap * sizeof(py_val));
        l->cap = cap;
    }
    l->items[l->len++] = v;
}

py_tuple *tuple_new(py_vm *vm, int64_t n)
{
    py_tuple *t = py_alloc_obj(vm, sizeof(py_tuple) + (size_t)n * sizeof(py_val), K_TUPLE, vm->t_tuple);
    t->len = n;
    for (int64_t i = 0; i < n; i++) t->items[i] = py_none();
    return t;
}

py_val py_tuple_new(py_vm *vm, int n, const py_val *items)
{
    py_tuple *t = tuple_new(vm, n);
    for (int i = 0; i < n; i++) t->items[i] = items[i];
    return py_obj_val(t);
}

py_val py_list_new(py_vm *vm, int n, const py_val *items)
{
    py_list *l = list_new(vm, n);
    for (int i = 0; i < n; i++) l->items[i] = items[i];
    l->len = n;
    return py_obj_val(l);
}

int py_list_append(py_vm *vm, py_val list, py_val item)
{
    list_push(vm, AS_LIST(list), item);
    return 0;
}

/* ---------------- hashing and equality ---------------- */

#define HASH_MOD ((1ULL << 61) - 1)

static uint64_t hash_int(int64_t i)
{
    uint64_t mag = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    int64_t h = (int64_t)(mag % HASH_MOD);
    if (i < 0) h = -h;
    if (h == -1) h = -2;
    return (uint64_t)h;
}

/* A tuple's hash (xxHash's rounds over the items' hashes), cached in the tuple.
 * Nested tuples are walked with an explicit stack: however deep, no C recursion. */
static int tuple_hash(py_vm *vm, py_tuple *root, uint64_t *out)
{
    typedef struct { py_tuple *t; int64_t i; uint64_t acc; } frame;
    frame small[16], *st = small;
    int n = 0, cap = 16, rc = 0;
    st[n++] = (frame){root, 0, 0x27D4EB2F165667C5ULL};
    while (n) {
        frame *f = &st[n - 1];
        uint64_t h;
        if (f->i == f->t->len) {
            uint64_t acc = f->acc + ((uint64_t)f->t->len ^ (0x27D4EB2F165667C5ULL ^ 3527539UL));
            if (acc == (uint64_t)-1) acc = 1546275796;
            f->t->hash = acc ? acc : 1;
            h = f->t->hash;
            n--;
            if (!n) break;
            f = &st[n - 1];
        } else {
            py_val x = f->t->items[f->i];
            if (is_kind(x, K_TUPLE) && !AS_TUPLE(x)->hash) {
                if (n == cap) {
                    cap *= 2;
                    frame *bigger = xmalloc((size_t)cap * sizeof *bigger);
                    mem_copy(bigger, st, (size_t)n * sizeof *st);
                    if (st != small) free(st);
                    st = bigger;
                }
                st[n++] = (frame){AS_TUPLE(x), 0, 0x27D4EB2F165667C5ULL};
                continue;
            }
            if (py_hash(vm, x, &h) < 0) { rc = -1; break; }
        }
        f->acc += h * 0xC2B2AE3D27D4EB4FULL;
        f->acc = (f->acc << 31) | (f->acc >> 33);
        f->acc *= 0x9E3779B185EBCA87ULL;
        f->i++;
    }
    if (st != small) free(st);
    if (rc == 0) *out = root->hash;
    return rc;
}

int py_hash(py_vm *vm, py_val v, uint64_t *out)
{
    switch (v.tag) {
    case V_NONE: *out = 0xFCA86420; return 0;
    case V_BOOL: case V_INT: *out = hash_int(v.u.i); return 0;
    case V_FLOAT: *out = bn_hash_double(v.u.f); return 0;  /* CPython's: equal to an equal int's */
    case V_OBJ: break;
    default: *out = 0; return 0;
    }
    py_obj *o = v.u.o;
    switch (o->kind) {
    case K_STR: case K_BYTES: *out = str_hash((py_str *)o); return 0;
    case K_BIGINT: *out = bigint_hash(v); return 0;
    case K_TUPLE: {
        py_tuple *t = (py_tuple *)o;
        if (t->hash) { *out = t->hash; return 0; }
        return tuple_hash(vm, t, out);
    }
    case K_LIST: case K_DICT: raise_type(vm, vm->e_type, "unhashable type: '%s'", o->type->name->data); return -1;
    case K_SET:
        if (!((py_set *)o)->frozen) { raise_type(vm, vm->e_type, "unhashable type: 'set'"); return -1; }
        break;
    case K_INST: {
        py_val h = type_lookup(o->type, vm->s_hash);
        if (h.tag == V_NONE) { raise_type(vm, vm->e_type, "unhashable type: '%s'", o->type->name->data); return -1; }
        if (h.tag != V_UNDEF) {  /* a class's own, or one it took: __hash__ = object.__hash__ */
            py_val r = vm_call(vm, h, &v, 1, NULL);
            if (py_is_err(r)) return -1;
            if (r.tag != V_INT && r.tag != V_BOOL) {
                raise_type(vm, vm->e_type, "__hash__ method should return an integer");
                return -1;
            }
            *out = hash_int(r.u.i);
            return 0;
        }
        py_val eq = type_lookup(o->type, vm->s_eq);
        if (eq.tag != V_UNDEF && !is_kind(eq, K_NATIVE)) {
            raise_type(vm, vm->e_type, "unhashable type: '%s'", o->type->name->data);
            return -1;
        }
        break;
    }
    default: break;
    }
    *out = py_identity_hash(o);
    return 0;
}

/* object.__hash__: from the address, as every object without a hash of its own. */
uint64_t py_identity_hash(py_obj *o) { return hash_splitmix64((uint64_t)(uintptr_t)o) >> 4; }

static bool is_num(py_val v) { return v.tag == V_INT || v.tag == V_FLOAT || v.tag == V_BOOL || bigint_is(v); }

/* Exact int/float comparison: -1, 0, 1 (2 when a float is nan). */
static int num_cmp(py_val a, py_val b)
{
    if (bigint_is(a) || bigint_is(b)) return bigint_num_cmp(a, b);
    if (a.tag != V_FLOAT && b.tag != V_FLOAT) return a.u.i < b.u.i ? -1 : a.u.i > b.u.i;
    if (a.tag == V_FLOAT && b.tag == V_FLOAT) {
        double x = a.u.f, y = b.u.f;
        if (isnan(x) || isnan(y)) return 2;
        return x < y ? -1 : x > y;
    }
    return bigint_num_cmp(a, b);
}

static bool is_notimpl(py_vm *vm, py_val v) { return v.tag == V_OBJ && v.u.o == vm->notimpl.u.o; }
static bool has_class(py_val v) { return is_kind(v, K_INST) || is_kind(v, K_NOBJ); }
static bool same_object(py_val a, py_val b)
{
    if (a.tag != b.tag) return false;
    return a.tag == V_NONE || a.tag == V_UNDEF || a.u.i == b.u.i;
}

static int cmp_reflected(int op) { static const int r[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE}; return r[op]; }

/* The comparison slot of v's type: the class's own method, else object's defaults
 * (== is identity, != inverts ==, orderings are NotImplemented). A builtin value
 * compared with an instance answers NotImplemented. */
static py_val cmp_slot(py_vm *vm, py_val v, int op, py_val w)
{
    if (!has_class(v)) return vm->notimpl;
    py_str *names[] = {vm->s_lt, vm->s_le, vm->s_eq, vm->s_ne, vm->s_gt, vm->s_ge};
    py_val m = type_lookup(v.u.o->type, names[op]);
    if (m.tag != V_UNDEF && !is_kind(m, K_NATIVE)) {
        py_val args[2] = {v, w};
        return vm_call(vm, m, args, 2, NULL);
    }
    if (op == CMP_EQ) return same_object(v, w) ? py_bool(true) : vm->notimpl;
    if (op == CMP_NE) {
        py_val r = cmp_slot(vm, v, CMP_EQ, w);
        if (py_is_err(r) || is_notimpl(vm, r)) return r;
        bool t = py_truthy(vm, r);
        if (py_exc_pending(vm)) return py_err();
        return py_bool(!t);
    }
    return vm->notimpl;
}

static const char *cmp_sym[] = {"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"};

/* CPython's do_richcompare, for when an operand is an instance of a class: the right
 * operand's reflected method goes first if its class derives from the left's;
 * NotImplemented hands over to the other side; == and != fall back to identity. */
static py_val user_richcompare_slots(py_vm *vm, int op, py_val v, py_val w)
{
    int rop = cmp_reflected(op);
    bool checked = false;
    py_type *tv = py_type_of(vm, v), *tw = py_type_of(vm, w);
    py_val r;
    if (tv != tw && has_class(w) && type_is_sub(tw, tv)) {
        checked = true;
        r = cmp_slot(vm, w, rop, v);
        if (py_is_err(r) || !is_notimpl(vm, r)) return r;
    }
    r = cmp_slot(vm, v, op, w);
    if (py_is_err(r) || !is_notimpl(vm, r)) return r;
    if (!checked) {
        r = cmp_slot(vm, w, rop, v);
        if (py_is_err(r) || !is_notimpl(vm, r)) return r;
    }
    if (op == CMP_EQ || op == CMP_NE) return py_bool((op == CMP_EQ) == same_object(v, w));
    return raise_type(vm, vm->e_type, "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op],
                      py_type_name(vm, v), py_type_name(vm, w));
}

/* A comparison that may run a class's method is a level of recursion, as CPython's
 * PyObject_RichCompare: an __eq__ that returns self == other fails after 499 frames,
 * "in comparison". */
static py_val user_richcompare(py_vm *vm, int op, py_val v, py_val w)
{
    if (vm->depth + vm->cmp_nest + 1 > PY_RECURSION_LIMIT)
        return raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded in comparison");
    vm->depth++;
    py_val r = user_richcompare_slots(vm, op, v, w);
    vm->depth--;
    return r;
}

/* PyObject_RichCompareBool(a, b, Py_EQ): identity first, as containers compare items. */
/* A container compared element by element is a level of recursion (CPython's
 * Py_EnterRecursiveCall(" in comparison")); -1 after raising RecursionError. */
static int cmp_enter(py_vm *vm)
{
    if (vm->depth + vm->cmp_nest + 1 > PY_RECURSION_LIMIT) {
        raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded in comparison");
        return -1;
    }
    vm->cmp_nest++;
    return 0;
}

static int eq_objects(py_vm *vm, py_val a, py_val b);

/* The '==' operator itself: no identity shortcut, so nan == nan is False. */
static int eq_operator(py_vm *vm, py_val a, py_val b)
{
    if (a.tag == V_OBJ && b.tag == V_OBJ && a.u.o != b.u.o && a.u.o->kind == b.u.o->kind &&
        (a.u.o->kind == K_LIST || a.u.o->kind == K_TUPLE || a.u.o->kind == K_DICT)) {
        if (cmp_enter(vm) < 0) return -1;
        int r = eq_objects(vm, a, b);
        vm->cmp_nest--;
        return r;
    }
    return eq_objects(vm, a, b);
}

/* PyObject_RichCompareBool: identity implies equality, which containers rely on
 * (x = float('nan'); x in [x] and [x] == [x] are True). Floats are unboxed here, so
 * "the same object" is the same bits. */
int py_eq(py_vm *vm, py_val a, py_val b)
{
    if (a.tag == V_FLOAT && b.tag == V_FLOAT && memcmp(&a.u.f, &b.u.f, sizeof(double)) == 0) return 1;
    return eq_operator(vm, a, b);
}

static int eq_objects(py_vm *vm, py_val a, py_val b)
{
    if (is_num(a) && is_num(b)) return num_cmp(a, b) == 0;
    if (has_class(a) || has_class(b)) {
        if (same_object(a, b)) return 1;
        py_val r = user_richcompare(vm, CMP_EQ, a, b);
        if (py_is_err(r)) return -1;
        bool t = py_truthy(vm, r);
        return py_exc_pending(vm) ? -1 : t;
    }
    if (a.tag != V_OBJ || b.tag != V_OBJ) {
        if (a.tag == V_OBJ || b.tag == V_OBJ) return 0;
        return a.tag == b.tag && (a.tag == V_NONE || a.u.i == b.u.i);
    }
    py_obj *x = a.u.o, *y = b.u.o;
    if (x == y) return 1;
    if (x->kind == K_ITER || y->kind == K_ITER) {
        int r = dictview_compare(vm, CMP_EQ, a, b);
        if (r != -2) return r;
    }
    if (x->kind != y->kind) {
        if ((x->kind == K_DICT) || (y->kind == K_DICT)) return 0;
        return 0;
    }
    switch (x->kind) {
    case K_STR: case K_BYTES: return str_eq((py_str *)x, (py_str *)y);
    case K_LIST: case K_TUPLE: {
        int64_t n1 = x->kind == K_LIST ? ((py_list *)x)->len : ((py_tuple *)x)->len;
        int64_t n2 = x->kind == K_LIST ? ((py_list *)y)->len : ((py_tuple *)y)->len;
        if (n1 != n2) return 0;
        for (int64_t i = 0; i < n1; i++) {
            py_val p = x->kind == K_LIST ? ((py_list *)x)->items[i] : ((py_tuple *)x)->items[i];
            py_val q = x->kind == K_LIST ? ((py_list *)y)->items[i] : ((py_tuple *)y)->items[i];
            int r = py_eq(vm, p, q);
            if (r != 1) return r;
            if (x->kind == K_LIST && i >= ((py_list *)x)->len) return 0;
        }
        return 1;
    }
    case K_DICT: {
        py_dict *d = (py_dict *)x, *e = (py_dict *)y;
        if (d->count != e->count) return 0;
        for (int64_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key.tag == V_UNDEF) continue;
            py_val other;
            int f = dict_lookup(vm, e, d->entries[i].key, &other);
            if (f <= 0) return f;
            int r = py_eq(vm, d->entries[i].val, other);
            if (r != 1) return r;
        }
        return 1;
    }
    case K_SET: {
        py_set *s = (py_set *)x, *t = (py_set *)y;
        if (s->used != t->used) return 0;
        for (int64_t i = 0; i <= s->mask; i++) {
            if (s->table[i].used != 1) continue;
            int r = set_contains(vm, t, s->table[i].key);
            if (r != 1) return r;
        }
        return 1;
    }
    case K_RANGE: {
        py_range *r = (py_range *)x, *q = (py_range *)y;
        return r->start == q->start && r->stop == q->stop && r->step == q->step;
    }
    case K_BOUND: {
        py_bound *p = (py_bound *)x, *q = (py_bound *)y;
        return p->func.u.o == q->func.u.o && p->self.tag == q->self.tag && p->self.u.o == q->self.u.o;
    }
    default: return x == y;
    }
}

static int seq_cmp(py_vm *vm, int op, py_val *a, int64_t na, py_val *b, int64_t nb, bool *res)
{
    int64_t i = 0;
    for (; i < na && i < nb; i++) {
        int e = py_eq(vm, a[i], b[i]);
        if (e < 0) return -1;
        if (!e) {
            py_val r = py_compare(vm, op, a[i], b[i]);
            if (py_is_err(r)) return -1;
            *res = py_truthy(vm, r);
            return 0;
        }
    }
    int64_t x = na, y = nb;
    switch (op) {
    case CMP_LT: *res = x < y; break;
    case CMP_LE: *res = x <= y; break;
    case CMP_GT: *res = x > y; break;
    default: *res = x >= y; break;
    }
    return 0;
}

static int set_subset(py_vm *vm, py_set *a, py_set *b)
{
    if (a->used > b->used) return 0;
    for (int64_t i = 0; i <= a->mask; i++) {
        if (a->table[i].used != 1) continue;
        int r = set_contains(vm, b, a->table[i].key);
        if (r != 1) return r;
    }
    return 1;
}

py_val py_compare(py_vm *vm, int op, py_val a, py_val b)
{
    switch (op) {
    case CMP_EQ: case CMP_NE: {
        if (has_class(a) || has_class(b)) return user_richcompare(vm, op, a, b);
        int r = eq_operator(vm, a, b);
        if (r < 0) return py_err();
        return py_bool(op == CMP_EQ ? r : !r);
    }
    case CMP_IS: case CMP_IS_NOT: {
        bool same = a.tag == b.tag && (a.tag == V_NONE || a.tag == V_UNDEF || a.u.i == b.u.i);
        if (a.tag == V_FLOAT && b.tag == V_FLOAT) same = memcmp(&a.u.f, &b.u.f, sizeof(double)) == 0;
        return py_bool(op == CMP_IS ? same : !same);
    }
    case CMP_IN: case CMP_NOT_IN: {
        py_val r = py_contains(vm, b, a);
        if (py_is_err(r)) return r;
        return py_bool(op == CMP_IN ? r.u.i : !r.u.i);
    }
    default: break;
    }
    if (is_num(a) && is_num(b)) {
        int c = num_cmp(a, b);
        if (c == 2) return py_bool(false);
        switch (op) {
        case CMP_LT: return py_bool(c < 0);
        case CMP_LE: return py_bool(c <= 0);
        case CMP_GT: return py_bool(c > 0);
        default: return py_bool(c >= 0);
        }
    }
    if (is_kind(a, K_ITER) || is_kind(b, K_ITER)) {
        int r = dictview_compare(vm, op, a, b);
        if (r != -2) return r < 0 ? py_err() : py_bool(r);
    }
    if (a.tag == V_OBJ && b.tag == V_OBJ && a.u.o->kind == b.u.o->kind) {
        bool res;
        switch (a.u.o->kind) {
        case K_STR: case K_BYTES: {
            py_str *x = AS_STR(a), *y = AS_STR(b);
            int64_t n = x->len < y->len ? x->len : y->len;
            int c = memcmp(x->data, y->data, (size_t)n);
            if (c == 0) c = x->len < y->len ? -1 : x->len > y->len;
            switch (op) {
            case CMP_LT: return py_bool(c < 0);
            case CMP_LE: return py_bool(c <= 0);
            case CMP_GT: return py_bool(c > 0);
            default: return py_bool(c >= 0);
            }
        }
        case K_LIST: case K_TUPLE: {
            if (cmp_enter(vm) < 0) return py_err();
            int r = a.u.o->kind == K_LIST
                        ? seq_cmp(vm, op, AS_LIST(a)->items, AS_LIST(a)->len, AS_LIST(b)->items, AS_LIST(b)->len, &res)
                        : seq_cmp(vm, op, AS_TUPLE(a)->items, AS_TUPLE(a)->len, AS_TUPLE(b)->items, AS_TUPLE(b)->len, &res);
            vm->cmp_nest--;
            if (r < 0) return py_err();
            return py_bool(res);
        }
        case K_SET: {
            py_set *x = AS_SET(a), *y = AS_SET(b);
            int r;
            switch (op) {
            case CMP_LE: r = set_subset(vm, x, y); break;
            case CMP_GE: r = set_subset(vm, y, x); break;
            case CMP_LT: r = x->used < y->used ? set_subset(vm, x, y) : 0; break;
            default: r = x->used > y->used ? set_subset(vm, y, x) : 0; break;
            }
            if (r < 0) return py_err();
            return py_bool(r);
        }
        default: break;
        }
    }
    if (has_class(a) || has_class(b)) return user_richcompare(vm, op, a, b);
    return raise_type(vm, vm->e_type, "'%s' not supported between instances of '%s' and '%s'", cmp_sym[op],
                      py_type_name(vm, a), py_type_name(vm, b));
}

/* ---------------- dict ---------------- */

py_dict *dict_new(py_vm *vm)
{
    return py_alloc_obj(vm, sizeof(py_dict), K_DICT, vm->t_dict);
}

py_val py_dict_new(py_vm *vm) { return py_obj_val(dict_new(vm)); }

static void dict_rebuild(py_vm *vm, py_dict *d, int64_t need)
{
    /* compact the entries, then size the index for need entries at 2/3 load */
    int64_t k = 0;
    for (int64_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key.tag != V_UNDEF) d->entries[k++] = d->entries[i];
    d->nentries = k;
    int64_t cap = 8;
    while (cap * 2 < need * 3) cap *= 2;
    if (cap > d->cap || cap < d->cap / 4) {
        int64_t ecap = cap * 2 / 3 + 1;
        if (ecap < k) ecap = k;
        d->entries = py_mem(vm, d->entries, (size_t)d->cap * sizeof(py_dentry), (size_t)ecap * sizeof(py_dentry));
        d->cap = ecap;
    }
    int64_t isize = 8;
    while (isize * 2 < d->cap * 3) isize *= 2;
    d->index = py_mem(vm, d->index, (size_t)d->isize * sizeof(int32_t), (size_t)isize * sizeof(int32_t));
    d->isize = isize;
    for (int64_t i = 0; i < isize; i++) d->index[i] = -1;
    for (int64_t i = 0; i < k; i++) {
        uint64_t mask = (uint64_t)isize - 1, j = d->entries[i].hash & mask, perturb = d->entries[i].hash;
        while (d->index[j] != -1) { perturb >>= 5; j = (j * 5 + perturb + 1) & mask; }
        d->index[j] = (int32_t)i;
    }
}

/* Index slot for key: returns the entry number or -1; *slot gets the index position
 * where it is (or where it would go). -2 on error. */
static int64_t dict_find(py_vm *vm, py_dict *d, py_val key, uint64_t h, int64_t *slot)
{
    if (!d->isize) { *slot = -1; return -1; }
    uint64_t mask = (uint64_t)d->isize - 1, j = h & mask, perturb = h;
    int64_t free_slot = -1;
    for (;;) {
        int32_t ix = d->index[j];
        if (ix == -1) { *slot = free_slot >= 0 ? free_slot : (int64_t)j; return -1; }
        if (ix == -2) { if (free_slot < 0) free_slot = (int64_t)j; }
        else {
            py_dentry *e = &d->entries[ix];
            if (e->hash == h) {
                if (e->key.tag == key.tag && e->key.u.i == key.u.i) { *slot = (int64_t)j; return ix; }
                if (key.tag == V_OBJ && e->key.tag == V_OBJ && key.u.o->kind == K_STR && e->key.u.o->kind == K_STR) {
                    if (str_eq(AS_STR(key), AS_STR(e->key))) { *slot = (int64_t)j; return ix; }
                } else {
                    uint64_t ver = d->version;
                    int r = py_eq(vm, e->key, key);
                    if (r < 0) return -2;
                    if (d->version != ver) return dict_find(vm, d, key, h, slot);
                    if (r) { *slot = (int64_t)j; return ix; }
                }
            }
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

int dict_lookup(py_vm *vm, py_dict *d, py_val key, py_val *out)
{
    uint64_t h;
    if (py_hash(vm, key, &h) < 0) return -1;
    int64_t slot, ix = dict_find(vm, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    *out = d->entries[ix].val;
    return 1;
}

int dict_set(py_vm *vm, py_dict *d, py_val key, py_val v)
{
    uint64_t h;
    if (py_hash(vm, key, &h) < 0) return -1;
    int64_t slot, ix = dict_find(vm, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix >= 0) { d->entries[ix].val = v; return 0; }
    if (d->nentries >= d->cap || slot < 0) {
        py_tmp_push(vm, key);
        py_tmp_push(vm, v);
        dict_rebuild(vm, d, d->count + 1 > d->nentries + 1 ? d->count + 1 : d->count * 2 + 1);
        dict_find(vm, d, key, h, &slot);
    }
    d->entries[d->nentries] = (py_dentry){key, v, h};
    d->index[slot] = (int32_t)d->nentries++;
    d->count++;
    d->version++;
    return 0;
}

int dict_del(py_vm *vm, py_dict *d, py_val key)
{
    uint64_t h;
    if (py_hash(vm, key, &h) < 0) return -1;
    int64_t slot, ix = dict_find(vm, d, key, h, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    d->index[slot] = -2;
    d->entries[ix].key = undef_val();
    d->entries[ix].val = undef_val();
    d->count--;
    d->version++;
    if (d->count == 0) {
        d->nentries = 0;
        for (int64_t i = 0; i < d->isize; i++) d->index[i] = -1;
    }
    return 1;
}

py_val dict_get_str(py_dict *d, py_str *key)
{
    if (!d->isize) return undef_val();
    uint64_t h = str_hash(key), mask = (uint64_t)d->isize - 1, j = h & mask, perturb = h;
    for (;;) {
        int32_t ix = d->index[j];
        if (ix == -1) return undef_val();
        if (ix >= 0) {
            py_dentry *e = &d->entries[ix];
            if (e->hash == h && e->key.tag == V_OBJ && e->key.u.o->kind == K_STR && str_eq(AS_STR(e->key), key))
                return e->val;
        }
        perturb >>= 5;
        j = (j * 5 + perturb + 1) & mask;
    }
}

void dict_set_str(py_vm *vm, py_dict *d, py_str *key, py_val v)
{
    dict_set(vm, d, py_obj_val(key), v);
}

int py_dict_set(py_vm *vm, py_val dict, py_val key, py_val v) { return dict_set(vm, AS_DICT(dict), key, v); }
py_val py_dict_get(py_vm *vm, py_val dict, py_val key)
{
    py_val out;
    int r = dict_lookup(vm, AS_DICT(dict), key, &out);
    return r == 1 ? out : r == 0 ? undef_val() : py_err();
}

/* ---------------- set (CPython's table layout, so iteration order matches) ---------------- */

py_set *set_new(py_vm *vm)
{
    py_set *s = py_alloc_obj(vm, sizeof(py_set), K_SET, vm->t_set);
    s->table = py_mem(vm, NULL, 0, 8 * sizeof(py_sentry));
    memset(s->table, 0, 8 * sizeof(py_sentry));
    s->mask = 7;
    return s;
}

#define LINEAR_PROBES 9

static void set_insert_clean(py_sentry *table, int64_t mask, py_val key, uint64_t h)
{
    uint64_t perturb = h;
    size_t i = h & (uint64_t)mask;
    for (;;) {
        py_sentry *e = &table[i];
        if (!e->used) goto found;
        if (i + LINEAR_PROBES <= (size_t)mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->used) goto found;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & (uint64_t)mask;
        continue;
    found:
        e->key = key;
        e->hash = h;
        e->used = 1;
        return;
    }
}

/* set_table_resize: a table of the smallest power of two above minused, refilled in
 * slot order without the dummies. Like CPython, a small table without dummies that
 * would stay small is left alone. */
void set_resize(py_vm *vm, py_set *s, int64_t minused)
{
    int64_t newsize = 8;
    while (newsize <= minused) newsize <<= 1;
    if (newsize == 8 && s->mask == 7 && s->fill == s->used) return;
    py_sentry *old = s->table;
    int64_t oldmask = s->mask;
    py_sentry *t = py_mem(vm, NULL, 0, (size_t)newsize * sizeof(py_sentry));
    memset(t, 0, (size_t)newsize * sizeof(py_sentry));
    for (int64_t i = 0; i <= oldmask; i++)
        if (old[i].used == 1) set_insert_clean(t, newsize - 1, old[i].key, old[i].hash);
    s->table = t;
    s->mask = newsize - 1;
    s->fill = s->used;
    py_mem(vm, old, (size_t)(oldmask + 1) * sizeof(py_sentry), 0);
}

/* Finds key: returns the entry or NULL; -1 in *err on error. *freeslot is where an
 * insert goes: the last dummy passed (as CPython's set_add_entry), else the empty slot. */
static py_sentry *set_find(py_vm *vm, py_set *s, py_val key, uint64_t h, py_sentry **freeslot, int *err)
{
    uint64_t perturb = h;
    size_t i = h & (uint64_t)s->mask;
    py_sentry *dummy = NULL;
    *err = 0;
    *freeslot = NULL;
    for (;;) {
        py_sentry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= (size_t)s->mask) ? LINEAR_PROBES : 0;
        do {
            if (!e->used) { *freeslot = dummy ? dummy : e; return NULL; }
            if (e->used == 1 && e->hash == h) {
                int r = py_eq(vm, e->key, key);
                if (r < 0) { *err = -1; return NULL; }
                if (r) return e;
            } else if (e->used == 2) {
                dummy = e;
            }
            e++;
        } while (probes--);
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & (uint64_t)s->mask;
    }
}

/* set_add_entry: adds key (whose hash is h); a new slot may grow the table. */
int set_add_hashed(py_vm *vm, py_set *s, py_val key, uint64_t h)
{
    py_sentry *fs;
    int err;
    py_sentry *e = set_find(vm, s, key, h, &fs, &err);
    if (err) return -1;
    if (e) return 0;
    bool unused = fs->used == 0;
    if (unused) s->fill++;
    fs->key = key;
    fs->hash = h;
    fs->used = 1;
    s->used++;
    if (unused && s->fill * 5 >= s->mask * 3) {
        py_tmp_push(vm, key);
        set_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
    }
    return 0;
}

int set_add(py_vm *vm, py_set *s, py_val key)
{
    uint64_t h;
    if (py_hash(vm, key, &h) < 0) return -1;
    return set_add_hashed(vm, s, key, h);
}

int set_contains_hashed(py_vm *vm, py_set *s, py_val key, uint64_t h)
{
    py_sentry *fs;
    int err;
    py_sentry *e = set_find(vm, s, key, h, &fs, &err);
    if (err) return -1;
    return e != NULL;
}

int set_contains(py_vm *vm, py_set *s, py_val key)
{
    uint64_t h;
    if (py_hash(vm, key, &h) < 0) return -1;
    return set_contains_hashed(vm, s, key, h);
}

int set_discard_hashed(py_vm *vm, py_set *s, py_val key, uint64_t h)
{
    py_sentry *fs;
    int err;
    py_sentry *e = set_find(vm, s, key, h, &fs, &err);
    if (err) return -1;
    if (!e) return 0;
    e->used = 2;
    e->key = undef_val();
    s->used--;
    return 1;
}

int set_discard(py_vm *vm, py_set *s, py_val key)
{
    uint64_t h;
    if (py_hash(vm, key, &h) < 0) return -1;
    return set_discard_hashed(vm, s, key, h);
}

/* ---------------- range, slice ---------------- */

py_val range_new(py_vm *vm, int64_t a, int64_t b, int64_t c)
{
    py_range *r = py_alloc_obj(vm, sizeof(py_range), K_RANGE, vm->t_range);
    r->start = a;
    r->stop = b;
    r->step = c;
    return py_obj_val(r);
}

static int64_t range_len(py_range *r)
{
    if (r->step > 0 && r->start < r->stop) return (int64_t)(((uint64_t)r->stop - (uint64_t)r->start - 1) / (uint64_t)r->step + 1);
    if (r->step < 0 && r->start > r->stop) return (int64_t)(((uint64_t)r->start - (uint64_t)r->stop - 1) / (uint64_t)(-r->step) + 1);
    return 0;
}

/* A class's __index__: the int it stands for, or undef when it has none. */
static py_val user_index(py_vm *vm, py_val v)
{
    if (!is_kind(v, K_INST) && !is_kind(v, K_NOBJ)) return undef_val();
    py_val m = type_lookup(v.u.o->type, str_intern_c(vm, "__index__"));
    if (!is_kind(m, K_FUNC)) return undef_val();
    py_val r = vm_call(vm, m, &v, 1, NULL);
    if (py_is_err(r)) return r;
    if (r.tag != V_INT && r.tag != V_BOOL)
        return raise_type(vm, vm->e_type, "__index__ returned non-int (type %s)", py_type_name(vm, r));
    return py_int(r.u.i);
}

/* operator.index(v): an int, a bool, or an object with __index__. */
int int_index(py_vm *vm, py_val v, int64_t *out)
{
    if (v.tag == V_INT || v.tag == V_BOOL) { *out = v.u.i; return 0; }
    if (bigint_is(v)) { bigint_raise_ssize(vm); return -1; }
    py_val r = user_index(vm, v);
    if (py_is_err(r)) return -1;
    if (r.tag == V_INT) { *out = r.u.i; return 0; }
    raise_type(vm, vm->e_type, "'%s' object cannot be interpreted as an integer", py_type_name(vm, v));
    return -1;
}

/* CPython's PySlice_GetIndicesEx: clamps bounds for a sequence of length len. */
py_val slice_indices(py_vm *vm, py_slice *s, int64_t len, int64_t *start, int64_t *stop, int64_t *step)
{
    *step = 1;
    if (s->step.tag != V_NONE) {
        py_val sv = s->step;
        if (bigint_is(sv)) sv = py_int(bigint_num_cmp(sv, py_int(0)) < 0 ? -INT64_MAX : INT64_MAX);  /* clamped */
        if (sv.tag != V_INT && sv.tag != V_BOOL) {
            sv = user_index(vm, sv);
            if (py_is_err(sv)) return sv;
            if (sv.tag != V_INT) return raise_type(vm, vm->e_type, "slice indices must be integers or None or have an __index__ method");
        }
        *step = sv.u.i;
        if (*step == 0) return raise_type(vm, vm->e_value, "slice step cannot be zero");
    }
    int64_t lo = *step < 0 ? -1 : 0, hi = *step < 0 ? len - 1 : len;
    py_val bounds[2] = {s->start, s->stop};
    int64_t *outs[2] = {start, stop};
    for (int k = 0; k < 2; k++) {
        py_val b = bounds[k];
        if (b.tag == V_NONE) { *outs[k] = (k == 0) == (*step > 0) ? lo : hi; continue; }
        if (bigint_is(b)) b = py_int(bigint_num_cmp(b, py_int(0)) < 0 ? INT64_MIN : INT64_MAX);  /* clamped */
        if (b.tag != V_INT && b.tag != V_BOOL) {
            b = user_index(vm, b);
            if (py_is_err(b)) return b;
            if (b.tag != V_INT) return raise_type(vm, vm->e_type, "slice indices must be integers or None or have an __index__ method");
        }
        int64_t x = b.u.i;
        if (x < 0) { x += len; if (x < lo) x = lo; }
        else if (x > hi) x = hi;
        *outs[k] = x;
    }
    return py_none();
}

static int64_t slice_count(int64_t start, int64_t stop, int64_t step)
{
    if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
}

/* ---------------- arithmetic ---------------- */


static const char *op_sym(int op)
{
    static const char *s[] = {"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@"};
    return s[op];
}

/* Ints that fit int64; a result that does not (or a quotient past 2**53, which needs
 * correct rounding) goes to bigint_binop. */
static py_val int_binop(py_vm *vm, int op, int64_t a, int64_t b)
{
    int64_t r;
    py_val (*overflow)(py_vm *, int, py_val, py_val) = bigint_binop;
#define overflow(vm) overflow(vm, op, py_int(a), py_int(b))
    switch (op) {
    case BINOP_ADD: if (__builtin_add_overflow(a, b, &r)) return overflow(vm); return py_int(r);
    case BINOP_SUB: if (__builtin_sub_overflow(a, b, &r)) return overflow(vm); return py_int(r);
    case BINOP_MUL: if (__builtin_mul_overflow(a, b, &r)) return overflow(vm); return py_int(r);
    case BINOP_TRUEDIV:
        if (b == 0) return raise_type(vm, vm->e_zero, "division by zero");
        if (a > (1LL << 53) || a < -(1LL << 53) || b > (1LL << 53) || b < -(1LL << 53)) return overflow(vm);
        return py_float((double)a / (double)b);
    case BINOP_FLOORDIV:
        if (b == 0) return raise_type(vm, vm->e_zero, "integer division or modulo by zero");
        if (!pyfmt_int_floordiv(a, b, &r)) return overflow(vm);
        return py_int(r);
    case BINOP_MOD:
        if (b == 0) return raise_type(vm, vm->e_zero, "integer modulo by zero");
        return py_int(pyfmt_int_mod(a, b));
    case BINOP_POW:
        if (b < 0) {
            if (a == 0) return raise_type(vm, vm->e_zero, "0.0 cannot be raised to a negative power");
            return py_float(pow((double)a, (double)b));
        }
        if (!pyfmt_int_pow(a, b, &r)) return overflow(vm);
        return py_int(r);
    case BINOP_LSHIFT:
        if (b < 0) return raise_type(vm, vm->e_value, "negative shift count");
        if (a == 0) return py_int(0);
        if (b >= 63 || (a > 0 ? a > (INT64_MAX >> b) : a < (INT64_MIN >> b))) return overflow(vm);
        return py_int((int64_t)((uint64_t)a << b));
    case BINOP_RSHIFT:
        if (b < 0) return raise_type(vm, vm->e_value, "negative shift count");
        return py_int(b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case BINOP_AND: return py_int(a & b);
    case BINOP_OR: return py_int(a | b);
    case BINOP_XOR: return py_int(a ^ b);
    default: return undef_val();
    }
#undef overflow
}

static py_val float_binop(py_vm *vm, int op, double a, double b)
{
    switch (op) {
    case BINOP_ADD: return py_float(a + b);
    case BINOP_SUB: return py_float(a - b);
    case BINOP_MUL: return py_float(a * b);
    case BINOP_TRUEDIV:
        if (b == 0) return raise_type(vm, vm->e_zero, "float division by zero");
        return py_float(a / b);
    case BINOP_FLOORDIV: {
        if (b == 0) return raise_type(vm, vm->e_zero, "float floor division by zero");
        double q;
        pyfmt_float_divmod(a, b, &q, NULL);
        return py_float(q);
    }
    case BINOP_MOD: {
        if (b == 0) return raise_type(vm, vm->e_zero, "float modulo");
        double m;
        pyfmt_float_divmod(a, b, NULL, &m);
        return py_float(m);
    }
    case BINOP_POW: {
        if (a == 0 && b < 0) return raise_type(vm, vm->e_zero, "0.0 cannot be raised to a negative power");
        if (a < 0 && b != floor(b)) return raise_type(vm, vm->e_value, "complex numbers are not supported by looplab");
        double r = pow(a, b);
        if (isinf(r) && !isinf(a) && !isinf(b)) return raise_type(vm, vm->e_overflow, "(34, 'Numerical result out of range')");
        return py_float(r);
    }
    default: return undef_val();
    }
}

static py_val seq_repeat(py_vm *vm, py_val seq, int64_t n)
{
    if (n < 0) n = 0;
    if (is_kind(seq, K_STR) || is_kind(seq, K_BYTES)) {
        py_str *s = AS_STR(seq);
        if (s->len && n > (int64_t)(vm->mem_cap / (size_t)s->len)) return raise_type(vm, vm->e_memory, "looplab's memory cap exceeded");
        sbuf b = {0};
        for (int64_t i = 0; i < n; i++) sbuf_add(&b, s->data, (size_t)s->len);
        if (is_kind(seq, K_STR)) return str_from_sbuf(vm, &b);
        py_val r = py_obj_val(bytes_new(vm, b.data ? b.data : "", b.len));
        sbuf_free(&b);
        return r;
    }
    py_val *items;
    int64_t len;
    if (is_kind(seq, K_LIST)) { items = AS_LIST(seq)->items; len = AS_LIST(seq)->len; }
    else { items = AS_TUPLE(seq)->items; len = AS_TUPLE(seq)->len; }
    if (len && n > (int64_t)(vm->mem_cap / 16 / (size_t)len)) return raise_type(vm, vm->e_memory, "looplab's memory cap exceeded");
    if (is_kind(seq, K_LIST)) {
        py_list *l = list_new(vm, len * n);
        items = AS_LIST(seq)->items;
        for (int64_t i = 0; i < n; i++) for (int64_t k = 0; k < len; k++) l->items[l->len++] = items[k];
        return py_obj_val(l);
    }
    py_tuple *t = tuple_new(vm, len * n);
    for (int64_t i = 0; i < n; i++) for (int64_t k = 0; k < len; k++) t->items[i * len + k] = AS_TUPLE(seq)->items[k];
    return py_obj_val(t);
}

static py_val concat(py_vm *vm, py_val a, py_val b)
{
    int k = a.u.o->kind;
    if (k == K_STR || k == K_BYTES) {
        py_str *x = AS_STR(a), *y = AS_STR(b);
        py_str *r = py_alloc_obj(vm, sizeof(py_str) + (size_t)(x->len + y->len) + 1, k, k == K_STR ? vm->t_str : vm->t_bytes);
        mem_copy(r->data, x->data, (size_t)x->len);
        mem_copy(r->data + x->len, y->data, (size_t)y->len);
        r->len = x->len + y->len;
        r->data[r->len] = 0;
        r->cplen = x->cplen + y->cplen;
        return py_obj_val(r);
    }
    if (k == K_LIST) {
        py_list *l = list_new(vm, AS_LIST(a)->len + AS_LIST(b)->len);
        mem_copy(l->items, AS_LIST(a)->items, (size_t)AS_LIST(a)->len * sizeof(py_val));
        mem_copy(l->items + AS_LIST(a)->len, AS_LIST(b)->items, (size_t)AS_LIST(b)->len * sizeof(py_val));
        l->len = AS_LIST(a)->len + AS_LIST(b)->len;
        return py_obj_val(l);
    }
    py_tuple *t = tuple_new(vm, AS_TUPLE(a)->len + AS_TUPLE(b)->len);
    mem_copy(t->items, AS_TUPLE(a)->items, (size_t)AS_TUPLE(a)->len * sizeof(py_val));
    mem_copy(t->items + AS_TUPLE(a)->len, AS_TUPLE(b)->items, (size_t)AS_TUPLE(b)->len * sizeof(py_val));
    return py_obj_val(t);
}

static const char *const binop_dunders[BINOP__COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"}, {"__sub__", "__rsub__", "__isub__"}, {"__mul__", "__rmul__", "__imul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"}, {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"}, {"__or__", "__ror__", "__ior__"}, {"__xor__", "__rxor__", "__ixor__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"},
};

/* The method a class defines (not a builtin native), or V_UNDEF. */
static py_val class_method(py_vm *vm, py_val v, const char *name)
{
    if (!has_class(v)) return undef_val();
    py_val m = type_lookup(v.u.o->type, str_intern_c(vm, name));
    return m.tag == V_UNDEF || is_kind(m, K_NATIVE) ? undef_val() : m;
}

static py_val call_dunder(py_vm *vm, py_val m, py_val self, py_val other)
{
    if (m.tag == V_UNDEF) return vm->notimpl;
    py_val args[2] = {self, other};
    return vm_call(vm, m, args, 2, NULL);
}

/* CPython's binary_iop1 / SLOT1BINFULL for operands where a class is involved: the
 * in-place method first (for +=), then the right operand's reflected method if its
 * class derives from the left's and overrides it, then the left's method (whose
 * NotImplemented ends it when both have one type), then the reflected one. */
static py_val user_binop(py_vm *vm, int op, py_val v, py_val w, bool inplace)
{
    py_val r;
    if (inplace) {
        r = call_dunder(vm, class_method(vm, v, binop_dunders[op][2]), v, w);
        if (py_is_err(r) || !is_notimpl(vm, r)) return r;
    }
    py_type *tv = py_type_of(vm, v), *tw = py_type_of(vm, w);
    bool do_other = tv != tw && has_class(w);
    if (has_class(v)) {
        if (do_other && type_is_sub(tw, tv)) {
            py_val rm = class_method(vm, w, binop_dunders[op][1]), lm = class_method(vm, v, binop_dunders[op][1]);
            if (rm.tag != V_UNDEF && !(lm.tag == V_OBJ && lm.u.o == rm.u.o)) {
                r = call_dunder(vm, rm, w, v);
                if (py_is_err(r) || !is_notimpl(vm, r)) return r;
                do_other = false;
            }
        }
        r = call_dunder(vm, class_method(vm, v, binop_dunders[op][0]), v, w);
        if (py_is_err(r) || !is_notimpl(vm, r) || tv == tw) return r;
    }
    if (do_other) return call_dunder(vm, class_method(vm, w, binop_dunders[op][1]), w, v);
    return vm->notimpl;
}

py_val py_binop(py_vm *vm, int op, py_val a, py_val b, bool inplace)
{
    if (is_num(a) && is_num(b)) {
        if (a.tag == V_BOOL && b.tag == V_BOOL && (op == BINOP_AND || op == BINOP_OR || op == BINOP_XOR))
            return py_bool(op == BINOP_AND ? (a.u.i & b.u.i) : op == BINOP_OR ? (a.u.i | b.u.i) : (a.u.i ^ b.u.i));
        if (a.tag != V_FLOAT && b.tag != V_FLOAT) {
            py_val r = a.tag == V_OBJ || b.tag == V_OBJ ? bigint_binop(vm, op, a, b) : int_binop(vm, op, a.u.i, b.u.i);
            if (r.tag != V_UNDEF || op != BINOP_POW) return r;  /* big ** negative: float's */
        }
        double x, y;
        if (op > BINOP_POW) goto fail;
        if (bigint_to_double(vm, a, &x) < 0 || bigint_to_double(vm, b, &y) < 0) return py_err();
        return float_binop(vm, op, x, y);
    }
    if (op == BINOP_MOD && is_kind(a, K_STR)) return py_percent_format(vm, AS_STR(a), b);
    if (op == BINOP_OR && !inplace && (is_kind(a, K_TYPE) || is_kind(b, K_TYPE) || is_kind(a, K_NOBJ) || is_kind(b, K_NOBJ))) {
        py_val u = py_union_or(vm, a, b);  /* int | None */
        if (u.tag != V_UNDEF) return u;
    }
    if ((is_dict_setview(a) || is_dict_setview(b)) && !is_kind(a, K_INST) && !is_kind(b, K_INST) &&
        (op == BINOP_OR || op == BINOP_AND || op == BINOP_SUB || op == BINOP_XOR))
        return dictview_binop(vm, op, a, b);
    if (op == BINOP_ADD && inplace && is_kind(a, K_LIST) && !is_kind(b, K_LIST)) {  /* list += iterable */
        if (has_class(b)) {  /* b.__radd__ first, then extend */
            py_val r = user_binop(vm, op, a, b, inplace);
            if (py_is_err(r) || !is_notimpl(vm, r)) return r;
        }
        py_val items = seq_to_list(vm, b);
        if (py_is_err(items)) return items;
        for (int64_t i = 0; i < AS_LIST(items)->len; i++) list_push(vm, AS_LIST(a), AS_LIST(items)->items[i]);
        return a;
    }
    if (a.tag == V_OBJ && b.tag == V_OBJ) {
        int ka = a.u.o->kind, kb = b.u.o->kind;
        if (op == BINOP_ADD && ka == kb && (ka == K_STR || ka == K_LIST || ka == K_TUPLE || ka == K_BYTES)) {
            if (inplace && ka == K_LIST) {
                py_list *l = AS_LIST(a), *m = AS_LIST(b);
                int64_t n = m->len;
                for (int64_t i = 0; i < n; i++) list_push(vm, l, m->items[i]);
                return a;
            }
            return concat(vm, a, b);
        }
        if (op == BINOP_MOD && ka == K_STR) return py_percent_format(vm, AS_STR(a), b);
        if (ka == K_SET && kb == K_SET && (op == BINOP_OR || op == BINOP_AND || op == BINOP_SUB || op == BINOP_XOR))
            return set_binary(vm, op, AS_SET(a), AS_SET(b), inplace);
        if (op == BINOP_OR && ka == K_DICT && kb == K_DICT) {
            py_dict *r = inplace ? AS_DICT(a) : dict_new(vm);
            py_dict *srcs[2] = {AS_DICT(a), AS_DICT(b)};
            for (int k = inplace ? 1 : 0; k < 2; k++)
                for (int64_t i = 0; i < srcs[k]->nentries; i++)
                    if (srcs[k]->entries[i].key.tag != V_UNDEF &&
                        dict_set(vm, r, srcs[k]->entries[i].key, srcs[k]->entries[i].val) < 0) return py_err();
            return py_obj_val(r);
        }
    }
    if (op == BINOP_MUL) {
        if (bigint_is(a) || bigint_is(b)) {  /* a sequence times a big int */
            py_val seq = bigint_is(a) ? b : a;
            if (is_kind(seq, K_STR) || is_kind(seq, K_LIST) || is_kind(seq, K_TUPLE) || is_kind(seq, K_BYTES))
                return raise_type(vm, vm->e_overflow, "cannot fit 'int' into an index-sized integer");
        }
        if (a.tag == V_OBJ && (a.u.o->kind == K_STR || a.u.o->kind == K_LIST || a.u.o->kind == K_TUPLE || a.u.o->kind == K_BYTES)) {
            if (b.tag == V_INT || b.tag == V_BOOL) {
                if (inplace && a.u.o->kind == K_LIST) {
                    py_val r = seq_repeat(vm, a, b.u.i);
                    if (py_is_err(r)) return r;
                    py_list *l = AS_LIST(a);
                    l->len = 0;
                    for (int64_t i = 0; i < AS_LIST(r)->len; i++) list_push(vm, l, AS_LIST(r)->items[i]);
                    return a;
                }
                return seq_repeat(vm, a, b.u.i);
            }
            if (!is_kind(b, K_INST))
                return raise_type(vm, vm->e_type, "can't multiply sequence by non-int of type '%s'", py_type_name(vm, b));
        }
        if (b.tag == V_OBJ && (b.u.o->kind == K_STR || b.u.o->kind == K_LIST || b.u.o->kind == K_TUPLE || b.u.o->kind == K_BYTES)) {
            if (a.tag == V_INT || a.tag == V_BOOL) return seq_repeat(vm, b, a.u.i);
            if (!is_kind(a, K_INST))
                return raise_type(vm, vm->e_type, "can't multiply sequence by non-int of type '%s'", py_type_name(vm, a));
        }
    }
    if (has_class(a) || has_class(b)) {
        py_val r = user_binop(vm, op, a, b, inplace);
        if (py_is_err(r) || !is_notimpl(vm, r)) return r;
    }
fail:
    /* the number protocol said no: a sequence's concat/repeat has the last word */
    if (op == BINOP_ADD && is_kind(a, K_BYTES))
        return raise_type(vm, vm->e_type, "can't concat %s to bytes", py_type_name(vm, b));
    if (op == BINOP_ADD && (is_kind(a, K_STR) || is_kind(a, K_LIST) || is_kind(a, K_TUPLE)))
        return raise_type(vm, vm->e_type, "can only concatenate %s (not \"%s\") to %s", py_type_name(vm, a),
                          py_type_name(vm, b), py_type_name(vm, a));
    if (op == BINOP_MUL) {
        bool sa = is_kind(a, K_STR) || is_kind(a, K_LIST) || is_kind(a, K_TUPLE) || is_kind(a, K_BYTES);
        bool sb = is_kind(b, K_STR) || is_kind(b, K_LIST) || is_kind(b, K_TUPLE) || is_kind(b, K_BYTES);
        if (sa || sb) {  /* sq_repeat takes an __index__ */
            py_val n = user_index(vm, sa ? b : a);
            if (py_is_err(n)) return n;
            if (n.tag == V_INT) return py_binop(vm, op, sa ? a : n, sa ? n : b, inplace);
        }
        if (sa || sb)
            return raise_type(vm, vm->e_type, "can't multiply sequence by non-int of type '%s'", py_type_name(vm, sa ? b : a));
    }
    if (op == BINOP_POW)
        return raise_type(vm, vm->e_type, "unsupported operand type(s) for %s: '%s' and '%s'",
                          inplace ? "**=" : "** or pow()", py_type_name(vm, a), py_type_name(vm, b));
    return raise_type(vm, vm->e_type, "unsupported operand type(s) for %s%s: '%s' and '%s'", op_sym(op),
                      inplace ? "=" : "", py_type_name(vm, a), py_type_name(vm, b));
}

py_val py_unary(py_vm *vm, int op, py_val a)
{
    static const char *names[] = {"-", "+", "not", "~"};
    if (op == UNARY_NOT) {
        bool t = py_truthy(vm, a);
        if (py_exc_pending(vm)) return py_err();
        return py_bool(!t);
    }
    if (a.tag == V_INT || a.tag == V_BOOL) {
        if (op == UNARY_NEG) { if (a.u.i == INT64_MIN) return bigint_unary(vm, op, a); return py_int(-a.u.i); }
        if (op == UNARY_POS) return py_int(a.u.i);
        return py_int(~a.u.i);
    }
    if (a.tag == V_FLOAT && op != UNARY_INVERT) return py_float(op == UNARY_NEG ? -a.u.f : a.u.f);
    if (bigint_is(a)) return bigint_unary(vm, op, a);
    if (is_kind(a, K_INST)) {
        static const char *dn[] = {"__neg__", "__pos__", "", "__invert__"};
        py_val m = type_lookup(a.u.o->type, str_intern_c(vm, dn[op]));
        if (m.tag != V_UNDEF) return vm_call(vm, m, &a, 1, NULL);
    }
    return raise_type(vm, vm->e_type, "bad operand type for unary %s: '%s'", names[op], py_type_name(vm, a));
}

/* ---------------- truthiness, len ---------------- */

/* What __len__ returned, checked as CPython does: an int, not negative. -1 on error. */
static int64_t len_result(py_vm *vm, py_val r)
{
    if (r.tag != V_INT && r.tag != V_BOOL) {
        raise_type(vm, vm->e_type, "'%s' object cannot be interpreted as an integer", py_type_name(vm, r));
        return -1;
    }
    if (r.u.i < 0) {
        raise_type(vm, vm->e_value, "__len__() should return >= 0");
        return -1;
    }
    return r.u.i;
}

bool py_truthy(py_vm *vm, py_val v)
{
    switch (v.tag) {
    case V_NONE: case V_UNDEF: return false;
    case V_BOOL: case V_INT: return v.u.i != 0;
    case V_FLOAT: return v.u.f != 0.0;
    case V_OBJ: break;
    default: return false;
    }
    switch (v.u.o->kind) {
    case K_STR: case K_BYTES: return AS_STR(v)->len != 0;
    case K_BIGINT: return true;
    case K_LIST: return AS_LIST(v)->len != 0;
    case K_TUPLE: return AS_TUPLE(v)->len != 0;
    case K_DICT: return AS_DICT(v)->count != 0;
    case K_SET: return AS_SET(v)->used != 0;
    case K_RANGE: return range_len((py_range *)v.u.o) != 0;
    case K_INST: {
        /* __bool__ must return a bool; else __len__ decides (an int >= 0) */
        py_val m = type_lookup(v.u.o->type, vm->s_bool);
        bool via_len = m.tag == V_UNDEF;
        if (via_len) m = type_lookup(v.u.o->type, vm->s_len);
        if (m.tag == V_UNDEF || is_kind(m, K_NATIVE)) return true;
        py_val r = vm_call(vm, m, &v, 1, NULL);
        if (py_is_err(r)) return false;
        if (via_len) return len_result(vm, r) > 0;
        if (r.tag != V_BOOL) {
            raise_type(vm, vm->e_type, "__bool__ should return bool, returned %s", py_type_name(vm, r));
            return false;
        }
        return r.u.i != 0;
    }
    default: return true;
    }
}

int64_t py_len(py_vm *vm, py_val o)
{
    if (o.tag == V_OBJ) {
        switch (o.u.o->kind) {
        case K_STR: case K_BYTES: return AS_STR(o)->cplen;
        case K_LIST: return AS_LIST(o)->len;
        case K_TUPLE: return AS_TUPLE(o)->len;
        case K_DICT: return AS_DICT(o)->count;
        case K_SET: return AS_SET(o)->used;
        case K_RANGE: return range_len((py_range *)o.u.o);
        case K_ITER: {
            py_iterobj *it = AS_ITER(o);
            if (it->ikind >= IT_DICT_VIEW_K) return AS_DICT(it->src)->count;
            break;
        }
        case K_INST: case K_NOBJ: {
            py_val m = type_lookup(o.u.o->type, vm->s_len);
            if (m.tag != V_UNDEF) {
                py_val r = vm_call(vm, m, &o, 1, NULL);
                if (py_is_err(r)) return -1;
                return len_result(vm, r);
            }
            break;
        }
        default: break;
        }
    }
    raise_type(vm, vm->e_type, "object of type '%s' has no len()", py_type_name(vm, o));
    return -1;
}

/* ---------------- indexing ---------------- */

static py_val seq_index_error(py_vm *vm, py_val o, bool assign)
{
    const char *name = py_type_name(vm, o);
    if (assign) return raise_type(vm, vm->e_index, "%s assignment index out of range", name);
    if (is_kind(o, K_RANGE)) return raise_type(vm, vm->e_index, "range object index out of range");
    return raise_type(vm, vm->e_index, "%s index out of range", name);
}

static py_val slice_seq(py_vm *vm, py_val o, py_slice *s)
{
    int64_t len = py_len(vm, o), start, stop, step;
    if (py_is_err(slice_indices(vm, s, len, &start, &stop, &step))) return py_err();
    int64_t n = slice_count(start, stop, step);
    switch (o.u.o->kind) {
    case K_BYTES: {
        py_str *by = AS_STR(o);
        if (step == 1) return py_obj_val(bytes_new(vm, by->data + start, (size_t)n));
        sbuf b = {0};
        for (int64_t i = 0, k = start; i < n; i++, k += step) sbuf_addc(&b, by->data[k]);
        py_val r = py_obj_val(bytes_new(vm, b.data ? b.data : "", b.len));
        sbuf_free(&b);
        return r;
    }
    case K_STR: {
        py_str *str = AS_STR(o);
        if (step == 1) {
            const char *p = utf8_offset(str, start), *q = utf8_offset(str, start + n);
            return py_obj_val(str_new(vm, p, (size_t)(q - p)));
        }
        sbuf b = {0};
        for (int64_t i = 0, k = start; i < n; i++, k += step) {
            const char *p = utf8_offset(str, k), *q = p + 1;
            while (((unsigned char)*q & 0xC0) == 0x80) q++;
            sbuf_add(&b, p, (size_t)(q - p));
        }
        return str_from_sbuf(vm, &b);
    }
    case K_LIST: {
        py_list *l = list_new(vm, n);
        for (int64_t i = 0, k = start; i < n; i++, k += step) l->items[i] = AS_LIST(o)->items[k];
        l->len = n;
        return py_obj_val(l);
    }
    case K_TUPLE: {
        py_tuple *t = tuple_new(vm, n);
        for (int64_t i = 0, k = start; i < n; i++, k += step) t->items[i] = AS_TUPLE(o)->items[k];
        return py_obj_val(t);
    }
    case K_RANGE: {
        py_range *r = (py_range *)o.u.o;
        return range_new(vm, r->start + start * r->step, r->start + stop * r->step, r->step * step);
    }
    default: return raise_type(vm, vm->e_type, "'%s' object is not subscriptable", py_type_name(vm, o));
    }
}

py_val py_getitem(py_vm *vm, py_val o, py_val key)
{
    if (o.tag != V_OBJ) goto not_sub;
    int k = o.u.o->kind;
    if (k == K_DICT) {
        py_val v;
        int r = dict_lookup(vm, AS_DICT(o), key, &v);
        if (r < 0) return py_err();
        if (r == 0) {
            if (o.u.o->type != vm->t_dict) {
                py_val m = type_lookup(o.u.o->type, str_intern_c(vm, "__missing__"));
                if (m.tag != V_UNDEF) { py_val args[2] = {o, key}; return vm_call(vm, m, args, 2, NULL); }
            }
            py_val e = exc_make(vm, vm->e_key, &key, 1);
            if (py_is_err(e)) return e;
            exc_set_pending(vm, e);
            return py_err();
        }
        return v;
    }
    if (k == K_LIST || k == K_TUPLE || k == K_STR || k == K_RANGE || k == K_BYTES) {
        if (is_kind(key, K_SLICE)) return slice_seq(vm, o, (py_slice *)key.u.o);
        if (bigint_is(key)) return k == K_RANGE ? seq_index_error(vm, o, false) : bigint_raise_index(vm);
        if (key.tag != V_INT && key.tag != V_BOOL) {
            py_val ix = user_index(vm, key);
            if (py_is_err(ix)) return ix;
            if (ix.tag == V_INT) return py_getitem(vm, o, ix);
            if (k == K_BYTES) return raise_type(vm, vm->e_type, "byte indices must be integers or slices, not %s", py_type_name(vm, key));
            if (k == K_RANGE) return raise_type(vm, vm->e_type, "range indices must be integers or slices, not %s", py_type_name(vm, key));
            if (k == K_STR) return raise_type(vm, vm->e_type, "string indices must be integers, not '%s'", py_type_name(vm, key));
            return raise_type(vm, vm->e_type, "%s indices must be integers or slices, not %s", py_type_name(vm, o), py_type_name(vm, key));
        }
        int64_t i = key.u.i;
        if (k == K_STR) return str_index(vm, AS_STR(o), i);
        if (k == K_BYTES) return bytes_index(vm, AS_STR(o), i);
        int64_t len = k == K_LIST ? AS_LIST(o)->len : k == K_TUPLE ? AS_TUPLE(o)->len : range_len((py_range *)o.u.o);
        if (i < 0) i += len;
        if (i < 0 || i >= len) return seq_index_error(vm, o, false);
        if (k == K_LIST) return AS_LIST(o)->items[i];
        if (k == K_TUPLE) return AS_TUPLE(o)->items[i];
        py_range *r = (py_range *)o.u.o;
        return py_int(r->start + i * r->step);
    }
    if (k == K_INST || k == K_NOBJ) {
        py_val m = type_lookup(o.u.o->type, vm->s_getitem);
        if (m.tag != V_UNDEF) { py_val args[2] = {o, key}; return vm_call(vm, m, args, 2, NULL); }
    }
    if (k == K_TYPE) {  /* list[int]; a class's own __class_getitem__ (an implicit classmethod) */
        py_val m = AS_TYPE(o)->flags & TF_BUILTIN ? undef_val() : type_lookup(AS_TYPE(o), str_intern_c(vm, "__class_getitem__"));
        if (is_kind(m, K_FUNC)) { py_val args[2] = {o, key}; return vm_call(vm, m, args, 2, NULL); }
        return py_class_getitem(vm, AS_TYPE(o), key);
    }
not_sub:
    return raise_type(vm, vm->e_type, "'%s' object is not subscriptable", py_type_name(vm, o));
}

static int list_assign_slice(py_vm *vm, py_list *l, py_slice *s, py_val v)
{
    int64_t start, stop, step;
    if (py_is_err(slice_indices(vm, s, l->len, &start, &stop, &step))) return -1;
    py_val items = seq_to_list(vm, v);
    if (py_is_err(items)) {
        if (exc_matches(vm, vm->exc, vm->e_type)) {
            py_exc_take(vm);
            raise_type(vm, vm->e_type, "can only assign an iterable");
        }
        return -1;
    }
    py_list *src = AS_LIST(items);
    if (step == 1) {
        if (stop < start) stop = start;
        int64_t newlen = l->len - (stop - start) + src->len;
        if (newlen > l->cap) {
            l->items = py_mem(vm, l->items, (size_t)l->cap * sizeof(py_val), (size_t)newlen * sizeof(py_val));
            l->cap = newlen;
        }
        mem_move(l->items + start + src->len, l->items + stop, (size_t)(l->len - stop) * sizeof(py_val));
        mem_copy(l->items + start, src->items, (size_t)src->len * sizeof(py_val));
        l->len = newlen;
        return 0;
    }
    int64_t n = slice_count(start, stop, step);
    if (n != src->len) {
        raise_type(vm, vm->e_value, "attempt to assign sequence of size %lld to extended slice of size %lld",
                   (long long)src->len, (long long)n);
        return -1;
    }
    for (int64_t i = 0, k = start; i < n; i++, k += step) l->items[k] = src->items[i];
    return 0;
}

int py_setitem(py_vm *vm, py_val o, py_val key, py_val v)
{
    if (o.tag == V_OBJ) {
        int k = o.u.o->kind;
        if (k == K_DICT) return dict_set(vm, AS_DICT(o), key, v);
        if (k == K_LIST) {
            py_list *l = AS_LIST(o);
            if (is_kind(key, K_SLICE)) return list_assign_slice(vm, l, (py_slice *)key.u.o, v);
            if (key.tag != V_INT && key.tag != V_BOOL) {
                py_val ix = user_index(vm, key);
                if (py_is_err(ix)) return -1;
                if (ix.tag == V_INT) return py_setitem(vm, o, ix, v);
                raise_type(vm, vm->e_type, "list indices must be integers or slices, not %s", py_type_name(vm, key));
                return -1;
            }
            int64_t i = key.u.i;
            if (i < 0) i += l->len;
            if (i < 0 || i >= l->len) { seq_index_error(vm, o, true); return -1; }
            l->items[i] = v;
            return 0;
        }
        if (k == K_INST || k == K_NOBJ) {
            py_val m = type_lookup(o.u.o->type, vm->s_setitem);
            if (m.tag != V_UNDEF) {
                py_val args[3] = {o, key, v};
                return py_is_err(vm_call(vm, m, args, 3, NULL)) ? -1 : 0;
            }
        }
    }
    raise_type(vm, vm->e_type, "'%s' object does not support item assignment", py_type_name(vm, o));
    return -1;
}

int py_delitem(py_vm *vm, py_val o, py_val key)
{
    if (is_kind(o, K_DICT)) {
        int r = dict_del(vm, AS_DICT(o), key);
        if (r < 0) return -1;
        if (r == 0) { exc_set_pending(vm, exc_make(vm, vm->e_key, &key, 1)); return -1; }
        return 0;
    }
    if (is_kind(o, K_LIST)) {
        py_list *l = AS_LIST(o);
        if (is_kind(key, K_SLICE)) {
            int64_t start, stop, step;
            if (py_is_err(slice_indices(vm, (py_slice *)key.u.o, l->len, &start, &stop, &step))) return -1;
            int64_t n = slice_count(start, stop, step);
            if (step < 0) { start = start + (n - 1) * step; step = -step; }
            int64_t w = 0;
            for (int64_t i = 0; i < l->len; i++) {
                bool drop = n > 0 && i >= start && (i - start) % step == 0 && (i - start) / step < n;
                if (!drop) l->items[w++] = l->items[i];
            }
            l->len = w;
            return 0;
        }
        if (key.tag != V_INT && key.tag != V_BOOL) {
            py_val ix = user_index(vm, key);
            if (py_is_err(ix)) return -1;
            if (ix.tag == V_INT) return py_delitem(vm, o, ix);
            raise_type(vm, vm->e_type, "list indices must be integers or slices, not %s", py_type_name(vm, key));
            return -1;
        }
        int64_t i = key.u.i;
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) { seq_index_error(vm, o, true); return -1; }
        mem_move(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(py_val));
        l->len--;
        return 0;
    }
    if (is_kind(o, K_INST) || is_kind(o, K_NOBJ)) {
        py_val m = type_lookup(o.u.o->type, str_intern_c(vm, "__delitem__"));
        if (m.tag != V_UNDEF) {
            py_val args[2] = {o, key};
            py_val r = vm_call(vm, m, args, 2, NULL);
            return py_is_err(r) ? -1 : 0;
        }
    }
    raise_type(vm, vm->e_type, "'%s' object doesn't support item deletion", py_type_name(vm, o));
    return -1;
}

py_val py_contains(py_vm *vm, py_val c, py_val item)
{
    if (c.tag == V_OBJ) {
        switch (c.u.o->kind) {
        case K_BYTES: return bytes_contains(vm, AS_STR(c), item);
        case K_STR: {
            if (!is_kind(item, K_STR))
                return raise_type(vm, vm->e_type, "'in <string>' requires string as left operand, not %s", py_type_name(vm, item));
            py_str *h = AS_STR(c), *n = AS_STR(item);
            if (n->len == 0) return py_bool(true);
            return py_bool(py_memmem(h->data, (size_t)h->len, n->data, (size_t)n->len) != NULL);
        }
        case K_DICT: {
            py_val v;
            int r = dict_lookup(vm, AS_DICT(c), item, &v);
            return r < 0 ? py_err() : py_bool(r);
        }
        case K_SET: {
            int r = set_contains(vm, AS_SET(c), item);
            return r < 0 ? py_err() : py_bool(r);
        }
        case K_LIST: case K_TUPLE: {
            for (int64_t i = 0;; i++) {
                int64_t n = c.u.o->kind == K_LIST ? AS_LIST(c)->len : AS_TUPLE(c)->len;
                if (i >= n) break;
                py_val x = c.u.o->kind == K_LIST ? AS_LIST(c)->items[i] : AS_TUPLE(c)->items[i];
                int r = py_eq(vm, x, item);
                if (r < 0) return py_err();
                if (r) return py_bool(true);
            }
            return py_bool(false);
        }
        case K_RANGE: {
            py_range *r = (py_range *)c.u.o;
            if (bigint_is(item)) return py_bool(false);  /* a range holds int64 values only */
            if (item.tag != V_INT && item.tag != V_BOOL) break;
            int64_t x = item.u.i;
            bool in = r->step > 0 ? (x >= r->start && x < r->stop) : (x <= r->start && x > r->stop);
            return py_bool(in && (x - r->start) % r->step == 0);
        }
        case K_INST: case K_NOBJ: {
            py_val m = type_lookup(c.u.o->type, vm->s_contains);
            if (m.tag != V_UNDEF) {
                py_val args[2] = {c, item};
                py_val r = vm_call(vm, m, args, 2, NULL);
                if (py_is_err(r)) return r;
                return py_bool(py_truthy(vm, r));
            }
            break;
        }
        case K_ITER: {
            if (AS_ITER(c)->ikind == IT_DICT_VIEW_K) return py_contains(vm, AS_ITER(c)->src, item);
            break;
        }
        default: break;
        }
    }
    py_val it = py_iter(vm, c);
    if (py_is_err(it)) {
        py_exc_take(vm);
        return raise_type(vm, vm->e_type, "argument of type '%s' is not iterable", py_type_name(vm, c));
    }
    py_tmp_push(vm, it);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return py_err();
        if (r == 0) return py_bool(false);
        int e = py_eq(vm, x, item);
        if (e < 0) return py_err();
        if (e) return py_bool(true);
    }
}

/* ---------------- iteration ---------------- */

py_val iter_new(py_vm *vm, int ikind, py_val src)
{
    py_iterobj *it = py_alloc_obj(vm, sizeof(py_iterobj), K_ITER, vm->t_iter);
    it->ikind = (uint8_t)ikind;
    it->src = src;
    it->fn = undef_val();
    if (is_kind(src, K_DICT)) it->version = AS_DICT(src)->version;
    if (is_kind(src, K_SET)) it->version = (uint64_t)AS_SET(src)->used;
    if (ikind >= IT_DICT_VIEW_K) {
        it->hdr.type = ikind == IT_DICT_VIEW_K ? vm->t_dict_keys : ikind == IT_DICT_VIEW_V ? vm->t_dict_values : vm->t_dict_items;
    } else {
        int t = -1;
        switch (ikind) {
        case IT_SEQ: t = is_kind(src, K_LIST) ? ITT_LIST : is_kind(src, K_TUPLE) ? ITT_TUPLE : -1; break;
        case IT_STR: t = is_kind(src, K_STR) && AS_STR(src)->len == AS_STR(src)->cplen ? ITT_STR_ASCII : ITT_STR; break;
        case IT_RANGE: t = ITT_RANGE; break;
        case IT_DICT_KEYS: t = ITT_DICT_KEYS; break;
        case IT_DICT_VALUES: t = ITT_DICT_VALUES; break;
        case IT_DICT_ITEMS: t = ITT_DICT_ITEMS; break;
        case IT_SET: t = ITT_SET; break;
        case IT_ENUMERATE: t = ITT_ENUMERATE; break;
        case IT_ZIP: t = ITT_ZIP; break;
        case IT_MAP: t = ITT_MAP; break;
        case IT_FILTER: t = ITT_FILTER; break;
        case IT_SENTINEL: t = ITT_CALLABLE; break;
        case IT_REVERSED: t = is_kind(src, K_LIST) ? ITT_LIST_REVERSED : is_kind(src, K_RANGE) ? ITT_RANGE : ITT_REVERSED; break;
        default: break;
        }
        if (t >= 0 && vm->t_iters[t]) it->hdr.type = vm->t_iters[t];
    }
    return py_obj_val(it);
}

py_val py_iter(py_vm *vm, py_val o)
{
    if (o.tag == V_OBJ) {
        switch (o.u.o->kind) {
        case K_LIST: case K_TUPLE: return iter_new(vm, IT_SEQ, o);
        case K_STR: return iter_new(vm, IT_STR, o);
        case K_BYTES: return iter_new(vm, IT_BYTES, o);
        case K_DICT: return iter_new(vm, IT_DICT_KEYS, o);
        case K_SET: return iter_new(vm, IT_SET, o);
        case K_RANGE: {
            py_range *r = (py_range *)o.u.o;
            py_val it = iter_new(vm, IT_RANGE, o);
            AS_ITER(it)->idx = r->start;
            AS_ITER(it)->end = range_len(r);
            AS_ITER(it)->step = r->step;
            AS_ITER(it)->src = undef_val();   /* all it needs is copied: the range may go */
            return it;
        }
        case K_ITER: {
            py_iterobj *it = AS_ITER(o);
            if (it->ikind >= IT_DICT_VIEW_K)
                return iter_new(vm, it->ikind - IT_DICT_VIEW_K + IT_DICT_KEYS, it->src);
            return o;
        }
        case K_CORO:
            if (AS_CORO(o)->is_gen) return o;
            break;
        case K_INST: case K_NOBJ: {
            py_val m = type_lookup(o.u.o->type, vm->s_iter);
            if (m.tag != V_UNDEF) {
                py_val it = vm_call(vm, m, &o, 1, NULL);
                if (py_is_err(it)) return it;
                bool ok = (is_kind(it, K_ITER) && AS_ITER(it)->ikind < IT_DICT_VIEW_K) || (is_kind(it, K_CORO) && AS_CORO(it)->is_gen) ||
                          ((is_kind(it, K_INST) || is_kind(it, K_NOBJ)) && type_lookup(it.u.o->type, vm->s_next).tag != V_UNDEF);
                if (!ok) return raise_type(vm, vm->e_type, "iter() returned non-iterator of type '%s'", py_type_name(vm, it));
                return it;
            }
            m = type_lookup(o.u.o->type, vm->s_getitem);
            if (m.tag != V_UNDEF) { py_val it = iter_new(vm, IT_CALL, o); AS_ITER(it)->fn = m; return it; }
            break;
        }
        default: break;
        }
    }
    return raise_type(vm, vm->e_type, "'%s' object is not iterable", py_type_name(vm, o));
}

static int dict_iter_next(py_vm *vm, py_iterobj *it, py_val *out)
{
    py_dict *d = AS_DICT(it->src);
    if (d->version != it->version) {
        it->version = d->version;
        raise_type(vm, vm->e_runtime, "dictionary changed size during iteration");
        return -1;
    }
    while (it->idx < d->nentries && d->entries[it->idx].key.tag == V_UNDEF) it->idx++;
    if (it->idx >= d->nentries) return 0;
    py_dentry *e = &d->entries[it->idx++];
    if (it->ikind == IT_DICT_KEYS) *out = e->key;
    else if (it->ikind == IT_DICT_VALUES) *out = e->val;
    else {
        py_tuple *t = tuple_new(vm, 2);
        t->items[0] = e->key;
        t->items[1] = e->val;
        *out = py_obj_val(t);
    }
    return 1;
}

int py_next(py_vm *vm, py_val itv, py_val *out)
{
    /* natives that loop over an iterator (sum, max, list(), str.join...) */
    if ((vm->interrupted || vm->mem_exceeded) && vm_check_interrupt(vm) < 0) return -1;
    if (is_kind(itv, K_CORO)) {
        int status;
        py_val r = coro_resume(vm, AS_CORO(itv), py_none(), undef_val(), &status);
        if (status == PY_CORO_YIELD) { *out = r; return 1; }
        if (status == PY_CORO_RETURN) return 0;
        return -1;
    }
    if (!is_kind(itv, K_ITER)) {
        if (is_kind(itv, K_INST) || is_kind(itv, K_NOBJ)) {
            py_val m = type_lookup(itv.u.o->type, vm->s_next);
            if (m.tag == V_UNDEF) { raise_type(vm, vm->e_type, "'%s' object is not an iterator", py_type_name(vm, itv)); return -1; }
            py_val r = vm_call(vm, m, &itv, 1, NULL);
            if (py_is_err(r)) {
                if (exc_matches(vm, vm->exc, vm->e_stopiter)) { py_exc_take(vm); return 0; }
                return -1;
            }
            *out = r;
            return 1;
        }
        raise_type(vm, vm->e_type, "'%s' object is not an iterator", py_type_name(vm, itv));
        return -1;
    }
    py_iterobj *it = AS_ITER(itv);
    switch (it->ikind) {
    case IT_SEQ: {
        py_val s = it->src;
        if (s.tag == V_UNDEF) return 0;
        int64_t n = is_kind(s, K_LIST) ? AS_LIST(s)->len : AS_TUPLE(s)->len;
        if (it->idx >= n) { it->src = undef_val(); return 0; }
        *out = is_kind(s, K_LIST) ? AS_LIST(s)->items[it->idx] : AS_TUPLE(s)->items[it->idx];
        it->idx++;
        return 1;
    }
    case IT_STR: {
        py_str *s = AS_STR(it->src);
        if (it->idx >= s->len) return 0;
        const char *p = s->data + it->idx, *q = p + 1;
        while (q < s->data + s->len && ((unsigned char)*q & 0xC0) == 0x80) q++;
        *out = py_obj_val(q - p == 1 ? str_intern(vm, p, 1) : str_new(vm, p, (size_t)(q - p)));
        it->idx = q - s->data;
        return 1;
    }
    case IT_BYTES: {
        py_str *s = AS_STR(it->src);
        if (it->idx >= s->len) return 0;
        *out = py_int((unsigned char)s->data[it->idx++]);
        return 1;
    }
    case IT_RANGE:
        if (it->end <= 0) return 0;
        *out = py_int(it->idx);
        it->idx += it->step;
        it->end--;
        return 1;
    case IT_DICT_KEYS: case IT_DICT_VALUES: case IT_DICT_ITEMS:
        return dict_iter_next(vm, it, out);
    case IT_SET: {
        py_set *s = AS_SET(it->src);
        if ((int64_t)it->version != s->used) {
            it->version = (uint64_t)s->used;
            raise_type(vm, vm->e_runtime, "Set changed size during iteration");
            return -1;
        }
        while (it->idx <= s->mask && s->table[it->idx].used != 1) it->idx++;
        if (it->idx > s->mask) return 0;
        *out = s->table[it->idx++].key;
        return 1;
    }
    case IT_ENUMERATE: {
        py_val x;
        int r = py_next(vm, it->fn, &x);
        if (r <= 0) return r;
        py_tuple *t = tuple_new(vm, 2);
        t->items[0] = py_int(it->idx++);
        t->items[1] = x;
        *out = py_obj_val(t);
        return 1;
    }
    case IT_ZIP: {
        if (it->nmany == 0) return 0;
        py_tuple *t = tuple_new(vm, it->nmany);
        py_tmp_push(vm, py_obj_val(t));
        for (int i = 0; i < it->nmany; i++) {
            int r = py_next(vm, it->many[i], &t->items[i]);
            if (r < 0 || (r == 0 && !it->step)) return r;
            if (r == 0) {  /* strict: every argument must run out together */
                const char *plural = i == 1 ? " " : "s 1-";
                if (i) return raise_type(vm, vm->e_value, "zip() argument %d is shorter than argument%s%d", i + 1, plural, i), -1;
                for (int j = 1; j < it->nmany; j++) {
                    py_val extra;
                    r = py_next(vm, it->many[j], &extra);
                    if (r < 0) return r;
                    plural = j == 1 ? " " : "s 1-";
                    if (r) return raise_type(vm, vm->e_value, "zip() argument %d is longer than argument%s%d", j + 1, plural, j), -1;
                }
                return 0;
            }
        }
        *out = py_obj_val(t);
        return 1;
    }
    case IT_MAP: {
        py_val args[16];
        int n = it->nmany;
        for (int i = 0; i < n && i < 16; i++) {
            int r = py_next(vm, it->many[i], &args[i]);
            if (r <= 0) return r;
            py_tmp_push(vm, args[i]);
        }
        py_val r = vm_call(vm, it->fn, args, n, NULL);
        if (py_is_err(r)) return -1;
        *out = r;
        return 1;
    }
    case IT_FILTER:
        for (;;) {
            py_val x;
            int r = py_next(vm, it->src, &x);
            if (r <= 0) return r;
            py_tmp_push(vm, x);
            bool keep;
            if (it->fn.tag == V_NONE) keep = py_truthy(vm, x);
            else {
                py_val t = vm_call(vm, it->fn, &x, 1, NULL);
                if (py_is_err(t)) return -1;
                keep = py_truthy(vm, t);
            }
            if (py_exc_pending(vm)) return -1;
            if (keep) { *out = x; return 1; }
        }
    case IT_REVERSED: {
        if (it->idx < 0) return 0;
        py_val s = it->src;
        int64_t n = is_kind(s, K_LIST) ? AS_LIST(s)->len : is_kind(s, K_TUPLE) ? AS_TUPLE(s)->len : py_len(vm, s);
        if (it->idx >= n) { it->idx = -1; return 0; }
        py_val r = py_getitem(vm, s, py_int(it->idx--));
        if (py_is_err(r)) return -1;
        *out = r;
        return 1;
    }
    case IT_SENTINEL: {
        if (it->idx < 0) return 0;  /* exhausted for good */
        py_val r = vm_call(vm, it->src, NULL, 0, NULL);
        if (py_is_err(r)) {
            if (!exc_matches(vm, vm->exc, vm->e_stopiter)) return -1;
            py_exc_take(vm);
            it->idx = -1;
            return 0;
        }
        int eq = py_eq(vm, r, it->fn);
        if (eq < 0) return -1;
        if (eq) { it->idx = -1; return 0; }
        *out = r;
        return 1;
    }
    case IT_CALL: {
        if (it->idx < 0) return 0;  /* exhausted: __getitem__ is not asked again */
        py_val args[2] = {it->src, py_int(it->idx++)};
        py_val r = vm_call(vm, it->fn, args, 2, NULL);
        if (py_is_err(r)) {
            if (exc_matches(vm, vm->exc, vm->e_index) || exc_matches(vm, vm->exc, vm->e_stopiter)) {
                py_exc_take(vm);
                it->idx = -1;
                return 0;
            }
            return -1;
        }
        *out = r;
        return 1;
    }
    default:
        raise_type(vm, vm->e_type, "'%s' object is not an iterator", py_type_name(vm, itv));
        return -1;
    }
}

py_val seq_to_list(py_vm *vm, py_val o)
{
    if (is_kind(o, K_LIST) || is_kind(o, K_TUPLE)) {
        int64_t n = is_kind(o, K_LIST) ? AS_LIST(o)->len : AS_TUPLE(o)->len;
        py_list *l = list_new(vm, n);
        mem_copy(l->items, is_kind(o, K_LIST) ? AS_LIST(o)->items : AS_TUPLE(o)->items, (size_t)n * sizeof(py_val));
        l->len = n;
        return py_obj_val(l);
    }
    py_val it = py_iter(vm, o);
    if (py_is_err(it)) return it;
    py_tmp_push(vm, it);
    py_list *l = list_new(vm, 0);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return py_err();
        if (r == 0) break;
        list_push(vm, l, x);
    }
    return py_obj_val(l);
}

py_val seq_to_tuple(py_vm *vm, py_val o)
{
    if (is_kind(o, K_TUPLE)) return o;
    py_val l = seq_to_list(vm, o);
    if (py_is_err(l)) return l;
    py_tuple *t = tuple_new(vm, AS_LIST(l)->len);
    mem_copy(t->items, AS_LIST(l)->items, (size_t)AS_LIST(l)->len * sizeof(py_val));
    return py_obj_val(t);
}

/* ---------------- repr / str ---------------- */

const char *py_type_name(py_vm *vm, py_val v) { return py_type_of(vm, v)->name->data; }

py_type *py_type_of(py_vm *vm, py_val v)
{
    switch (v.tag) {
    case V_NONE: return vm->t_nonetype;
    case V_BOOL: return vm->t_bool;
    case V_INT: return vm->t_int;
    case V_FLOAT: return vm->t_float;
    case V_OBJ: return v.u.o->type;
    default: return vm->t_nonetype;
    }
}

static bool repr_enter(py_vm *vm, py_obj *o)
{
    for (int i = 0; i < vm->nrepr; i++) if (vm->repr_stack[i] == o) return false;
    if (vm->nrepr < 64) vm->repr_stack[vm->nrepr++] = o;
    return true;
}
static void repr_leave(py_vm *vm) { if (vm->nrepr > 0) vm->nrepr--; }

static int call_str_method(py_vm *vm, sbuf *b, py_val v, py_str *name)
{
    py_val m = type_lookup(v.u.o->type, name);
    if (m.tag == V_UNDEF || is_kind(m, K_NATIVE)) return 0;
    /* PyObject_Repr / PyObject_Str count as a level of recursion, as in CPython */
    if (vm->depth + 1 > PY_RECURSION_LIMIT) {
        raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded while getting the %s of an object",
                   name == vm->s_repr ? "repr" : "str");
        return -1;
    }
    vm->depth++;
    py_val r = vm_call(vm, m, &v, 1, NULL);
    vm->depth--;
    if (py_is_err(r)) return -1;
    if (!is_kind(r, K_STR)) {
        raise_type(vm, vm->e_type, "%s returned non-string (type %s)", name->data, py_type_name(vm, r));
        return -1;
    }
    sbuf_add(b, AS_STR(r)->data, (size_t)AS_STR(r)->len);
    return 1;
}

static const char *module_of(py_vm *vm, py_type *t)
{
    py_val m = t->dict ? dict_get_str(t->dict, vm->s_module) : undef_val();
    if (is_kind(m, K_STR)) return AS_STR(m)->data;
    return NULL;
}

static py_str *qualname_of(py_vm *vm, py_type *t)
{
    py_val q = t->dict ? dict_get_str(t->dict, vm->s_qualname) : undef_val();
    return is_kind(q, K_STR) ? AS_STR(q) : t->name;
}

/* object.__repr__ / BaseException.__repr__: the repr a class's own __repr__ replaces. */
static void default_repr_into(py_vm *vm, sbuf *b, py_obj *o, int depth)
{
    py_val v = py_obj_val(o);
    if (o->type->flags & TF_EXC) {
        py_inst *e = (py_inst *)o;
        sbuf_adds(b, o->type->name->data);
        if (is_kind(e->args, K_TUPLE) && AS_TUPLE(e->args)->len == 1) {
            sbuf_addc(b, '(');
            py_repr_into(vm, b, AS_TUPLE(e->args)->items[0], depth + 1);
            sbuf_addc(b, ')');
        } else if (is_kind(e->args, K_TUPLE)) {
            py_repr_into(vm, b, e->args, depth + 1);
        } else {
            sbuf_adds(b, "()");
        }
        return;
    }
    for (py_type *t = o->type; t; t = t->base) {
        if (t->repr) {
            py_val s = t->repr(vm, v);
            if (is_kind(s, K_STR)) sbuf_add(b, AS_STR(s)->data, (size_t)AS_STR(s)->len);
            return;
        }
    }
    const char *mod = module_of(vm, o->type);
    sbuf_printf(b, "<%s%s%s object at %p>", mod ? mod : "", mod ? "." : "", qualname_of(vm, o->type)->data, (void *)o);
}

py_val py_default_repr(py_vm *vm, py_val v)
{
    if (!is_kind(v, K_INST) && !is_kind(v, K_NOBJ)) return py_repr(vm, v);
    sbuf b = {0};
    default_repr_into(vm, &b, v.u.o, 0);
    if (py_exc_pending(vm)) { sbuf_free(&b); return py_err(); }
    return str_from_sbuf(vm, &b);
}

/* Appends repr(v). Errors from user __repr__ leave an exception pending. */
void py_repr_into(py_vm *vm, sbuf *b, py_val v, int depth)
{
    switch (v.tag) {
    case V_NONE: sbuf_adds(b, "None"); return;
    case V_BOOL: sbuf_adds(b, v.u.i ? "True" : "False"); return;
    case V_INT: sbuf_printf(b, "%lld", (long long)v.u.i); return;
    case V_FLOAT: pyfmt_float_repr(b, v.u.f); return;
    case V_UNDEF: sbuf_adds(b, "<NULL>"); return;
    case V_OBJ: break;
    default: return;
    }
    py_obj *o = v.u.o;
    if (vm->depth + depth + 1 >= PY_RECURSION_LIMIT) {  /* each nested repr is a level of recursion, as in CPython */ raise_type(vm, vm->e_recursion, "maximum recursion depth exceeded while getting the repr of an object"); return; }
    switch (o->kind) {
    case K_STR: pyfmt_str_repr(b, ((py_str *)o)->data, (size_t)((py_str *)o)->len); return;
    case K_BIGINT: bigint_str_into(vm, b, v); return;
    case K_BYTES: bytes_repr_into(b, ((py_str *)o)->data, (size_t)((py_str *)o)->len); return;
    case K_LIST: case K_TUPLE: {
        bool list = o->kind == K_LIST;
        if (!repr_enter(vm, o)) { sbuf_adds(b, list ? "[...]" : "(...)"); return; }
        sbuf_addc(b, list ? '[' : '(');
        int64_t n = list ? ((py_list *)o)->len : ((py_tuple *)o)->len;
        for (int64_t i = 0; i < n; i++) {
            if (i) sbuf_adds(b, ", ");
            py_repr_into(vm, b, list ? ((py_list *)o)->items[i] : ((py_tuple *)o)->items[i], depth + 1);
            if (py_exc_pending(vm)) break;
            if (list) n = ((py_list *)o)->len;
        }
        if (!list && n == 1) sbuf_addc(b, ',');
        sbuf_addc(b, list ? ']' : ')');
        repr_leave(vm);
        return;
    }
    case K_DICT: {
        if (!repr_enter(vm, o)) { sbuf_adds(b, "{...}"); return; }
        py_dict *d = (py_dict *)o;
        sbuf_addc(b, '{');
        bool first = true;
        for (int64_t i = 0; i < d->nentries; i++) {
            if (d->entries[i].key.tag == V_UNDEF) continue;
            if (!first) sbuf_adds(b, ", ");
            first = false;
            py_repr_into(vm, b, d->entries[i].key, depth + 1);
            sbuf_adds(b, ": ");
            py_repr_into(vm, b, d->entries[i].val, depth + 1);
            if (py_exc_pending(vm)) break;
        }
        sbuf_addc(b, '}');
        repr_leave(vm);
        return;
    }
    case K_SET: {
        py_set *s = (py_set *)o;
        if (s->used == 0) { sbuf_adds(b, s->frozen ? "frozenset()" : "set()"); return; }
        if (!repr_enter(vm, o)) { sbuf_adds(b, "set(...)"); return; }
        if (s->frozen) sbuf_adds(b, "frozenset(");
        sbuf_addc(b, '{');
        bool first = true;
        for (int64_t i = 0; i <= s->mask; i++) {
            if (s->table[i].used != 1) continue;
            if (!first) sbuf_adds(b, ", ");
            first = false;
            py_repr_into(vm, b, s->table[i].key, depth + 1);
        }
        sbuf_addc(b, '}');
        if (s->frozen) sbuf_addc(b, ')');
        repr_leave(vm);
        return;
    }
    case K_RANGE: {
        py_range *r = (py_range *)o;
        if (r->step == 1) sbuf_printf(b, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
        else sbuf_printf(b, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
        return;
    }
    case K_SLICE: {
        py_slice *s = (py_slice *)o;
        sbuf_adds(b, "slice(");
        py_repr_into(vm, b, s->start, depth + 1);
        sbuf_adds(b, ", ");
        py_repr_into(vm, b, s->stop, depth + 1);
        sbuf_adds(b, ", ");
        py_repr_into(vm, b, s->step, depth + 1);
        sbuf_addc(b, ')');
        return;
    }
    case K_FUNC: {
        py_func *f = (py_func *)o;
        py_val q = f->attrs ? dict_get_str(f->attrs, vm->s_qualname) : undef_val();
        sbuf_printf(b, "<function %s at %p>", is_kind(q, K_STR) ? AS_STR(q)->data : f->code->qualname->data, (void *)o);
        return;
    }
    case K_NATIVE: {
        py_native *n = (py_native *)o;
        if (n->self.tag != V_UNDEF) sbuf_printf(b, "<built-in method %s of %s object at %p>", n->name, py_type_name(vm, n->self), (void *)n->self.u.o);
        else sbuf_printf(b, "<built-in function %s>", n->name);
        return;
    }
    case K_BOUND: {
        py_bound *m = (py_bound *)o;
        const char *qn = is_kind(m->func, K_FUNC) ? AS_FUNC(m->func)->code->qualname->data : "?";
        sbuf_printf(b, "<bound method %s of ", qn);
        py_repr_into(vm, b, m->self, depth + 1);
        sbuf_addc(b, '>');
        return;
    }
    case K_TYPE: {
        py_type *t = (py_type *)o;
        const char *mod = module_of(vm, t);
        if (mod && strcmp(mod, "builtins") != 0) sbuf_printf(b, "<class '%s.%s'>", mod, qualname_of(vm, t)->data);
        else sbuf_printf(b, "<class '%s'>", t->name->data);
        return;
    }
    case K_MODULE: sbuf_printf(b, "<module '%s' (built-in)>", ((py_module *)o)->name->data); return;
    case K_CORO: {
        py_coro *c = (py_coro *)o;
        sbuf_printf(b, "<%s object %s at %p>", c->is_agen ? "async_generator" : c->is_gen ? "generator" : "coroutine",
                    c->func->code->qualname->data, (void *)o);
        return;
    }
    case K_CELL: sbuf_printf(b, "<cell at %p>", (void *)o); return;
    case K_CODE: sbuf_printf(b, "<code object %s at %p>", ((py_code *)o)->name->data, (void *)o); return;
    case K_INST: case K_NOBJ: {
        if (o == vm->ellipsis.u.o) { sbuf_adds(b, "Ellipsis"); return; }
        if (o == vm->notimpl.u.o) { sbuf_adds(b, "NotImplemented"); return; }
        int r = call_str_method(vm, b, v, vm->s_repr);  /* no "..." guard: CPython recurses, then fails */
        if (r) return;
        default_repr_into(vm, b, o, depth);
        return;
    }
    case K_ITER: {
        py_iterobj *it = (py_iterobj *)o;
        if (it->ikind >= IT_DICT_VIEW_K) {
            static const char *names[] = {"dict_keys", "dict_values", "dict_items"};
            sbuf_printf(b, "%s(", names[it->ikind - IT_DICT_VIEW_K]);
            py_val l = seq_to_list(vm, v);
            if (!py_is_err(l)) py_repr_into(vm, b, l, depth + 1);
            sbuf_addc(b, ')');
            return;
        }
        sbuf_printf(b, "<%s object at %p>", o->type->name->data, (void *)o);
        return;
    }
    default:
        sbuf_printf(b, "<%s object at %p>", o->type->name->data, (void *)o);
    }
}

int py_str_into(py_vm *vm, sbuf *b, py_val v)
{
    if (is_kind(v, K_STR)) { sbuf_add(b, AS_STR(v)->data, (size_t)AS_STR(v)->len); return 0; }
    if (v.tag == V_OBJ && (v.u.o->kind == K_INST || v.u.o->kind == K_NOBJ)) {
        int r = call_str_method(vm, b, v, vm->s_str);
        if (r < 0) return -1;
        if (r > 0) return 0;
        if (v.u.o->type->flags & TF_EXC) {
            py_val s = exc_str(vm, v);
            if (py_is_err(s)) return -1;
            sbuf_add(b, AS_STR(s)->data, (size_t)AS_STR(s)->len);
            return 0;
        }
    }
    py_repr_into(vm, b, v, 0);
    return py_exc_pending(vm) ? -1 : 0;
}

/* ascii(v): repr(v) with the non-ASCII characters escaped (\xe9, \u20ac, \U0001f600). */
py_val py_ascii(py_vm *vm, py_val v)
{
    py_val r = py_repr(vm, v);
    if (py_is_err(r) || AS_STR(r)->len == AS_STR(r)->cplen) return r;
    py_str *s = AS_STR(r);
    sbuf b = {0};
    for (int64_t i = 0; i < s->len;) {
        unsigned char c = (unsigned char)s->data[i];
        if (c < 0x80) { sbuf_addc(&b, (char)c); i++; continue; }
        int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint32_t cp = c & (n == 4 ? 0x07 : n == 3 ? 0x0F : 0x1F);
        for (int k = 1; k < n && i + k < s->len; k++) cp = (cp << 6) | ((unsigned char)s->data[i + k] & 0x3F);
        if (cp < 0x100) sbuf_printf(&b, "\\x%02x", cp);
        else if (cp < 0x10000) sbuf_printf(&b, "\\u%04x", cp);
        else sbuf_printf(&b, "\\U%08x", cp);
        i += n;
    }
    return str_from_sbuf(vm, &b);
}

py_val py_repr(py_vm *vm, py_val v)
{
    if (is_kind(v, K_STR) && 0) return v;
    sbuf b = {0};
    py_repr_into(vm, &b, v, 0);
    if (py_exc_pending(vm)) { sbuf_free(&b); return py_err(); }
    return str_from_sbuf(vm, &b);
}

py_val py_str_of(py_vm *vm, py_val v)
{
    if (is_kind(v, K_STR)) return v;
    sbuf b = {0};
    if (py_str_into(vm, &b, v) < 0) { sbuf_free(&b); return py_err(); }
    return str_from_sbuf(vm, &b);
}

py_val py_format(py_vm *vm, py_val v, py_val specv)
{
    const char *spec = is_kind(specv, K_STR) ? AS_STR(specv)->data : "";
    size_t sl = is_kind(specv, K_STR) ? (size_t)AS_STR(specv)->len : 0;
    char err[200];
    sbuf b = {0};
    int r = 0;
    if (is_kind(v, K_INST)) {
        py_val m = type_lookup(v.u.o->type, vm->s_format);
        if (m.tag != V_UNDEF && !is_kind(m, K_NATIVE)) {
            py_val args[2] = {v, specv.tag == V_UNDEF ? py_obj_val(str_intern(vm, "", 0)) : specv};
            return vm_call(vm, m, args, 2, NULL);
        }
    }
    if (sl == 0) return py_str_of(vm, v);
    switch (v.tag) {
    case V_INT: r = pyfmt_format_int(&b, v.u.i, spec, sl, err, sizeof err); break;
    case V_BOOL: r = pyfmt_format_bool(&b, v.u.i != 0, spec, sl, err, sizeof err); break;
    case V_FLOAT: r = pyfmt_format_float(&b, v.u.f, spec, sl, err, sizeof err); break;
    default:
        if (bigint_is(v)) return bigint_format(vm, v, spec, sl);
        if (is_kind(v, K_STR)) { r = pyfmt_format_str(&b, AS_STR(v)->data, (size_t)AS_STR(v)->len, spec, sl, err, sizeof err); break; }
        return raise_type(vm, vm->e_type, "unsupported format string passed to %s.__format__", py_type_name(vm, v));
    }
    if (r < 0) { sbuf_free(&b); return raise_pyfmt(vm, r, err); }
    return str_from_sbuf(vm, &b);
}
