/* bigint_vm.c - the VM's side of arbitrary-precision ints: K_BIGINT objects, the
 * operators and builtins on them with CPython 3.11's exceptions and messages, the
 * memory cap (a result that would not fit is a MemoryError before any work) and
 * Ctrl-C (the long loops of the core stop on vm->interrupted). Every result that
 * fits in int64 comes back as a V_INT. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "py/ast.h"
#include "py/bigint.h"
#include "py/pyfmt_internal.h"

#define MAX_STR_DIGITS 4300

/* ---- values and views ---- */

size_t bigint_obj_size(const py_obj *o)
{
    return sizeof(py_bigint) + (size_t)((const py_bigint *)o)->n * sizeof(uint32_t);
}

/* A read-only bn over an int of any size; buf holds a small int's digits. Never
 * freed, never written. */
static bn view(py_val v, uint32_t buf[2])
{
    if (bigint_is(v)) {
        py_bigint *o = (py_bigint *)v.u.o;
        return (bn){o->d, o->n, 0, o->neg};
    }
    int64_t i = v.u.i;
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    buf[0] = (uint32_t)m;
    buf[1] = (uint32_t)(m >> 32);
    return (bn){buf, buf[1] ? 2 : buf[0] ? 1 : 0, 0, i < 0};
}

static py_val raise_digits(py_vm *vm)
{
    return raise_type(vm, vm->e_value, "Exceeds the limit (%d digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit", MAX_STR_DIGITS);
}

/* A result of `digits` 32-bit digits would pass a quarter of the memory cap: the
 * arithmetic's scratch copy (outside the collector's count) and the object together
 * then stay within half of it. */
static bool too_big(py_vm *vm, double digits)
{
    return digits * 4 > (double)(vm->mem_cap / 4);
}

/* After a core function gave up: KeyboardInterrupt (or the memory cap). */
static py_val raise_stopped(py_vm *vm)
{
    if (vm_check_interrupt(vm) == 0) exc_set_pending(vm, exc_make(vm, vm->e_kbint, NULL, 0));
    return py_err();
}

/* The value of r (consumed): a V_INT when it fits, else a new K_BIGINT. */
static py_val make(py_vm *vm, bn *r)
{
    int64_t i;
    if (bn_get_i64(r, &i)) { bn_free(r); return py_int(i); }
    size_t bytes = sizeof(py_bigint) + (size_t)r->n * sizeof(uint32_t);
    if (too_big(vm, (double)r->n)) { bn_free(r); return raise_mem_cap(vm); }
    py_bigint *o = py_alloc_obj(vm, bytes, K_BIGINT, vm->t_int);
    o->neg = r->neg;
    o->n = r->n;
    memcpy(o->d, r->d, (size_t)r->n * sizeof(uint32_t));
    bn_free(r);
    return py_obj_val(o);
}

py_val bigint_raise_index(py_vm *vm)
{
    return raise_type(vm, vm->e_index, "cannot fit 'int' into an index-sized integer");
}

py_val bigint_raise_ssize(py_vm *vm)
{
    return raise_type(vm, vm->e_overflow, "Python int too large to convert to C ssize_t");
}

/* ---- from text and floats ---- */

py_val bigint_literal(py_vm *vm, const char *text, size_t len)
{
    int base = 10;
    if (len > 2 && text[0] == '0') {
        char c = (char)(text[1] | 0x20);
        base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        if (base != 10) { text += 2; len -= 2; }
    }
    char *digits = xmalloc(len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) if (text[i] != '_') digits[n++] = text[i];
    bn r = {0};
    bn_parse(&r, digits, n, base);
    free(digits);
    return make(vm, &r);
}

/* The text as ASCII: Unicode decimal digits become '0'-'9', Unicode spaces go. */
static char *ascii_digits(const char *s, size_t len, size_t *n)
{
    char *a = xmalloc(len + 1);
    *n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        i += fmt_utf8_decode(s + i, len - i, &cp);
        int d = pyfmt_unicode_decimal(cp);
        if (d >= 0) a[(*n)++] = (char)('0' + d);
        else if (cp < 128 && !pyfmt_unicode_isspace(cp)) a[(*n)++] = (char)cp;
    }
    a[*n] = 0;
    return a;
}

py_val bigint_parse(py_vm *vm, const char *s, size_t len, int base)
{
    size_t n;
    char *a = ascii_digits(s, len, &n), *p = a;
    bool neg = false;
    if (*p == '+' || *p == '-') neg = *p++ == '-';
    char c = p[0] == '0' ? (char)(p[1] | 0x20) : 0;
    if (base == 0) base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
    if ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b')) p += 2;
    size_t k = 0;
    for (char *q = p; *q; q++) if (*q != '_') p[k++] = *q;
    bn r = {0};
    bn_parse(&r, p, k, base);
    r.neg = neg && r.n;
    free(a);
    return make(vm, &r);
}

py_val bigint_from_double(py_vm *vm, double f)
{
    if (isnan(f)) return raise_type(vm, vm->e_value, "cannot convert float NaN to integer");
    if (isinf(f)) return raise_type(vm, vm->e_overflow, "cannot convert float infinity to integer");
    bn r = {0};
    bn_from_double(&r, f);
    return make(vm, &r);
}

int bigint_to_double(py_vm *vm, py_val v, double *out)
{
    if (v.tag == V_FLOAT) { *out = v.u.f; return 0; }
    if (!bigint_is(v)) { *out = (double)v.u.i; return 0; }
    uint32_t buf[2];
    bn a = view(v, buf);
    if (bn_to_double(&a, out)) return 0;
    raise_type(vm, vm->e_overflow, "int too large to convert to float");
    return -1;
}

/* ---- arithmetic ---- */

static py_val big_pow(py_vm *vm, py_val a, py_val b)
{
    uint32_t ba[2], bb[2];
    bn x = view(a, ba), e = view(b, bb), r = {0};
    if (e.neg) return undef_val();  /* a float power: the caller's float path */
    if (x.n == 0 || (x.n == 1 && x.d[0] == 1)) {  /* 0, 1, -1: any exponent */
        bool odd = e.n && (e.d[0] & 1);
        if (x.n == 0) return py_int(e.n == 0 ? 1 : 0);
        return py_int(x.neg && odd ? -1 : 1);
    }
    if (e.n > 2 || (e.n == 2 && e.d[1] >> 31)) return raise_mem_cap(vm);
    uint64_t ev = e.n == 0 ? 0 : e.n == 1 ? e.d[0] : ((uint64_t)e.d[1] << 32) | e.d[0];
    int64_t bits = bn_bit_length(&x);
    if (too_big(vm, (double)(bits - 1) * (double)ev / 32.0)) return raise_mem_cap(vm);
    bool pow2 = true;  /* +-2**k: a shift, so 2**(10**9) costs nothing */
    for (int64_t i = 0; i < x.n - 1 && pow2; i++) pow2 = x.d[i] == 0;
    pow2 = pow2 && (x.d[x.n - 1] & (x.d[x.n - 1] - 1)) == 0;
    if (pow2) {
        bn one = {0};
        bn_set_i64(&one, 1);
        bn_shl(&r, &one, (uint64_t)(bits - 1) * ev);
        bn_free(&one);
        r.neg = x.neg && (ev & 1);
        return make(vm, &r);
    }
    if (!bn_pow(&r, &x, ev, &vm->interrupted)) { bn_free(&r); return raise_stopped(vm); }
    return make(vm, &r);
}

static py_val big_shift(py_vm *vm, int op, py_val a, py_val b)
{
    uint32_t ba[2], bb[2];
    bn x = view(a, ba), s = view(b, bb), r = {0};
    if (s.neg) return raise_type(vm, vm->e_value, "negative shift count");
    if (s.n > 2 || (s.n == 2 && s.d[1] >> 31)) {  /* a shift beyond 2**63 */
        if (op == BINOP_RSHIFT || x.n == 0) return py_int(op == BINOP_RSHIFT && x.neg ? -1 : 0);
        /* CPython's verdict: OverflowError once the result would pass its largest int
         * (2**61 - 7 digits of 30 bits), MemoryError below that */
        __extension__ typedef unsigned __int128 u128;
        if (s.n > 3) return raise_type(vm, vm->e_overflow, "too many digits in integer");
        u128 sv = ((u128)s.d[2] << 64) | ((u128)s.d[1] << 32) | s.d[0];
        u128 digits = sv / 30 + (sv % 30 != 0) + (u128)((bn_bit_length(&x) + 29) / 30);
        if (digits > ((u128)1 << 61) - 7) return raise_type(vm, vm->e_overflow, "too many digits in integer");
        return raise_mem_cap(vm);
    }
    uint64_t sv = s.n == 0 ? 0 : s.n == 1 ? s.d[0] : ((uint64_t)s.d[1] << 32) | s.d[0];
    if (op == BINOP_LSHIFT) {
        if (x.n && too_big(vm, (double)x.n + (double)sv / 32.0)) return raise_mem_cap(vm);
        bn_shl(&r, &x, sv);
    } else {
        bn_shr(&r, &x, sv);
    }
    return make(vm, &r);
}

static py_val big_div(py_vm *vm, int op, bn *x, bn *y)
{
    if (y->n == 0) {
        if (op == BINOP_TRUEDIV) return raise_type(vm, vm->e_zero, "division by zero");
        return raise_type(vm, vm->e_zero, op == BINOP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
    }
    if (op == BINOP_TRUEDIV) {
        double d;
        int rc = bn_truediv(x, y, &d, &vm->interrupted);
        if (rc == -2) return raise_stopped(vm);
        if (rc < 0) return raise_type(vm, vm->e_overflow, "integer division result too large for a float");
        return py_float(d);
    }
    bn r = {0};
    bool ok = op == BINOP_MOD ? bn_divmod(NULL, &r, x, y, &vm->interrupted) : bn_divmod(&r, NULL, x, y, &vm->interrupted);
    if (!ok) { bn_free(&r); return raise_stopped(vm); }
    return make(vm, &r);
}

py_val bigint_binop(py_vm *vm, int op, py_val a, py_val b)
{
    if (!int_is(a) || !int_is(b)) return undef_val();
    if (op == BINOP_POW) return big_pow(vm, a, b);
    if (op == BINOP_LSHIFT || op == BINOP_RSHIFT) return big_shift(vm, op, a, b);
    uint32_t ba[2], bb[2];
    bn x = view(a, ba), y = view(b, bb), r = {0};
    switch (op) {
    case BINOP_ADD: bn_add(&r, &x, &y); break;
    case BINOP_SUB: bn_sub(&r, &x, &y); break;
    case BINOP_MUL:
        if (too_big(vm, (double)x.n + (double)y.n)) return raise_mem_cap(vm);
        if (!bn_mul(&r, &x, &y, &vm->interrupted)) { bn_free(&r); return raise_stopped(vm); }
        break;
    case BINOP_TRUEDIV: case BINOP_FLOORDIV: case BINOP_MOD: return big_div(vm, op, &x, &y);
    case BINOP_AND: bn_bitop(&r, &x, &y, '&'); break;
    case BINOP_OR: bn_bitop(&r, &x, &y, '|'); break;
    case BINOP_XOR: bn_bitop(&r, &x, &y, '^'); break;
    default: return undef_val();
    }
    return make(vm, &r);
}

py_val bigint_unary(py_vm *vm, int op, py_val a)
{
    uint32_t buf[2];
    bn x = view(a, buf), r = {0};
    if (op == UNARY_POS) return bigint_is(a) ? a : py_int(a.u.i);
    if (op == UNARY_INVERT) bn_invert(&r, &x);
    else { bn zero = {0}; bn_sub(&r, &zero, &x); }
    return make(vm, &r);
}

py_val bigint_abs(py_vm *vm, py_val v)
{
    uint32_t buf[2];
    bn x = view(v, buf), r = {0};
    bn zero = {0};
    bn_add(&r, &zero, &x);
    r.neg = false;
    return make(vm, &r);
}

py_val bigint_divmod(py_vm *vm, py_val a, py_val b)
{
    uint32_t ba[2], bb[2];
    bn x = view(a, ba), y = view(b, bb), q = {0}, m = {0};
    if (y.n == 0) return raise_type(vm, vm->e_zero, "integer division or modulo by zero");
    if (!bn_divmod(&q, &m, &x, &y, &vm->interrupted)) { bn_free(&q); bn_free(&m); return raise_stopped(vm); }
    py_val items[2];
    items[0] = make(vm, &q);
    if (py_is_err(items[0])) { bn_free(&m); return items[0]; }
    items[1] = make(vm, &m);
    if (py_is_err(items[1])) return items[1];
    return py_tuple_new(vm, 2, items);
}

/* The modular inverse of x mod m (m > 0) by extended Euclid; false if none. */
static bool mod_inverse(bn *out, const bn *x, const bn *m, bn_stop stop)
{
    bn r0 = {0}, r1 = {0}, s0 = {0}, s1 = {0}, q = {0}, t = {0}, u = {0};
    bn_divmod(NULL, &r0, x, m, stop);
    bn zero = {0};
    bn_add(&r1, m, &zero);
    bn_set_i64(&s0, 1);
    bool ok = true;
    while (r1.n && ok) {
        bn rem = {0};
        ok = bn_divmod(&q, &rem, &r0, &r1, stop);
        bn_free(&r0); r0 = r1; r1 = rem;
        bn_mul(&t, &q, &s1, NULL);
        bn_sub(&u, &s0, &t);
        bn_free(&s0); s0 = s1; s1 = u; u = (bn){0};
    }
    bool inv = ok && ((r0.n == 1 && r0.d[0] == 1) || (m->n == 1 && m->d[0] == 1));
    if (inv) bn_divmod(NULL, out, &s0, m, stop);
    bn_free(&r0); bn_free(&r1); bn_free(&s0); bn_free(&s1); bn_free(&q); bn_free(&t);
    return inv;
}

py_val bigint_powmod(py_vm *vm, py_val b, py_val e, py_val m)
{
    uint32_t bb[2], be[2], bm[2];
    bn x = view(b, bb), ex = view(e, be), mod = view(m, bm), am = mod, base = {0}, r = {0}, t = {0};
    am.neg = false;
    if (ex.neg) {
        if (!mod_inverse(&base, &x, &am, &vm->interrupted)) {
            bn_free(&base);
            return raise_type(vm, vm->e_value, "base is not invertible for the given modulus");
        }
        ex.neg = false;
    } else {
        bn_divmod(NULL, &base, &x, &am, NULL);
    }
    bn_set_i64(&r, 1);
    bool ok = true;
    int64_t nbits = bn_bit_length(&ex);
    for (int64_t i = nbits - 1; i >= 0 && ok; i--) {  /* left to right square and multiply */
        ok = bn_mul(&t, &r, &r, &vm->interrupted) && bn_divmod(NULL, &r, &t, &am, &vm->interrupted);
        if (ok && (ex.d[i / 32] >> (i % 32) & 1))
            ok = bn_mul(&t, &r, &base, &vm->interrupted) && bn_divmod(NULL, &r, &t, &am, &vm->interrupted);
    }
    bn_free(&t);
    bn_free(&base);
    if (ok) {  /* Python's sign rule: the result has the sign of the modulus */
        bn final = {0};
        ok = bn_divmod(NULL, &final, &r, &mod, NULL);
        bn_free(&r);
        r = final;
    }
    if (!ok) { bn_free(&r); return raise_stopped(vm); }
    return make(vm, &r);
}

/* round(x, ndigits) for an int: x itself for ndigits >= 0, else the nearest multiple
 * of 10**-ndigits, ties to the even multiple. */
py_val bigint_round(py_vm *vm, py_val x, py_val nd)
{
    uint32_t bx[2], bd[2];
    bn v = view(x, bx), d = view(nd, bd);
    if (!d.neg || d.n == 0) return bigint_is(x) ? x : py_int(x.u.i);
    int64_t digits = bn_bit_length(&v) * 30103 / 100000 + 2;
    if (d.n > 2 || bn_bit_length(&d) > 62 || (int64_t)(((uint64_t)(d.n > 1 ? d.d[1] : 0) << 32) | d.d[0]) > digits)
        return py_int(0);  /* 10**-ndigits is beyond twice |x|: rounds to 0 */
    int64_t k = (int64_t)(((uint64_t)(d.n > 1 ? d.d[1] : 0) << 32) | d.d[0]);
    bn ten = {0}, p = {0}, q = {0}, m = {0}, twice = {0}, t = {0};
    bn_set_i64(&ten, 10);
    bool ok = bn_pow(&p, &ten, (uint64_t)k, &vm->interrupted) && bn_divmod(&q, &m, &v, &p, &vm->interrupted);
    if (ok) {
        bn_add(&twice, &m, &m);
        int c = bn_cmp(&twice, &p);
        if (c > 0 || (c == 0 && q.n && (q.d[0] & 1))) {
            bn one = {0};
            bn_set_i64(&one, 1);
            bn_add(&t, &q, &one);
            bn_free(&q); q = t; t = (bn){0};
            bn_free(&one);
        }
        ok = bn_mul(&t, &q, &p, &vm->interrupted);
    }
    bn_free(&ten); bn_free(&p); bn_free(&q); bn_free(&m); bn_free(&twice);
    if (!ok) { bn_free(&t); return raise_stopped(vm); }
    return make(vm, &t);
}

/* ---- comparisons and hashes ---- */

int bigint_num_cmp(py_val a, py_val b)
{
    if (a.tag == V_FLOAT && b.tag != V_FLOAT) {
        int c = bigint_num_cmp(b, a);
        return c == 2 ? 2 : -c;
    }
    uint32_t ba[2], bb[2];
    bn x = view(a, ba);
    if (b.tag != V_FLOAT) {
        bn y = view(b, bb);
        return bn_cmp(&x, &y);
    }
    double f = b.u.f;
    if (isnan(f)) return 2;
    if (isinf(f)) return f > 0 ? -1 : 1;
    bn y = {0};
    bn_from_double(&y, f);
    int c = bn_cmp(&x, &y);
    bn_free(&y);
    if (c) return c;
    double frac = f - trunc(f);
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

uint64_t bigint_hash(py_val v)
{
    uint32_t buf[2];
    bn x = view(v, buf);
    return bn_hash(&x);
}

/* ---- text ---- */

/* The magnitude's digits in base (2, 8, 10, 16); -1 after an exception (the 4300
 * digit limit of base 10, Ctrl-C). */
static int digits_into(py_vm *vm, sbuf *out, py_val v, int base)
{
    uint32_t buf[2];
    bn x = view(v, buf);
    x.neg = false;
    if (base == 10 && (double)(bn_bit_length(&x) - 1) * 0.30102999566398 >= MAX_STR_DIGITS) {
        raise_digits(vm);  /* surely too long: say so before any work */
        return -1;
    }
    if (base != 10 && STR_TOO_BIG(vm, bn_bit_length(&x) / (base == 2 ? 1 : base == 8 ? 3 : 4))) {
        raise_mem_cap(vm);
        return -1;
    }
    size_t start = out->len;
    if (!bn_to_base(out, &x, base, &vm->interrupted)) { raise_stopped(vm); return -1; }
    if (base == 10 && out->len - start > MAX_STR_DIGITS) {
        out->len = start;
        raise_digits(vm);
        return -1;
    }
    return 0;
}

int bigint_str_into(py_vm *vm, sbuf *b, py_val v)
{
    sbuf t = {0};
    if (digits_into(vm, &t, v, 10) < 0) { sbuf_free(&t); return -1; }
    if (view(v, (uint32_t[2]){0}).neg) sbuf_addc(b, '-');
    sbuf_add(b, t.data, t.len);
    sbuf_free(&t);
    return 0;
}

py_val bigint_to_base(py_vm *vm, py_val v, int base)
{
    sbuf b = {0};
    uint32_t buf[2];
    if (view(v, buf).neg) sbuf_addc(&b, '-');
    sbuf_adds(&b, base == 16 ? "0x" : base == 8 ? "0o" : "0b");
    if (digits_into(vm, &b, v, base) < 0) { sbuf_free(&b); return py_err(); }
    return str_from_sbuf(vm, &b);
}

typedef struct fmt_ctx { py_vm *vm; py_val v; } fmt_ctx;

static int bigint_fmt_digits(void *ctx, int base, sbuf *out)
{
    fmt_ctx *c = ctx;
    return digits_into(c->vm, out, c->v, base);
}

py_val bigint_format(py_vm *vm, py_val v, const char *spec, size_t len)
{
    uint32_t buf[2];
    bn x = view(v, buf);
    fmt_ctx ctx = {vm, v};
    pyfmt_bigint pb = {.neg = x.neg, .digits = bigint_fmt_digits, .ctx = &ctx};
    pb.has_value = bn_to_double(&x, &pb.value);
    sbuf b = {0};
    char err[200];
    int r = pyfmt_format_bigint(&b, &pb, spec, len, err, sizeof err);
    if (r == PYFMT_PENDING) { sbuf_free(&b); return py_err(); }
    if (r < 0) { sbuf_free(&b); return raise_pyfmt(vm, r, err); }
    return str_from_sbuf(vm, &b);
}

int bigint_percent(py_vm *vm, sbuf *b, py_val v, const char *flags, int width, int prec, char conv, char *err,
                   size_t errlen)
{
    if (conv && strchr("eEfFgG", conv)) {
        double d;
        if (bigint_to_double(vm, v, &d) < 0) return PYFMT_PENDING;
        return pyfmt_percent_float(b, d, flags, width, prec, conv, err, errlen);
    }
    if (conv == 'c') return fmt_error(err, errlen, PYFMT_OVERFLOW, "%%c arg not in range(0x110000)");
    if (!conv || !strchr("diuoxX", conv)) return pyfmt_percent_int(b, 0, flags, width, prec, conv, err, errlen);
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    sbuf t = {0};
    uint32_t buf[2];
    if (view(v, buf).neg) sbuf_addc(&t, '-');
    if (base != 10) sbuf_adds(&t, base == 8 ? "0o" : "0x");
    if (digits_into(vm, &t, v, base) < 0) { sbuf_free(&t); return PYFMT_PENDING; }
    int r = pyfmt_percent_text(b, t.data, t.len, flags, width, prec, conv, err, errlen);
    sbuf_free(&t);
    return r;
}

/* ---- int methods ---- */

int64_t bigint_bit_length(py_val v)
{
    uint32_t buf[2];
    bn x = view(v, buf);
    return bn_bit_length(&x);
}

int64_t bigint_bit_count(py_val v)
{
    uint32_t buf[2];
    bn x = view(v, buf);
    int64_t c = 0;
    for (int64_t i = 0; i < x.n; i++) c += __builtin_popcount(x.d[i]);
    return c;
}

py_val bigint_to_bytes(py_vm *vm, py_val v, int64_t n, bool little, bool is_signed)
{
    uint32_t buf[2];
    bn x = view(v, buf);
    if (x.neg && !is_signed) return raise_type(vm, vm->e_overflow, "can't convert negative int to unsigned");
    /* bits needed: unsigned bit length, or for signed the two's complement width */
    int64_t need = bn_bit_length(&x);
    if (is_signed) {
        bool pow2 = x.neg && x.n;  /* -2**k fits in k+1 bits */
        for (int64_t i = 0; pow2 && i < x.n - 1; i++) pow2 = x.d[i] == 0;
        pow2 = pow2 && (x.d[x.n - 1] & (x.d[x.n - 1] - 1)) == 0;
        need += pow2 ? 0 : 1;
        if (x.n == 0) need = 0;
    }
    if (need > 8 * n) return raise_type(vm, vm->e_overflow, "int too big to convert");
    if ((size_t)n > vm->mem_cap / 2) return raise_mem_cap(vm);
    unsigned char *out = xmalloc((size_t)n + 1);
    uint64_t carry = 1;  /* two's complement of negatives: invert and add one */
    for (int64_t i = 0; i < n; i++) {
        unsigned byte = i / 4 < x.n ? (x.d[i / 4] >> (8 * (i % 4))) & 0xFF : 0;
        if (x.neg) { carry += (~byte) & 0xFF; byte = carry & 0xFF; carry >>= 8; }
        out[little ? i : n - 1 - i] = (unsigned char)byte;
    }
    py_str *r = bytes_new(vm, (const char *)out, (size_t)n);
    free(out);
    return py_obj_val(r);
}

py_val bigint_from_bytes(py_vm *vm, const unsigned char *p, int64_t n, bool little, bool is_signed)
{
    bn r = {0};
    int64_t nd = n / 4 + 1;
    r.d = xmalloc((size_t)nd * sizeof *r.d);
    r.n = r.cap = nd;
    memset(r.d, 0, (size_t)nd * sizeof *r.d);
    for (int64_t i = 0; i < n; i++) {
        unsigned byte = p[little ? i : n - 1 - i];
        r.d[i / 4] |= (uint32_t)byte << (8 * (i % 4));
    }
    bool neg = is_signed && n && (p[little ? n - 1 : 0] & 0x80);
    if (neg) {  /* value - 2**(8n): the magnitude is the two's complement */
        uint64_t carry = 1;
        for (int64_t i = 0; i < nd; i++) {
            uint32_t mask = i * 4 + 4 <= n ? 0xFFFFFFFFu : (uint32_t)(((uint64_t)1 << (8 * (n - i * 4 > 0 ? n - i * 4 : 0))) - 1);
            carry += (~r.d[i]) & mask;
            r.d[i] = (uint32_t)carry & mask;
            carry >>= 32;
        }
    }
    while (r.n > 0 && r.d[r.n - 1] == 0) r.n--;
    r.neg = neg && r.n;
    return make(vm, &r);
}
