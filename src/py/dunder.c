/* dunder.c - the special methods of builtin types and of object, called by name:
 * (5).__add__(3), "ab".__len__(), int.__add__(1, 2), and in a class
 * super().__str__(), super().__repr__(), object.__eq__(self, other).
 *
 * looplab runs these operations without method objects, so a name is resolved
 * here only when ordinary lookup fails, and only if CPython's type has it
 * (dir() of the type, from dir_db.c). Each method behaves as CPython's slot
 * wrapper: a binary operation returns NotImplemented for an operand its type does
 * not handle (int.__add__(2.5) is NotImplemented, float.__radd__ handles it),
 * object.__eq__ compares identity, object.__str__ is repr(), BaseException's
 * __str__/__repr__ are the ones a subclass overrides. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "py/ast.h"
#include "py/vm.h"

#define DUNDERS(X) \
    X(str) X(repr) X(format) X(hash) X(eq) X(ne) X(lt) X(le) X(gt) X(ge) \
    X(len) X(contains) X(getitem) X(setitem) X(delitem) X(iter) X(next) X(bool) \
    X(int) X(float) X(index) X(abs) X(neg) X(pos) X(invert) X(round) X(trunc) X(floor) X(ceil) \
    X(add) X(sub) X(mul) X(truediv) X(floordiv) X(mod) X(pow) X(lshift) X(rshift) X(and) X(or) X(xor) X(divmod) \
    X(radd) X(rsub) X(rmul) X(rtruediv) X(rfloordiv) X(rmod) X(rpow) X(rlshift) X(rrshift) X(rand) X(ror) X(rxor) X(rdivmod) \
    X(iadd) X(imul) X(ior) X(iand) X(isub) X(ixor)

enum {
#define X(n) D_##n,
    DUNDERS(X)
#undef X
    D__COUNT
};

static const char *const dunder_names[] = {
#define X(n) "__" #n "__",
    DUNDERS(X)
#undef X
};

static bool is_int(py_val v) { return v.tag == V_INT || v.tag == V_BOOL || is_kind(v, K_BIGINT); }
static bool is_number(py_val v) { return is_int(v) || v.tag == V_FLOAT; }
static bool is_seq(py_val v) { return is_kind(v, K_STR) || is_kind(v, K_LIST) || is_kind(v, K_TUPLE) || is_kind(v, K_BYTES); }
static bool is_user(py_val v) { return is_kind(v, K_INST) || is_kind(v, K_NOBJ); }

/* The types a builtin's binary operation and comparisons take: int with int, float
 * with int or float, a sequence or set or dict with its own kind. */
static bool accepts(py_val self, py_val other)
{
    if (is_int(self)) return is_int(other);
    if (self.tag == V_FLOAT) return is_number(other);
    if (is_kind(self, K_SET)) return is_kind(other, K_SET);
    if (self.tag == V_OBJ && other.tag == V_OBJ) return self.u.o->kind == other.u.o->kind;
    return false;
}

static const int binops[] = {BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_TRUEDIV, BINOP_FLOORDIV, BINOP_MOD, BINOP_POW,
                             BINOP_LSHIFT, BINOP_RSHIFT, BINOP_AND, BINOP_OR, BINOP_XOR, -1};

static py_val call_builtin(py_vm *vm, const char *name, py_val *args, int nargs)
{
    py_val f = dict_get_str(vm->builtins, str_intern_c(vm, name));
    return vm_call(vm, f, args, nargs, NULL);
}

static py_val binary(py_vm *vm, int d, py_val self, py_val other)
{
    bool reflected = d >= D_radd && d <= D_rdivmod;
    int k = reflected ? d - D_radd : d - D_add;
    py_val a = reflected ? other : self, b = reflected ? self : other;
    if (is_seq(self) && (k == 0 || k == 2)) {  /* concat and repeat: no NotImplemented */
        if (k == 0 && !reflected) {
            if (!accepts(self, other))
                return raise_type(vm, vm->e_type, is_kind(self, K_BYTES) ? "can't concat %s to bytes"
                                                                        : "can only concatenate %s (not \"%s\") to %s",
                                  is_kind(self, K_BYTES) ? py_type_name(vm, other) : py_type_name(vm, self),
                                  py_type_name(vm, other), py_type_name(vm, self));
            return py_binop(vm, BINOP_ADD, self, other, false);
        }
        if (k == 2) {
            if (!is_int(other))
                return raise_type(vm, vm->e_type, "'%s' object cannot be interpreted as an integer", py_type_name(vm, other));
            return py_binop(vm, BINOP_MUL, self, other, false);
        }
    }
    if (is_kind(self, K_STR) && k == 5 && !reflected) return py_binop(vm, BINOP_MOD, self, other, false);
    if (!accepts(self, other)) return vm->notimpl;
    if (binops[k] < 0) {  /* divmod */
        py_val args[2] = {a, b};
        return call_builtin(vm, "divmod", args, 2);
    }
    return py_binop(vm, binops[k], a, b, false);
}

static py_val inplace(py_vm *vm, int d, py_val self, py_val other)
{
    static const int ops[] = {BINOP_ADD, BINOP_MUL, BINOP_OR, BINOP_AND, BINOP_SUB, BINOP_XOR};
    int op = ops[d - D_iadd];
    if (is_kind(self, K_LIST) && op == BINOP_ADD) return py_binop(vm, op, self, other, true);  /* extends */
    if (is_kind(self, K_LIST) && op == BINOP_MUL && !is_int(other))
        return raise_type(vm, vm->e_type, "'%s' object cannot be interpreted as an integer", py_type_name(vm, other));
    if (!accepts(self, other) && !(is_kind(self, K_LIST) && op == BINOP_MUL)) return vm->notimpl;
    return py_binop(vm, op, self, other, true);
}

static py_val compare(py_vm *vm, int d, py_val self, py_val other)
{
    static const int ops[] = {CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE};
    int op = ops[d - D_eq];
    if (is_user(self) || self.tag == V_NONE || (self.tag == V_OBJ && !accepts(self, other))) {
        /* object's: identity for ==, the inverse of __eq__ for !=, nothing else */
        bool same = self.tag == other.tag && (self.tag == V_NONE || self.u.o == other.u.o);
        if (op == CMP_EQ) return same ? py_bool(true) : vm->notimpl;
        if (op == CMP_NE && is_user(self)) {
            py_val r = py_compare(vm, CMP_EQ, self, other);
            if (py_is_err(r)) return r;
            bool t = py_truthy(vm, r);
            return py_exc_pending(vm) ? py_err() : py_bool(!t);
        }
        if (op == CMP_NE) return same ? py_bool(false) : vm->notimpl;
        return vm->notimpl;
    }
    if (!accepts(self, other)) return vm->notimpl;
    if (is_kind(self, K_DICT) && op != CMP_EQ && op != CMP_NE) return vm->notimpl;
    return py_compare(vm, op, self, other);
}

static py_val want_n(py_vm *vm, int nargs, int n)
{
    if (nargs - 1 == n) return undef_val();
    return raise_type(vm, vm->e_type, "expected %d argument%s, got %d", n, n == 1 ? "" : "s", nargs - 1);
}

static py_val dunder_call(py_vm *vm, int d, py_val *args, int nargs)
{
    if (nargs < 1) return raise_type(vm, vm->e_type, "descriptor '%s' needs an argument", dunder_names[d]);
    py_val self = args[0];
    int want = d == D_setitem ? 2 : d == D_round ? -1 : d == D_format || d == D_contains || d == D_getitem ||
               d == D_delitem || (d >= D_eq && d <= D_ge) || (d >= D_add && d <= D_ixor) ? 1 : 0;
    if (want >= 0) {
        py_val e = want_n(vm, nargs, want);
        if (py_is_err(e)) return e;
    } else if (nargs > 2) {
        return raise_type(vm, vm->e_type, "__round__ expected at most 1 argument, got %d", nargs - 1);
    }
    py_val o = nargs > 1 ? args[1] : undef_val();
    switch (d) {
    case D_str:
        if (is_kind(self, K_INST) && (self.u.o->type->flags & TF_EXC)) return exc_str(vm, self);
        return is_user(self) ? py_repr(vm, self) : py_str_of(vm, self);
    case D_repr: return py_default_repr(vm, self);
    case D_format:
        if (!is_kind(o, K_STR)) return raise_type(vm, vm->e_type, "argument to __format__ must be str, not %s", py_type_name(vm, o));
        if (is_user(self)) {
            if (AS_STR(o)->len)
                return raise_type(vm, vm->e_type, "unsupported format string passed to %s.__format__", py_type_name(vm, self));
            return py_str_of(vm, self);
        }
        return py_format(vm, self, o);
    case D_hash: {
        if (is_user(self)) return py_int((int64_t)py_identity_hash(self.u.o));
        uint64_t h;
        if (py_hash(vm, self, &h) < 0) return py_err();
        return py_int((int64_t)h);
    }
    case D_eq: case D_ne: case D_lt: case D_le: case D_gt: case D_ge: return compare(vm, d, self, o);
    case D_len: {
        int64_t n = py_len(vm, self);
        return n < 0 ? py_err() : py_int(n);
    }
    case D_contains: return py_contains(vm, self, o);
    case D_getitem: return py_getitem(vm, self, o);
    case D_setitem: return py_setitem(vm, self, o, args[2]) < 0 ? py_err() : py_none();
    case D_delitem: return py_delitem(vm, self, o) < 0 ? py_err() : py_none();
    case D_iter: return py_iter(vm, self);
    case D_next: {
        py_val x;
        int r = py_next(vm, self, &x);
        if (r < 0) return py_err();
        if (r == 0) {
            exc_set_pending(vm, exc_make(vm, vm->e_stopiter, NULL, 0));
            return py_err();
        }
        return x;
    }
    case D_bool: return py_bool(py_truthy(vm, self));
    case D_int: case D_index: case D_trunc: return is_int(self) ? py_int(self.u.i) : call_builtin(vm, "int", &self, 1);
    case D_float: return call_builtin(vm, "float", &self, 1);
    case D_abs: return call_builtin(vm, "abs", &self, 1);
    case D_neg: return py_unary(vm, UNARY_NEG, self);
    case D_pos: return py_unary(vm, UNARY_POS, self);
    case D_invert: return py_unary(vm, UNARY_INVERT, self);
    case D_round: return call_builtin(vm, "round", args, nargs);
    case D_floor: case D_ceil: {
        if (is_int(self)) return py_int(self.u.i);
        py_val g = py_float(d == D_floor ? floor(self.u.f) : ceil(self.u.f));
        return call_builtin(vm, "int", &g, 1);
    }
    case D_iadd: case D_imul: case D_ior: case D_iand: case D_isub: case D_ixor: return inplace(vm, d, self, o);
    default: return binary(vm, d, self, o);
    }
}

#define X(n) static py_val dn_##n(py_vm *vm, py_val *args, int nargs, py_dict *kw) { (void)kw; return dunder_call(vm, D_##n, args, nargs); }
DUNDERS(X)
#undef X

static const py_native_fn dunder_fns[] = {
#define X(n) dn_##n,
    DUNDERS(X)
#undef X
};

static bool in_dir(const char *type_name, const char *name)
{
    int n;
    const char *const *names = py_dir_names(type_name, &n);
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2, c = strcmp(names[mid], name);
        if (c == 0) return true;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return false;
}

/* The special method `name` of the builtin type t (or of the first builtin base of a
 * class), as an unbound builtin: undef when CPython's type has no such method or
 * looplab does not provide it. */
py_val py_builtin_dunder(py_vm *vm, py_type *t, py_str *name)
{
    if (name->len < 5 || name->data[0] != '_' || name->data[1] != '_') return undef_val();
    while (t && !(t->flags & TF_BUILTIN)) t = t->base;
    if (!t) return undef_val();
    int n;
    const char *tn = py_dir_names(t->name->data, &n) ? t->name->data : "object";
    if (!in_dir(tn, name->data)) return undef_val();
    for (int i = 0; i < D__COUNT; i++) {
        if (strcmp(dunder_names[i], name->data) != 0) continue;
        py_native *f = (py_native *)py_native_new(vm, dunder_names[i], dunder_fns[i]).u.o;
        f->owner = t;
        return py_obj_val(f);
    }
    return undef_val();
}
