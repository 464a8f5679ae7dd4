/* bigint.c - the pure core of arbitrary-precision ints: sign and magnitude in 32-bit
 * digits with 64-bit intermediates; schoolbook multiplication (Karatsuba above a
 * threshold), Knuth's algorithm D for division, Python's floor division and two's
 * complement bit operations, correctly rounded conversions to double, CPython's
 * hashes. The VM side (objects, exceptions) is in bigint_vm.c. */
#include "py/bigint.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define KARATSUBA_MIN 48   /* digits: below this schoolbook is faster */

static bool stopped(bn_stop stop) { return stop && *stop; }

void bn_free(bn *a)
{
    free(a->d);
    a->d = NULL;
    a->n = a->cap = 0;
    a->neg = false;
}

/* Room for n digits; the contents are kept. */
static void bn_reserve(bn *a, int64_t n)
{
    if (n <= a->cap) return;
    a->d = xrealloc(a->d, (size_t)n * sizeof *a->d);
    a->cap = n;
}

static void bn_trim(bn *a)
{
    while (a->n > 0 && a->d[a->n - 1] == 0) a->n--;
    if (a->n == 0) a->neg = false;
}

/* r = the digits d[0..n) with sign neg. */
static void bn_set_digits(bn *r, const uint32_t *d, int64_t n, bool neg)
{
    bn_reserve(r, n);
    if (n) memcpy(r->d, d, (size_t)n * sizeof *d);
    r->n = n;
    r->neg = neg;
    bn_trim(r);
}

void bn_set_i64(bn *r, int64_t v)
{
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    bn_set_digits(r, d, 2, v < 0);
}

bool bn_get_i64(const bn *a, int64_t *out)
{
    if (a->n > 2) return false;
    uint64_t m = a->n == 0 ? 0 : a->n == 1 ? a->d[0] : ((uint64_t)a->d[1] << 32) | a->d[0];
    if (a->neg ? m > (uint64_t)INT64_MAX + 1 : m > (uint64_t)INT64_MAX) return false;
    *out = a->neg ? (int64_t)(0 - m) : (int64_t)m;
    return true;
}

static int mag_cmp(const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    for (int64_t i = na - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

int bn_cmp(const bn *a, const bn *b)
{
    if (a->neg != b->neg) return a->neg ? -1 : 1;
    int c = mag_cmp(a->d, a->n, b->d, b->n);
    return a->neg ? -c : c;
}

int64_t bn_bit_length(const bn *a)
{
    if (a->n == 0) return 0;
    return (a->n - 1) * 32 + (32 - __builtin_clz(a->d[a->n - 1]));
}

/* ---- magnitudes ---- */

/* r[0..na] = a + b, na >= nb; returns the length written (na + 1). */
static int64_t mag_add(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb)
{
    uint64_t carry = 0;
    for (int64_t i = 0; i < na; i++) {
        carry += (uint64_t)a[i] + (i < nb ? b[i] : 0);
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[na] = (uint32_t)carry;
    return na + 1;
}

/* r[0..na) = a - b, a >= b. r may alias a. */
static void mag_sub(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb)
{
    int64_t borrow = 0;
    for (int64_t i = 0; i < na; i++) {
        int64_t t = (int64_t)a[i] - (i < nb ? b[i] : 0) - borrow;
        borrow = t < 0;
        r[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
}

/* |r| = |a| + |b| or |a| - |b| with the sign that follows; the shared body of add/sub. */
static void signed_add(bn *r, const bn *a, const bn *b, bool bneg)
{
    if (a->neg == bneg) {
        const bn *x = a->n >= b->n ? a : b, *y = a->n >= b->n ? b : a;
        bn_reserve(r, x->n + 1);
        r->n = mag_add(r->d, x->d, x->n, y->d, y->n);
        r->neg = a->neg;
    } else {
        int c = mag_cmp(a->d, a->n, b->d, b->n);
        const bn *x = c >= 0 ? a : b, *y = c >= 0 ? b : a;
        bn_reserve(r, x->n);
        mag_sub(r->d, x->d, x->n, y->d, y->n);
        r->n = x->n;
        r->neg = c >= 0 ? a->neg : bneg;
    }
    bn_trim(r);
}

void bn_add(bn *r, const bn *a, const bn *b) { signed_add(r, a, b, b->neg); }
void bn_sub(bn *r, const bn *a, const bn *b) { signed_add(r, a, b, b->n ? !b->neg : false); }

/* r[0..na+nb) = a * b (schoolbook); r must not overlap a or b. */
static bool mag_mul_school(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb, bn_stop stop)
{
    memset(r, 0, (size_t)(na + nb) * sizeof *r);
    for (int64_t i = 0; i < na; i++) {
        if ((i & 63) == 63 && stopped(stop)) return false;
        uint64_t carry = 0, x = a[i];
        if (!x) continue;
        for (int64_t j = 0; j < nb; j++) {
            carry += x * b[j] + r[i + j];
            r[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + nb] = (uint32_t)carry;
    }
    return true;
}

/* r[0..) += a[0..na) (r long enough for the carry to die out). */
static void mag_add_into(uint32_t *r, const uint32_t *a, int64_t na)
{
    uint64_t carry = 0;
    int64_t i = 0;
    for (; i < na; i++) {
        carry += (uint64_t)r[i] + a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

static int64_t mag_len(const uint32_t *a, int64_t n)
{
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}

/* Karatsuba on equal-ish halves: a = a1*B + a0, b = b1*B + b0,
 * a*b = z2*B^2 + ((a0+a1)(b0+b1) - z2 - z0)*B + z0. r has na+nb digits, zeroed here. */
static bool mag_mul(uint32_t *r, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb, bn_stop stop)
{
    if (na < nb) { const uint32_t *t = a; a = b; b = t; int64_t tn = na; na = nb; nb = tn; }
    if (nb < KARATSUBA_MIN) return mag_mul_school(r, a, na, b, nb, stop);
    if (stopped(stop)) return false;
    if (2 * nb <= na) {  /* lopsided: cut a into nb-sized slices */
        memset(r, 0, (size_t)(na + nb) * sizeof *r);
        uint32_t *t = xmalloc((size_t)(2 * nb) * sizeof *t);
        bool ok = true;
        for (int64_t i = 0; i < na && ok; i += nb) {
            int64_t k = na - i < nb ? na - i : nb;
            ok = mag_mul(t, a + i, k, b, nb, stop);
            if (ok) mag_add_into(r + i, t, mag_len(t, k + nb));
        }
        free(t);
        return ok;
    }
    int64_t h = nb / 2;
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    int64_t na0 = mag_len(a0, h), nb0 = mag_len(b0, h), na1 = na - h, nb1 = nb - h;
    uint32_t *sa = xmalloc((size_t)(na1 + 1) * sizeof *sa), *sb = xmalloc((size_t)(nb1 + 1) * sizeof *sb);
    int64_t nsa = mag_add(sa, a1, na1, a0, na0), nsb = mag_add(sb, b1, nb1, b0, nb0);
    uint32_t *z1 = xmalloc((size_t)(nsa + nsb) * sizeof *z1);
    memset(r, 0, (size_t)(na + nb) * sizeof *r);
    bool ok = mag_mul(r, a0, na0, b0, nb0, stop) && mag_mul(r + 2 * h, a1, na1, b1, nb1, stop) &&
              mag_mul(z1, sa, nsa, sb, nsb, stop);
    if (ok) {
        int64_t nz1 = mag_len(z1, nsa + nsb);
        int64_t nz0 = mag_len(r, na0 + nb0), nz2 = mag_len(r + 2 * h, na1 + nb1);
        mag_sub(z1, z1, nz1, r, nz0);
        mag_sub(z1, z1, nz1, r + 2 * h, nz2);
        mag_add_into(r + h, z1, mag_len(z1, nz1));
    }
    free(sa);
    free(sb);
    free(z1);
    return ok;
}

bool bn_mul(bn *r, const bn *a, const bn *b, bn_stop stop)
{
    if (a->n == 0 || b->n == 0) { r->n = 0; r->neg = false; return true; }
    bn_reserve(r, a->n + b->n);
    if (!mag_mul(r->d, a->d, a->n, b->d, b->n, stop)) return false;
    r->n = a->n + b->n;
    r->neg = a->neg != b->neg;
    bn_trim(r);
    return true;
}

/* q[0..n) = a / d, returns a % d. q may alias a. */
static uint32_t mag_divrem_small(uint32_t *q, const uint32_t *a, int64_t n, uint32_t d)
{
    uint64_t rem = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

/* Knuth's algorithm D (TAOCP 4.3.1): q[0..na-nb] = a / b, rem[0..nb) = a % b, for
 * na >= nb >= 2 and b[nb-1] != 0. */
static bool mag_divmod(uint32_t *q, uint32_t *rem, const uint32_t *a, int64_t na, const uint32_t *b, int64_t nb,
                       bn_stop stop)
{
    int s = __builtin_clz(b[nb - 1]);
    uint32_t *v = xmalloc((size_t)nb * sizeof *v), *u = xmalloc((size_t)(na + 1) * sizeof *u);
    for (int64_t i = nb - 1; i > 0; i--) v[i] = (b[i] << s) | (s ? (uint32_t)((uint64_t)b[i - 1] >> (32 - s)) : 0);
    v[0] = b[0] << s;
    u[na] = s ? (uint32_t)((uint64_t)a[na - 1] >> (32 - s)) : 0;
    for (int64_t i = na - 1; i > 0; i--) u[i] = (a[i] << s) | (s ? (uint32_t)((uint64_t)a[i - 1] >> (32 - s)) : 0);
    u[0] = a[0] << s;
    bool ok = true;
    for (int64_t j = na - nb; j >= 0; j--) {
        if ((j & 255) == 255 && stopped(stop)) { ok = false; break; }
        uint64_t num = ((uint64_t)u[j + nb] << 32) | u[j + nb - 1];
        uint64_t qhat = num / v[nb - 1], rhat = num % v[nb - 1];
        while (qhat >> 32 || qhat * v[nb - 2] > ((rhat << 32) | u[j + nb - 2])) {
            qhat--;
            rhat += v[nb - 1];
            if (rhat >> 32) break;
        }
        int64_t k = 0, t;
        for (int64_t i = 0; i < nb; i++) {  /* u[j..j+nb] -= qhat * v */
            uint64_t p = qhat * v[i];
            t = (int64_t)u[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            u[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)u[j + nb] - k;
        u[j + nb] = (uint32_t)t;
        if (t < 0) {  /* qhat was one too big: add v back */
            qhat--;
            uint64_t c = 0;
            for (int64_t i = 0; i < nb; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (uint32_t)c;
                c >>= 32;
            }
            u[j + nb] += (uint32_t)c;
        }
        q[j] = (uint32_t)qhat;
    }
    if (ok && rem) {
        for (int64_t i = 0; i < nb - 1; i++) rem[i] = (u[i] >> s) | (s ? (uint32_t)((uint64_t)u[i + 1] << (32 - s)) : 0);
        rem[nb - 1] = u[nb - 1] >> s;
    }
    free(u);
    free(v);
    return ok;
}

/* Truncating division of magnitudes: q = |a| / |b|, m = |a| % |b| (both non-negative). */
static bool mag_divmod_bn(bn *q, bn *m, const bn *a, const bn *b, bn_stop stop)
{
    if (mag_cmp(a->d, a->n, b->d, b->n) < 0) {
        q->n = 0;
        bn_set_digits(m, a->d, a->n, false);
        return true;
    }
    bn_reserve(q, a->n - b->n + 1);
    if (b->n == 1) {
        uint32_t rem = mag_divrem_small(q->d, a->d, a->n, b->d[0]);
        q->n = a->n;
        bn_set_digits(m, &rem, 1, false);
    } else {
        bn_reserve(m, b->n);
        if (!mag_divmod(q->d, m->d, a->d, a->n, b->d, b->n, stop)) return false;
        q->n = a->n - b->n + 1;
        m->n = b->n;
    }
    q->neg = m->neg = false;
    bn_trim(q);
    bn_trim(m);
    return true;
}

bool bn_divmod(bn *q, bn *m, const bn *a, const bn *b, bn_stop stop)
{
    bn tq = {0}, tm = {0};
    if (!mag_divmod_bn(&tq, &tm, a, b, stop)) { bn_free(&tq); bn_free(&tm); return false; }
    if (a->neg != b->neg) {
        if (tm.n) {  /* floor: one more away from zero, and the remainder from the other end */
            bn one = {0}, t = {0}, babs = {b->d, b->n, b->n, false};
            bn_set_i64(&one, 1);
            bn_add(&t, &tq, &one);
            bn_free(&tq);
            tq = t;
            t = (bn){0};
            bn_sub(&t, &babs, &tm);
            bn_free(&tm);
            tm = t;
            bn_free(&one);
        }
        tq.neg = tq.n != 0;
    }
    tm.neg = tm.n != 0 && b->neg;
    if (q) { bn_free(q); *q = tq; } else bn_free(&tq);
    if (m) { bn_free(m); *m = tm; } else bn_free(&tm);
    return true;
}

bool bn_pow(bn *r, const bn *a, uint64_t e, bn_stop stop)
{
    bn base = {0}, acc = {0}, t = {0};
    bn_set_digits(&base, a->d, a->n, a->neg);
    bn_set_i64(&acc, 1);
    bool ok = true;
    while (ok) {
        if (e & 1) {
            ok = bn_mul(&t, &acc, &base, stop);
            bn tmp = acc; acc = t; t = tmp;
        }
        e >>= 1;
        if (!e || !ok) break;
        ok = bn_mul(&t, &base, &base, stop);
        bn tmp = base; base = t; t = tmp;
    }
    bn_free(&base);
    bn_free(&t);
    if (ok) { bn_free(r); *r = acc; } else bn_free(&acc);
    return ok;
}

void bn_shl(bn *r, const bn *a, uint64_t s)
{
    if (a->n == 0) { r->n = 0; r->neg = false; return; }
    int64_t words = (int64_t)(s / 32);
    int bits = (int)(s % 32);
    bn_reserve(r, a->n + words + 1);
    memset(r->d, 0, (size_t)words * sizeof *r->d);
    uint32_t carry = 0;
    for (int64_t i = 0; i < a->n; i++) {
        r->d[i + words] = (a->d[i] << bits) | carry;
        carry = bits ? (uint32_t)((uint64_t)a->d[i] >> (32 - bits)) : 0;
    }
    r->d[a->n + words] = carry;
    r->n = a->n + words + 1;
    r->neg = a->neg;
    bn_trim(r);
}

/* |r| = |a| >> s; returns whether any 1 bit was shifted out. */
static bool mag_shr(bn *r, const bn *a, uint64_t s)
{
    int64_t words = (int64_t)(s / 32);
    int bits = (int)(s % 32);
    if (words >= a->n) { r->n = 0; r->neg = false; return a->n != 0; }
    bool lost = false;
    for (int64_t i = 0; i < words; i++) lost |= a->d[i] != 0;
    lost |= bits && (a->d[words] & ((1u << bits) - 1));
    int64_t n = a->n - words;
    bn_reserve(r, n);
    for (int64_t i = 0; i < n; i++) {
        uint64_t hi = i + words + 1 < a->n ? a->d[i + words + 1] : 0;
        r->d[i] = (uint32_t)((((hi << 32) | a->d[i + words])) >> bits);
    }
    r->n = n;
    r->neg = false;
    bn_trim(r);
    return lost;
}

void bn_shr(bn *r, const bn *a, uint64_t s)
{
    bool lost = mag_shr(r, a, s);
    if (a->neg) {  /* floor: -(|a| >> s) - (bits lost ? 1 : 0) */
        if (lost) {
            bn one = {0}, t = {0};
            bn_set_i64(&one, 1);
            bn_add(&t, r, &one);
            bn_set_digits(r, t.d, t.n, false);
            bn_free(&one);
            bn_free(&t);
        }
        r->neg = r->n != 0;
    }
}

/* The two's complement of a in n digits (n > a->n): digits of a, or of 2**(32n) - |a|. */
static void twos(uint32_t *out, const bn *a, int64_t n)
{
    for (int64_t i = 0; i < n; i++) out[i] = i < a->n ? a->d[i] : 0;
    if (!a->neg) return;
    uint64_t carry = 1;
    for (int64_t i = 0; i < n; i++) {
        carry += (uint32_t)~out[i];
        out[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

void bn_bitop(bn *r, const bn *a, const bn *b, char op)
{
    int64_t n = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *x = xmalloc((size_t)n * sizeof *x), *y = xmalloc((size_t)n * sizeof *y);
    twos(x, a, n);
    twos(y, b, n);
    for (int64_t i = 0; i < n; i++) x[i] = op == '&' ? x[i] & y[i] : op == '|' ? x[i] | y[i] : x[i] ^ y[i];
    bool neg = x[n - 1] >> 31;
    twos(y, &(bn){x, n, n, neg}, n);  /* back to a magnitude (the complement is its own inverse) */
    bn_set_digits(r, y, n, neg);
    free(x);
    free(y);
}

void bn_invert(bn *r, const bn *a)
{
    bn one = {0};
    bn_set_i64(&one, 1);
    bn_add(r, a, &one);
    r->neg = r->n ? !r->neg : false;
    bn_free(&one);
}

/* ---- text ---- */

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    return (c | 0x20) - 'a' + 10;
}

/* r = r * mul + add, in place. */
static void mag_muladd_small(bn *r, uint32_t mul, uint32_t add)
{
    uint64_t carry = add;
    for (int64_t i = 0; i < r->n; i++) {
        carry += (uint64_t)r->d[i] * mul;
        r->d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    if (carry) {
        bn_reserve(r, r->n + 1);
        r->d[r->n++] = (uint32_t)carry;
    }
}

void bn_parse(bn *r, const char *digits, size_t n, int base)
{
    r->n = 0;
    r->neg = false;
    int chunk = 1;  /* digits per step: base**chunk fits in 32 bits */
    uint64_t pw = (uint64_t)base;
    while (pw * (uint64_t)base <= 0xFFFFFFFFu) { pw *= (uint64_t)base; chunk++; }
    bn_reserve(r, (int64_t)(n / (size_t)chunk) + 2);
    for (size_t i = 0; i < n;) {
        uint32_t val = 0, mul = 1;
        for (int k = 0; k < chunk && i < n; k++, i++) {
            val = val * (uint32_t)base + (uint32_t)digit_value(digits[i]);
            mul *= (uint32_t)base;
        }
        mag_muladd_small(r, mul, val);
    }
    bn_trim(r);
}

/* Decimal: peel off nine digits at a time by dividing a copy by 10**9. */
static bool to_decimal(sbuf *out, const bn *a, bn_stop stop)
{
    int64_t n = a->n, nchunks = 0;
    uint32_t *t = xmalloc((size_t)(n ? n : 1) * sizeof *t);
    if (n) memcpy(t, a->d, (size_t)n * sizeof *t);
    uint32_t *chunks = xmalloc((size_t)(n * 10 / 9 + 2) * sizeof *chunks);
    bool ok = true;
    while (n > 0) {
        if ((nchunks & 63) == 63 && stopped(stop)) { ok = false; break; }
        chunks[nchunks++] = mag_divrem_small(t, t, n, 1000000000u);
        n = mag_len(t, n);
    }
    if (ok) {
        if (a->neg) sbuf_addc(out, '-');
        if (nchunks == 0) sbuf_addc(out, '0');
        else sbuf_printf(out, "%u", chunks[nchunks - 1]);
        for (int64_t i = nchunks - 2; i >= 0; i--) sbuf_printf(out, "%09u", chunks[i]);
    }
    free(t);
    free(chunks);
    return ok;
}

bool bn_to_base(sbuf *out, const bn *a, int base, bn_stop stop)
{
    if (base == 10) return to_decimal(out, a, stop);
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    int64_t total = bn_bit_length(a), ndig = total ? (total + bits - 1) / bits : 1;
    if (a->neg) sbuf_addc(out, '-');
    for (int64_t k = ndig - 1; k >= 0; k--) {
        int64_t pos = k * bits;
        uint64_t w = pos / 32 < a->n ? a->d[pos / 32] : 0;
        if (pos / 32 + 1 < a->n) w |= (uint64_t)a->d[pos / 32 + 1] << 32;
        sbuf_addc(out, "0123456789abcdef"[(w >> (pos % 32)) & (uint64_t)(base - 1)]);
    }
    return true;
}

/* ---- floats ---- */

/* The top 64 bits of |a| (a != 0) and whether any bit below them is set; *shift is
 * how far they were moved down (bit length - 64, may be negative). */
static uint64_t top_bits(const bn *a, int64_t *shift, bool *sticky)
{
    int64_t len = bn_bit_length(a);
    *shift = len - 64;
    bn t = {0};
    uint64_t top;
    if (*shift <= 0) {
        top = a->d[0] | (a->n > 1 ? (uint64_t)a->d[1] << 32 : 0);
        top <<= -*shift;
        *sticky = false;
    } else {
        *sticky = mag_shr(&t, a, (uint64_t)*shift);
        top = t.d[0] | (t.n > 1 ? (uint64_t)t.d[1] << 32 : 0);
    }
    bn_free(&t);
    return top;
}

/* m * 2**e for a 64-bit m (top bit set) rounded to `keep` bits half to even,
 * sticky: nonzero bits below m. */
static double round_bits(uint64_t m, int64_t e, int keep, bool sticky)
{
    int drop = 64 - keep;
    if (drop >= 64) {
        /* everything goes: the result is 0 or the smallest step, by rounding */
        uint64_t half = (uint64_t)1 << 63;
        bool up = drop == 64 && (m > half || (m == half && sticky));
        return up ? ldexp(1.0, (int)(e + 64)) : 0.0;
    }
    uint64_t kept = m >> drop, rest = m & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1)))) kept++;
    if (e + drop > 2000) return HUGE_VAL;
    return ldexp((double)kept, (int)(e + drop));
}

bool bn_to_double(const bn *a, double *out)
{
    if (a->n == 0) { *out = 0.0; return true; }
    if (bn_bit_length(a) > 1024) return false;
    int64_t shift;
    bool sticky;
    uint64_t top = top_bits(a, &shift, &sticky);
    double d = round_bits(top, shift, 53, sticky);
    if (isinf(d)) return false;
    *out = a->neg ? -d : d;
    return true;
}

void bn_from_double(bn *r, double f)
{
    f = trunc(f);
    bool neg = f < 0;
    f = fabs(f);
    if (f < 18446744073709551616.0) {
        uint64_t m = (uint64_t)f;
        uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
        bn_set_digits(r, d, 2, neg);
        return;
    }
    int e;
    double m = frexp(f, &e);  /* f = m * 2**e, 0.5 <= m < 1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);
    bn t = {0};
    uint32_t d[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
    bn_set_digits(&t, d, 2, neg);
    bn_shl(r, &t, (uint64_t)(e - 53));
    bn_free(&t);
}

/* The quotient gets 66 significant bits (at least 65), then rounds to the double's
 * precision, which is less for subnormal results. */
int bn_truediv(const bn *a, const bn *b, double *out, bn_stop stop)
{
    if (a->n == 0) { *out = b->neg ? -0.0 : 0.0; return 0; }
    int64_t la = bn_bit_length(a), lb = bn_bit_length(b);
    if (la - lb > 1025) return -1;
    if (la - lb < -1080) { *out = (a->neg != b->neg) ? -0.0 : 0.0; return 0; }
    int64_t shift = 66 - (la - lb);  /* quotient = (a << shift) / b, about 66 bits */
    bn x = {0}, y = {0}, q = {0}, m = {0};
    bn_set_digits(&x, a->d, a->n, false);
    bn_set_digits(&y, b->d, b->n, false);
    if (shift > 0) { bn t = {0}; bn_shl(&t, &x, (uint64_t)shift); bn_free(&x); x = t; }
    else if (shift < 0) { bn t = {0}; bn_shl(&t, &y, (uint64_t)-shift); bn_free(&y); y = t; }
    bool ok = mag_divmod_bn(&q, &m, &x, &y, stop);
    int rc = 0;
    if (ok) {
        int64_t qshift;
        bool sticky;
        uint64_t top = top_bits(&q, &qshift, &sticky);
        sticky |= m.n != 0;
        int64_t e = qshift - shift;          /* value = top * 2**e */
        int64_t exp2 = e + 64;               /* value in [2**(exp2-1), 2**exp2) */
        int keep = exp2 >= -1021 ? 53 : (int)(53 - (-1021 - exp2));
        if (keep < 0) keep = 0;
        double d = round_bits(top, e, keep, sticky);
        if (isinf(d)) rc = -1;
        *out = (a->neg != b->neg) ? -d : d;
    }
    bn_free(&x); bn_free(&y); bn_free(&q); bn_free(&m);
    return ok ? rc : -2;
}

/* ---- hashes (CPython's: the value modulo 2**61 - 1, with the sign) ---- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

static uint64_t signed_hash(uint64_t x, bool neg)
{
    int64_t h = neg ? -(int64_t)x : (int64_t)x;
    if (h == -1) h = -2;
    return (uint64_t)h;
}

uint64_t bn_hash(const bn *a)
{
    uint64_t x = 0;
    for (int64_t i = a->n - 1; i >= 0; i--) {
        /* x * 2**32 mod (2**61 - 1) is a 61-bit rotation */
        x = ((x << 32) & HASH_MODULUS) | (x >> (HASH_BITS - 32));
        x += a->d[i];
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    return signed_hash(x, a->neg);
}

uint64_t bn_hash_double(double v)
{
    if (isinf(v)) return v > 0 ? 314159 : (uint64_t)-314159;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(v, &e);
    bool neg = m < 0;
    if (neg) m = -m;
    uint64_t x = 0;
    while (m) {  /* 28 bits at a time, as CPython's _Py_HashDouble */
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    return signed_hash(x, neg);
}
