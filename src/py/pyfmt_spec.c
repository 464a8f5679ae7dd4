/* pyfmt_spec.c - format(value, spec) for int, bool, float and str: the format-spec
 * mini-language of CPython 3.11, following Python/formatter_unicode.c step by step
 * (parse the spec, check it against the type, lay the number out as
 * <lpad><sign><prefix><spad><grouped digits><point><remainder><rpad>). */
#include "py/pyfmt_internal.h"

#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A parsed spec, CPython's InternalFormatSpec. */
typedef struct fmt_spec {
    uint32_t fill, align, type; /* type 0: none given (floats) */
    char sign;                  /* 0, '+', '-' or ' ' */
    bool no_neg_0, alternate;
    int64_t width, precision; /* -1: not given */
    char sep;                 /* 0, ',' or '_' */
    int group;                /* digits per group: 3, or 4 for '_' with b o x X */
} fmt_spec;

/* Whether the presentation type t is one of the ASCII letters in set. */
static bool type_in(uint32_t t, const char *set)
{
    return t != 0 && t < 128 && strchr(set, (int)t) != NULL;
}

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* get_integer: a run of (Unicode) decimal digits; -1 if it overflows a Py_ssize_t. */
static int spec_integer(const uint32_t *cp, size_t n, size_t *pos, int64_t *out)
{
    int64_t acc = 0;
    int count = 0;
    for (; *pos < n; (*pos)++, count++) {
        int digit = pyfmt_unicode_decimal(cp[*pos]);
        if (digit < 0)
            break;
        if (acc > (INT64_MAX - digit) / 10)
            return -1;
        acc = acc * 10 + digit;
    }
    *out = count ? acc : -1;
    return count;
}

static int error_type_char(char *err, size_t errlen, const char *what, uint32_t type, const char *tail)
{
    if (type > 32 && type < 128)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "%s'%c'%s", what, (char)type, tail);
    return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "%s'\\x%x'%s", what, (unsigned)type, tail);
}

static int error_unknown_type(char *err, size_t errlen, uint32_t type, const char *type_name)
{
    char tail[256];
    snprintf(tail, sizeof tail, " for object of type '%.200s'", type_name);
    return error_type_char(err, errlen, "Unknown format code ", type, tail);
}

/* The checks CPython makes on the spec alone, whatever the value. */
static int spec_check_grouping(fmt_spec *f, char *err, size_t errlen)
{
    if (!f->sep || f->type == 0 || type_in(f->type, "defgEGF%"))
        return 0;
    if (f->sep == '_' && type_in(f->type, "boxX")) {
        f->group = 4;
        return 0;
    }
    char what[32];
    snprintf(what, sizeof what, "Cannot specify '%c' with ", f->sep);
    return error_type_char(err, errlen, what, f->type, ".");
}

/* The head of the spec: [[fill]align][sign][z][#][0]. A '0' with no explicit fill
 * means zero padding, and '=' alignment unless an alignment was given or the type
 * aligns left by default (str). */
static size_t spec_parse_head(const uint32_t *cp, size_t n, fmt_spec *f)
{
    size_t pos = 0;
    bool align_given = false, fill_given = false;
    if (n >= 2 && is_align(cp[1])) {
        f->fill = cp[0];
        f->align = cp[1];
        fill_given = align_given = true;
        pos = 2;
    } else if (n >= 1 && is_align(cp[0])) {
        f->align = cp[0];
        align_given = true;
        pos = 1;
    }
    if (pos < n && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' '))
        f->sign = (char)cp[pos++];
    if (pos < n && cp[pos] == 'z') {
        f->no_neg_0 = true;
        pos++;
    }
    if (pos < n && cp[pos] == '#') {
        f->alternate = true;
        pos++;
    }
    if (!fill_given && pos < n && cp[pos] == '0') {
        f->fill = '0';
        if (!align_given && f->align == '>')
            f->align = '=';
        pos++;
    }
    return pos;
}

/* parse_internal_render_format_spec over the decoded code points: the head, then
 * [width][,|_][.precision][type]. Returns 0, an error code, 1 for "too many digits"
 * or 2 for "invalid format specifier" (those messages need the caller's context). */
static int spec_parse_points(const uint32_t *cp, size_t n, fmt_spec *f, char *err, size_t errlen)
{
    size_t pos = spec_parse_head(cp, n, f);
    if (spec_integer(cp, n, &pos, &f->width) < 0)
        return 1;
    if (pos < n && cp[pos] == ',') {
        f->sep = ',';
        pos++;
    }
    if (pos < n && cp[pos] == '_') {
        if (f->sep)
            return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        f->sep = '_';
        pos++;
    }
    if (pos < n && cp[pos] == ',' && f->sep == '_')
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    if (pos < n && cp[pos] == '.') {
        pos++;
        int got = spec_integer(cp, n, &pos, &f->precision);
        if (got < 0)
            return 1;
        if (got == 0)
            return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Format specifier missing precision");
    }
    if (n - pos > 1)
        return 2;
    if (n - pos == 1)
        f->type = cp[pos];
    return spec_check_grouping(f, err, errlen);
}

/* Parses spec (UTF-8) into f, starting from the type's defaults. */
static int spec_parse(const char *spec, size_t speclen, const char *type_name, uint32_t default_type,
                      uint32_t default_align, fmt_spec *f, char *err, size_t errlen)
{
    *f = (fmt_spec){.fill = ' ', .align = default_align, .type = default_type, .width = -1,
                    .precision = -1, .group = 3};
    uint32_t small[64] = {0};
    uint32_t *cp = speclen <= LL_ARRAY_LEN(small) ? small : xmalloc(speclen * sizeof *cp);
    size_t n = 0;
    for (size_t pos = 0; pos < speclen; n++) {
        pos += fmt_utf8_decode(spec + pos, speclen - pos, &cp[n]);
        cp[n] &= ~FMT_BAD_BYTE;
    }
    int rc = spec_parse_points(cp, n, f, err, errlen);
    if (cp != small)
        free(cp);
    if (rc == 1)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Too many decimal digits in format string");
    if (rc == 2)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Invalid format specifier '%.*s' for object of type '%.200s'",
                         (int)speclen, spec, type_name);
    if (rc == 0 && f->width > PYFMT_MAX_WIDTH)
        return fmt_error(err, errlen, PYFMT_MEMORY_ERROR, "%s", "");
    return rc;
}

static void add_fill(sbuf *out, uint32_t fill, int64_t n)
{
    for (; n > 0; n--)
        fmt_utf8_encode(out, fill);
}

/* A number cut into the pieces that fill_number places. */
typedef struct fmt_number {
    char sign; /* '-' or 0: the value's own sign */
    const char *prefix;
    size_t n_prefix;
    const char *digits; /* the integer digits, which get grouped */
    size_t n_digits;
    bool has_decimal;
    const char *rem; /* after the point: fraction, exponent, '%', or the 'c' character */
    size_t rem_bytes, rem_chars;
    bool upper;
} fmt_number;

/* One group of _PyUnicode_InsertThousandsGrouping, backwards: the separator that
 * follows it, its `chars` digits ending at *pos, then `zeros` padding zeros. */
static void group_chunk(sbuf *rev, const char *digits, int64_t *pos, int64_t chars, int64_t zeros, char sep)
{
    if (sep)
        sbuf_addc(rev, sep);
    for (int64_t i = 0; i < chars; i++)
        sbuf_addc(rev, digits[--*pos]);
    for (int64_t i = 0; i < zeros; i++)
        sbuf_addc(rev, '0');
}

static int64_t max64(int64_t a, int64_t b)
{
    return a > b ? a : b;
}

static int64_t min64(int64_t a, int64_t b)
{
    return a < b ? a : b;
}

/* _PyUnicode_InsertThousandsGrouping, written backwards into rev: groups from the
 * right, and while min_width is not reached, more groups of zeros (with their
 * separators, as CPython does: format(1234, '09,') == '0,001,234'). Without a
 * separator it is the digits left-padded with zeros to min_width. */
static void group_digits(sbuf *rev, const char *digits, int64_t n, int64_t min_width, char sep, int group)
{
    int64_t remaining = n, pos = n, len;
    bool first = true;
    min_width = max64(min_width, 0);
    while (sep) {
        len = min64(group, max64(max64(remaining, min_width), 1));
        group_chunk(rev, digits, &pos, min64(remaining, len), max64(0, len - remaining), first ? 0 : sep);
        first = false;
        remaining -= min64(remaining, len);
        min_width -= len;
        if (remaining <= 0 && min_width <= 0)
            return;
        min_width -= 1;
    }
    len = max64(max64(remaining, min_width), 1);
    group_chunk(rev, digits, &pos, min64(remaining, len), max64(0, len - remaining), first ? 0 : sep);
}

static char upper_ascii(char c, bool upper)
{
    return (upper && c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c;
}

/* Where the padding of a number goes: left, between sign and digits ('='), right. */
static void number_padding(const fmt_spec *f, int64_t used, int64_t *lpad, int64_t *spad, int64_t *rpad)
{
    int64_t padding = f->width - used;
    *lpad = *spad = *rpad = 0;
    if (padding <= 0)
        return;
    if (f->align == '<') {
        *rpad = padding;
    } else if (f->align == '^') {
        *lpad = padding / 2;
        *rpad = padding - *lpad;
    } else if (f->align == '=') {
        *spad = padding;
    } else {
        *lpad = padding;
    }
}

/* calc_number_widths + fill_number. Zero padding (fill '0' with '=' alignment) is
 * done inside the grouping, so it gets separators too. */
static void fill_number(sbuf *out, const fmt_spec *f, const fmt_number *num)
{
    char sign = num->sign;
    if (f->sign == '+' && sign != '-')
        sign = '+';
    else if (f->sign == ' ' && sign != '-')
        sign = ' ';
    int64_t n_other = (sign ? 1 : 0) + (int64_t)num->n_prefix + (num->has_decimal ? 1 : 0) + (int64_t)num->rem_chars;
    int64_t min_width = (f->fill == '0' && f->align == '=') ? f->width - n_other : 0;
    sbuf rev = {0};
    if (num->n_digits)
        group_digits(&rev, num->digits, (int64_t)num->n_digits, min_width, f->sep, f->group);
    int64_t lpad, spad, rpad;
    number_padding(f, n_other + (int64_t)rev.len, &lpad, &spad, &rpad);
    add_fill(out, f->fill, lpad);
    if (sign)
        sbuf_addc(out, sign);
    for (size_t i = 0; i < num->n_prefix; i++)
        sbuf_addc(out, upper_ascii(num->prefix[i], num->upper));
    add_fill(out, f->fill, spad);
    for (size_t i = rev.len; i > 0; i--)
        sbuf_addc(out, upper_ascii(rev.data[i - 1], num->upper));
    sbuf_free(&rev);
    if (num->has_decimal)
        sbuf_addc(out, '.');
    sbuf_add(out, num->rem, num->rem_bytes);
    add_fill(out, f->fill, rpad);
}

/* format_float_internal: the text of PyOS_double_to_string, cut at the first
 * non-digit into integer digits, an optional point, and the rest. */
static int format_float_spec(sbuf *out, double x, const fmt_spec *f, char *err, size_t errlen)
{
    if (f->precision > INT_MAX)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "precision too big");
    if (f->precision > PYFMT_MAX_WIDTH)
        return fmt_error(err, errlen, PYFMT_MEMORY_ERROR, "%s", "");
    int flags = (f->alternate ? FMT_ALT : 0) | (f->no_neg_0 ? FMT_NO_NEG_0 : 0);
    int precision = (int)f->precision, default_precision = 6;
    char type = (char)f->type;
    bool add_pct = false;
    if (type == 0) {
        flags |= FMT_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        add_pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';
    sbuf buf = {0};
    fmt_double_to_string(&buf, x, type, precision, flags);
    if (add_pct)
        sbuf_addc(&buf, '%');
    fmt_number num = {0};
    size_t i = 0;
    if (buf.data[0] == '-') {
        num.sign = '-';
        i = 1;
    }
    num.digits = buf.data + i;
    while (i < buf.len && buf.data[i] >= '0' && buf.data[i] <= '9')
        i++;
    num.n_digits = (size_t)(buf.data + i - num.digits);
    num.has_decimal = i < buf.len && buf.data[i] == '.';
    if (num.has_decimal)
        i++;
    num.rem = buf.data + i;
    num.rem_bytes = num.rem_chars = buf.len - i;
    fill_number(out, f, &num);
    sbuf_free(&buf);
    return 0;
}

/* The magnitude of v in base 2, 8, 10 or 16, lowercase, into buf (>= 65 bytes);
 * returns the start. */
static char *int_digits(int64_t v, int base, char *buf, size_t size)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = buf + size;
    *--p = '\0';
    do {
        *--p = "0123456789abcdef"[mag % (unsigned)base];
        mag /= (unsigned)base;
    } while (mag);
    return p;
}

static int format_char_spec(sbuf *out, int64_t v, const fmt_spec *f, char *err, size_t errlen)
{
    if (f->sign)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
    if (f->alternate)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR,
                         "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10FFFF)
        return fmt_error(err, errlen, PYFMT_OVERFLOW, "%%c arg not in range(0x110000)");
    sbuf ch = {0};
    fmt_utf8_encode(&ch, (uint32_t)v);
    fmt_number num = {.rem = ch.data, .rem_bytes = ch.len, .rem_chars = 1};
    fill_number(out, f, &num);
    sbuf_free(&ch);
    return 0;
}

/* format_long_internal. */
static int format_int_spec(sbuf *out, int64_t v, const fmt_spec *f, char *err, size_t errlen)
{
    if (f->precision != -1)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR,
                         "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c')
        return format_char_spec(out, v, f, err, errlen);
    int base = f->type == 'b' ? 2 : f->type == 'o' ? 8 : (f->type == 'x' || f->type == 'X') ? 16 : 10;
    static const char *const prefixes[] = {[2] = "0b", [8] = "0o", [16] = "0x"};
    char buf[72];
    fmt_number num = {.sign = v < 0 ? '-' : 0, .upper = f->type == 'X'};
    num.digits = int_digits(v, base, buf, sizeof buf);
    num.n_digits = strlen(num.digits);
    if (f->alternate && base != 10) {
        num.prefix = prefixes[base];
        num.n_prefix = 2;
    }
    fill_number(out, f, &num);
    return 0;
}

static int format_integer(sbuf *out, int64_t v, const char *spec, size_t speclen, const char *type_name, char *err,
                          size_t errlen)
{
    fmt_spec f;
    int rc = spec_parse(spec, speclen, type_name, 'd', '>', &f, err, errlen);
    if (rc)
        return rc;
    if (type_in(f.type, "bcdoxXn"))
        return format_int_spec(out, v, &f, err, errlen);
    if (type_in(f.type, "eEfFgG%"))
        return format_float_spec(out, (double)v, &f, err, errlen);
    return error_unknown_type(err, errlen, f.type, type_name);
}

int pyfmt_format_int(sbuf *out, int64_t v, const char *spec, size_t speclen, char *err, size_t errlen)
{
    if (speclen == 0) {
        sbuf_printf(out, "%" PRId64, v);
        return 0;
    }
    return format_integer(out, v, spec, speclen, "int", err, errlen);
}

/* format_long_internal for an int beyond int64_t: the same checks, the digits from
 * the caller (CPython's 4300-digit limit is the callback's to enforce). */
int pyfmt_format_bigint(sbuf *out, const pyfmt_bigint *v, const char *spec, size_t speclen, char *err, size_t errlen)
{
    fmt_spec f;
    int rc = spec_parse(spec, speclen, "int", 'd', '>', &f, err, errlen);
    if (rc)
        return rc;
    if (type_in(f.type, "eEfFgG%")) {
        if (!v->has_value)
            return fmt_error(err, errlen, PYFMT_OVERFLOW, "int too large to convert to float");
        return format_float_spec(out, v->value, &f, err, errlen);
    }
    if (!type_in(f.type, "bcdoxXn"))
        return error_unknown_type(err, errlen, f.type, "int");
    if (f.type == 'c' || f.precision != -1 || f.no_neg_0) {  /* the spec's checks, then PyLong_AsLong's */
        sbuf scratch = {0};
        rc = format_int_spec(&scratch, 0, &f, err, errlen);
        sbuf_free(&scratch);
        return rc ? rc : fmt_error(err, errlen, PYFMT_OVERFLOW, "Python int too large to convert to C long");
    }
    int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
    static const char *const prefixes[] = {[2] = "0b", [8] = "0o", [16] = "0x"};
    sbuf digits = {0};
    if (v->digits(v->ctx, base, &digits) < 0) {
        sbuf_free(&digits);
        return PYFMT_PENDING;
    }
    fmt_number num = {.sign = v->neg ? '-' : 0, .upper = f.type == 'X', .digits = digits.data, .n_digits = digits.len};
    if (f.alternate && base != 10) {
        num.prefix = prefixes[base];
        num.n_prefix = 2;
    }
    fill_number(out, &f, &num);
    sbuf_free(&digits);
    return 0;
}

int pyfmt_format_bool(sbuf *out, bool v, const char *spec, size_t speclen, char *err, size_t errlen)
{
    if (speclen == 0) {
        sbuf_adds(out, v ? "True" : "False");
        return 0;
    }
    return format_integer(out, v, spec, speclen, "bool", err, errlen);
}

int pyfmt_format_float(sbuf *out, double v, const char *spec, size_t speclen, char *err, size_t errlen)
{
    if (speclen == 0) {
        pyfmt_float_repr(out, v);
        return 0;
    }
    fmt_spec f;
    int rc = spec_parse(spec, speclen, "float", 0, '>', &f, err, errlen);
    if (rc)
        return rc;
    if (f.type == 0 || type_in(f.type, "eEfFgGn%"))
        return format_float_spec(out, v, &f, err, errlen);
    return error_unknown_type(err, errlen, f.type, "float");
}

/* format_string_internal. */
static int format_str_spec(sbuf *out, const char *s, size_t len, const fmt_spec *f, char *err, size_t errlen)
{
    if (f->sign == ' ')
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Space not allowed in string format specifier");
    if (f->sign)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Sign not allowed in string format specifier");
    if (f->no_neg_0)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR,
                         "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return fmt_error(err, errlen, PYFMT_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
    int64_t chars = (int64_t)fmt_utf8_count(s, len);
    if (f->precision >= 0 && chars > f->precision) {
        chars = f->precision;
        len = fmt_utf8_prefix(s, len, (size_t)chars);
    }
    int64_t total = f->width > chars ? f->width : chars;
    int64_t lpad = f->align == '>' ? total - chars : f->align == '^' ? (total - chars) / 2 : 0;
    add_fill(out, f->fill, lpad);
    sbuf_add(out, s, len);
    add_fill(out, f->fill, total - chars - lpad);
    return 0;
}

int pyfmt_format_str(sbuf *out, const char *s, size_t len, const char *spec, size_t speclen, char *err, size_t errlen)
{
    if (speclen == 0) {
        sbuf_add(out, s, len);
        return 0;
    }
    fmt_spec f;
    int rc = spec_parse(spec, speclen, "str", 's', '<', &f, err, errlen);
    if (rc)
        return rc;
    if (f.type != 's')
        return error_unknown_type(err, errlen, f.type, "str");
    return format_str_spec(out, s, len, &f, err, errlen);
}
