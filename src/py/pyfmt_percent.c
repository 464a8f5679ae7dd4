/* pyfmt_percent.c - one conversion of printf-style "%" formatting, as CPython 3.11's
 * PyUnicode_Format does it: make the text of the value (formatlong, formatfloat),
 * then pad it with its sign and 0x prefix in the right places
 * (unicode_format_arg_output). The VM parses the format string and the mapping keys. */
#include "py/pyfmt_internal.h"

#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

typedef struct pct_arg {
    bool ljust, plus, blank, alt, zero;
    int64_t width, prec; /* -1: absent */
    char conv;
} pct_arg;

static pct_arg pct_parse(const char *flags, int width, int prec, char conv)
{
    pct_arg a = {.width = width < 0 ? -1 : width, .prec = prec < 0 ? -1 : prec, .conv = conv};
    for (const char *p = flags ? flags : ""; *p; p++) {
        a.ljust |= *p == '-';
        a.plus |= *p == '+';
        a.blank |= *p == ' ';
        a.alt |= *p == '#';
        a.zero |= *p == '0';
    }
    return a;
}

static void add_chars(sbuf *out, char c, int64_t n)
{
    for (; n > 0; n--)
        sbuf_addc(out, c);
}

/* unicode_format_arg_output, reduced to what it amounts to: a number keeps (or gets,
 * from '+' or ' ') a sign; the text is padded to the width with spaces on the left,
 * spaces on the right ('-'), or zeros ('0', numbers only) after the sign and after
 * a "%#x"/"%#o" prefix ('%#06x' % -255 == '-0x0ff'). */
static void pct_output(sbuf *out, const pct_arg *a, const char *s, size_t len, bool numeric)
{
    size_t skip = numeric && len > 0 && (s[0] == '-' || s[0] == '+');
    char sign = skip ? s[0] : !numeric ? 0 : a->plus ? '+' : a->blank ? ' ' : 0;
    size_t prefix = (a->alt && (a->conv == 'x' || a->conv == 'X' || a->conv == 'o')) ? 2 : 0;
    s += skip;
    len -= skip;
    int64_t chars = (sign ? 1 : 0) + (int64_t)fmt_utf8_count(s, len);
    int64_t pad = a->width > chars ? a->width - chars : 0;
    if (!a->ljust && !(numeric && a->zero))
        add_chars(out, ' ', pad);
    if (sign)
        sbuf_addc(out, sign);
    if (!a->ljust && numeric && a->zero) {
        sbuf_add(out, s, prefix);
        add_chars(out, '0', pad);
        s += prefix;
        len -= prefix;
    }
    sbuf_add(out, s, len);
    if (a->ljust)
        add_chars(out, ' ', pad);
}

/* _PyUnicode_FormatLong on the text PyNumber_ToBase gives ("-0xff"): the base prefix
 * goes unless '#', the precision pads the digits with zeros, 'X' uppercases. */
static void pct_long_text(sbuf *t, const pct_arg *a)
{
    bool neg = t->data[0] == '-';
    size_t nondigits = (size_t)neg + ((a->conv == 'o' || a->conv == 'x' || a->conv == 'X') ? 2 : 0);
    if (nondigits > (size_t)neg && !a->alt) {
        memmove(t->data + neg, t->data + neg + 2, t->len - (size_t)neg - 2 + 1);
        t->len -= 2;
        nondigits -= 2;
    }
    int64_t ndigits = (int64_t)(t->len - nondigits);
    if (a->prec > ndigits) {
        sbuf padded = {0};
        sbuf_add(&padded, t->data, nondigits);
        add_chars(&padded, '0', a->prec - ndigits);
        sbuf_add(&padded, t->data + nondigits, (size_t)ndigits);
        sbuf_free(t);
        *t = padded;
    }
    if (a->conv == 'X')
        for (size_t i = 0; i < t->len; i++)
            if (t->data[i] >= 'a' && t->data[i] <= 'x')
                t->data[i] = (char)(t->data[i] - 'a' + 'A');
}

static int pct_check_size(const pct_arg *a, char *err, size_t errlen)
{
    if (a->width > PYFMT_MAX_WIDTH || a->prec > PYFMT_MAX_WIDTH)
        return fmt_error(err, errlen, PYFMT_MEMORY_ERROR, "%s", "");
    return 0;
}

/* formatlong for an int64. */
static void pct_int_text(sbuf *t, int64_t v, const pct_arg *a)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (a->conv == 'o')
        sbuf_printf(t, "%s0o%" PRIo64, v < 0 ? "-" : "", mag);
    else if (a->conv == 'x' || a->conv == 'X')
        sbuf_printf(t, "%s0x%" PRIx64, v < 0 ? "-" : "", mag);
    else
        sbuf_printf(t, "%s%" PRIu64, v < 0 ? "-" : "", mag);
    pct_long_text(t, a);
}

static int pct_unsupported(char conv, char *err, size_t errlen)
{
    unsigned char c = (unsigned char)conv;
    return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "unsupported format character '%c' (0x%x)",
                     (c >= 31 && c <= 126) ? (char)c : '?', (unsigned)c);
}

/* formatfloat: PyOS_double_to_string with precision 6 unless given. */
static void pct_float(sbuf *out, double x, const pct_arg *a)
{
    sbuf t = {0};
    fmt_double_to_string(&t, x, a->conv, a->prec < 0 ? 6 : (int)a->prec, a->alt ? FMT_ALT : 0);
    pct_output(out, a, t.data, t.len, true);
    sbuf_free(&t);
}

int pyfmt_percent_int(sbuf *out, int64_t v, const char *flags, int width, int prec, char conv, char *err,
                      size_t errlen)
{
    pct_arg a = pct_parse(flags, width, prec, conv);
    int rc = pct_check_size(&a, err, errlen);
    if (rc)
        return rc;
    if (conv && strchr("diuoxX", conv)) {
        sbuf t = {0};
        pct_int_text(&t, v, &a);
        pct_output(out, &a, t.data, t.len, true);
        sbuf_free(&t);
        return 0;
    }
    if (conv && strchr("eEfFgG", conv)) {
        pct_float(out, (double)v, &a);
        return 0;
    }
    if (conv == 'c') {
        if (v < 0 || v > 0x10FFFF)
            return fmt_error(err, errlen, PYFMT_OVERFLOW, "%%c arg not in range(0x110000)");
        sbuf t = {0};
        fmt_utf8_encode(&t, (uint32_t)v);
        pct_output(out, &a, t.data, t.len, false);
        sbuf_free(&t);
        return 0;
    }
    return pct_unsupported(conv, err, errlen);
}

int pyfmt_percent_text(sbuf *out, const char *text, size_t len, const char *flags, int width, int prec, char conv,
                       char *err, size_t errlen)
{
    pct_arg a = pct_parse(flags, width, prec, conv);
    int rc = pct_check_size(&a, err, errlen);
    if (rc)
        return rc;
    sbuf t = {0};
    sbuf_add(&t, text, len);
    pct_long_text(&t, &a);
    pct_output(out, &a, t.data, t.len, true);
    sbuf_free(&t);
    return 0;
}

/* int(x) for "%d" % x: exact however large, since a double that big is an integer. */
static int pct_float_as_int(sbuf *out, double x, const pct_arg *a, char *err, size_t errlen)
{
    if (isnan(x))
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "cannot convert float NaN to integer");
    if (isinf(x))
        return fmt_error(err, errlen, PYFMT_OVERFLOW, "cannot convert float infinity to integer");
    double t = trunc(x);
    sbuf text = {0};
    if (fabs(t) < 9223372036854775808.0)
        sbuf_printf(&text, "%" PRId64, (int64_t)t);
    else
        sbuf_printf(&text, "%.0f", t);
    pct_long_text(&text, a);
    pct_output(out, a, text.data, text.len, true);
    sbuf_free(&text);
    return 0;
}

int pyfmt_percent_float(sbuf *out, double v, const char *flags, int width, int prec, char conv, char *err,
                        size_t errlen)
{
    pct_arg a = pct_parse(flags, width, prec, conv);
    int rc = pct_check_size(&a, err, errlen);
    if (rc)
        return rc;
    if (conv && strchr("eEfFgG", conv)) {
        pct_float(out, v, &a);
        return 0;
    }
    if (conv && strchr("diu", conv))
        return pct_float_as_int(out, v, &a, err, errlen);
    if (conv && strchr("oxX", conv))
        return fmt_error(err, errlen, PYFMT_TYPE_ERROR, "%%%c format: an integer is required, not float", conv);
    if (conv == 'c')
        return fmt_error(err, errlen, PYFMT_TYPE_ERROR, "%%c requires int or char");
    return pct_unsupported(conv, err, errlen);
}

void pyfmt_percent_str(sbuf *out, const char *s, size_t len, const char *flags, int width, int prec)
{
    pct_arg a = pct_parse(flags, width, prec, 's');
    if (a.prec >= 0)
        len = fmt_utf8_prefix(s, len, (size_t)a.prec);
    pct_output(out, &a, s, len, false);
}
