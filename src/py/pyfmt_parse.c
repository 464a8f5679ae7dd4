/* pyfmt_parse.c - int(s, base) and float(s) for str arguments, with CPython 3.11's
 * rules and messages. Like CPython, the text is first made ASCII (Unicode spaces
 * become ' ', Unicode decimal digits become '0'-'9', anything else ends it with '?'),
 * then parsed; error messages quote the original text. */
#include "py/pyfmt_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PARSE_MAX_STR_DIGITS 4300 /* sys.get_int_max_str_digits() */

/* _PyUnicode_TransformDecimalAndSpaceToASCII into a NUL-terminated copy. */
static char *parse_to_ascii(const char *s, size_t len, size_t *outlen)
{
    char *a = xmalloc(len + 1);
    size_t n = 0;
    for (size_t pos = 0; pos < len;) {
        uint32_t cp;
        pos += fmt_utf8_decode(s + pos, len - pos, &cp);
        int digit = (cp & FMT_BAD_BYTE) ? -1 : pyfmt_unicode_decimal(cp);
        if (cp < 127)
            a[n++] = (char)cp;
        else if (!(cp & FMT_BAD_BYTE) && pyfmt_unicode_isspace(cp))
            a[n++] = ' ';
        else if (digit >= 0)
            a[n++] = (char)('0' + digit);
        else {
            a[n++] = '?';
            break;
        }
    }
    a[n] = '\0';
    *outlen = n;
    return a;
}

/* Py_ISSPACE: the ASCII whitespace of C's isspace in the C locale. */
static bool is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 37;
}

static int error_literal(const char *s, size_t len, int base, char *err, size_t errlen)
{
    sbuf r = {0};
    pyfmt_str_repr(&r, s, len);
    size_t cut = fmt_utf8_prefix(r.data, r.len, 200); /* CPython's "%.200R" */
    int rc = fmt_error(err, errlen, PYFMT_VALUE_ERROR, "invalid literal for int() with base %d: %.*s", base, (int)cut,
                       r.data);
    sbuf_free(&r);
    return rc;
}

/* The digits of PyLong_FromString from *pp on: single underscores between digits,
 * magnitude accumulated with an overflow flag. Returns the digit count or -1 for a
 * misplaced underscore. */
static int64_t parse_digit_run(const char **pp, int base, uint64_t *mag, bool *overflow)
{
    const char *p = *pp;
    char prev = 0;
    int64_t digits = 0;
    while (digit_value(*p) < base || *p == '_') {
        if (*p == '_') {
            if (prev == '_')
                return -1;
        } else {
            uint64_t d = (uint64_t)digit_value(*p);
            if (*mag > (UINT64_MAX - d) / (uint64_t)base)
                *overflow = true;
            else
                *mag = *mag * (uint64_t)base + d;
            digits++;
        }
        prev = *p++;
    }
    *pp = p;
    return prev == '_' ? -1 : digits;
}

/* PyLong_FromString over the ASCII copy: 0 ok, -1 invalid literal, -2 too big for
 * 64 bits, -3 over the 4300-digit limit (*ndigits says how many). */
static int parse_int_ascii(const char *a, size_t alen, int base, int64_t *out, int64_t *ndigits)
{
    const char *p = a, *end = a + alen;
    bool neg = false, nonzero_is_error = false, overflow = false;
    uint64_t mag = 0;
    while (is_space(*p))
        p++;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    if (base == 0) {
        char c = p[0] == '0' ? (char)(p[1] | 0x20) : 0;
        base = p[0] != '0' ? 10 : c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
        nonzero_is_error = p[0] == '0' && base == 10;
    }
    char c = p[0] == '0' ? (char)(p[1] | 0x20) : 0;
    if (c && ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b'))) {
        p += 2;
        if (*p == '_')
            p++;
    }
    if (*p == '_')
        return -1;
    const char *start = p;
    *ndigits = parse_digit_run(&p, base, &mag, &overflow);
    if (*ndigits < 0)
        return -1;
    if ((base & (base - 1)) != 0 && *ndigits > PARSE_MAX_STR_DIGITS)
        return -3;
    if ((nonzero_is_error && (mag != 0 || overflow)) || p == start)
        return -1;
    while (is_space(*p))
        p++;
    if (p != end)
        return -1;
    if (overflow || mag > (neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX))
        return -2;
    *out = neg ? (int64_t)(0 - mag) : (int64_t)mag;
    return 0;
}

int pyfmt_parse_int(const char *s, size_t len, int base, int64_t *out, char *err, size_t errlen)
{
    if ((base != 0 && base < 2) || base > 36)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
    size_t alen;
    char *a = parse_to_ascii(s, len, &alen);
    int64_t ndigits = 0;
    int rc = parse_int_ascii(a, alen, base, out, &ndigits);
    free(a);
    if (rc == -1)
        return error_literal(s, len, base, err, errlen);
    if (rc == -2)
        return fmt_error(err, errlen, PYFMT_OVERFLOW, "int too large to convert to a 64-bit integer");
    if (rc == -3)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR,
                         "Exceeds the limit (%d digits) for integer string conversion: value has %lld digits; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         PARSE_MAX_STR_DIGITS, (long long)ndigits);
    return 0;
}

/* _Py_string_to_number_with_underscores: drops underscores that sit between two
 * digits; false if any other underscore is present. */
static bool parse_drop_underscores(char *a, size_t *len)
{
    size_t n = 0;
    char prev = 0;
    for (size_t i = 0; i < *len; i++) {
        char c = a[i];
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9'))
                return false;
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9'))
                return false;
            a[n++] = c;
        }
        prev = c;
    }
    if (prev == '_')
        return false;
    a[n] = '\0';
    *len = n;
    return true;
}

static bool match_word(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) < n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

/* _Py_parse_inf_or_nan over the whole of [p, end). */
static bool parse_inf_nan(const char *p, const char *end, double *out)
{
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    double v;
    if (end - p == 3 && match_word(p, end, "inf"))
        v = INFINITY;
    else if (end - p == 8 && match_word(p, end, "infinity"))
        v = INFINITY;
    else if (end - p == 3 && match_word(p, end, "nan"))
        v = NAN;
    else
        return false;
    *out = neg ? -v : v;
    return true;
}

static const char *skip_digits(const char *p, const char *end)
{
    while (p < end && *p >= '0' && *p <= '9')
        p++;
    return p;
}

/* The decimal grammar of _Py_dg_strtod, which must cover all of [p, end):
 * [sign] (digits [. digits*] | . digits) [(e|E) [sign] digits]. The value is read by
 * strtod from "[-]DIGITSe<exp>", text without a decimal point, so that no locale can
 * change it; strtod rounds correctly, as dtoa does. */
static bool parse_decimal(const char *p, const char *end, double *out)
{
    sbuf t = {0};
    if (p < end && (*p == '+' || *p == '-')) {
        if (*p == '-')
            sbuf_addc(&t, '-');
        p++;
    }
    const char *int_start = p, *int_end = skip_digits(p, end), *frac_start = int_end, *frac_end = int_end;
    if (int_end < end && *int_end == '.') {
        frac_start = int_end + 1;
        frac_end = skip_digits(frac_start, end);
    }
    long exp = 0;
    p = frac_end;
    if (int_end == int_start && frac_end == frac_start) {
        sbuf_free(&t);
        return false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        bool eneg = false;
        if (q < end && (*q == '+' || *q == '-'))
            eneg = *q++ == '-';
        const char *e_end = skip_digits(q, end);
        if (e_end > q) {
            for (; q < e_end; q++)
                exp = exp < 100000000 ? exp * 10 + (*q - '0') : exp;
            exp = eneg ? -exp : exp;
            p = e_end;
        }
    }
    if (p != end) {
        sbuf_free(&t);
        return false;
    }
    sbuf_add(&t, int_start, (size_t)(int_end - int_start));
    sbuf_add(&t, frac_start, (size_t)(frac_end - frac_start));
    if (t.len == 0 || t.data[t.len - 1] == '-')
        sbuf_addc(&t, '0');
    sbuf_printf(&t, "e%ld", exp - (long)(frac_end - frac_start));
    *out = strtod(t.data, NULL);
    sbuf_free(&t);
    return true;
}

int pyfmt_parse_float(const char *s, size_t len, double *out, char *err, size_t errlen)
{
    size_t alen;
    char *a = parse_to_ascii(s, len, &alen);
    bool ok = memchr(a, '\0', alen) == NULL && parse_drop_underscores(a, &alen);
    const char *p = a, *end = a + alen;
    while (ok && p < end && is_space(*p))
        p++;
    while (ok && end > p && is_space(end[-1]))
        end--;
    ok = ok && p < end && (parse_decimal(p, end, out) || parse_inf_nan(p, end, out));
    free(a);
    if (ok)
        return 0;
    sbuf r = {0};
    pyfmt_str_repr(&r, s, len);
    fmt_error(err, errlen, PYFMT_VALUE_ERROR, "could not convert string to float: %s", r.data);
    sbuf_free(&r);
    return PYFMT_VALUE_ERROR;
}
