/* pyfmt_internal.h - what the pyfmt_*.c files share: decimal digit strings with
 * CPython's dtoa conventions, the float-to-text core (a port of the layout rules of
 * CPython's PyOS_double_to_string), and small UTF-8 helpers. Not for the VM. */
#ifndef LOOPLAB_PY_PYFMT_INTERNAL_H
#define LOOPLAB_PY_PYFMT_INTERNAL_H

#include "py/pyfmt.h"

/* The exact decimal expansion of a double has at most 767 significant digits. */
#define FMT_MAX_DIGITS 800

/* A decimal significand as dtoa returns it: value = 0.d[0]d[1]...d[n-1] * 10**decpt,
 * no trailing zeros. Zero is "0" with decpt 1; n == 0 means "rounded away to zero". */
typedef struct fmt_digits {
    char d[FMT_MAX_DIGITS + 2];
    int n;
    int decpt;
} fmt_digits;

/* Every digit of |x| (finite), exactly. */
void fmt_digits_exact(double x, fmt_digits *dg);
/* dtoa mode 3: |x| (finite, nonzero) rounded to `precision` >= 0 digits after the point. */
void fmt_digits_fixed(double x, int precision, fmt_digits *dg);
/* Keeps the first `keep` digits (keep may be <= 0), rounding half to even on the
 * exact value, as dtoa modes 2 and 3 do. */
void fmt_digits_round(fmt_digits *dg, int keep);
/* The shortest digits that read back as |x| (finite), nearest to x among those:
 * dtoa mode 0, which is what repr() uses. */
void fmt_digits_shortest(double x, fmt_digits *dg);

/* Flags of fmt_double_to_string, CPython's Py_DTSF_*. */
enum {
    FMT_SIGN = 1,      /* always write a sign */
    FMT_ADD_DOT_0 = 2, /* "1.0", not "1", when there is no exponent */
    FMT_ALT = 4,       /* '#': keep the point and trailing zeros */
    FMT_NO_NEG_0 = 8,  /* 'z': a result that rounds to zero loses its '-' */
};

/* PyOS_double_to_string: code is one of e E f F g G r (r wants precision 0). */
void fmt_double_to_string(sbuf *out, double x, char code, int precision, int flags);

/* Decodes one UTF-8 sequence from s[0..len) (len >= 1). Returns the bytes used; a
 * malformed byte comes back alone as FMT_BAD_BYTE | byte. Encoded surrogates pass. */
#define FMT_BAD_BYTE 0x80000000u
size_t fmt_utf8_decode(const char *s, size_t len, uint32_t *cp);
size_t fmt_utf8_count(const char *s, size_t len);
void fmt_utf8_encode(sbuf *out, uint32_t cp);
/* The number of bytes of the first `count` code points of s. */
size_t fmt_utf8_prefix(const char *s, size_t len, size_t count);

/* Writes a message into err (if errlen > 0) and returns code. */
int fmt_error(char *err, size_t errlen, int code, const char *fmt, ...) LL_PRINTF(4, 5);

#endif
