/* test_session.c - the quiz flow against the built-in curriculum and a real store:
 * always-right learners climb, always-wrong ones fall and get their misses due. */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>

#include "base/base.h"
#include "content/content.h"
#include "session/session.h"
#include "store/store.h"

static double mean_difficulty(const struct quiz_session *s)
{
    double sum = 0;
    for (int i = 0; i < s->asked; i++)
        sum += (double)s->qs[i]->level;
    return s->asked ? sum / s->asked : 0;
}

/* Runs `quizzes` mixed quizzes answering every question right (or wrong); returns the
 * mean level (0 junior .. 2 senior) of the questions in the last quiz. */
static double run_quizzes(store *st, int64_t pid, const struct content *c, int quizzes, bool right,
                          int64_t *now, double *theta)
{
    double last = 0;
    for (int k = 0; k < quizzes; k++) {
        struct quiz_session s;
        struct session_request rq = {SESSION_MIXED, NULL, -1, NULL, false, *now, (uint64_t)k * 7919u + 1};
        EXPECT_EQ_INT(session_start(&s, st, pid, c, &rq), 0);
        int i;
        for (const struct question *q; (q = session_next(&s, &i));) {
            char *want = judge_expected(q, s.perm[i]);
            const char *ans = want;
            char wrong[64];
            if (!right) {
                /* Any readable answer that is not the right one. */
                if (q->kind == Q_PREDICT)
                    ans = "certainly not this";
                else if (q->kind == Q_BUG)
                    ans = q->answer_line == 1 ? "2" : "1";
                else if (q->kind == Q_ORDER) {
                    snprintf(wrong, sizeof wrong, "%s", want);
                    char t = wrong[0];
                    wrong[0] = wrong[1];
                    wrong[1] = t;
                    ans = wrong;
                } else {
                    for (int o = 0; o < q->nopts; o++)
                        if (!q->opts[o].correct) {
                            snprintf(wrong, sizeof wrong, "%c", 'A' + o);
                            break;
                        }
                    ans = wrong;
                }
            }
            struct verdict v;
            char hint[160];
            EXPECT_EQ_INT(session_answer(&s, i, ans, 1000, &v, hint, sizeof hint), 0);
            EXPECT_EQ_INT(v.correct, right);
            verdict_free(&v);
            free(want);
        }
        EXPECT_EQ_INT(s.answered, 5);
        EXPECT_EQ_INT(session_finish(&s), 0);
        last = mean_difficulty(&s);
        *theta = s.learner.theta;
        session_free(&s);
        *now += 86400;
    }
    return last;
}

static store *fresh_store(const char *name, int64_t *pid)
{
    char *path = xasprintf("%s/%s", test_tmpdir(), name);
    char err[600];
    store *st;
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), 0);
    EXPECT_EQ_INT(store_profile_get(st, "default", true, pid), 0);
    free(path);
    return st;
}

TEST(session_always_right_climbs)
{
    struct content c;
    content_load(&c, true, NULL, 0);
    int64_t pid, now = 1780000000;
    store *st = fresh_store("right.db", &pid);
    double theta = 0;
    double first = run_quizzes(st, pid, &c, 1, true, &now, &theta);
    double later = run_quizzes(st, pid, &c, 5, true, &now, &theta);
    EXPECT_TRUE(theta > 0.5);
    EXPECT_TRUE(later > first);
    EXPECT_TRUE(later >= 1.5); /* mostly senior questions by now */
    store_close(st);
    content_free(&c);
}

TEST(session_always_wrong_falls_and_reviews)
{
    struct content c;
    content_load(&c, true, NULL, 0);
    int64_t pid, now = 1780000000;
    store *st = fresh_store("wrong.db", &pid);
    double theta = 0;
    run_quizzes(st, pid, &c, 1, false, &now, &theta);
    double later = run_quizzes(st, pid, &c, 3, false, &now, &theta);
    EXPECT_TRUE(theta < -0.5);
    EXPECT_TRUE(later <= 0.5); /* mostly junior questions by now */
    /* The missed questions come back: a review quiz finds them due. */
    struct quiz_session s;
    struct session_request rq = {SESSION_REVIEW, NULL, -1, NULL, false, now, 3};
    EXPECT_EQ_INT(session_start(&s, st, pid, &c, &rq), 0);
    EXPECT_TRUE(s.n >= 1);
    int i;
    const struct question *q = session_next(&s, &i);
    EXPECT_TRUE(q != NULL);
    const struct quiz_review *r = session_review_of(&s, q);
    EXPECT_TRUE(r != NULL && r->due <= now);
    session_free(&s);
    store_close(st);
    content_free(&c);
}

TEST(session_daily_same_five_across_stores)
{
    struct content c;
    content_load(&c, true, NULL, 0);
    int64_t p1, p2;
    store *a = fresh_store("d1.db", &p1), *b = fresh_store("d2.db", &p2);
    struct session_request rq = {SESSION_DAILY, NULL, -1, "2026-11-28", false, 1780000000, 1};
    struct quiz_session s1, s2;
    EXPECT_EQ_INT(session_start(&s1, a, p1, &c, &rq), 0);
    EXPECT_EQ_INT(session_start(&s2, b, p2, &c, &rq), 0);
    EXPECT_EQ_INT(s1.n, 5);
    for (int k = 0; k < 5; k++)
        EXPECT_EQ_INT(s1.pick.idx[k], s2.pick.idx[k]);
    int levels[3] = {0};
    for (int k = 0; k < 5; k++)
        levels[c.questions[s1.pick.idx[k]].level]++;
    EXPECT_EQ_INT(levels[0], 2);
    EXPECT_EQ_INT(levels[1], 2);
    EXPECT_EQ_INT(levels[2], 1);
    struct quiz_session s3;
    rq.date = "2026-11-29";
    EXPECT_EQ_INT(session_start(&s3, b, p2, &c, &rq), 0);
    bool differ = false;
    for (int k = 0; k < 5; k++)
        differ |= s3.pick.idx[k] != s1.pick.idx[k];
    EXPECT_TRUE(differ);
    session_free(&s1);
    session_free(&s2);
    session_free(&s3);
    store_close(a);
    store_close(b);
    content_free(&c);
}
