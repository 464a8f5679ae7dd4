/* test_pyfmt.c - the headline cases of pyfmt, written out so they read as a spec, and
 * the API's contracts (appending, errors, limits). The bulk comparison with CPython
 * is in test_pyfmt_vectors.c (generated); every literal here was printed by CPython 3.11. */
#include "test.h"
#include "py/pyfmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The text of one call, kept in a static buffer so tests read as one line each. */
static const char *repr_of(double x)
{
    static char buf[64];
    sbuf b = {0};
    pyfmt_float_repr(&b, x);
    snprintf(buf, sizeof buf, "%s", sbuf_str(&b));
    sbuf_free(&b);
    return buf;
}

static const char *fmt_f(double x, const char *spec)
{
    static char buf[256];
    char err[128];
    sbuf b = {0};
    int rc = pyfmt_format_float(&b, x, spec, strlen(spec), err, sizeof err);
    snprintf(buf, sizeof buf, "%s", rc == 0 ? sbuf_str(&b) : err);
    sbuf_free(&b);
    return buf;
}

static const char *fmt_i(int64_t v, const char *spec)
{
    static char buf[256];
    char err[128];
    sbuf b = {0};
    int rc = pyfmt_format_int(&b, v, spec, strlen(spec), err, sizeof err);
    snprintf(buf, sizeof buf, "%s", rc == 0 ? sbuf_str(&b) : err);
    sbuf_free(&b);
    return buf;
}

static const char *fmt_s(const char *s, const char *spec)
{
    static char buf[256];
    char err[128];
    sbuf b = {0};
    int rc = pyfmt_format_str(&b, s, strlen(s), spec, strlen(spec), err, sizeof err);
    snprintf(buf, sizeof buf, "%s", rc == 0 ? sbuf_str(&b) : err);
    sbuf_free(&b);
    return buf;
}

static bool is_neg_zero(double x)
{
    return x == 0 && signbit(x);
}

TEST(pyfmt_float_repr_headlines)
{
    EXPECT_EQ_STR(repr_of(0.1), "0.1");
    EXPECT_EQ_STR(repr_of(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ_STR(repr_of(1.0 / 3), "0.3333333333333333");
    EXPECT_EQ_STR(repr_of(9007199254740992.0 + 1.0), "9007199254740992.0");
    EXPECT_EQ_STR(repr_of(1e22), "1e+22");
    EXPECT_EQ_STR(repr_of(5e-324), "5e-324");
    EXPECT_EQ_STR(repr_of(1.7976931348623157e308), "1.7976931348623157e+308");
    EXPECT_EQ_STR(repr_of(123456789012345678.0), "1.2345678901234568e+17");
    EXPECT_EQ_STR(repr_of(1e16), "1e+16");
    EXPECT_EQ_STR(repr_of(9999999999999998.0), "9999999999999998.0");
    EXPECT_EQ_STR(repr_of(0.0001), "0.0001");
    EXPECT_EQ_STR(repr_of(0.00001), "1e-05");
    EXPECT_EQ_STR(repr_of(-0.0), "-0.0");
    EXPECT_EQ_STR(repr_of(1.0), "1.0");
    EXPECT_EQ_STR(repr_of(INFINITY), "inf");
    EXPECT_EQ_STR(repr_of(-INFINITY), "-inf");
    EXPECT_EQ_STR(repr_of(NAN), "nan");
    /* Exactly between two 17-digit candidates: the even one, as dtoa. */
    EXPECT_EQ_STR(repr_of(1125899906842624.25), "1125899906842624.2");
}

TEST(pyfmt_round_headlines)
{
    EXPECT_TRUE(pyfmt_round(2.675, 2) == 2.67); /* 2.675 is really 2.67499999... */
    EXPECT_TRUE(pyfmt_round(0.125, 2) == 0.12); /* an exact tie: to even */
    EXPECT_TRUE(pyfmt_round(0.375, 2) == 0.38);
    EXPECT_TRUE(pyfmt_round(1e300, -300) == 1e300);
    EXPECT_TRUE(pyfmt_round(1234.5678, -2) == 1200.0);
    EXPECT_TRUE(pyfmt_round(250.0, -2) == 200.0);
    EXPECT_TRUE(pyfmt_round(500.0, -3) == 0.0);
    EXPECT_TRUE(is_neg_zero(pyfmt_round(-0.4, 0)));
    EXPECT_TRUE(isinf(pyfmt_round(1.7976931348623157e308, -308))); /* CPython: OverflowError */
    EXPECT_TRUE(isnan(pyfmt_round(NAN, 2)));
    EXPECT_TRUE(pyfmt_round_half_even(2.5) == 2.0);
    EXPECT_TRUE(pyfmt_round_half_even(3.5) == 4.0);
    EXPECT_TRUE(is_neg_zero(pyfmt_round_half_even(-0.5)));
    EXPECT_TRUE(pyfmt_round_half_even(0.5) == 0.0);
}

TEST(pyfmt_division_headlines)
{
    int64_t q = 0;
    EXPECT_TRUE(pyfmt_int_floordiv(-7, 2, &q));
    EXPECT_EQ_INT(q, -4);
    EXPECT_EQ_INT(pyfmt_int_mod(7, -2), -1);
    EXPECT_EQ_INT(pyfmt_int_mod(-7, 2), 1);
    EXPECT_FALSE(pyfmt_int_floordiv(INT64_MIN, -1, &q));
    EXPECT_EQ_INT(pyfmt_int_mod(INT64_MIN, -1), 0);
    double fq, fm;
    pyfmt_float_divmod(-7.5, 2.0, &fq, &fm);
    EXPECT_TRUE(fq == -4.0 && fm == 0.5);
    pyfmt_float_divmod(0.0, -1.0, NULL, &fm);
    EXPECT_TRUE(is_neg_zero(fm));
    pyfmt_float_divmod(-0.0, 1.0, &fq, NULL);
    EXPECT_TRUE(is_neg_zero(fq));
    int64_t p = 0;
    EXPECT_TRUE(pyfmt_int_pow(-2, 63, &p));
    EXPECT_TRUE(p == INT64_MIN);
    EXPECT_FALSE(pyfmt_int_pow(2, 63, &p));
}

TEST(pyfmt_format_headlines)
{
    EXPECT_EQ_STR(fmt_f(1e16, ""), "1e+16");
    EXPECT_EQ_STR(fmt_f(0.1, ""), "0.1");
    EXPECT_EQ_STR(fmt_f(1.0, ""), "1.0");
    EXPECT_EQ_STR(fmt_f(1.5, ".3"), "1.5");
    EXPECT_EQ_STR(fmt_f(3.14159, "08.3f"), "0003.142");
    EXPECT_EQ_STR(fmt_f(0.256, ".0%"), "26%");
    EXPECT_EQ_STR(fmt_f(1234.5, "e"), "1.234500e+03");
    EXPECT_EQ_STR(fmt_f(123456.0, "g"), "123456");
    EXPECT_EQ_STR(fmt_f(1234567.0, "g"), "1.23457e+06");
    EXPECT_EQ_STR(fmt_f(0.0001234, ".2g"), "0.00012");
    EXPECT_EQ_STR(fmt_f(2.5, ".0f"), "2");
    EXPECT_EQ_STR(fmt_f(1.5, "d"), "Unknown format code 'd' for object of type 'float'");
    EXPECT_EQ_STR(fmt_i(255, "#x"), "0xff");
    EXPECT_EQ_STR(fmt_i(1234567, "+,d"), "+1,234,567");
    EXPECT_EQ_STR(fmt_i(1234, ".2g"), "1.2e+03");
    EXPECT_EQ_STR(fmt_i(-42, "=+8"), "-     42");
    EXPECT_EQ_STR(fmt_i(1234, "09,"), "0,001,234");
    EXPECT_EQ_STR(fmt_i(1, "abc"), "Invalid format specifier 'abc' for object of type 'int'");
    EXPECT_EQ_STR(fmt_s("hi", "^10"), "    hi    ");
    EXPECT_EQ_STR(fmt_s("hi", "*^9"), "***hi****");
    EXPECT_EQ_STR(fmt_s("h\xc3\xa9llo", "\xe2\x86\x92>7.3"), "\xe2\x86\x92\xe2\x86\x92\xe2\x86\x92\xe2\x86\x92h\xc3\xa9l");
    EXPECT_EQ_STR(fmt_s("a", ",s"), "Cannot specify ',' with 's'.");
    EXPECT_EQ_STR(fmt_s("a", "+"), "Sign not allowed in string format specifier");
}

TEST(pyfmt_format_appends_and_keeps_out_on_error)
{
    sbuf b = {0};
    char err[128];
    sbuf_adds(&b, "x=");
    EXPECT_EQ_INT(pyfmt_format_float(&b, 2.5, ">6", 2, err, sizeof err), 0);
    EXPECT_EQ_STR(sbuf_str(&b), "x=   2.5");
    EXPECT_EQ_INT(pyfmt_format_int(&b, 7, ".2", 2, err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(err, "Precision not allowed in integer format specifier");
    EXPECT_EQ_STR(sbuf_str(&b), "x=   2.5");
    EXPECT_EQ_INT(pyfmt_format_int(&b, 0x110000, "c", 1, err, sizeof err), PYFMT_OVERFLOW);
    EXPECT_EQ_STR(err, "%c arg not in range(0x110000)");
    /* The spec is a counted string: what follows it is not read. */
    EXPECT_EQ_INT(pyfmt_format_int(&b, 5, "03junk", 2, NULL, 0), 0);
    EXPECT_EQ_STR(sbuf_str(&b), "x=   2.5005");
    /* A short err buffer gets a truncated, terminated message. */
    char small[8];
    EXPECT_EQ_INT(pyfmt_format_str(&b, "a", 1, "d", 1, small, sizeof small), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(small, "Unknown");
    sbuf_free(&b);
}

TEST(pyfmt_format_refuses_absurd_widths)
{
    sbuf b = {0};
    char err[128];
    EXPECT_EQ_INT(pyfmt_format_int(&b, 1, "999999999", 9, err, sizeof err), PYFMT_MEMORY_ERROR);
    EXPECT_EQ_INT(pyfmt_format_float(&b, 1, ".999999999f", 11, err, sizeof err), PYFMT_MEMORY_ERROR);
    EXPECT_EQ_INT(pyfmt_format_float(&b, 1, ".9999999999f", 12, err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(err, "precision too big");
    EXPECT_EQ_INT(pyfmt_percent_int(&b, 1, "", 999999999, -1, 'd', err, sizeof err), PYFMT_MEMORY_ERROR);
    EXPECT_EQ_INT(b.len, 0);
    /* Large but sane precision is exact: 0.1 has 55 significant digits. */
    EXPECT_EQ_INT(pyfmt_format_float(&b, 0.1, ".60f", 4, err, sizeof err), 0);
    EXPECT_EQ_STR(sbuf_str(&b), "0.100000000000000005551115123125782702118158340454101562500000");
    sbuf_free(&b);
}

TEST(pyfmt_parse_int_contracts)
{
    int64_t v = 0;
    char err[512];
    EXPECT_EQ_INT(pyfmt_parse_int(" -0x_1F ", 8, 0, &v, err, sizeof err), 0);
    EXPECT_EQ_INT(v, -31);
    EXPECT_EQ_INT(pyfmt_parse_int("abc", 3, 10, &v, err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(err, "invalid literal for int() with base 10: 'abc'");
    EXPECT_EQ_INT(pyfmt_parse_int("12", 2, 1, &v, err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(err, "int() base must be >= 2 and <= 36, or 0");
    EXPECT_EQ_INT(pyfmt_parse_int("9223372036854775808", 19, 10, &v, err, sizeof err), PYFMT_OVERFLOW);
    EXPECT_EQ_INT(pyfmt_parse_int("-9223372036854775808", 20, 10, &v, err, sizeof err), 0);
    EXPECT_TRUE(v == INT64_MIN);
    /* An embedded NUL ends nothing: the length is what counts. */
    EXPECT_EQ_INT(pyfmt_parse_int("1\0002", 3, 10, &v, err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(err, "invalid literal for int() with base 10: '1\\x002'");
    /* CPython refuses more than 4300 decimal digits before it looks at the value. */
    char *many = xmalloc(4302);
    memset(many, '1', 4301);
    EXPECT_EQ_INT(pyfmt_parse_int(many, 4301, 10, &v, err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(err, "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
                       "use sys.set_int_max_str_digits() to increase the limit");
    EXPECT_EQ_INT(pyfmt_parse_int(many, 4301, 2, &v, err, sizeof err), PYFMT_OVERFLOW);
    free(many);
}

TEST(pyfmt_parse_float_contracts)
{
    double v = 0;
    char err[512];
    EXPECT_EQ_INT(pyfmt_parse_float(" 1_000.5e-1_0\n", 14, &v, err, sizeof err), 0);
    EXPECT_TRUE(v == 1000.5e-10);
    EXPECT_EQ_INT(pyfmt_parse_float("-Infinity", 9, &v, err, sizeof err), 0);
    EXPECT_TRUE(isinf(v) && v < 0);
    EXPECT_EQ_INT(pyfmt_parse_float(" x ", 3, &v, err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(err, "could not convert string to float: ' x '");
    EXPECT_EQ_INT(pyfmt_parse_float("0x10", 4, &v, err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_INT(pyfmt_parse_float("1e400", 5, &v, err, sizeof err), 0);
    EXPECT_TRUE(isinf(v));
}

TEST(pyfmt_percent_contracts)
{
    sbuf b = {0};
    char err[128];
    EXPECT_EQ_INT(pyfmt_percent_float(&b, 3.14159, "", 5, 1, 'f', err, sizeof err), 0);
    EXPECT_EQ_INT(pyfmt_percent_int(&b, 42, "-", 6, -1, 'd', err, sizeof err), 0);
    EXPECT_EQ_INT(pyfmt_percent_int(&b, 255, "+", -1, -1, 'x', err, sizeof err), 0);
    EXPECT_EQ_INT(pyfmt_percent_int(&b, 8, "#", -1, -1, 'o', err, sizeof err), 0);
    EXPECT_EQ_INT(pyfmt_percent_float(&b, 1e20, NULL, -1, -1, 'd', err, sizeof err), 0);
    pyfmt_percent_str(&b, "h\xc3\xa9llo", 6, "", -1, 3);
    EXPECT_EQ_STR(sbuf_str(&b), "  3.142    +ff0o10100000000000000000000h\xc3\xa9l");
    EXPECT_EQ_INT(pyfmt_percent_float(&b, 3.0, "", -1, -1, 'x', err, sizeof err), PYFMT_TYPE_ERROR);
    EXPECT_EQ_STR(err, "%x format: an integer is required, not float");
    EXPECT_EQ_INT(pyfmt_percent_float(&b, INFINITY, "", -1, -1, 'd', err, sizeof err), PYFMT_OVERFLOW);
    EXPECT_EQ_STR(err, "cannot convert float infinity to integer");
    EXPECT_EQ_INT(pyfmt_percent_int(&b, 1, "", -1, -1, 'z', err, sizeof err), PYFMT_VALUE_ERROR);
    EXPECT_EQ_STR(err, "unsupported format character 'z' (0x7a)");
    sbuf_free(&b);
}

TEST(pyfmt_str_repr_and_unicode)
{
    sbuf b = {0};
    pyfmt_str_repr(&b, "it's\n\xc3\xa9\xe2\x80\x8b", 10);
    EXPECT_EQ_STR(sbuf_str(&b), "\"it's\\n\xc3\xa9\\u200b\"");
    sbuf_reset(&b);
    pyfmt_str_repr(&b, "\xff", 1); /* not UTF-8: shown byte by byte */
    EXPECT_EQ_STR(sbuf_str(&b), "'\\xff'");
    sbuf_free(&b);
    EXPECT_TRUE(pyfmt_unicode_isprintable('a'));
    EXPECT_FALSE(pyfmt_unicode_isprintable(0xAD));   /* soft hyphen, Cf */
    EXPECT_TRUE(pyfmt_unicode_isprintable(0x1F600)); /* emoji */
    EXPECT_FALSE(pyfmt_unicode_isprintable(0x378));  /* unassigned */
    EXPECT_TRUE(pyfmt_unicode_isspace(0x3000));
    EXPECT_TRUE(pyfmt_unicode_isspace(0x1F));
    EXPECT_FALSE(pyfmt_unicode_isspace(0x200B));
    EXPECT_EQ_INT(pyfmt_unicode_decimal('7'), 7);
    EXPECT_EQ_INT(pyfmt_unicode_decimal(0x0669), 9); /* ARABIC-INDIC DIGIT NINE */
    EXPECT_EQ_INT(pyfmt_unicode_decimal(0x00B2), -1); /* superscript two is a digit, not decimal */
}
