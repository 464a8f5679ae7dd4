/* bigint.h - arbitrary-precision ints for the mini-Python. An int that fits int64_t
 * is always a V_INT; one that does not is a K_BIGINT heap object (sign and 32-bit
 * magnitude digits, immutable, no references), so a big int never equals a small one
 * and every operation normalises its result back to V_INT when it fits.
 *
 * Two layers: the bn_* core is pure arithmetic on malloc'd digit arrays (no VM, unit
 * tested directly); the bigint_* functions are what the VM calls, with CPython's
 * exceptions, the memory cap and Ctrl-C. */
#ifndef LOOPLAB_PY_BIGINT_H
#define LOOPLAB_PY_BIGINT_H

#include <stdbool.h>
#include <stdint.h>

#include "base/base.h"
#include "py/vm.h"

/* ---- the pure core ---- */

/* A signed magnitude: d[0..n) little-endian base 2**32, d[n-1] != 0; zero is n == 0
 * (and never negative). Owns d. */
typedef struct bn {
    uint32_t *d;
    int64_t n, cap;
    bool neg;
} bn;

/* Stop flag for the long loops (multiplication rows, division steps, decimal
 * conversion): when *stop becomes nonzero the operation gives up and returns false. */
typedef const volatile int *bn_stop;

void bn_free(bn *a);
void bn_set_i64(bn *r, int64_t v);
bool bn_get_i64(const bn *a, int64_t *out);          /* false if it does not fit */
int bn_cmp(const bn *a, const bn *b);                 /* -1, 0, 1 */
int64_t bn_bit_length(const bn *a);                   /* of |a| */
/* r = a op b; r must not alias a or b (r is reset first). */
void bn_add(bn *r, const bn *a, const bn *b);
void bn_sub(bn *r, const bn *a, const bn *b);
bool bn_mul(bn *r, const bn *a, const bn *b, bn_stop stop);
/* Floor division: q = a // b, m = a % b (sign of b); either may be NULL; b != 0. */
bool bn_divmod(bn *q, bn *m, const bn *a, const bn *b, bn_stop stop);
bool bn_pow(bn *r, const bn *a, uint64_t e, bn_stop stop);
void bn_shl(bn *r, const bn *a, uint64_t s);
void bn_shr(bn *r, const bn *a, uint64_t s);          /* floor, as Python's >> */
/* Python's infinite two's complement &, |, ^ ('&', '|', '^'), and ~a = -(a+1). */
void bn_bitop(bn *r, const bn *a, const bn *b, char op);
void bn_invert(bn *r, const bn *a);
/* digits: only digits of base (no sign, prefix or underscores), at least one. */
void bn_parse(bn *r, const char *digits, size_t n, int base);
/* Appends the text of a in base 2, 8, 10 or 16 (lowercase), '-' first if negative. */
bool bn_to_base(sbuf *out, const bn *a, int base, bn_stop stop);
/* The nearest double, ties to even; false if it rounds to 2**1024 or beyond. */
bool bn_to_double(const bn *a, double *out);
void bn_from_double(bn *r, double f);                 /* f finite: trunc(f), exactly */
/* a / b correctly rounded; 0, or -1 when the result overflows a double. b != 0. */
int bn_truediv(const bn *a, const bn *b, double *out, bn_stop stop);
uint64_t bn_hash(const bn *a);                        /* CPython's hash(int) */
uint64_t bn_hash_double(double f);                    /* CPython's hash(float) */

/* ---- the VM side ---- */

typedef struct py_bigint {
    py_obj hdr;
    bool neg;
    int64_t n;          /* digits, >= 2 (it would be a V_INT otherwise) */
    uint32_t d[];
} py_bigint;

static inline bool bigint_is(py_val v) { return v.tag == V_OBJ && v.u.o->kind == K_BIGINT; }
/* An int of any size (bools included). */
static inline bool int_is(py_val v) { return v.tag == V_INT || v.tag == V_BOOL || bigint_is(v); }
size_t bigint_obj_size(const py_obj *o);              /* for the collector */

/* A source literal too big for int64 ("0x_ffff...", "123_456..."), already checked
 * by the lexer. */
py_val bigint_literal(py_vm *vm, const char *text, size_t len);
/* int(s, base) for text pyfmt_parse_int accepted but found too big for int64. */
py_val bigint_parse(py_vm *vm, const char *s, size_t len, int base);
py_val bigint_from_double(py_vm *vm, double f);       /* int(f): ValueError/OverflowError for nan/inf */
int bigint_to_double(py_vm *vm, py_val v, double *out);  /* -1 after OverflowError */
/* a op b for ints of any size, or an int and a float; V_UNDEF if an operand is neither. */
py_val bigint_binop(py_vm *vm, int op, py_val a, py_val b);
py_val bigint_unary(py_vm *vm, int op, py_val a);    /* -, +, ~ of a big int */
/* Exact comparison of two numbers (ints of any size, floats): -1, 0, 1, 2 for nan. */
int bigint_num_cmp(py_val a, py_val b);
uint64_t bigint_hash(py_val v);
/* str(v): -1 after ValueError (more than 4300 digits), as CPython 3.11. */
int bigint_str_into(py_vm *vm, sbuf *b, py_val v);
py_val bigint_to_base(py_vm *vm, py_val v, int base); /* hex() oct() bin() of any int */
py_val bigint_format(py_vm *vm, py_val v, const char *spec, size_t len);
/* "%d" % v etc. for a big int; 0, or a PYFMT_* code with the message in err. */
int bigint_percent(py_vm *vm, sbuf *b, py_val v, const char *flags, int width, int prec, char conv, char *err,
                   size_t errlen);
py_val bigint_divmod(py_vm *vm, py_val a, py_val b);  /* ints */
py_val bigint_powmod(py_vm *vm, py_val b, py_val e, py_val m);  /* ints, m != 0 */
py_val bigint_round(py_vm *vm, py_val x, py_val ndigits);     /* ints */
py_val bigint_abs(py_vm *vm, py_val v);
int64_t bigint_bit_length(py_val v);
int64_t bigint_bit_count(py_val v);
py_val bigint_to_bytes(py_vm *vm, py_val v, int64_t n, bool little, bool is_signed);
py_val bigint_from_bytes(py_vm *vm, const unsigned char *p, int64_t n, bool little, bool is_signed);
/* CPython's messages for a big int where a machine size is wanted. */
py_val bigint_raise_index(py_vm *vm);   /* IndexError: cannot fit 'int' into an index-sized integer */
py_val bigint_raise_ssize(py_vm *vm);   /* OverflowError: Python int too large to convert to C ssize_t */

#endif
