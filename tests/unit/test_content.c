/* test_content.c - parsing lessons and questions, diagnostics with file:line, judging
 * answers, and Markdown layout. */
#include "test.h"

#include <stdlib.h>

#include "content/content.h"
#include "content/doc.h"
#include "quiz/judge.h"

static const char lesson_md[] =
    "---\n"
    "id: demo-lesson\n"
    "title: A demo lesson\n"
    "order: 3\n"
    "summary: For tests.\n"
    "---\n"
    "\n"
    "## First page\n"
    "\n"
    "Hello *there*.\n"
    "\n"
    "## Second page\n"
    "\n"
    "```python\n"
    "print(1)\n"
    "```\n";

static const char quiz_md[] =
    "---\n"
    "topic: demo-lesson\n"
    "---\n"
    "\n"
    "## demo-lesson/pick\n"
    "kind: single\n"
    "level: junior\n"
    "\n"
    "Which?\n"
    "\n"
    "- [ ] Wrong one\n"
    "  A misconception.\n"
    "- [x] Right one\n"
    "\n"
    "### Explanation\n"
    "\n"
    "Because.\n"
    "\n"
    "## demo-lesson/out\n"
    "kind: predict\n"
    "level: mid\n"
    "\n"
    "What prints?\n"
    "\n"
    "```python\n"
    "print(1)\n"
    "print(2)\n"
    "```\n"
    "\n"
    "```output\n"
    "1\n"
    "2\n"
    "```\n"
    "\n"
    "### Wrong answers\n"
    "\n"
    "- `2 1`: Order is program order.\n"
    "\n"
    "### Explanation\n"
    "\n"
    "In order.\n"
    "\n"
    "## demo-lesson/steps\n"
    "kind: order\n"
    "level: senior\n"
    "\n"
    "Order these.\n"
    "\n"
    "1. first\n"
    "2. second\n"
    "3. third\n"
    "\n"
    "### Explanation\n"
    "\n"
    "Counting.\n"
    "\n"
    "## demo-lesson/bug\n"
    "kind: bug\n"
    "level: mid\n"
    "answer: 2\n"
    "\n"
    "Find it.\n"
    "\n"
    "```python\n"
    "x = 1\n"
    "y = x / 0\n"
    "```\n"
    "\n"
    "### Explanation\n"
    "\n"
    "Division by zero.\n";

static void load(struct content *c)
{
    content_load(c, false, NULL, 0);
    content_parse_file(c, "pack/content/lessons/03-demo.md", lesson_md, "lesson");
    content_parse_file(c, "pack/quiz/demo.md", quiz_md, "quiz");
}

TEST(content_parses_lesson_pages)
{
    struct content c;
    load(&c);
    EXPECT_EQ_INT(c.ndiags, 0);
    EXPECT_EQ_INT(c.nlessons, 1);
    EXPECT_EQ_STR(c.lessons[0].title, "A demo lesson");
    EXPECT_EQ_INT(c.lessons[0].npages, 2);
    EXPECT_EQ_STR(c.lessons[0].pages[1].title, "Second page");
    EXPECT_EQ_INT(c.lessons[0].pages[1].line, 12);
    EXPECT_TRUE(strstr(c.lessons[0].pages[0].markdown, "Hello *there*.") != NULL);
    EXPECT_TRUE(content_lesson(&c, "3") == &c.lessons[0]);
    content_free(&c);
}

TEST(content_parses_question_kinds)
{
    struct content c;
    load(&c);
    EXPECT_EQ_INT(c.nquestions, 4);
    const struct question *q = &c.questions[0];
    EXPECT_EQ_STR(q->id, "demo-lesson/pick");
    EXPECT_EQ_INT(q->line, 5);
    EXPECT_EQ_INT(q->nopts, 2);
    EXPECT_EQ_STR(q->opts[0].text, "Wrong one");
    EXPECT_EQ_STR(q->opts[0].note, "A misconception.");
    EXPECT_TRUE(q->opts[1].correct);
    EXPECT_EQ_STR(q->explanation, "\nBecause.\n");
    q = &c.questions[1];
    EXPECT_EQ_INT(q->kind, Q_PREDICT);
    EXPECT_EQ_STR(q->output, "1\n2\n");
    EXPECT_TRUE(strstr(q->prompt, "```output") == NULL);
    EXPECT_EQ_INT(q->nnotes, 1);
    EXPECT_EQ_STR(q->notes[0].answer, "2 1");
    q = &c.questions[2];
    EXPECT_EQ_INT(q->kind, Q_ORDER);
    EXPECT_EQ_INT(q->nopts, 3);
    EXPECT_EQ_STR(q->opts[2].text, "third");
    q = &c.questions[3];
    EXPECT_EQ_INT(q->answer_line, 2);
    EXPECT_EQ_STR(q->code, "x = 1\ny = x / 0\n");
    content_free(&c);
}

TEST(content_diagnostics_name_file_and_line)
{
    struct content c;
    content_load(&c, false, NULL, 0);
    content_parse_file(&c, "l.md", "---\nid: x\norder: 1\nsummary: s\n---\n\n## P\n\nT\n", "lesson");
    content_parse_file(&c, "q.md",
                       "---\ntopic: x\n---\n\n## x/a\nkind: single\nlevel: mid\n\nQ?\n\n- [ ] a\n- [ ] b\n\n"
                       "### Explanation\n\nE\n",
                       "quiz");
    content_parse_file(&c, "u.md", "---\nid: y\ntitle: t\norder: 2\nsummary: s\ncolour: red\n---\n## P\n", "lesson");
    EXPECT_EQ_INT(c.ndiags, 3);
    EXPECT_EQ_STR(c.diags[0].msg, "lesson has no title (add 'title:' to the front matter)");
    EXPECT_EQ_INT(c.diags[0].line, 1);
    EXPECT_EQ_STR(c.diags[1].file, "q.md");
    EXPECT_EQ_INT(c.diags[1].line, 5);
    EXPECT_TRUE(strstr(c.diags[1].msg, "no correct option") != NULL);
    EXPECT_EQ_INT(c.diags[2].line, 6);
    EXPECT_EQ_STR(c.diags[2].msg, "unknown key 'colour'");
    EXPECT_EQ_INT(c.nlessons, 0);
    EXPECT_EQ_INT(c.nquestions, 0);
    content_free(&c);
}

TEST(content_missing_front_matter)
{
    struct content c;
    content_load(&c, false, NULL, 0);
    content_parse_file(&c, "n.md", "# Just markdown\n", "lesson");
    EXPECT_EQ_INT(c.ndiags, 1);
    EXPECT_EQ_INT(c.diags[0].line, 1);
    EXPECT_TRUE(strstr(c.diags[0].msg, "front matter") != NULL);
    content_free(&c);
}

TEST(judge_every_kind)
{
    struct content c;
    load(&c);
    struct verdict v;
    char hint[160];
    EXPECT_EQ_INT(judge_answer(&c.questions[0], "b", NULL, &v, hint, sizeof hint), 0);
    EXPECT_TRUE(v.correct);
    verdict_free(&v);
    EXPECT_EQ_INT(judge_answer(&c.questions[0], "A", NULL, &v, hint, sizeof hint), 0);
    EXPECT_FALSE(v.correct);
    EXPECT_EQ_STR(v.note, "A misconception.");
    verdict_free(&v);
    EXPECT_EQ_INT(judge_answer(&c.questions[0], "Z", NULL, &v, hint, sizeof hint), -1);
    EXPECT_EQ_INT(judge_answer(&c.questions[1], "  1\n 2 ", NULL, &v, hint, sizeof hint), 0);
    EXPECT_TRUE(v.correct);
    verdict_free(&v);
    EXPECT_EQ_INT(judge_answer(&c.questions[1], "2 1", NULL, &v, hint, sizeof hint), 0);
    EXPECT_EQ_STR(v.note, "Order is program order.");
    verdict_free(&v);
    int perm[3];
    judge_shuffle(&c.questions[2], 42, perm);
    EXPECT_FALSE(perm[0] == 0 && perm[1] == 1 && perm[2] == 2);
    char *want = judge_expected(&c.questions[2], perm);
    EXPECT_EQ_INT(judge_answer(&c.questions[2], want, perm, &v, hint, sizeof hint), 0);
    EXPECT_TRUE(v.correct);
    verdict_free(&v);
    free(want);
    EXPECT_EQ_INT(judge_answer(&c.questions[2], "AB", perm, &v, hint, sizeof hint), -1);
    EXPECT_EQ_INT(judge_answer(&c.questions[3], "2", NULL, &v, hint, sizeof hint), 0);
    EXPECT_TRUE(v.correct);
    verdict_free(&v);
    EXPECT_EQ_INT(judge_answer(&c.questions[3], "3", NULL, &v, hint, sizeof hint), -1);
    content_free(&c);
}

TEST(doc_wraps_and_draws_tables)
{
    struct doc d;
    struct doc_opts o = {.width = 20, .ascii = true, .marks = true};
    doc_render(&d, "one two three four five six seven `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", &o);
    EXPECT_EQ_STR(d.lines[0].text, "one two three four");
    EXPECT_EQ_STR(d.lines[1].text, "five six seven");
    EXPECT_EQ_STR(d.lines[2].text, "`code`");
    EXPECT_EQ_STR(d.lines[3].text, "");
    EXPECT_EQ_STR(d.lines[4].text, "+---+---+");
    EXPECT_EQ_STR(d.lines[5].text, "| a | b |");
    EXPECT_EQ_STR(d.lines[8].text, "+---+---+");
    for (int i = 0; i < d.n; i++)
        EXPECT_TRUE(doc_width(d.lines[i].text, (int)strlen(d.lines[i].text)) <= 20);
    doc_free(&d);
}
