/* mathmod.c - the `math` module: CPython's common functions with its error rules.
 *
 * A float function goes through libm, as CPython's does, so results are bit for bit
 * the same on the same C library. Errors follow CPython's math_1: a NaN out of a
 * non-NaN argument is "math domain error" (ValueError), an infinity out of a finite
 * argument is "math range error" (OverflowError) for functions that can overflow and
 * a domain error for the others. Integer functions (factorial, gcd, isqrt, comb, perm,
 * prod) build their results with the interpreter's own operators, so they give the
 * same ints the program's own arithmetic would. */
#include <errno.h>
#include <float.h>
#include <math.h>

#include "py/ast.h"
#include "py/vm.h"

static bool is_intlike(py_val v) { return v.tag == V_INT || v.tag == V_BOOL; }

/* The argument as a C double, as PyFloat_AsDouble takes it: "must be real number". */
static int math_double(py_vm *vm, py_val v, double *out)
{
    if (v.tag == V_FLOAT) { *out = v.u.f; return 0; }
    if (is_intlike(v)) { *out = (double)v.u.i; return 0; }
    bool is_int = py_isinstance(vm, v, py_builtin(vm, "int"));
    bool has_float = is_kind(v, K_INST) && type_lookup(v.u.o->type, str_intern_c(vm, "__float__")).tag != V_UNDEF;
    if (is_int || has_float) {
        py_val f = vm_call(vm, py_builtin(vm, "float"), &v, 1, NULL);
        if (py_is_err(f)) return -1;
        if (f.tag != V_FLOAT) { raise_type(vm, vm->e_type, "must be real number, not %s", py_type_name(vm, f)); return -1; }
        *out = f.u.f;
        return 0;
    }
    raise_type(vm, vm->e_type, "must be real number, not %s", py_type_name(vm, v));
    return -1;
}

static py_val domain_error(py_vm *vm) { return raise_type(vm, vm->e_value, "math domain error"); }
static py_val range_error(py_vm *vm) { return raise_type(vm, vm->e_overflow, "math range error"); }

/* The result r of a one-argument function at x, checked as CPython's math_1 does. */
static py_val math_result(py_vm *vm, double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x)) return domain_error(vm);
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error(vm) : domain_error(vm);
    return py_float(r);
}

typedef struct math_fn1 {
    const char *name;
    double (*fn)(double);
    bool can_overflow;
} math_fn1;

static double to_degrees(double x) { return x * (180.0 / 3.141592653589793); }
static double to_radians(double x) { return x * (3.141592653589793 / 180.0); }

static const math_fn1 fn1_table[] = {
    {"sqrt", sqrt, false},   {"exp", exp, true},     {"exp2", exp2, true},   {"expm1", expm1, true},
    {"sin", sin, false},     {"cos", cos, false},    {"tan", tan, false},    {"asin", asin, false},
    {"acos", acos, false},   {"atan", atan, false},  {"sinh", sinh, true},   {"cosh", cosh, true},
    {"tanh", tanh, false},   {"asinh", asinh, false}, {"acosh", acosh, false}, {"atanh", atanh, false},
    {"fabs", fabs, false},   {"cbrt", cbrt, false},  {"erf", erf, false},    {"erfc", erfc, false},
    {"degrees", to_degrees, false}, {"radians", to_radians, false},
};

/* Finds the table entry of the native being called (natives know only their name). */
static const math_fn1 *fn1_find(const char *name)
{
    for (size_t i = 0; i < sizeof fn1_table / sizeof fn1_table[0]; i++)
        if (strcmp(fn1_table[i].name, name) == 0) return &fn1_table[i];
    return NULL;
}

/* One wrapper per function: C has no closures, and each native needs its own name. */
#define MATH_FN1(NAME)                                                                   \
    static py_val m_##NAME(py_vm *vm, py_val *a, int n, py_dict *kw)                     \
    {                                                                                    \
        return call_fn1(vm, fn1_find(#NAME), a, n, kw);                                  \
    }

static py_val call_fn1(py_vm *vm, const math_fn1 *f, py_val *a, int n, py_dict *kw)
{
    char full[32];
    snprintf(full, sizeof full, "math.%s", f->name);
    if (kw && kw->count) return raise_type(vm, vm->e_type, "%s() takes no keyword arguments", full);
    if (want_args_as(vm, full, n, 1, 1, ARGS_METH) < 0) return py_err();
    double x;
    if (math_double(vm, a[0], &x) < 0) return py_err();
    if (strcmp(f->name, "sqrt") == 0 && x < 0) return domain_error(vm);
    errno = 0;
    double r = f->fn(x);
    if (isfinite(r) && errno == ERANGE && fabs(r) >= 1.5) return range_error(vm);
    return math_result(vm, x, r, f->can_overflow);
}

MATH_FN1(sqrt) MATH_FN1(exp) MATH_FN1(exp2) MATH_FN1(expm1) MATH_FN1(sin) MATH_FN1(cos) MATH_FN1(tan)
MATH_FN1(asin) MATH_FN1(acos) MATH_FN1(atan) MATH_FN1(sinh) MATH_FN1(cosh) MATH_FN1(tanh)
MATH_FN1(asinh) MATH_FN1(acosh) MATH_FN1(atanh) MATH_FN1(fabs) MATH_FN1(cbrt) MATH_FN1(erf)
MATH_FN1(erfc) MATH_FN1(degrees) MATH_FN1(radians)

/* Checks a positional-only call: "NAME expected 2 arguments, got 1" and no keywords. */
static int want_pos(py_vm *vm, const char *name, int n, int lo, int hi, py_dict *kw)
{
    if (kw && kw->count) {
        raise_type(vm, vm->e_type, "math.%s() takes no keyword arguments", name);
        return -1;
    }
    return want_args_as(vm, name, n, lo, hi, ARGS_EXPECTED);
}

/* log of a positive value; ints go through float like CPython's for ints in range. */
static int log_of(py_vm *vm, py_val v, double (*fn)(double), double *out)
{
    double x;
    if (math_double(vm, v, &x) < 0) return -1;
    if (isnan(x)) { *out = x; return 0; }
    if (x <= 0) { domain_error(vm); return -1; }
    *out = fn(x);
    return 0;
}

static py_val m_log(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "math.log() takes no keyword arguments");
    if (n < 1 || n > 2) return raise_type(vm, vm->e_type, "math.log requires 1 to 2 arguments");
    double num, den;
    if (log_of(vm, a[0], log, &num) < 0) return py_err();
    if (n == 1) return py_float(num);
    if (log_of(vm, a[1], log, &den) < 0) return py_err();
    if (den == 0) return raise_type(vm, vm->e_zero, "float division by zero");
    return py_float(num / den);
}

static py_val log_one(py_vm *vm, const char *name, double (*fn)(double), py_val *a, int n, py_dict *kw)
{
    char full[16];
    snprintf(full, sizeof full, "math.%s", name);
    if (kw && kw->count) return raise_type(vm, vm->e_type, "%s() takes no keyword arguments", full);
    if (want_args_as(vm, full, n, 1, 1, ARGS_METH) < 0) return py_err();
    double r;
    return log_of(vm, a[0], fn, &r) < 0 ? py_err() : py_float(r);
}

static py_val m_log2(py_vm *vm, py_val *a, int n, py_dict *kw) { return log_one(vm, "log2", log2, a, n, kw); }
static py_val m_log10(py_vm *vm, py_val *a, int n, py_dict *kw) { return log_one(vm, "log10", log10, a, n, kw); }
static py_val m_log1p(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "math.log1p() takes no keyword arguments");
    if (want_args_as(vm, "math.log1p", n, 1, 1, ARGS_METH) < 0) return py_err();
    double x;
    if (math_double(vm, a[0], &x) < 0) return py_err();
    if (x <= -1) return domain_error(vm);
    return py_float(log1p(x));
}

/* Two-argument functions: both arguments as doubles. */
static int two_doubles(py_vm *vm, const char *name, py_val *a, int n, py_dict *kw, double *x, double *y)
{
    if (want_pos(vm, name, n, 2, 2, kw) < 0) return -1;
    if (math_double(vm, a[0], x) < 0 || math_double(vm, a[1], y) < 0) return -1;
    return 0;
}

static py_val m_pow(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    double x, y;
    if (two_doubles(vm, "pow", a, n, kw, &x, &y) < 0) return py_err();
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r)) return domain_error(vm);
        if (isinf(r)) return x == 0 ? domain_error(vm) : range_error(vm);
    }
    return py_float(r);
}

static py_val m_atan2(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    double y, x;
    if (two_doubles(vm, "atan2", a, n, kw, &y, &x) < 0) return py_err();
    return py_float(atan2(y, x));
}

static py_val m_fmod(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    double x, y;
    if (two_doubles(vm, "fmod", a, n, kw, &x, &y) < 0) return py_err();
    if (isinf(y) && isfinite(x)) return py_float(x);
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    return py_float(r);
}

static py_val m_copysign(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    double x, y;
    if (two_doubles(vm, "copysign", a, n, kw, &x, &y) < 0) return py_err();
    return py_float(copysign(x, y));
}

static py_val m_remainder(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    double x, y;
    if (two_doubles(vm, "remainder", a, n, kw, &x, &y) < 0) return py_err();
    double r = remainder(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error(vm);
    return py_float(r);
}

static py_val m_ldexp(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (want_pos(vm, "ldexp", n, 2, 2, kw) < 0) return py_err();
    double x;
    int64_t e;
    if (math_double(vm, a[0], &x) < 0) return py_err();
    if (!is_intlike(a[1])) return raise_type(vm, vm->e_type, "Expected an int as second argument to ldexp.");
    e = a[1].u.i;
    if (x == 0 || !isfinite(x)) return py_float(x);
    double r = ldexp(x, e > INT32_MAX ? INT32_MAX : e < INT32_MIN ? INT32_MIN : (int)e);
    if (isinf(r)) return range_error(vm);
    return py_float(r);
}

/* Exact products and sums as pairs of doubles (Dekker), for hypot's correct rounding. */
typedef struct dl { double hi, lo; } dl;

static dl dl_split(double x)
{
    double t = x * 134217729.0;  /* 2**27 + 1 */
    double hi = t - (t - x);
    return (dl){hi, x - hi};
}

static dl dl_mul(double x, double y)
{
    dl a = dl_split(x), b = dl_split(y);
    double p = a.hi * b.hi, q = a.hi * b.lo + a.lo * b.hi;
    double z = p + q;
    return (dl){z, p - z + q + a.lo * b.lo};
}

static dl dl_fast_sum(double a, double b)
{
    double x = a + b;
    return (dl){x, (a - x) + b};
}

/* The Euclidean norm as CPython computes it: scaled by a power of two, squares summed
 * with their rounding errors kept, then one differential correction of the root. */
static double vector_norm(int n, double *v, double max)
{
    if (max == 0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {
        for (int i = 0; i < n; i++) v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (int i = 0; i < n; i++) {
        double x = v[i] * scale;
        dl pr = dl_mul(x, x), sm = dl_fast_sum(csum, pr.hi);
        csum = sm.hi;
        frac1 += pr.lo;
        frac2 += sm.lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    dl pr = dl_mul(-h, h), sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

static py_val m_hypot(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "hypot() takes no keyword arguments");
    double xs[64], big = 0;
    bool nan = false;
    if (n > 64) return raise_type(vm, vm->e_value, "hypot() of more than 64 coordinates is not supported by looplab");
    for (int i = 0; i < n; i++) {
        if (math_double(vm, a[i], &xs[i]) < 0) return py_err();
        xs[i] = fabs(xs[i]);
        if (isnan(xs[i])) nan = true;
        if (xs[i] > big) big = xs[i];
    }
    if (isinf(big)) return py_float(big);
    if (nan) return py_float(NAN);
    return py_float(vector_norm(n, xs, big));
}

/* dist(p, q): the norm of the coordinate differences; p and q are tuples or lists. */
static py_val m_dist(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (want_pos(vm, "dist", n, 2, 2, kw) < 0) return py_err();
    py_val *p, *q;
    int64_t np = py_tuple_view(a[0], &p), nq = py_tuple_view(a[1], &q);
    if (np < 0) np = py_list_view(a[0], &p);
    if (nq < 0) nq = py_list_view(a[1], &q);
    if (np < 0 || nq < 0)
        return raise_type(vm, vm->e_type, "dist() argument %d must be tuple, not %s", np < 0 ? 1 : 2, py_type_name(vm, np < 0 ? a[0] : a[1]));
    if (np != nq) return raise_type(vm, vm->e_value, "both points must have the same number of dimensions");
    if (np > 64) return raise_type(vm, vm->e_value, "dist() of more than 64 dimensions is not supported by looplab");
    double d[64], big = 0;
    bool nan = false;
    for (int64_t i = 0; i < np; i++) {
        double x, y;
        if (math_double(vm, p[i], &x) < 0 || math_double(vm, q[i], &y) < 0) return py_err();
        d[i] = fabs(x - y);
        if (isnan(d[i])) nan = true;
        if (d[i] > big) big = d[i];
    }
    if (isinf(big)) return py_float(big);
    if (nan) return py_float(NAN);
    return py_float(vector_norm((int)np, d, big));
}

/* floor/ceil/trunc: an int stays itself, a float becomes int(libm(x)). */
static py_val round_to_int(py_vm *vm, const char *name, double (*fn)(double), py_val *a, int n, py_dict *kw)
{
    char full[16];
    snprintf(full, sizeof full, "math.%s", name);
    if (kw && kw->count) return raise_type(vm, vm->e_type, "%s() takes no keyword arguments", full);
    if (want_args_as(vm, full, n, 1, 1, ARGS_METH) < 0) return py_err();
    if (is_intlike(a[0])) return py_int(a[0].u.i);
    if (py_isinstance(vm, a[0], py_builtin(vm, "int"))) return a[0];
    if (is_kind(a[0], K_INST)) {
        char dunder[16];
        snprintf(dunder, sizeof dunder, "__%s__", name);
        py_val m = type_lookup(a[0].u.o->type, str_intern_c(vm, dunder));
        if (m.tag != V_UNDEF) return vm_call(vm, m, a, 1, NULL);
        if (strcmp(name, "trunc") == 0)
            return raise_type(vm, vm->e_type, "type %s doesn't define __trunc__ method", py_type_name(vm, a[0]));
    }
    double x;
    if (math_double(vm, a[0], &x) < 0) return py_err();
    py_val f = py_float(fn(x));
    return vm_call(vm, py_builtin(vm, "int"), &f, 1, NULL);
}

static py_val m_floor(py_vm *vm, py_val *a, int n, py_dict *kw) { return round_to_int(vm, "floor", floor, a, n, kw); }
static py_val m_ceil(py_vm *vm, py_val *a, int n, py_dict *kw) { return round_to_int(vm, "ceil", ceil, a, n, kw); }
static py_val m_trunc(py_vm *vm, py_val *a, int n, py_dict *kw) { return round_to_int(vm, "trunc", trunc, a, n, kw); }

static py_val m_modf(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "math.modf() takes no keyword arguments");
    if (want_args_as(vm, "math.modf", n, 1, 1, ARGS_METH) < 0) return py_err();
    double x, ip;
    if (math_double(vm, a[0], &x) < 0) return py_err();
    if (isinf(x)) return py_tuple_new(vm, 2, (py_val[]){py_float(copysign(0.0, x)), py_float(x)});
    double fp = modf(x, &ip);
    return py_tuple_new(vm, 2, (py_val[]){py_float(fp), py_float(ip)});
}

static py_val m_frexp(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "math.frexp() takes no keyword arguments");
    if (want_args_as(vm, "math.frexp", n, 1, 1, ARGS_METH) < 0) return py_err();
    double x;
    if (math_double(vm, a[0], &x) < 0) return py_err();
    int e = 0;
    double m = isfinite(x) && x != 0 ? frexp(x, &e) : x;
    return py_tuple_new(vm, 2, (py_val[]){py_float(m), py_int(e)});
}

static py_val float_pred(py_vm *vm, const char *name, int which, py_val *a, int n, py_dict *kw)
{
    char full[16];
    snprintf(full, sizeof full, "math.%s", name);
    if (kw && kw->count) return raise_type(vm, vm->e_type, "%s() takes no keyword arguments", full);
    if (want_args_as(vm, full, n, 1, 1, ARGS_METH) < 0) return py_err();
    double x;
    if (math_double(vm, a[0], &x) < 0) return py_err();
    return py_bool(which == 0 ? isnan(x) : which == 1 ? isinf(x) : isfinite(x));
}

static py_val m_isnan(py_vm *vm, py_val *a, int n, py_dict *kw) { return float_pred(vm, "isnan", 0, a, n, kw); }
static py_val m_isinf(py_vm *vm, py_val *a, int n, py_dict *kw) { return float_pred(vm, "isinf", 1, a, n, kw); }
static py_val m_isfinite(py_vm *vm, py_val *a, int n, py_dict *kw) { return float_pred(vm, "isfinite", 2, a, n, kw); }

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), CPython's symmetric test. */
static py_val m_isclose(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    py_val args[2] = {n > 0 ? a[0] : undef_val(), n > 1 ? a[1] : undef_val()};
    if (n > 2) return raise_type(vm, vm->e_type, "isclose() takes exactly 2 positional arguments (%d given)", n);
    double rel = 1e-09, abs_tol = 0.0;
    if (kw) {
        static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
        for (int64_t i = 0; i < kw->nentries; i++) {
            py_val k = kw->entries[i].key;
            if (k.tag == V_UNDEF) continue;
            const char *s = AS_STR(k)->data;
            int j = 0;
            while (j < 4 && strcmp(s, names[j]) != 0) j++;
            if (j == 4) return raise_type(vm, vm->e_type, "isclose() got an unexpected keyword argument '%s'", s);
            if (j < 2) {
                if (args[j].tag != V_UNDEF)
                    return raise_type(vm, vm->e_type, "argument for isclose() given by name ('%s') and position (%d)", s, j + 1);
                args[j] = kw->entries[i].val;
            } else if (math_double(vm, kw->entries[i].val, j == 2 ? &rel : &abs_tol) < 0) {
                return py_err();
            }
        }
    }
    for (int j = 0; j < 2; j++)
        if (args[j].tag == V_UNDEF)
            return raise_type(vm, vm->e_type, "isclose() missing required argument '%s' (pos %d)", j ? "b" : "a", j + 1);
    double x, y;
    if (math_double(vm, args[0], &x) < 0 || math_double(vm, args[1], &y) < 0) return py_err();
    if (rel < 0 || abs_tol < 0) return raise_type(vm, vm->e_value, "tolerances must be non-negative");
    if (x == y) return py_bool(true);
    if (isinf(x) || isinf(y)) return py_bool(false);
    double diff = fabs(y - x);
    return py_bool((diff <= fabs(rel * y)) || (diff <= fabs(rel * x)) || diff <= abs_tol);
}

/* ---- integer functions, built from the interpreter's own int operators ---- */

/* An int argument as CPython's math functions take it (__index__ semantics). */
static int want_int(py_vm *vm, py_val v)
{
    if (is_intlike(v) || py_isinstance(vm, v, py_builtin(vm, "int"))) return 0;
    if (is_kind(v, K_INST) && type_lookup(v.u.o->type, str_intern_c(vm, "__index__")).tag != V_UNDEF) return 0;
    raise_type(vm, vm->e_type, "'%s' object cannot be interpreted as an integer", py_type_name(vm, v));
    return -1;
}

/* The argument as an int (an object with __index__ converted), or V_ERR. */
static py_val int_arg(py_vm *vm, py_val v)
{
    if (want_int(vm, v) < 0) return py_err();
    if (is_intlike(v) || py_isinstance(vm, v, py_builtin(vm, "int"))) return v;
    return vm_call_method(vm, v, str_intern_c(vm, "__index__"), NULL, 0);
}

static int is_negative(py_vm *vm, py_val v)
{
    py_val r = py_compare(vm, CMP_LT, v, py_int(0));
    if (py_is_err(r)) return -1;
    return r.tag == V_BOOL && r.u.i;
}

static py_val m_factorial(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "math.factorial() takes no keyword arguments");
    if (want_args_as(vm, "math.factorial", n, 1, 1, ARGS_METH) < 0) return py_err();
    if (a[0].tag == V_FLOAT) return raise_type(vm, vm->e_type, "'float' object cannot be interpreted as an integer");
    int64_t x;
    if (want_int(vm, a[0]) < 0 || int_index(vm, a[0], &x) < 0) return py_err();
    if (x < 0) return raise_type(vm, vm->e_value, "factorial() not defined for negative values");
    py_val acc = py_int(1);
    for (int64_t i = 2; i <= x; i++) {
        if ((i & 255) == 0 && vm_check_interrupt(vm) < 0) return py_err();
        py_tmp_push(vm, acc);
        acc = py_binop(vm, BINOP_MUL, acc, py_int(i), false);
        if (py_is_err(acc)) return acc;
    }
    return acc;
}

static int64_t gcd64(int64_t x, int64_t y)
{
    uint64_t a = x < 0 ? 0 - (uint64_t)x : (uint64_t)x, b = y < 0 ? 0 - (uint64_t)y : (uint64_t)y;
    while (b) { uint64_t t = a % b; a = b; b = t; }
    return (int64_t)a;
}

static py_val int_abs(py_vm *vm, py_val x)
{
    int neg = is_negative(vm, x);
    return neg < 0 ? py_err() : neg ? py_unary(vm, UNARY_NEG, x) : x;
}

/* gcd of two ints of any size: Euclid with the program's own % (a fast path for
 * 64-bit values). */
static py_val gcd2(py_vm *vm, py_val a, py_val b)
{
    if (is_intlike(a) && is_intlike(b) && a.u.i != INT64_MIN && b.u.i != INT64_MIN) return py_int(gcd64(a.u.i, b.u.i));
    a = int_abs(vm, a);
    if (py_is_err(a)) return a;
    py_tmp_push(vm, a);
    b = int_abs(vm, b);
    if (py_is_err(b)) return b;
    py_tmp_push(vm, b);
    for (;;) {
        py_val z = py_compare(vm, CMP_EQ, b, py_int(0));
        if (py_is_err(z)) return z;
        if (z.u.i) return a;
        py_val r = py_binop(vm, BINOP_MOD, a, b, false);
        if (py_is_err(r)) return r;
        py_tmp_push(vm, r);
        a = b;
        b = r;
    }
}

/* gcd(*ints) and lcm(*ints); both fold left as CPython's do. */
static py_val gcd_lcm(py_vm *vm, const char *name, bool lcm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "%s() takes no keyword arguments", name);
    py_val acc = py_int(lcm ? 1 : 0);
    for (int i = 0; i < n; i++) {
        py_val x = int_arg(vm, a[i]);
        if (py_is_err(x)) return x;
        py_tmp_push(vm, acc);
        py_val g = gcd2(vm, acc, x);
        if (py_is_err(g)) return g;
        if (!lcm) { acc = g; continue; }
        py_val zero = py_compare(vm, CMP_EQ, g, py_int(0));
        if (py_is_err(zero)) return zero;
        if (zero.u.i) { acc = py_int(0); continue; }
        py_val q = py_binop(vm, BINOP_FLOORDIV, acc, g, false);
        if (py_is_err(q)) return q;
        acc = py_binop(vm, BINOP_MUL, q, x, false);
        if (py_is_err(acc)) return acc;
        acc = int_abs(vm, acc);
        if (py_is_err(acc)) return acc;
    }
    return acc;
}

static py_val m_gcd(py_vm *vm, py_val *a, int n, py_dict *kw) { return gcd_lcm(vm, "gcd", false, a, n, kw); }
static py_val m_lcm(py_vm *vm, py_val *a, int n, py_dict *kw) { return gcd_lcm(vm, "lcm", true, a, n, kw); }

static py_val m_isqrt(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "math.isqrt() takes no keyword arguments");
    if (want_args_as(vm, "math.isqrt", n, 1, 1, ARGS_METH) < 0) return py_err();
    py_val x = int_arg(vm, a[0]);
    if (py_is_err(x)) return x;
    int neg = is_negative(vm, x);
    if (neg < 0) return py_err();
    if (neg) return raise_type(vm, vm->e_value, "isqrt() argument must be nonnegative");
    if (is_intlike(x)) {
        uint64_t r = (uint64_t)sqrtl((long double)x.u.i);
        while (r * r > (uint64_t)x.u.i) r--;
        while ((r + 1) * (r + 1) <= (uint64_t)x.u.i) r++;
        return py_int((int64_t)r);
    }
    /* Newton from above: y = (y + x // y) // 2 until it stops decreasing */
    py_tmp_push(vm, x);
    py_val bits = vm_call_method(vm, x, str_intern_c(vm, "bit_length"), NULL, 0);
    if (py_is_err(bits)) return bits;
    py_val y = py_binop(vm, BINOP_LSHIFT, py_int(1), py_int((bits.u.i + 1) / 2 + 1), false);
    for (;;) {
        if (py_is_err(y)) return y;
        py_tmp_push(vm, y);
        py_val q = py_binop(vm, BINOP_FLOORDIV, x, y, false);
        if (py_is_err(q)) return q;
        py_val s2 = py_binop(vm, BINOP_ADD, y, q, false);
        if (py_is_err(s2)) return s2;
        py_val z = py_binop(vm, BINOP_FLOORDIV, s2, py_int(2), false);
        if (py_is_err(z)) return z;
        py_val ge = py_compare(vm, CMP_GE, z, y);
        if (py_is_err(ge)) return ge;
        if (ge.u.i) return y;
        y = z;
    }
}

/* perm(n, k) = n! / (n-k)!, comb(n, k) = perm / k!, multiplied out term by term. */
static py_val perm_comb(py_vm *vm, const char *name, bool comb, py_val *a, int n, py_dict *kw)
{
    if (want_pos(vm, name, n, comb ? 2 : 1, 2, kw) < 0) return py_err();
    py_val nv = a[0], kv = n == 1 ? a[0] : a[1];
    if (want_int(vm, nv) < 0 || want_int(vm, kv) < 0) return py_err();
    int neg = is_negative(vm, nv);
    if (neg < 0) return py_err();
    if (neg) return raise_type(vm, vm->e_value, "n must be a non-negative integer");
    if ((neg = is_negative(vm, kv)) < 0) return py_err();
    if (neg) return raise_type(vm, vm->e_value, "k must be a non-negative integer");
    py_val gt = py_compare(vm, CMP_GT, kv, nv);
    if (py_is_err(gt)) return gt;
    if (gt.u.i) return py_int(0);
    if (comb) {  /* the smaller of k and n - k terms */
        py_val rest = py_binop(vm, BINOP_SUB, nv, kv, false);
        if (py_is_err(rest)) return rest;
        py_val lt = py_compare(vm, CMP_LT, rest, kv);
        if (py_is_err(lt)) return lt;
        if (lt.u.i) kv = rest;
    }
    int64_t k;
    if (!is_intlike(kv))
        return raise_type(vm, vm->e_overflow, "%s must not exceed %lld", comb ? "min(n - k, k)" : "k", (long long)INT64_MAX);
    k = kv.u.i;
    py_val acc = py_int(1);
    for (int64_t i = 0; i < k; i++) {
        if ((i & 255) == 0 && vm_check_interrupt(vm) < 0) return py_err();
        py_tmp_push(vm, acc);
        py_val term = py_binop(vm, BINOP_SUB, nv, py_int(i), false);
        if (py_is_err(term)) return term;
        acc = py_binop(vm, BINOP_MUL, acc, term, false);
        if (py_is_err(acc)) return acc;
        if (comb) acc = py_binop(vm, BINOP_FLOORDIV, acc, py_int(i + 1), false);
        if (py_is_err(acc)) return acc;
    }
    return acc;
}

static py_val m_perm(py_vm *vm, py_val *a, int n, py_dict *kw) { return perm_comb(vm, "perm", false, a, n, kw); }
static py_val m_comb(py_vm *vm, py_val *a, int n, py_dict *kw) { return perm_comb(vm, "comb", true, a, n, kw); }

/* prod(iterable, *, start=1): multiplies with the program's own '*'. */
static py_val m_prod(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (n != 1) return raise_type(vm, vm->e_type, "prod() takes exactly 1 positional argument (%d given)", n);
    py_val acc = py_int(1);
    if (kw) {
        for (int64_t i = 0; i < kw->nentries; i++) {
            py_val k = kw->entries[i].key;
            if (k.tag == V_UNDEF) continue;
            if (strcmp(AS_STR(k)->data, "start") != 0)
                return raise_type(vm, vm->e_type, "prod() got an unexpected keyword argument '%s'", AS_STR(k)->data);
            acc = kw->entries[i].val;
        }
    }
    py_val it = py_iter(vm, a[0]);
    if (py_is_err(it)) return it;
    py_tmp_push(vm, it);
    for (;;) {
        py_val x;
        int r = py_next(vm, it, &x);
        if (r < 0) return py_err();
        if (r == 0) return acc;
        py_tmp_push(vm, acc);
        acc = py_binop(vm, BINOP_MUL, acc, x, false);
        if (py_is_err(acc)) return acc;
    }
}

/* fsum: exact sum of floats with Shewchuk's partials (as CPython), then rounded once. */
static py_val m_fsum(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    if (kw && kw->count) return raise_type(vm, vm->e_type, "math.fsum() takes no keyword arguments");
    if (want_args_as(vm, "math.fsum", n, 1, 1, ARGS_METH) < 0) return py_err();
    py_val it = py_iter(vm, a[0]);
    if (py_is_err(it)) return it;
    py_tmp_push(vm, it);
    double p[64];
    int np = 0;
    double special = 0, inf_sum = 0;
    for (;;) {
        py_val v;
        int r = py_next(vm, it, &v);
        if (r < 0) return py_err();
        if (r == 0) break;
        double x;
        if (math_double(vm, v, &x) < 0) return py_err();
        if (!isfinite(x)) {
            if (isinf(x)) inf_sum += x;
            special += x;
            continue;
        }
        int i = 0;
        for (int j = 0; j < np; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) { double t = x; x = y; y = t; }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        if (!isfinite(x)) return raise_type(vm, vm->e_overflow, "intermediate overflow in fsum");
        np = i;
        if (np < 64) p[np++] = x;
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) return raise_type(vm, vm->e_value, "-inf + inf in fsum");
        return py_float(special);
    }
    double hi = 0;
    if (np > 0) {
        hi = p[--np];
        double lo = 0;
        while (np > 0) {
            double x = hi, y = p[--np];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (np > 0 && ((lo < 0.0 && p[np - 1] < 0.0) || (lo > 0.0 && p[np - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y, yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return py_float(hi);
}

static int math_init(py_vm *vm, py_val m)
{
    static const struct { const char *name; py_native_fn fn; } fns[] = {
        {"sqrt", m_sqrt}, {"exp", m_exp}, {"exp2", m_exp2}, {"expm1", m_expm1}, {"sin", m_sin},
        {"cos", m_cos}, {"tan", m_tan}, {"asin", m_asin}, {"acos", m_acos}, {"atan", m_atan},
        {"sinh", m_sinh}, {"cosh", m_cosh}, {"tanh", m_tanh}, {"asinh", m_asinh}, {"acosh", m_acosh},
        {"atanh", m_atanh}, {"fabs", m_fabs}, {"cbrt", m_cbrt}, {"erf", m_erf}, {"erfc", m_erfc},
        {"degrees", m_degrees}, {"radians", m_radians}, {"log", m_log}, {"log2", m_log2},
        {"log10", m_log10}, {"log1p", m_log1p}, {"pow", m_pow}, {"atan2", m_atan2}, {"fmod", m_fmod},
        {"copysign", m_copysign}, {"remainder", m_remainder}, {"ldexp", m_ldexp}, {"hypot", m_hypot}, {"dist", m_dist},
        {"floor", m_floor}, {"ceil", m_ceil}, {"trunc", m_trunc}, {"modf", m_modf}, {"frexp", m_frexp},
        {"isnan", m_isnan}, {"isinf", m_isinf}, {"isfinite", m_isfinite}, {"isclose", m_isclose},
        {"factorial", m_factorial}, {"gcd", m_gcd}, {"lcm", m_lcm}, {"isqrt", m_isqrt},
        {"perm", m_perm}, {"comb", m_comb}, {"prod", m_prod}, {"fsum", m_fsum},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) py_module_add_fn(vm, m, fns[i].name, fns[i].fn);
    py_module_set(vm, m, "pi", py_float(3.141592653589793));
    py_module_set(vm, m, "e", py_float(2.718281828459045));
    py_module_set(vm, m, "tau", py_float(6.283185307179586));
    py_module_set(vm, m, "inf", py_float(INFINITY));
    py_module_set(vm, m, "nan", py_float(NAN));
    return 0;
}

void mathmod_register(py_vm *vm)
{
    py_register_module(vm, "math", math_init);
}
