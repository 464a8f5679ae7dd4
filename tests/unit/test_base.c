/* test_base.c - the string builder and hashes. */
#include "test.h"
#include "base/base.h"

#include <stdlib.h>

TEST(base_sbuf_printf_grows)
{
    sbuf b = {0};
    for (int i = 0; i < 1000; i++)
        sbuf_printf(&b, "%d,", i);
    EXPECT_EQ_INT(b.len, 3890);
    EXPECT_TRUE(strncmp(sbuf_str(&b), "0,1,2,", 6) == 0);
    char *s = sbuf_take(&b);
    EXPECT_EQ_INT(strlen(s), 3890);
    EXPECT_EQ_STR(sbuf_str(&b), "");
    free(s);
}

TEST(base_fnv1a_known_vector)
{
    /* FNV-1a 64 of "a" is published as 0xaf63dc4c8601ec8c. */
    EXPECT_TRUE(hash_fnv1a("a", 1, HASH_FNV_INIT) == 0xaf63dc4c8601ec8cULL);
}

TEST(base_splitmix64_known_vector)
{
    /* First output of SplitMix64 seeded with 0 is 0xe220a8397b1dcdaf. */
    EXPECT_TRUE(hash_splitmix64(0) == 0xe220a8397b1dcdafULL);
}
