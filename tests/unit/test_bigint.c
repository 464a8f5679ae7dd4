/* test_bigint.c - unit tests for the pure big-int core (src/py/bigint.c): parsing and
 * printing, the four operations with Python's floor rules, Karatsuba against
 * schoolbook, shifts and two's complement bit operations, conversions to and from
 * double with correct rounding, and CPython's hashes. Expected values come from
 * CPython 3.11. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "py/bigint.h"
#include "test.h"

/* A bn from decimal text with an optional '-'. */
static bn num(const char *s)
{
    bn r = {0};
    bool neg = *s == '-';
    if (neg) s++;
    bn_parse(&r, s, strlen(s), 10);
    r.neg = neg && r.n;
    return r;
}

/* The decimal text of a (static buffer, one at a time). */
static const char *dec(const bn *a)
{
    static char buf[4096];
    sbuf b = {0};
    bn_to_base(&b, a, 10, NULL);
    snprintf(buf, sizeof buf, "%s", sbuf_str(&b));
    sbuf_free(&b);
    return buf;
}

typedef void (*binop_fn)(bn *r, const bn *a, const bn *b);

static const char *op2(binop_fn f, const char *x, const char *y)
{
    bn a = num(x), b = num(y), r = {0};
    f(&r, &a, &b);
    const char *s = dec(&r);
    bn_free(&a); bn_free(&b); bn_free(&r);
    return s;
}

static void mul(bn *r, const bn *a, const bn *b) { bn_mul(r, a, b, NULL); }
static void fdiv(bn *r, const bn *a, const bn *b) { bn_divmod(r, NULL, a, b, NULL); }
static void fmod_(bn *r, const bn *a, const bn *b) { bn_divmod(NULL, r, a, b, NULL); }
static void band(bn *r, const bn *a, const bn *b) { bn_bitop(r, a, b, '&'); }
static void bor(bn *r, const bn *a, const bn *b) { bn_bitop(r, a, b, '|'); }
static void bxor(bn *r, const bn *a, const bn *b) { bn_bitop(r, a, b, '^'); }

#define A60 "999999999999999999999999999999999999999999999999999999999999"
#define B100 "-1267650600228229401496703217721"  /* -(2**100 + 12345) */

TEST(bigint_parse_print_roundtrip)
{
    const char *cases[] = {"0", "1", "-1", "4294967296", "-18446744073709551616", A60, B100,
                           "100000000000000000000000000000000000000000000000000000000001"};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bn a = num(cases[i]);
        EXPECT_EQ_STR(dec(&a), cases[i]);
        bn_free(&a);
    }
    bn h = {0};
    bn_parse(&h, "5a4653ca673768565b41f775d6947d55cf3813d1", 40, 16);
    sbuf b = {0};
    bn_to_base(&b, &h, 16, NULL);
    EXPECT_EQ_STR(sbuf_str(&b), "5a4653ca673768565b41f775d6947d55cf3813d1");
    sbuf_free(&b);
    bn t = {0};
    bn_set_i64(&t, 3);
    bn p = {0};
    bn_pow(&p, &t, 100, NULL);
    EXPECT_TRUE(bn_cmp(&p, &h) == 0);
    bn_free(&h); bn_free(&t); bn_free(&p);
}

TEST(bigint_add_sub_mul)
{
    EXPECT_EQ_STR(op2(bn_add, "18446744073709551615", "1"), "18446744073709551616");
    EXPECT_EQ_STR(op2(bn_sub, "18446744073709551616", "1"), "18446744073709551615");
    EXPECT_EQ_STR(op2(bn_add, A60, "-" A60), "0");
    EXPECT_EQ_STR(op2(bn_sub, "5", "7"), "-2");
    EXPECT_EQ_STR(op2(mul, A60, B100),
                  "-1267650600228229401496703217720999999999999999999999999999998732349399771770598503296782279");
    EXPECT_EQ_STR(op2(mul, "0", B100), "0");
}

TEST(bigint_floor_division_signs)
{
    EXPECT_EQ_STR(op2(fdiv, A60, B100), "-788860905221011805411728557601");
    EXPECT_EQ_STR(op2(fmod_, A60, B100), "-666950083203322794042792447322");
    EXPECT_EQ_STR(op2(fdiv, "-" A60, "7"), "-142857142857142857142857142857142857142857142857142857142857");
    EXPECT_EQ_STR(op2(fmod_, "-" A60, "7"), "0");
    EXPECT_EQ_STR(op2(fdiv, "-7", "2"), "-4");
    EXPECT_EQ_STR(op2(fmod_, "-7", "2"), "1");
    EXPECT_EQ_STR(op2(fmod_, "7", "-2"), "-1");
}

/* q*b + r == a and 0 <= |r| < |b| with r's sign that of b, over many random sizes. */
TEST(bigint_divmod_identity_random)
{
    srand(7);
    for (int iter = 0; iter < 300; iter++) {
        bn a = {0}, b = {0}, q = {0}, r = {0}, t = {0}, u = {0};
        int na = 1 + rand() % 40, nb = 1 + rand() % 20;
        a.d = malloc((size_t)na * 4); a.n = a.cap = na;
        b.d = malloc((size_t)nb * 4); b.n = b.cap = nb;
        for (int i = 0; i < na; i++) a.d[i] = (uint32_t)rand() * 2654435761u ^ (uint32_t)rand();
        for (int i = 0; i < nb; i++) b.d[i] = (uint32_t)rand() * 2246822519u ^ (uint32_t)rand();
        if (iter % 5 == 0) b.d[nb - 1] = 1;  /* small top digits: qhat corrections */
        if (iter % 7 == 0) for (int i = 0; i < nb; i++) b.d[i] = 0xFFFFFFFFu;
        while (a.n && !a.d[a.n - 1]) a.n--;
        while (b.n && !b.d[b.n - 1]) b.n--;
        if (!b.n) { bn_free(&a); bn_free(&b); continue; }
        a.neg = (iter & 1) && a.n;
        b.neg = (iter & 2) != 0;
        EXPECT_TRUE(bn_divmod(&q, &r, &a, &b, NULL));
        bn_mul(&t, &q, &b, NULL);
        bn_add(&u, &t, &r);
        EXPECT_TRUE(bn_cmp(&u, &a) == 0);
        bn rabs = r, babs = b;
        rabs.neg = babs.neg = false;
        EXPECT_TRUE(bn_cmp(&rabs, &babs) < 0);
        EXPECT_TRUE(r.n == 0 || r.neg == b.neg);
        bn_free(&a); bn_free(&b); bn_free(&q); bn_free(&r); bn_free(&t); bn_free(&u);
    }
}

/* Karatsuba (large operands) agrees with a product built from schoolbook pieces:
 * (x*y) mod 10**30 checked against CPython, and (x*y)/y == x. */
TEST(bigint_karatsuba_matches)
{
    bn three = {0}, seven = {0}, x = {0}, y = {0}, p = {0}, q = {0}, m = {0}, ten = {0}, t30 = {0};
    bn_set_i64(&three, 3);
    bn_set_i64(&seven, 7);
    bn_set_i64(&ten, 10);
    bn_pow(&x, &three, 5000, NULL);   /* about 250 digits of 32 bits */
    bn_pow(&y, &seven, 3000, NULL);
    EXPECT_TRUE(bn_mul(&p, &x, &y, NULL));
    bn_pow(&t30, &ten, 30, NULL);
    bn_divmod(NULL, &m, &p, &t30, NULL);
    bn x1 = {0}, y1 = {0}, p1 = {0}, m1 = {0};
    bn_pow(&x1, &three, 500, NULL);
    bn_pow(&y1, &seven, 300, NULL);
    bn_mul(&p1, &x1, &y1, NULL);
    bn_divmod(NULL, &m1, &p1, &t30, NULL);
    EXPECT_EQ_STR(dec(&m1), "170850415555359283006761790001");
    bn_divmod(&q, NULL, &p, &y, NULL);
    EXPECT_TRUE(bn_cmp(&q, &x) == 0);
    /* lopsided: a long times a short */
    bn s = {0}, lp = {0}, back = {0};
    bn_pow(&s, &seven, 900, NULL);
    bn_mul(&lp, &x, &s, NULL);
    bn_divmod(&back, NULL, &lp, &s, NULL);
    EXPECT_TRUE(bn_cmp(&back, &x) == 0);
    bn *all[] = {&three, &seven, &x, &y, &p, &q, &m, &ten, &t30, &x1, &y1, &p1, &m1, &s, &lp, &back};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) bn_free(all[i]);
}

TEST(bigint_shifts_and_bits)
{
    bn b = num(B100), r = {0};
    bn_shr(&r, &b, 7);
    EXPECT_EQ_STR(dec(&r), "-9903520314283042199192993889");
    bn_shl(&r, &b, 33);
    EXPECT_EQ_STR(dec(&r), "-10889035741470030830827987543859325304832");
    bn_shr(&r, &b, 1000);
    EXPECT_EQ_STR(dec(&r), "-1");
    bn_invert(&r, &b);
    EXPECT_EQ_STR(dec(&r), "1267650600228229401496703217720");
    bn_free(&b);
    bn_free(&r);
    EXPECT_EQ_STR(op2(band, A60, B100), "999999999999999999999999999999999999999999999999999999987655");
    EXPECT_EQ_STR(op2(bor, A60, B100), "-1267650600228229401496703205377");
    EXPECT_EQ_STR(op2(bxor, A60, B100), "-1000000000000000000000000000001267650600228229401496703193032");
    EXPECT_EQ_STR(op2(band, "-1", "-18446744073709551616"), "-18446744073709551616");
}

TEST(bigint_to_double_rounds_to_even)
{
    bn a = num("9007199254740993"), b = num("18014398509481987"), c = {0};  /* 2**53+1, 2**54+3 */
    double d;
    EXPECT_TRUE(bn_to_double(&a, &d));
    EXPECT_TRUE(d == 9007199254740992.0);
    EXPECT_TRUE(bn_to_double(&b, &d));
    EXPECT_TRUE(d == 18014398509481988.0);
    bn one = {0};
    bn_set_i64(&one, 1);
    bn_shl(&c, &one, 1024);
    EXPECT_FALSE(bn_to_double(&c, &d));
    bn_free(&a); bn_free(&b); bn_free(&c); bn_free(&one);
    bn f = {0};
    bn_from_double(&f, -1e30);
    EXPECT_EQ_STR(dec(&f), "-1000000000000000019884624838656");
    bn_free(&f);
}

TEST(bigint_truediv_correctly_rounded)
{
    bn a = num("1000000000000000000000000000001"), b = num("3"), one = num("1"), big = {0}, t = {0};
    double d;
    EXPECT_EQ_INT(bn_truediv(&a, &b, &d, NULL), 0);
    EXPECT_TRUE(d == 3.333333333333333e+29);
    bn_pow(&big, &b, 50, NULL);
    EXPECT_EQ_INT(bn_truediv(&one, &big, &d, NULL), 0);
    EXPECT_TRUE(d == 1.3929555690985384e-24);
    bn_shl(&t, &one, 2000);
    EXPECT_EQ_INT(bn_truediv(&t, &b, &d, NULL), -1);
    EXPECT_EQ_INT(bn_truediv(&one, &t, &d, NULL), 0);
    EXPECT_TRUE(d == 0.0);
    bn_free(&a); bn_free(&b); bn_free(&one); bn_free(&big); bn_free(&t);
}

TEST(bigint_hashes_match_cpython)
{
    bn a = num("1267650600228229401496703205376"), b = num("-1267650600228229401496703205376");
    bn m = num("2305843009213693951");  /* 2**61 - 1 */
    EXPECT_TRUE(bn_hash(&a) == 549755813888u);
    EXPECT_TRUE((int64_t)bn_hash(&b) == -549755813888);
    EXPECT_TRUE(bn_hash(&m) == 0);
    EXPECT_TRUE(bn_hash_double(0x1p100) == bn_hash(&a));
    EXPECT_TRUE(bn_hash_double(0.5) == 1152921504606846976u);
    EXPECT_TRUE((int64_t)bn_hash_double(-1.5) == -1152921504606846977);
    EXPECT_TRUE(bn_hash_double(1e300) == 1224995262755759164u);
    EXPECT_TRUE((int64_t)bn_hash_double(-1.0) == -2);
    bn_free(&a); bn_free(&b); bn_free(&m);
}

TEST(bigint_stop_flag_interrupts)
{
    volatile int stop = 1;
    bn x = {0}, ten = {0}, r = {0};
    bn_set_i64(&ten, 10);
    bn_pow(&x, &ten, 20000, NULL);
    EXPECT_FALSE(bn_mul(&r, &x, &x, &stop));
    sbuf b = {0};
    EXPECT_FALSE(bn_to_base(&b, &x, 10, &stop));
    sbuf_free(&b);
    bn_free(&x); bn_free(&ten); bn_free(&r);
}
