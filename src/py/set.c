/* set.c - the set algebra of CPython 3.11's Objects/setobject.c: copy, update, union,
 * intersection, difference and symmetric difference (operators, methods and in-place
 * forms) and clear. Each fills the hash table in the order CPython does (which set
 * is copied, which one is walked, when the table is resized up front), because that
 * order is what printing a set of small ints shows. Written from the behaviour, not
 * copied: the table primitives (set_add_hashed, set_resize, ...) live in obj.c. */
#include "py/ast.h"
#include "py/vm.h"

static bool is_set(py_val v) { return is_kind(v, K_SET); }

py_set *set_new_like(py_vm *vm, py_set *proto)
{
    py_set *r = set_new(vm);
    if (proto && proto->frozen) {
        r->frozen = true;
        r->hdr.type = vm->t_frozenset;
    }
    return r;
}

/* Inserts a key known to be absent into a table without dummies (set_insert_clean). */
static void insert_clean(py_set *s, py_val key, uint64_t h)
{
    uint64_t perturb = h;
    size_t mask = (size_t)s->mask, i = h & mask;
    for (;;) {
        py_sentry *e = &s->table[i];
        if (!e->used) goto found;
        if (i + 9 <= mask) {
            for (int j = 0; j < 9; j++) {
                e++;
                if (!e->used) goto found;
            }
        }
        perturb >>= 5;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = h;
        e->used = 1;
        return;
    }
}

/* set_merge: adds every key of other. One resize up front; an empty table of the
 * same size copies other slot for slot. */
static int set_merge(py_vm *vm, py_set *so, py_set *other)
{
    if (other == so || other->used == 0) return 0;
    if ((so->fill + other->used) * 5 >= so->mask * 3) set_resize(vm, so, (so->used + other->used) * 2);
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++) {
            if (other->table[i].used == 1) so->table[i] = other->table[i];
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        for (int64_t i = 0; i <= other->mask; i++)
            if (other->table[i].used == 1) insert_clean(so, other->table[i].key, other->table[i].hash);
        so->fill = so->used = other->used;
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        py_sentry e = other->table[i];
        if (e.used == 1 && set_add_hashed(vm, so, e.key, e.hash) < 0) return -1;
    }
    return 0;
}

/* set_update_internal: a set merges; a dict resizes once, then adds its keys in order;
 * anything else is iterated. */
int set_update_from(py_vm *vm, py_set *so, py_val other)
{
    if (is_set(other)) return set_merge(vm, so, AS_SET(other));
    if (is_kind(other, K_DICT)) {
        py_dict *d = AS_DICT(other);
        if ((so->fill + d->count) * 5 >= so->mask * 3) set_resize(vm, so, (so->used + d->count) * 2);
        for (int64_t i = 0; i < d->nentries; i++) {
            py_dentry e = d->entries[i];
            if (e.key.tag != V_UNDEF && set_add_hashed(vm, so, e.key, e.hash) < 0) return -1;
        }
        return 0;
    }
    py_val it = py_iter(vm, other);
    if (py_is_err(it)) return -1;
    py_tmp_push(vm, it);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return -1;
        if (r == 0) return 0;
        if (set_add(vm, so, x) < 0) return -1;
    }
}

py_set *set_copy(py_vm *vm, py_set *so)
{
    py_set *r = set_new_like(vm, so);
    return set_merge(vm, r, so) < 0 ? NULL : r;
}

/* A new set (of so's kind) built from an iterable: make_new_set_basetype. */
static py_set *set_from(py_vm *vm, py_set *kind, py_val other)
{
    py_set *r = set_new_like(vm, kind);
    return set_update_from(vm, r, other) < 0 ? NULL : r;
}

/* set_intersection: walks the smaller set (or the iterable), keeping what so holds. */
py_set *set_intersection(py_vm *vm, py_set *so, py_val other)
{
    if (is_set(other) && AS_SET(other) == so) return set_copy(vm, so);
    py_set *result = set_new_like(vm, so);
    if (is_set(other)) {
        py_set *walk = AS_SET(other), *in = so;
        if (walk->used > in->used) { py_set *t = walk; walk = in; in = t; }
        for (int64_t i = 0; i <= walk->mask; i++) {
            py_sentry e = walk->table[i];
            if (e.used != 1) continue;
            int r = set_contains_hashed(vm, in, e.key, e.hash);
            if (r < 0 || (r && set_add_hashed(vm, result, e.key, e.hash) < 0)) return NULL;
        }
        return result;
    }
    py_val it = py_iter(vm, other);
    if (py_is_err(it)) return NULL;
    py_tmp_push(vm, it);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return NULL;
        if (r == 0) return result;
        uint64_t h;
        if (py_hash(vm, x, &h) < 0) return NULL;
        r = set_contains_hashed(vm, so, x, h);
        if (r < 0) return NULL;
        if (r) {
            if (set_add_hashed(vm, result, x, h) < 0) return NULL;
            if (result->used >= so->used) return result;
        }
    }
}

void set_clear_all(py_vm *vm, py_set *so)
{
    if (so->mask != 7) {
        py_mem(vm, so->table, (size_t)(so->mask + 1) * sizeof(py_sentry), 0);
        so->table = py_mem(vm, NULL, 0, 8 * sizeof(py_sentry));
        so->mask = 7;
    }
    memset(so->table, 0, 8 * sizeof(py_sentry));
    so->fill = so->used = 0;
}

/* set_difference_update_internal: discards other's keys; a table left more than a
 * quarter dummies is rebuilt. */
int set_difference_update(py_vm *vm, py_set *so, py_val other)
{
    if (is_set(other) && AS_SET(other) == so) {
        set_clear_all(vm, so);
        return 0;
    }
    if (is_set(other)) {
        py_set *o = AS_SET(other);
        if ((o->used >> 3) > so->used) {  /* other much bigger: walk the intersection instead */
            o = set_intersection(vm, so, other);
            if (!o) return -1;
        }
        for (int64_t i = 0; i <= o->mask; i++) {
            py_sentry e = o->table[i];
            if (e.used == 1 && set_discard_hashed(vm, so, e.key, e.hash) < 0) return -1;
        }
    } else {
        py_val it = py_iter(vm, other);
        if (py_is_err(it)) return -1;
        py_tmp_push(vm, it);
        for (;;) {
            py_val x;
            int r = py_next(vm, it, &x);
            if (r < 0) return -1;
            if (r == 0) break;
            if (set_discard(vm, so, x) < 0) return -1;
        }
    }
    if (so->fill - so->used <= so->mask / 4) return 0;
    set_resize(vm, so, so->used > 50000 ? so->used * 2 : so->used * 4);
    return 0;
}

/* set_difference: copies so and discards when other is small or not a set/dict;
 * otherwise builds the result from so's keys that other lacks. */
py_set *set_difference(py_vm *vm, py_set *so, py_val other)
{
    int64_t other_size;
    if (is_set(other)) other_size = AS_SET(other)->used;
    else if (is_kind(other, K_DICT)) other_size = AS_DICT(other)->count;
    else other_size = -1;
    if (other_size < 0 || (so->used >> 2) > other_size) {
        py_set *r = set_copy(vm, so);
        return r && set_difference_update(vm, r, other) == 0 ? r : NULL;
    }
    py_set *result = set_new_like(vm, so);
    for (int64_t i = 0; i <= so->mask; i++) {
        py_sentry e = so->table[i];
        if (e.used != 1) continue;
        int r;
        if (is_set(other)) {
            r = set_contains_hashed(vm, AS_SET(other), e.key, e.hash);
        } else {
            py_val v;
            r = dict_lookup(vm, AS_DICT(other), e.key, &v);
        }
        if (r < 0 || (!r && set_add_hashed(vm, result, e.key, e.hash) < 0)) return NULL;
    }
    return result;
}

/* set_symmetric_difference_update: for each key of other (a dict's keys, a set, or a
 * set made from the iterable), discard it from so or else add it. */
int set_symmetric_difference_update(py_vm *vm, py_set *so, py_val other)
{
    if (is_set(other) && AS_SET(other) == so) {
        set_clear_all(vm, so);
        return 0;
    }
    if (is_kind(other, K_DICT)) {
        py_dict *d = AS_DICT(other);
        for (int64_t i = 0; i < d->nentries; i++) {
            py_dentry e = d->entries[i];
            if (e.key.tag == V_UNDEF) continue;
            int r = set_discard_hashed(vm, so, e.key, e.hash);
            if (r < 0 || (r == 0 && set_add_hashed(vm, so, e.key, e.hash) < 0)) return -1;
        }
        return 0;
    }
    py_set *o = is_set(other) ? AS_SET(other) : set_from(vm, so, other);
    if (!o) return -1;
    for (int64_t i = 0; i <= o->mask; i++) {
        py_sentry e = o->table[i];
        if (e.used != 1) continue;
        int r = set_discard_hashed(vm, so, e.key, e.hash);
        if (r < 0 || (r == 0 && set_add_hashed(vm, so, e.key, e.hash) < 0)) return -1;
    }
    return 0;
}

/* 3.11's set_symmetric_difference: a set made from other (of so's kind), updated with so. */
py_set *set_symmetric_difference(py_vm *vm, py_set *so, py_val other)
{
    py_set *r = set_from(vm, so, other);
    return r && set_symmetric_difference_update(vm, r, py_obj_val(so)) == 0 ? r : NULL;
}

void set_swap_bodies(py_set *a, py_set *b)
{
    py_sentry *t = a->table;
    int64_t m = a->mask, f = a->fill, u = a->used;
    a->table = b->table; a->mask = b->mask; a->fill = b->fill; a->used = b->used;
    b->table = t; b->mask = m; b->fill = f; b->used = u;
}

/* a | b, a & b, a - b, a ^ b between two sets; in place (|=, ...) on a mutable set. */
py_val set_binary(py_vm *vm, int op, py_set *a, py_set *b, bool inplace)
{
    py_val bv = py_obj_val(b);
    if (inplace && !a->frozen) {
        int r = 0;
        if (op == BINOP_OR) r = set_merge(vm, a, b);
        else if (op == BINOP_SUB) r = set_difference_update(vm, a, bv);
        else if (op == BINOP_XOR) r = set_symmetric_difference_update(vm, a, bv);
        else {
            py_set *t = set_intersection(vm, a, bv);
            if (!t) return py_err();
            set_swap_bodies(a, t);
        }
        return r < 0 ? py_err() : py_obj_val(a);
    }
    py_set *r;
    if (op == BINOP_OR) {
        r = set_copy(vm, a);
        if (r && a != b && set_merge(vm, r, b) < 0) r = NULL;
    } else if (op == BINOP_AND) {
        r = set_intersection(vm, a, bv);
    } else if (op == BINOP_SUB) {
        r = set_difference(vm, a, bv);
    } else {
        r = set_symmetric_difference(vm, a, bv);
    }
    return r ? py_obj_val(r) : py_err();
}

/* ---- set operators of dict_keys / dict_items (dictviews_and/or/sub/xor) ---- */

bool is_dict_setview(py_val v)
{
    return is_kind(v, K_ITER) && (AS_ITER(v)->ikind == IT_DICT_VIEW_K || AS_ITER(v)->ikind == IT_DICT_VIEW_I);
}

/* key in view: dict lookup for keys, (key, value) pair match for items. */
static int view_contains(py_vm *vm, py_val view, py_val x)
{
    py_dict *d = AS_DICT(AS_ITER(view)->src);
    py_val v;
    if (AS_ITER(view)->ikind == IT_DICT_VIEW_K) return dict_lookup(vm, d, x, &v);
    if (!is_kind(x, K_TUPLE) || AS_TUPLE(x)->len != 2) return 0;
    int r = dict_lookup(vm, d, AS_TUPLE(x)->items[0], &v);
    if (r <= 0) return r;
    return py_eq(vm, v, AS_TUPLE(x)->items[1]);
}

/* x in a set, frozenset, dict_keys or dict_items (a set-like value). */
static int setlike_contains(py_vm *vm, py_val v, py_val x)
{
    return is_kind(v, K_SET) ? set_contains(vm, AS_SET(v), x) : view_contains(vm, v, x);
}

static int64_t setlike_len(py_val v)
{
    return is_kind(v, K_SET) ? AS_SET(v)->used : AS_DICT(AS_ITER(v)->src)->count;
}

/* all_contained_in: every item of a is in b. */
static int all_contained_in(py_vm *vm, py_val a, py_val b)
{
    py_val it = py_iter(vm, a);
    if (py_is_err(it)) return -1;
    py_tmp_push(vm, it);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r <= 0) return r < 0 ? -1 : 1;
        r = setlike_contains(vm, b, x);
        if (r <= 0) return r;
    }
}

/* dictview_richcompare: a dict_keys/dict_items view against a set, a frozenset or
 * another such view compares as a set, by length and then containment (a view on
 * the right answers the reflected operation). 0/1, -1 on error, -2 when the two
 * are not comparable this way (NotImplemented). */
int dictview_compare(py_vm *vm, int op, py_val a, py_val b)
{
    if (!is_dict_setview(a)) {
        if (!is_dict_setview(b)) return -2;
        static const int swapped[] = {[CMP_LT] = CMP_GT, [CMP_LE] = CMP_GE, [CMP_EQ] = CMP_EQ, [CMP_NE] = CMP_NE,
                                      [CMP_GT] = CMP_LT, [CMP_GE] = CMP_LE};
        py_val t = a;
        a = b;
        b = t;
        op = swapped[op];
    }
    if (!is_kind(b, K_SET) && !is_dict_setview(b)) return -2;
    int64_t la = setlike_len(a), lb = setlike_len(b);
    int ok = 0;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        if (la == lb) ok = all_contained_in(vm, a, b);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT: if (la < lb) ok = all_contained_in(vm, a, b); break;
    case CMP_LE: if (la <= lb) ok = all_contained_in(vm, a, b); break;
    case CMP_GT: if (la > lb) ok = all_contained_in(vm, b, a); break;
    case CMP_GE: if (la >= lb) ok = all_contained_in(vm, b, a); break;
    default: return -2;
    }
    return ok;
}

/* dict_keys.isdisjoint / dict_items.isdisjoint (dictviews_isdisjoint): walks the
 * smaller side when the other is set-like, else the other. */
py_val dictview_isdisjoint(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2)
        return raise_type(vm, vm->e_type, "%s.isdisjoint() takes exactly one argument (%d given)",
                          AS_ITER(args[0])->ikind == IT_DICT_VIEW_K ? "dict_keys" : "dict_items", nargs - 1);
    py_val self = args[0], other = args[1];
    if (other.tag == V_OBJ && self.u.o == other.u.o) return py_bool(setlike_len(self) == 0);
    py_val walk = other, in = self;
    if ((is_kind(other, K_SET) || is_dict_setview(other)) && setlike_len(other) > setlike_len(self)) {
        walk = self;
        in = other;
    }
    py_val it = py_iter(vm, walk);
    if (py_is_err(it)) return it;
    py_tmp_push(vm, it);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return py_err();
        if (r == 0) return py_bool(true);
        r = setlike_contains(vm, in, x);
        if (r < 0) return py_err();
        if (r) return py_bool(false);
    }
}

/* dictviews_and: keeps what the view holds, walking the smaller side. */
static py_set *view_and(py_vm *vm, py_val self, py_val other)
{
    if (!is_dict_setview(self)) { py_val t = self; self = other; other = t; }
    int64_t len_self = AS_DICT(AS_ITER(self)->src)->count;
    if (is_kind(other, K_SET) && !AS_SET(other)->frozen && len_self <= AS_SET(other)->used)
        return set_intersection(vm, AS_SET(other), self);
    if (is_dict_setview(other) && AS_DICT(AS_ITER(other)->src)->count > len_self) {
        py_val t = self; self = other; other = t;
    }
    py_set *result = set_new(vm);
    py_val it = py_iter(vm, other);
    if (py_is_err(it)) return NULL;
    py_tmp_push(vm, it);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return NULL;
        if (r == 0) return result;
        r = view_contains(vm, self, x);
        if (r < 0 || (r && set_add(vm, result, x) < 0)) return NULL;
    }
}

/* a & b, a | b, a - b, a ^ b where a or b is a dict_keys/dict_items view: a set.
 * The others start from set(a) (from the dict itself for a keys view). */
py_val dictview_binop(py_vm *vm, int op, py_val a, py_val b)
{
    py_set *r;
    if (op == BINOP_AND) {
        r = view_and(vm, a, b);
    } else {
        py_val src = a;
        if (is_kind(a, K_ITER) && AS_ITER(a)->ikind == IT_DICT_VIEW_K) src = AS_ITER(a)->src;
        r = set_new(vm);
        if (set_update_from(vm, r, src) < 0) return py_err();
        int e = op == BINOP_OR ? set_update_from(vm, r, b)
              : op == BINOP_SUB ? set_difference_update(vm, r, b)
              : set_symmetric_difference_update(vm, r, b);
        if (e < 0) return py_err();
    }
    return r ? py_obj_val(r) : py_err();
}
