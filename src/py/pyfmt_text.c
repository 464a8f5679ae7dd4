/* pyfmt_text.c - UTF-8 walking shared by the formatters, and repr(str) with CPython's
 * choice of quotes and escapes. */
#include "py/pyfmt_internal.h"

#include <stdio.h>
#include <string.h>

static bool is_cont(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* Accepts the shortest forms only, up to U+10FFFF; encoded surrogates are let through
 * because a Python str may hold them. */
size_t fmt_utf8_decode(const char *s, size_t len, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0xC2 || c > 0xF4 || len < need) {
        *cp = FMT_BAD_BYTE | c;
        return 1;
    }
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    if (u[1] < lo || u[1] > hi || (need > 2 && !is_cont(u[2])) || (need > 3 && !is_cont(u[3]))) {
        *cp = FMT_BAD_BYTE | c;
        return 1;
    }
    uint32_t v = c & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07);
    for (size_t i = 1; i < need; i++)
        v = (v << 6) | (u[i] & 0x3F);
    *cp = v;
    return need;
}

size_t fmt_utf8_count(const char *s, size_t len)
{
    size_t n = 0;
    uint32_t cp;
    for (size_t pos = 0; pos < len; n++)
        pos += fmt_utf8_decode(s + pos, len - pos, &cp);
    return n;
}

size_t fmt_utf8_prefix(const char *s, size_t len, size_t count)
{
    size_t pos = 0;
    uint32_t cp;
    while (pos < len && count > 0) {
        pos += fmt_utf8_decode(s + pos, len - pos, &cp);
        count--;
    }
    return pos;
}

void fmt_utf8_encode(sbuf *out, uint32_t cp)
{
    char b[4];
    size_t n;
    if (cp < 0x80) {
        b[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        b[0] = (char)(0xC0 | (cp >> 6));
        b[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        b[0] = (char)(0xE0 | (cp >> 12));
        b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        b[0] = (char)(0xF0 | (cp >> 18));
        b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        b[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    sbuf_add(out, b, n);
}

int fmt_error(char *err, size_t errlen, int code, const char *fmt, ...)
{
    if (err && errlen > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errlen, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* One code point of unicode_repr's body: quote and backslash escaped, \t \n \r by
 * name, other ASCII controls and every non-printable code point in hex. */
static void repr_code_point(sbuf *out, uint32_t ch, uint32_t quote)
{
    if (ch == quote || ch == '\\') {
        sbuf_addc(out, '\\');
        sbuf_addc(out, (char)ch);
    } else if (ch == '\t') {
        sbuf_adds(out, "\\t");
    } else if (ch == '\n') {
        sbuf_adds(out, "\\n");
    } else if (ch == '\r') {
        sbuf_adds(out, "\\r");
    } else if (ch < ' ' || ch == 0x7F) {
        sbuf_printf(out, "\\x%02x", (unsigned)ch);
    } else if (ch < 0x7F) {
        sbuf_addc(out, (char)ch);
    } else if (pyfmt_unicode_isprintable(ch)) {
        fmt_utf8_encode(out, ch);
    } else if (ch <= 0xFF) {
        sbuf_printf(out, "\\x%02x", (unsigned)ch);
    } else if (ch <= 0xFFFF) {
        sbuf_printf(out, "\\u%04x", (unsigned)ch);
    } else {
        sbuf_printf(out, "\\U%08x", (unsigned)ch);
    }
}

/* Single quotes unless the text has a single quote and no double quote. A byte that
 * is not UTF-8 (a Python str never holds one) is shown as \xNN. */
void pyfmt_str_repr(sbuf *out, const char *s, size_t len)
{
    bool squote = memchr(s, '\'', len) != NULL, dquote = memchr(s, '"', len) != NULL;
    uint32_t quote = (squote && !dquote) ? '"' : '\'';
    sbuf_addc(out, (char)quote);
    for (size_t pos = 0; pos < len;) {
        uint32_t ch;
        pos += fmt_utf8_decode(s + pos, len - pos, &ch);
        if (ch & FMT_BAD_BYTE)
            sbuf_printf(out, "\\x%02x", (unsigned)(ch & 0xFF));
        else
            repr_code_point(out, ch, quote);
    }
    sbuf_addc(out, (char)quote);
}
