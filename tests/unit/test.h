/* test.h - the unit-test vocabulary. A test is `TEST(module_name) { ... }` in any
 * tests/unit/test_*.c; the Makefile collects the names into one list, and the runner
 * (runner.c) forks once per test with a timeout. Assertions print both values and
 * stop the test at the first failure. */
#ifndef LOOPLAB_TEST_H
#define LOOPLAB_TEST_H

#include <stdint.h>
#include <string.h>

#define TEST(name) void test_##name(void); void test_##name(void)

void test_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4), noreturn));

#define EXPECT_TRUE(c) \
    do { if (!(c)) test_fail(__FILE__, __LINE__, "expected true: %s", #c); } while (0)
#define EXPECT_FALSE(c) \
    do { if (c) test_fail(__FILE__, __LINE__, "expected false: %s", #c); } while (0)
#define EXPECT_EQ_INT(a, b) do { \
        long long a_ = (long long)(a), b_ = (long long)(b); \
        if (a_ != b_) test_fail(__FILE__, __LINE__, "%s == %s: got %lld, expected %lld", #a, #b, a_, b_); \
    } while (0)
#define EXPECT_EQ_STR(a, b) do { \
        const char *a_ = (a), *b_ = (b); \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) \
            test_fail(__FILE__, __LINE__, "%s == %s: got \"%s\", expected \"%s\"", #a, #b, \
                      a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
    } while (0)
#define EXPECT_NEAR(a, b, eps) do { \
        double a_ = (double)(a), b_ = (double)(b), e_ = (double)(eps); \
        if (!(a_ - b_ <= e_ && b_ - a_ <= e_)) \
            test_fail(__FILE__, __LINE__, "%s ~= %s: got %.9g, expected %.9g (+-%g)", #a, #b, a_, b_, e_); \
    } while (0)

/* A fresh temporary directory for the current test (removed by the runner). */
const char *test_tmpdir(void);

#endif
