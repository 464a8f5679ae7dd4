/* pyfmt_float.c - floats to decimal digits and text, the way CPython's dtoa.c and
 * pystrtod.c do it: repr() is the shortest string that reads back, every other
 * conversion rounds the exact binary value half to even.
 *
 * We do not carry a dtoa. The C library's printf rounds "%.Ne" and "%.Nf" correctly,
 * half to even on the true binary value (glibc, musl and the BSDs all do), which is
 * exactly dtoa's modes 2 and 3; a wide "%.799e" gives every digit of a double for
 * the few roundings printf cannot do (to tens, hundreds, ...). The shortest repr is
 * searched with printf and strtod. Any decimal point printf writes is skipped, and
 * text given to strtod has none, so the process locale cannot change a result. */
#include "py/pyfmt_internal.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads printf's "d.ddd...e+XX" (any decimal-point string) into dg, dropping
 * trailing zeros. */
static void digits_from_printf(const char *buf, fmt_digits *dg)
{
    const char *p = buf;
    int n = 0;
    while (*p && *p != 'e' && *p != 'E') {
        if (*p >= '0' && *p <= '9' && n < FMT_MAX_DIGITS)
            dg->d[n++] = *p;
        p++;
    }
    int exp = (*p) ? atoi(p + 1) : 0;
    while (n > 1 && dg->d[n - 1] == '0')
        n--;
    dg->n = n;
    dg->d[n] = '\0';
    dg->decpt = exp + 1;
}

void fmt_digits_exact(double x, fmt_digits *dg)
{
    char buf[FMT_MAX_DIGITS + 32];
    if (x == 0) {
        memcpy(dg->d, "0", 2);
        dg->n = 1;
        dg->decpt = 1;
        return;
    }
    snprintf(buf, sizeof buf, "%.*e", FMT_MAX_DIGITS - 1, fabs(x));
    digits_from_printf(buf, dg);
}

/* Adds one unit in the last place of dg's n digits; a carry out of the top digit
 * becomes "1" one decade up. Trailing zeros are dropped. */
static void digits_increment(fmt_digits *dg)
{
    int i = dg->n - 1;
    while (i >= 0 && dg->d[i] == '9')
        i--;
    if (i < 0) {
        dg->d[0] = '1';
        dg->n = 1;
        dg->decpt++;
    } else {
        dg->d[i]++;
        dg->n = i + 1;
    }
    dg->d[dg->n] = '\0';
}

/* Rounding at keep == 0 compares the whole value with one half of the next decade:
 * above it the result is the single digit 1, at or below it (a tie goes to the even
 * zero) there are no digits at all, as dtoa's "no_digits"/"one_digit" cases. */
void fmt_digits_round(fmt_digits *dg, int keep)
{
    if (keep >= dg->n)
        return;
    if (keep <= 0) {
        bool above_half = keep == 0 && (dg->d[0] > '5' || (dg->d[0] == '5' && dg->n > 1));
        if (above_half) {
            memcpy(dg->d, "1", 2);
            dg->n = 1;
            dg->decpt++;
        } else {
            dg->decpt -= keep;
            dg->n = 0;
            dg->d[0] = '\0';
        }
        return;
    }
    char next = dg->d[keep];
    bool tie = next == '5' && dg->n == keep + 1;
    bool up = next > '5' || (next == '5' && !tie) || (tie && (dg->d[keep - 1] - '0') % 2 == 1);
    dg->n = keep;
    if (up) {
        digits_increment(dg);
        return;
    }
    while (dg->n > 1 && dg->d[dg->n - 1] == '0')
        dg->n--;
    dg->d[dg->n] = '\0';
}

/* The double nearest to the decimal in dg, with the given sign. */
static double digits_to_double(const fmt_digits *dg, bool negative)
{
    char buf[FMT_MAX_DIGITS + 32];
    if (dg->n == 0)
        return negative ? -0.0 : 0.0;
    snprintf(buf, sizeof buf, "%s%.*se%d", negative ? "-" : "", dg->n, dg->d, dg->decpt - dg->n);
    return strtod(buf, NULL);
}

/* The p-digit decimal nearest to |x| (printf rounds correctly). */
static void digits_nearest(double x, int p, fmt_digits *dg)
{
    char buf[FMT_MAX_DIGITS + 32];
    snprintf(buf, sizeof buf, "%.*e", p - 1, fabs(x));
    digits_from_printf(buf, dg);
}

/* Moves dg, a p-digit decimal with its trailing zeros dropped, one unit in the p-th
 * place up or down ("1" steps down to "9" one decade lower). */
static void digits_step(fmt_digits *dg, int p, bool up)
{
    while (dg->n < p)
        dg->d[dg->n++] = '0';
    if (up) {
        digits_increment(dg);
        return;
    }
    int i = p - 1;
    while (dg->d[i] == '0')
        dg->d[i--] = '9';
    dg->d[i]--;
    if (dg->d[0] == '0') {
        memmove(dg->d, dg->d + 1, (size_t)p - 1);
        dg->d[p - 1] = '9';
        dg->decpt--;
    }
    while (dg->n > 1 && dg->d[dg->n - 1] == '0')
        dg->n--;
    dg->d[dg->n] = '\0';
}

/* Some p-digit decimal that reads back as |x|, nearest first; false if none. The
 * nearest one alone would do, except at a power of two, where the interval that
 * rounds to x is twice as wide above x as below it. */
static bool digits_try_length(double x, int p, fmt_digits *dg)
{
    double ax = fabs(x);
    digits_nearest(x, p, dg);
    double got = digits_to_double(dg, false);
    if (got == ax)
        return true;
    fmt_digits other = *dg;
    digits_step(&other, p, got < ax);
    if (digits_to_double(&other, false) != ax)
        return false;
    *dg = other;
    return true;
}

/* Powers of two have a lopsided rounding interval; subnormals have fewer than 53
 * bits, so their interval can hold several 15-digit decimals. */
static bool needs_slow_walk(double x)
{
    int e;
    return frexp(fabs(x), &e) == 0.5 || fabs(x) < DBL_MIN;
}

/* Fifteen-digit decimals are spaced wider than the rounding interval of any normal
 * double, so at most one of them reads back as x, and if one does it is the nearest
 * one and the shortest answer too (with its trailing zeros dropped). That settles
 * most values with one printf; the rest need 16 or 17 digits. Powers of two and
 * subnormals take the slow walk up from one digit. */
void fmt_digits_shortest(double x, fmt_digits *dg)
{
    if (x == 0) {
        fmt_digits_exact(x, dg);
        return;
    }
    int first = needs_slow_walk(x) ? 1 : 15;
    for (int p = first; p <= 17; p++)
        if (digits_try_length(x, p, dg))
            return;
    digits_nearest(x, 17, dg); /* not reached: 17 digits always read back */
}

static void add_zeros(sbuf *out, long n)
{
    for (; n > 0; n--)
        sbuf_addc(out, '0');
}

static void add_inf_or_nan(sbuf *out, double x, bool upper, int flags)
{
    if (!isnan(x) && signbit(x))
        sbuf_addc(out, '-');
    else if (flags & FMT_SIGN)
        sbuf_addc(out, '+');
    if (isnan(x))
        sbuf_adds(out, upper ? "NAN" : "nan");
    else
        sbuf_adds(out, upper ? "INF" : "inf");
}

/* dtoa mode 3 from printf's "%.*f", which rounds the exact value half to even just
 * as dtoa does: strip the leading and trailing zeros off its digits. */
void fmt_digits_fixed(double x, int precision, fmt_digits *dg)
{
    char small[400];
    size_t size = (size_t)precision + 320;
    char *buf = size <= sizeof small ? small : xmalloc(size);
    snprintf(buf, size, "%.*f", precision, fabs(x));
    int intlen = 0, lead = 0, n = 0;
    bool point = false, nonzero = false;
    for (const char *p = buf; *p; p++) {
        if (*p < '0' || *p > '9') {
            point = true;
            continue;
        }
        intlen += !point;
        nonzero |= *p != '0';
        if (!nonzero)
            lead++;
        else if (n < FMT_MAX_DIGITS)
            dg->d[n++] = *p;
    }
    while (n > 0 && dg->d[n - 1] == '0')
        n--;
    dg->n = n;
    dg->d[n] = '\0';
    dg->decpt = n ? intlen - lead : -precision;
    if (buf != small)
        free(buf);
}

/* Digits for a conversion: mode 0 is shortest, 2 is `precision` significant
 * digits, 3 is `precision` digits after the point. Zero is always "0" (dtoa). */
static void digits_for_mode(double x, int mode, int precision, fmt_digits *dg)
{
    if (x == 0)
        fmt_digits_exact(x, dg);
    else if (mode == 0)
        fmt_digits_shortest(x, dg);
    else if (mode == 3)
        fmt_digits_fixed(x, precision, dg);
    else if (precision < FMT_MAX_DIGITS)
        digits_nearest(x, precision, dg);
    else
        fmt_digits_exact(x, dg); /* every digit there is, and no more to round */
}

/* Prints the slice [vstart, vend) of the digits padded with zeros on both sides
 * forever, with the point after position decpt, as format_float_short does. */
static void print_digit_slice(sbuf *out, const fmt_digits *dg, long decpt, long vend)
{
    long n = dg->n, vstart = decpt <= 0 ? decpt - 1 : 0;
    if (decpt <= 0) {
        add_zeros(out, decpt - vstart);
        sbuf_addc(out, '.');
        add_zeros(out, -decpt);
    } else {
        add_zeros(out, -vstart);
    }
    if (0 < decpt && decpt <= n) {
        sbuf_add(out, dg->d, (size_t)decpt);
        sbuf_addc(out, '.');
        sbuf_add(out, dg->d + decpt, (size_t)(n - decpt));
    } else {
        sbuf_add(out, dg->d, (size_t)n);
    }
    if (n < decpt) {
        add_zeros(out, decpt - n);
        sbuf_addc(out, '.');
        add_zeros(out, vend - decpt);
    } else {
        add_zeros(out, vend - n);
    }
}

/* format_float_short's layout: whether to use an exponent, how many digits to show
 * (vend: 'e' and '#g' pad to the precision, 'f' to the precision after the point),
 * then the digits, a point unless it would end the text, and the exponent. */
static void layout_digits(sbuf *out, const fmt_digits *dg, char code, int precision, int flags, bool upper)
{
    long decpt = dg->decpt, vend = dg->n, exp = 0;
    bool use_exp = false, add_dot_0 = flags & FMT_ADD_DOT_0, alt = flags & FMT_ALT;
    if (code == 'e') {
        use_exp = true;
        vend = precision;
    } else if (code == 'f') {
        vend = decpt + precision;
    } else if (code == 'g') {
        use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
        if (alt)
            vend = precision;
    } else {
        use_exp = decpt <= -4 || decpt > 16;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    long min_end = (!use_exp && add_dot_0) ? decpt + 1 : decpt;
    print_digit_slice(out, dg, decpt, vend > min_end ? vend : min_end);
    if (out->data[out->len - 1] == '.' && !alt)
        out->data[--out->len] = '\0';
    if (use_exp)
        sbuf_printf(out, "%c%+.02ld", upper ? 'E' : 'e', exp);
}

void fmt_double_to_string(sbuf *out, double x, char code, int precision, int flags)
{
    bool upper = code >= 'A' && code <= 'Z';
    int mode = 0;
    if (upper)
        code = (char)(code - 'A' + 'a');
    if (code == 'e') {
        mode = 2;
        precision++;
    } else if (code == 'f') {
        mode = 3;
    } else if (code == 'g') {
        mode = 2;
        if (precision == 0)
            precision = 1;
    }
    if (!isfinite(x)) {
        add_inf_or_nan(out, x, upper, flags);
        return;
    }
    fmt_digits dg;
    digits_for_mode(x, mode, precision, &dg);
    bool negative = signbit(x);
    if ((flags & FMT_NO_NEG_0) && (dg.n == 0 || (dg.n == 1 && dg.d[0] == '0')))
        negative = false;
    if (negative)
        sbuf_addc(out, '-');
    else if (flags & FMT_SIGN)
        sbuf_addc(out, '+');
    layout_digits(out, &dg, code, precision, flags, upper);
}

void pyfmt_float_repr(sbuf *out, double x)
{
    fmt_double_to_string(out, x, 'r', 0, FMT_ADD_DOT_0);
}

/* CPython's float.__round__ with ndigits: beyond 323 digits every double is already
 * exact, below -308 everything rounds to a signed zero; in between, round the exact
 * decimal value and read it back (double_round). printf cannot round to tens or
 * hundreds, so negative ndigits round the exact digits here. */
double pyfmt_round(double x, int ndigits)
{
    if (!isfinite(x) || ndigits > 323)
        return x;
    if (ndigits < -308)
        return 0.0 * x;
    fmt_digits dg;
    if (x != 0 && ndigits >= 0) {
        fmt_digits_fixed(x, ndigits, &dg);
    } else {
        fmt_digits_exact(x, &dg);
        if (x != 0)
            fmt_digits_round(&dg, dg.decpt + ndigits);
    }
    return digits_to_double(&dg, signbit(x));
}

double pyfmt_round_half_even(double x)
{
    double r = round(x);
    if (fabs(x - r) == 0.5)
        r = 2.0 * round(x / 2.0);
    return r;
}

/* CPython's _float_div_mod, line for line: fmod is exact, the quotient is snapped
 * to an integer, and zero results take the sign they have in exact arithmetic. */
void pyfmt_float_divmod(double a, double b, double *floordiv, double *mod)
{
    double m = fmod(a, b);
    double div = (a - m) / b;
    if (m != 0) {
        if ((b < 0) != (m < 0)) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, b);
    }
    double q;
    if (div != 0) {
        q = floor(div);
        if (div - q > 0.5)
            q += 1.0;
    } else {
        q = copysign(0.0, a / b);
    }
    if (floordiv)
        *floordiv = q;
    if (mod)
        *mod = m;
}
