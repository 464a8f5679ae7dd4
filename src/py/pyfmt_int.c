/* pyfmt_int.c - Python's integer arithmetic on int64_t: floor division, modulo with
 * the divisor's sign, and powers, each reporting overflow instead of wrapping. */
#include "py/pyfmt_internal.h"

bool pyfmt_int_floordiv(int64_t a, int64_t b, int64_t *q)
{
    if (a == INT64_MIN && b == -1)
        return false;
    int64_t d = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        d--;
    *q = d;
    return true;
}

int64_t pyfmt_int_mod(int64_t a, int64_t b)
{
    if (b == -1)
        return 0; /* INT64_MIN % -1 traps in C; the answer is 0 anyway */
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0)))
        m += b;
    return m;
}

static bool mul_overflows(int64_t a, int64_t b, int64_t *out)
{
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_mul_overflow(a, b, out);
#else
    if (a != 0 && b != 0) {
        if (a > 0 ? (b > 0 ? a > INT64_MAX / b : b < INT64_MIN / a)
                  : (b > 0 ? a < INT64_MIN / b : a < INT64_MAX / b))
            return true;
    }
    *out = a * b;
    return false;
#endif
}

/* Square-and-multiply. The base is squared only while exponent bits remain, and
 * then any overflow of the square means the result overflows too (|base| >= 2). */
bool pyfmt_int_pow(int64_t base, int64_t exp, int64_t *out)
{
    if (base == 0 || base == 1) {
        *out = (exp == 0) ? 1 : base;
        return true;
    }
    if (base == -1) {
        *out = (exp % 2 == 0) ? 1 : -1;
        return true;
    }
    int64_t result = 1;
    while (exp > 0) {
        if ((exp & 1) && mul_overflows(result, base, &result))
            return false;
        exp >>= 1;
        if (exp > 0 && mul_overflows(base, base, &base))
            return false;
    }
    *out = result;
    return true;
}

/* int.__round__: for ndigits < 0, the multiple of 10**-ndigits nearest to v, ties
 * to the even multiple. From 10**19 up the power exceeds int64, so the answer is 0
 * unless v rounds away to +-10**19, which does not fit. */
bool pyfmt_int_round(int64_t v, int64_t ndigits, int64_t *out)
{
    if (ndigits >= 0) {
        *out = v;
        return true;
    }
    if (ndigits < -19 || (ndigits == -19 && (v >= -5000000000000000000 && v <= 5000000000000000000))) {
        *out = 0;
        return true;
    }
    if (ndigits == -19)
        return false;
    int64_t pow = 1, q;
    for (int64_t i = 0; i < -ndigits; i++)
        pow *= 10;
    pyfmt_int_floordiv(v, pow, &q);
    int64_t r = pyfmt_int_mod(v, pow);
    if (2 * r > pow || (2 * r == pow && q % 2 != 0))
        q++;
    return !mul_overflows(q, pow, out);
}
