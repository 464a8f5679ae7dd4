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

/* repr(x) == str(x): shortest round-trip digits, laid out like CPython's float_repr:
 * '1e+16', '1e-05', 'inf', '-inf', 'nan', '-0.0', '1.0'. Appends to out. */
void pyfmt_float_repr(sbuf *out, double x);

/* round(x, ndigits) for floats: correctly rounded half-even on the exact binary value
 * (CPython's double_round); ndigits may be negative; inf/nan come back unchanged.
 * A result that overflows comes back as inf (CPython raises OverflowError there; the
 * caller can test isinf on a finite x). */
double pyfmt_round(double x, int ndigits);

/* round(x) before conversion to int: half to even. */
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

/* format(value, spec), the format-spec mini-language of CPython 3.11:
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type].
 * Returns 0 and appends to out, or -1 with CPython's ValueError message in err
 * (e.g. "Unknown format code 'd' for object of type 'float'", "Invalid format
 * specifier", "Cannot specify ',' with 's'.", "Sign not allowed in string format
 * specifier"). On error out is left as it was. */
int pyfmt_format_int(sbuf *out, int64_t v, const char *spec, size_t speclen, char *err, size_t errlen);
int pyfmt_format_float(sbuf *out, double v, const char *spec, size_t speclen, char *err, size_t errlen);
/* s is UTF-8; width and precision count code points. */
int pyfmt_format_str(sbuf *out, const char *s, size_t len, const char *spec, size_t speclen, char *err, size_t errlen);

/* int(s, base) and float(s) as CPython: surrounding whitespace, sign, underscores
 * between digits, 0x/0o/0b prefixes with base 0 or the matching base, inf/nan/infinity
 * in any case. Returns 0 on success; -1 on ValueError with CPython's exact message
 * ("invalid literal for int() with base 10: 'abc'", "could not convert string to
 * float: 'x'"; base outside 0 and 2..36 gives "int() base must be >= 2 and <= 36,
 * or 0"); -2 if the int does not fit in 64 bits (the VM reports its own OverflowError). */
int pyfmt_parse_int(const char *s, size_t len, int base, int64_t *out, char *err, size_t errlen);
int pyfmt_parse_float(const char *s, size_t len, double *out, char *err, size_t errlen);

/* repr(str): CPython's quote choice (' unless the string contains ' and no "),
 * escapes \\ \n \r \t and the quote, \xNN / \uNNNN / \UNNNNNNNN for non-printable code
 * points (CPython's str.isprintable), printable non-ASCII kept as UTF-8. Invalid
 * UTF-8 bytes are shown as \xNN. Appends to out. */
void pyfmt_str_repr(sbuf *out, const char *s, size_t len);

/* One printf-style conversion of "%" formatting for a number: flags from "-+ 0#",
 * width (< 0: none), precision (< 0: none), conversion one of d i o x X e E f F g G
 * (and u, as CPython). Returns 0, or -1 with CPython's message in err, e.g.
 * "%x format: an integer is required, not float" from pyfmt_percent_float. */
int pyfmt_percent_int(sbuf *out, int64_t v, const char *flags, int width, int prec, char conv, char *err, size_t errlen);
int pyfmt_percent_float(sbuf *out, double v, const char *flags, int width, int prec, char conv, char *err, size_t errlen);

#endif
