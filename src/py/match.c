/* match.c - the runtime half of structural pattern matching (PEP 634, as CPython
 * 3.11 runs it). compile.c turns each case's pattern into a constant tuple tree and
 * evaluates the values it needs (literals, dotted names, classes, mapping keys) into
 * a tuple (a value whose evaluation raised is a cell holding the exception: MATCH_DEFER;
 * it is raised only if the match reaches it, as CPython evaluates values lazily);
 * MATCH_CASE calls match_case here. Encoding, item 0 the kind:
 *   (0, _) wildcard          (1, slot) capture        (2, vi) == values[vi]
 *   (3, vi) is values[vi]    (4, star_index, star_slot, sub...) sequence
 *   (5, rest_slot, nkeys, key vi..., sub...) mapping
 *   (6, class vi, npos, pos..., name, sub, name, sub...) class
 *   (7, alt...) or           (8, slot, sub) as
 * Slots are -1 when absent. Captures go into a list of slots, so a failed
 * alternative can be undone, and only reach the names when the whole case matched. */
#include <string.h>

#include "py/ast.h"
#include "py/vm.h"

typedef struct mstate {
    py_val *values;
    py_val slots;       /* a list, rooted */
    bool deferred;      /* the error raised is a value's, kept by MATCH_DEFER */
    int err_at;         /* the instruction marking the sub-pattern that raised, or -1 */
} mstate;

static int match_node(py_vm *vm, py_val pat, py_val subj, mstate *ms);

static int64_t item_int(py_val pat, int i) { return AS_TUPLE(pat)->items[i].u.i; }

/* The value vi of the pattern, now that the match reached it: a cell holds the
 * exception its evaluation raised, raised now (-1) with its own traceback. */
static int value_at(py_vm *vm, mstate *ms, int64_t vi, py_val *out)
{
    py_val v = ms->values[vi];
    if (is_kind(v, K_CELL)) {
        py_exc_restore(vm, ((py_cell *)v.u.o)->v);
        ms->deferred = true;
        return -1;
    }
    *out = v;
    return 0;
}
static py_val item(py_val pat, int i) { return AS_TUPLE(pat)->items[i]; }

static void set_slot(mstate *ms, int64_t slot, py_val v)
{
    py_val *items;
    py_list_view(ms->slots, &items);
    items[slot] = v;
}

/* subject == value, as a truth value: 1, 0 or -1 on error. */
static int match_equal(py_vm *vm, py_val subj, py_val v)
{
    py_val r = py_compare(vm, CMP_EQ, subj, v);
    if (py_is_err(r)) return -1;
    bool t = py_truthy(vm, r);
    return py_exc_pending(vm) ? -1 : t;
}

static bool is_instance_of_builtin(py_vm *vm, py_val v, const char *name)
{
    return py_isinstance(vm, v, py_builtin(vm, name));
}

/* With a '*_' star CPython indexes the subject instead of unpacking it (so
 * [first, *_] on range(10**12) is cheap): len, then subject[i] or subject[i - len]. */
static int match_sequence_indexed(py_vm *vm, py_val pat, py_val subj, mstate *ms)
{
    int64_t star = item_int(pat, 1);
    int nsub = (int)AS_TUPLE(pat)->len - 3;
    int64_t len = py_len(vm, subj);
    if (len < 0) return -1;
    if (len < nsub) return 0;
    for (int i = 0; i < nsub; i++) {
        py_val sub = item(pat, 3 + i);
        if ((item_int(sub, 0) & 15) == 0) continue;
        py_val v = py_getitem(vm, subj, py_int(i < star ? i : i - nsub));
        if (py_is_err(v)) return -1;
        py_tmp_push(vm, v);
        int r = match_node(vm, sub, v, ms);
        if (r != 1) return r;
    }
    return 1;
}

/* Sequence patterns accept list, tuple and range (and their subclasses), never str/bytes. */
static int match_sequence(py_vm *vm, py_val pat, py_val subj, mstate *ms)
{
    if (!is_kind(subj, K_RANGE) && !is_instance_of_builtin(vm, subj, "list") && !is_instance_of_builtin(vm, subj, "tuple"))
        return 0;
    int64_t star = item_int(pat, 1), star_slot = item_int(pat, 2);
    int nsub = (int)AS_TUPLE(pat)->len - 3;
    if (star >= 0 && star_slot < 0) return match_sequence_indexed(vm, pat, subj, ms);
    py_val seq = seq_to_tuple(vm, subj);
    if (py_is_err(seq)) return -1;
    py_tmp_push(vm, seq);
    py_val *items;
    int64_t len = py_tuple_view(seq, &items);
    if (star < 0 ? len != nsub : len < nsub) return 0;
    int64_t after = star < 0 ? 0 : nsub - star;  /* sub-patterns after the star */
    for (int i = 0; i < nsub; i++) {
        int64_t at = star < 0 || i < star ? i : len - after + (i - star);
        int r = match_node(vm, item(pat, 3 + i), items[at], ms);
        if (r != 1) return r;
    }
    if (star_slot >= 0) {
        py_val rest = py_list_new(vm, (int)(len - nsub), items + star);
        py_tmp_push(vm, rest);
        set_slot(ms, star_slot, rest);
    }
    return 1;
}

/* subject.get(key, missing) for a mapping; *found says whether the key was there. */
static int mapping_get(py_vm *vm, py_val subj, py_val key, py_val *out)
{
    if (is_kind(subj, K_DICT) && py_type_of(vm, subj) == AS_TYPE(py_builtin(vm, "dict")))
        return dict_lookup(vm, AS_DICT(subj), key, out);
    py_val missing = py_list_new(vm, 0, NULL);
    py_tmp_push(vm, missing);
    py_val get = py_getattr(vm, subj, "get");
    if (py_is_err(get)) return -1;
    py_tmp_push(vm, get);
    py_val args[2] = {key, missing};
    py_val r = py_call(vm, get, args, 2, undef_val());
    if (py_is_err(r)) return -1;
    py_tmp_push(vm, r);
    if (r.tag == V_OBJ && r.u.o == missing.u.o) return 0;
    *out = r;
    return 1;
}

/* Mapping patterns: dicts (and subclasses); keys must all be present. */
static int match_mapping(py_vm *vm, py_val pat, py_val subj, mstate *ms)
{
    if (!is_instance_of_builtin(vm, subj, "dict")) return 0;
    int64_t rest_slot = item_int(pat, 1), nkeys = item_int(pat, 2);
    int64_t len = py_len(vm, subj);
    if (len < 0) return -1;
    if (len < nkeys) return 0;
    for (int i = 0; i < nkeys; i++) {
        py_val key;
        if (value_at(vm, ms, item_int(pat, 3 + i), &key) < 0) return -1;
    }
    py_val seen = py_call(vm, py_builtin(vm, "set"), NULL, 0, undef_val());
    if (py_is_err(seen)) return -1;
    py_tmp_push(vm, seen);
    for (int i = 0; i < nkeys; i++) {
        py_val key = ms->values[item_int(pat, 3 + i)];
        int dup = set_contains(vm, (py_set *)seen.u.o, key);
        if (dup < 0) return -1;
        if (dup) {
            py_val r = py_repr(vm, key);
            if (py_is_err(r)) return -1;
            raise_type(vm, vm->e_value, "mapping pattern checks duplicate key (%s)", py_str_data(r, NULL));
            return -1;
        }
        if (set_add(vm, (py_set *)seen.u.o, key) < 0) return -1;
    }
    for (int i = 0; i < nkeys; i++) {
        py_val v;
        int r = mapping_get(vm, subj, ms->values[item_int(pat, 3 + i)], &v);
        if (r != 1) return r;
        r = match_node(vm, item(pat, 3 + (int)nkeys + i), v, ms);
        if (r != 1) return r;
    }
    if (rest_slot >= 0) {
        py_val rest = py_call(vm, py_builtin(vm, "dict"), &subj, 1, undef_val());
        if (py_is_err(rest)) return -1;
        py_tmp_push(vm, rest);
        for (int i = 0; i < nkeys; i++)
            if (dict_del(vm, AS_DICT(rest), ms->values[item_int(pat, 3 + i)]) < 0) return -1;
        set_slot(ms, rest_slot, rest);
    }
    return 1;
}

/* The builtin types whose single positional sub-pattern matches the subject itself. */
static bool class_matches_self(py_vm *vm, py_type *t)
{
    static const char *const names[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        py_val b = py_builtin(vm, names[i]);
        if (is_kind(b, K_TYPE) && type_is_sub(t, AS_TYPE(b))) return true;
    }
    return false;
}

/* getattr(subject, name): 1 with *out, 0 on AttributeError (no match), -1 on error. */
static int class_attr(py_vm *vm, py_val subj, py_str *name, py_val *out)
{
    py_val v = py_getattr_str(vm, subj, name);
    if (!py_is_err(v)) { py_tmp_push(vm, v); *out = v; return 1; }
    py_val e = py_exc_take(vm);
    if (exc_matches(vm, e, vm->e_attr)) return 0;
    py_exc_restore(vm, e);
    return -1;
}

/* The attribute names of the positional sub-patterns (__match_args__), checked. */
static int class_positional_names(py_vm *vm, py_type *t, int npos, py_val *match_args, bool *self)
{
    const char *cname = t->name->data;
    *self = false;
    py_val ma = undef_val();
    int r = class_attr(vm, py_type_val(t), str_intern_c(vm, "__match_args__"), &ma);
    if (r < 0) return -1;
    int64_t allowed;
    if (r == 0) {
        *self = class_matches_self(vm, t);
        allowed = *self ? 1 : 0;
    } else {
        if (!is_kind(ma, K_TUPLE)) {
            raise_type(vm, vm->e_type, "%s.__match_args__ must be a tuple (got %s)", cname, py_type_name(vm, ma));
            return -1;
        }
        allowed = AS_TUPLE(ma)->len;
    }
    if (allowed < npos) {
        raise_type(vm, vm->e_type, "%s() accepts %lld positional sub-pattern%s (%d given)", cname,
                   (long long)allowed, allowed == 1 ? "" : "s", npos);
        return -1;
    }
    *match_args = ma;
    return 0;
}

/* Fetches every attribute first (positional then keyword), as CPython's MATCH_CLASS. */
static int class_fetch(py_vm *vm, py_val pat, py_val subj, py_type *t, py_val *attrs)
{
    int npos = (int)item_int(pat, 2);
    int nkw = ((int)AS_TUPLE(pat)->len - 3 - npos) / 2;
    py_val ma = undef_val();
    bool self = false;
    if (npos && class_positional_names(vm, t, npos, &ma, &self) < 0) return -1;
    py_val seen = py_call(vm, py_builtin(vm, "set"), NULL, 0, undef_val());
    if (py_is_err(seen)) return -1;
    py_tmp_push(vm, seen);
    for (int i = 0; i < npos + nkw; i++) {
        py_val name = i < npos ? (self ? undef_val() : AS_TUPLE(ma)->items[i]) : item(pat, 3 + npos + 2 * (i - npos));
        if (self) { attrs[i] = subj; continue; }
        if (!is_kind(name, K_STR)) {
            raise_type(vm, vm->e_type, "__match_args__ elements must be strings (got %s)", py_type_name(vm, name));
            return -1;
        }
        int dup = set_contains(vm, (py_set *)seen.u.o, name);
        if (dup < 0) return -1;
        if (dup) {
            raise_type(vm, vm->e_type, "%s() got multiple sub-patterns for attribute '%s'", t->name->data, py_str_data(name, NULL));
            return -1;
        }
        if (set_add(vm, (py_set *)seen.u.o, name) < 0) return -1;
        int r = class_attr(vm, subj, (py_str *)name.u.o, &attrs[i]);
        if (r != 1) return r;
    }
    return 1;
}

static int match_class(py_vm *vm, py_val pat, py_val subj, mstate *ms)
{
    py_val cls;
    if (value_at(vm, ms, item_int(pat, 1), &cls) < 0) return -1;
    if (!is_kind(cls, K_TYPE)) {
        raise_type(vm, vm->e_type, "called match pattern must be a type");
        return -1;
    }
    if (!py_isinstance(vm, subj, cls)) return py_exc_pending(vm) ? -1 : 0;
    int npos = (int)item_int(pat, 2);
    int nsub = npos + ((int)AS_TUPLE(pat)->len - 3 - npos) / 2;
    py_val attrs[64];
    int r = class_fetch(vm, pat, subj, AS_TYPE(cls), attrs);
    if (r != 1) return r;
    for (int i = 0; i < nsub; i++) {
        py_val sub = i < npos ? item(pat, 3 + i) : item(pat, 4 + npos + 2 * (i - npos));
        r = match_node(vm, sub, attrs[i], ms);
        if (r != 1) return r;
    }
    return 1;
}

/* Alternatives in order; a failed one's captures are undone. */
static int match_or(py_vm *vm, py_val pat, py_val subj, mstate *ms)
{
    py_val *items;
    int64_t n = py_list_view(ms->slots, &items);
    py_val saved = py_tuple_new(vm, (int)n, items);
    py_tmp_push(vm, saved);
    for (int i = 1; i < AS_TUPLE(pat)->len; i++) {
        int r = match_node(vm, item(pat, i), subj, ms);
        if (r != 0) return r;
        py_list_view(ms->slots, &items);
        mem_copy(items, AS_TUPLE(saved)->items, (size_t)n * sizeof *items);
    }
    return 0;
}

static int match_node_kind(py_vm *vm, py_val pat, py_val subj, mstate *ms);

/* The innermost pattern that raised names the error's location (item 0 >> 4). */
static int match_node(py_vm *vm, py_val pat, py_val subj, mstate *ms)
{
    int r = match_node_kind(vm, pat, subj, ms);
    if (r < 0 && ms->err_at < 0 && item_int(pat, 0) >= 16) ms->err_at = (int)(item_int(pat, 0) >> 4);
    return r;
}

static int match_node_kind(py_vm *vm, py_val pat, py_val subj, mstate *ms)
{
    switch ((item_int(pat, 0) & 15)) {
    case 0: return 1;
    case 1: set_slot(ms, item_int(pat, 1), subj); return 1;
    case 2: {
        py_val v;
        if (value_at(vm, ms, item_int(pat, 1), &v) < 0) return -1;
        return match_equal(vm, subj, v);
    }
    case 3: {
        py_val v = ms->values[item_int(pat, 1)];
        return subj.tag == v.tag && subj.u.i == v.u.i;
    }
    case 4: return match_sequence(vm, pat, subj, ms);
    case 5: return match_mapping(vm, pat, subj, ms);
    case 6: return match_class(vm, pat, subj, ms);
    case 7: return match_or(vm, pat, subj, ms);
    default: {
        int r = match_node(vm, item(pat, 2), subj, ms);
        if (r == 1) set_slot(ms, item_int(pat, 1), subj);
        return r;
    }
    }
}

/* Counts the capture slots of a pattern tree (the largest slot + 1). */
static int64_t count_slots(py_val pat)
{
    int64_t kind = (item_int(pat, 0) & 15), best = 0, n = AS_TUPLE(pat)->len;
    if (kind == 1 || kind == 8) best = item_int(pat, 1) + 1;
    if (kind == 4 && item_int(pat, 2) >= 0) best = item_int(pat, 2) + 1;
    if (kind == 5 && item_int(pat, 1) >= 0) best = item_int(pat, 1) + 1;
    for (int64_t i = 1; i < n; i++) {
        py_val it = AS_TUPLE(pat)->items[i];
        if (is_kind(it, K_TUPLE)) {
            int64_t s = count_slots(it);
            if (s > best) best = s;
        }
    }
    return best;
}

int match_case(py_vm *vm, py_val pat, py_val subj, py_val values, py_val *captures, int *err_at)
{
    int64_t nslots = count_slots(pat);
    mstate ms;
    ms.deferred = false;
    ms.err_at = -1;
    ms.values = AS_TUPLE(values)->items;
    ms.slots = py_list_new(vm, 0, NULL);
    py_tmp_push(vm, ms.slots);
    for (int64_t i = 0; i < nslots; i++)
        if (py_list_append(vm, ms.slots, py_none()) < 0) return -1;
    int r = match_node(vm, pat, subj, &ms);
    *err_at = ms.err_at;
    if (r < 0 && ms.deferred) return -2;
    if (r != 1) return r;
    py_val *items;
    int64_t n = py_list_view(ms.slots, &items);
    *captures = py_tuple_new(vm, (int)n, items);
    return 1;
}
