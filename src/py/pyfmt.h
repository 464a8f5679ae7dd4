/* pyfmt.h - CPython 3.11's number and string formatting and parsing, bit for bit.
 * The mini-Python's int is int64_t and its float is double; everything here is pure
 * (no VM state), so the VM and the tests can call it directly. Error strings written
 * to `err` are CPython's exception messages without the exception type. */
#ifndef LOOPLAB_PY_PYFMT_H
#define LOOPLAB_PY_PYFMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/base.h" /* sbuf */

/* Return codes of the functions below that can fail. The message in `err` is the
 * exception's text without its type, NUL-terminated and cut to errlen (err may be
 * NULL when errlen is 0); every negative code is an error, so callers may test `< 0`
 * and then pick the exception type from the code. On error `out` is left as it was.
 * PYFMT_MEMORY_ERROR (empty message) stands in for the MemoryError CPython may or may
 * not reach when asked for hundreds of megabytes of padding. */
enum {
    PYFMT_OK = 0,
    PYFMT_VALUE_ERROR = -1,
    PYFMT_OVERFLOW = -2, /* OverflowError (parse_int: the value needs more than 64 bits) */
    PYFMT_TYPE_ERROR = -3,
    PYFMT_MEMORY_ERROR = -4, /* a width or precision above PYFMT_MAX_WIDTH */
    PYFMT_PENDING = -5,      /* a pyfmt_bigint digits callback failed: its exception is pending */
};
#define PYFMT_MAX_WIDTH 100000000

/* repr(x) == str(x): shortest round-trip digits, laid out like CPython's float_repr:
 * '1e+16', '1e-05', 'inf', '-inf', 'nan', '-0.0', '1.0'. Appends to out. */
void pyfmt_float_repr(sbuf *out, double x);

/* round(x, ndigits) for floats: correctly rounded half-even on the exact binary value
 * (CPython's double_round); ndigits may be negative (clip a bigger Python int to the
 * int range: beyond +-400 nothing changes); inf/nan come back unchanged. A result
 * that overflows comes back as inf: CPython raises OverflowError("rounded value too
 * large to represent") there, so test isinf(result) on a finite x. */
double pyfmt_round(double x, int ndigits);

/* round(x) before conversion to int: half to even (a zero keeps x's sign, which the
 * int conversion drops). */
double pyfmt_round_half_even(double x);

/* a // b floored. b != 0 is checked by the caller; false on overflow (INT64_MIN // -1). */
bool pyfmt_int_floordiv(int64_t a, int64_t b, int64_t *q);

/* a % b with Python's sign rule (result has the sign of b). b != 0 checked by caller. */
int64_t pyfmt_int_mod(int64_t a, int64_t b);

/* CPython float_divmod, signed zeros included: *floordiv = a // b, *mod = a % b.
 * b != 0 checked by the caller. Either pointer may be NULL. */
void pyfmt_float_divmod(double a, double b, double *floordiv, double *mod);

/* base ** exp for exp >= 0; false on int64 overflow. */
bool pyfmt_int_pow(int64_t base, int64_t exp, int64_t *out);

/* round(v, ndigits) for ints: v itself for ndigits >= 0, else the nearest multiple of
 * 10**-ndigits, ties to even (round(1250, -2) == 1200); false on int64 overflow. */
bool pyfmt_int_round(int64_t v, int64_t ndigits, int64_t *out);

/* format(value, spec), the format-spec mini-language of CPython 3.11:
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type]. The spec is UTF-8.
 * Returns 0 and appends to out, or -1 with CPython's ValueError message in err
 * (e.g. "Unknown format code 'd' for object of type 'float'", "Invalid format
 * specifier 'abc' for object of type 'int'", "Cannot specify ',' with 's'.", "Sign not
 * allowed in string format specifier"). format_int with 'c' outside range(0x110000)
 * returns PYFMT_OVERFLOW ("%c arg not in range(0x110000)"). On error out is unchanged. */
int pyfmt_format_int(sbuf *out, int64_t v, const char *spec, size_t speclen, char *err, size_t errlen);
/* An int too big for int64_t (bigint_vm.c): its sign, its magnitude's digits on
 * demand (base 2, 8, 10 or 16, lowercase, appended to out; < 0 after the callback
 * raised, which pyfmt passes on as PYFMT_PENDING) and its value as a double
 * (has_value false: too large, OverflowError for the float presentation types). */
typedef struct pyfmt_bigint {
    bool neg;
    int (*digits)(void *ctx, int base, sbuf *out);
    void *ctx;
    double value;
    bool has_value;
} pyfmt_bigint;
int pyfmt_format_bigint(sbuf *out, const pyfmt_bigint *v, const char *spec, size_t speclen, char *err, size_t errlen);
int pyfmt_format_float(sbuf *out, double v, const char *spec, size_t speclen, char *err, size_t errlen);
/* s is UTF-8; width and precision count code points. */
int pyfmt_format_str(sbuf *out, const char *s, size_t len, const char *spec, size_t speclen, char *err, size_t errlen);
/* format(True, spec): "True"/"False" for an empty spec, else formatted as the int 1/0
 * with 'bool' in error messages (format(True, 's') is an error in CPython). */
int pyfmt_format_bool(sbuf *out, bool v, const char *spec, size_t speclen, char *err, size_t errlen);

/* int(s, base) and float(s) as CPython: surrounding whitespace, sign, underscores
 * between digits, 0x/0o/0b prefixes with base 0 or the matching base, inf/nan/infinity
 * in any case, Unicode spaces and decimal digits. Returns 0 on success; -1 on
 * ValueError with CPython's exact message ("invalid literal for int() with base 10:
 * 'abc'", "could not convert string to float: 'x'"; base outside 0 and 2..36 gives
 * "int() base must be >= 2 and <= 36, or 0"; more than 4300 decimal digits gives the
 * "Exceeds the limit (4300 digits) ..." message); -2 if the int does not fit in 64
 * bits (the VM reports its own OverflowError). */
int pyfmt_parse_int(const char *s, size_t len, int base, int64_t *out, char *err, size_t errlen);
int pyfmt_parse_float(const char *s, size_t len, double *out, char *err, size_t errlen);

/* repr(str): CPython's quote choice (' unless the string contains ' and no "),
 * escapes \\ \n \r \t and the quote, \xNN / \uNNNN / \UNNNNNNNN for non-printable code
 * points (CPython's str.isprintable), printable non-ASCII kept as UTF-8. Invalid
 * UTF-8 bytes are shown as \xNN. Appends to out. */
void pyfmt_str_repr(sbuf *out, const char *s, size_t len);

/* One conversion of printf-style "%" formatting: flags is a NUL-terminated set of
 * "-+ 0#" (NULL for none), width and prec < 0 mean absent, conv one of d i u o x X e E
 * f F g G c. Returns 0, or an error code with CPython's message:
 *   PYFMT_TYPE_ERROR  "%x format: an integer is required, not float", "%c requires int or char"
 *   PYFMT_OVERFLOW    "%c arg not in range(0x110000)", "cannot convert float infinity to integer"
 *   PYFMT_VALUE_ERROR "cannot convert float NaN to integer",
 *                     "unsupported format character 'z' (0x7a)" - the VM appends " at index N".
 * percent_float with d/i/u formats int(v), exactly, however large. */
int pyfmt_percent_int(sbuf *out, int64_t v, const char *flags, int width, int prec, char conv, char *err, size_t errlen);
/* "%d" etc. of an int given as the text PyNumber_ToBase makes ("-123", "-0x7b", "0o17"). */
int pyfmt_percent_text(sbuf *out, const char *text, size_t len, const char *flags, int width, int prec, char conv,
                       char *err, size_t errlen);
int pyfmt_percent_float(sbuf *out, double v, const char *flags, int width, int prec, char conv, char *err, size_t errlen);
/* "%s"/"%r"/"%a" after the VM has made the text: width pads with spaces, '-' pads on
 * the right, prec truncates; both count code points. */
void pyfmt_percent_str(sbuf *out, const char *s, size_t len, const char *flags, int width, int prec);

/* Unicode 14.0 properties as CPython 3.11 sees them, for str methods and the above. */
bool pyfmt_unicode_isprintable(uint32_t cp); /* str.isprintable */
bool pyfmt_unicode_isspace(uint32_t cp);     /* str.isspace */
int pyfmt_unicode_decimal(uint32_t cp);      /* unicodedata.decimal(c, -1) */

#endif
