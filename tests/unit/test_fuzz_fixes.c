/* test_fuzz_fixes.c - behaviour behind crashes the fuzzers found (tests/fuzz/), checked
 * without a sanitizer: the saved inputs themselves replay in tests/e2e/fuzz.sh. */
#include "test.h"

#include <stdlib.h>

#include "content/content.h"

/* Lone CRs end lines for cmark; the line table must agree, or option and metadata
 * lines were read past its end (tests/fuzz/regressions/content/quiz-*-lone-cr.md). */
TEST(fuzzfix_content_lone_cr_lines)
{
    static const char quiz[] =
        "---\rtopic: t\r---\r## t/q\rkind: single\rlevel: junior\r\rPick one.\r\r"
        "- [x] Right\r  because.\r- [ ] Wrong\r\r### Explanation\r\rSo.\r";
    struct content c;
    memset(&c, 0, sizeof c);
    content_parse_file(&c, "pack/quiz/t.md", quiz, "quiz");
    EXPECT_EQ_INT(c.ndiags, 0);
    EXPECT_EQ_INT(c.nquestions, 1);
    EXPECT_EQ_INT(c.questions[0].nopts, 2);
    EXPECT_EQ_STR(c.questions[0].opts[0].text, "Right");
    EXPECT_EQ_STR(c.questions[0].opts[0].note, "because.");
    EXPECT_TRUE(c.questions[0].opts[0].correct);
    EXPECT_EQ_STR(c.questions[0].opts[1].text, "Wrong");
    content_free(&c);
}
