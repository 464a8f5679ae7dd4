/* test_quiz_pick.c - assembling a quiz: review slots, the 0.75 target, exposure
 * control, topic rules, filters and small pools. */
#include "test.h"
#include "test_quiz_bank.h"

#include <string.h>

#define NOW 1800000000
#define DAY 86400

static struct quiz_request mixed(uint64_t seed)
{
    struct quiz_request rq = {QUIZ_MIXED, NULL, -1, QUIZ_LENGTH, NOW, seed};
    return rq;
}

static int count_topic(const struct bank *b, const struct quiz_pick *pk, const char *topic)
{
    int n = 0;
    for (int i = 0; i < pk->n; i++)
        n += strcmp(b->items[pk->idx[i]].topic, topic) == 0;
    return n;
}

static int count_topics(const struct bank *b, const struct quiz_pick *pk)
{
    int n = 0;
    for (int i = 0; i < pk->n; i++) {
        bool first = true;
        for (int j = 0; j < i; j++)
            first &= strcmp(b->items[pk->idx[i]].topic, b->items[pk->idx[j]].topic) != 0;
        n += first;
    }
    return n;
}

static void expect_distinct(const struct quiz_pick *pk)
{
    for (int i = 0; i < pk->n; i++)
        for (int j = 0; j < i; j++)
            EXPECT_TRUE(pk->idx[i] != pk->idx[j]);
}

TEST(quiz_pick_mixed_rules)
{
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    struct quiz_pool pool = {b.items, NULL, b.n};
    struct quiz_learner l = {0};
    for (uint64_t seed = 0; seed < 200; seed++) {
        struct quiz_request rq = mixed(seed);
        struct quiz_pick pk = {0};
        EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &pk), QUIZ_LENGTH);
        expect_distinct(&pk);
        EXPECT_TRUE(count_topics(&b, &pk) >= 3);
        for (int t = 0; t < BANK_TOPICS; t++)
            EXPECT_TRUE(count_topic(&b, &pk, b.topics[t]) <= 2);
        for (int i = 0; i < pk.n; i++)
            EXPECT_FALSE(pk.review[i]);
    }
}

TEST(quiz_pick_aims_at_three_in_four)
{
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    struct quiz_pool pool = {b.items, NULL, b.n};
    struct quiz_request rq = mixed(42);
    /* Within the bank's reach: a learner at -2 finds nothing above 0.63. */
    static const double thetas[5] = {-1, -0.5, 0, 0.5, 1};
    for (int k = 0; k < 5; k++) {
        struct quiz_learner l = {.theta = thetas[k]};
        struct quiz_pick pk = {0};
        quiz_pick_all(&pool, &l, &rq, &pk);
        for (int i = 0; i < pk.n; i++)
            EXPECT_NEAR(quiz_predict(&l, &b.items[pk.idx[i]]), QUIZ_TARGET_P, 0.1);
    }
}

TEST(quiz_pick_adapts_to_ability)
{
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    struct quiz_pool pool = {b.items, NULL, b.n};
    struct quiz_learner weak = {.theta = -2}, strong = {.theta = 2};
    int weak_sum = 0, strong_sum = 0;
    for (uint64_t seed = 0; seed < 20; seed++) {
        struct quiz_request rq = mixed(seed);
        struct quiz_pick pw = {0}, ps = {0};
        quiz_pick_all(&pool, &weak, &rq, &pw);
        quiz_pick_all(&pool, &strong, &rq, &ps);
        for (int i = 0; i < QUIZ_LENGTH; i++) {
            weak_sum += (int)b.items[pw.idx[i]].level;
            strong_sum += (int)b.items[ps.idx[i]].level;
        }
    }
    EXPECT_TRUE(weak_sum < 20 * QUIZ_LENGTH / 2);       /* mostly junior */
    EXPECT_TRUE(strong_sum > 20 * QUIZ_LENGTH * 3 / 2); /* mostly senior */
}

TEST(quiz_pick_same_seed_same_quiz)
{
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    struct quiz_pool pool = {b.items, NULL, b.n};
    struct quiz_learner l = {0};
    struct quiz_request rq = mixed(7);
    struct quiz_pick a = {0}, c = {0};
    quiz_pick_all(&pool, &l, &rq, &a);
    quiz_pick_all(&pool, &l, &rq, &c);
    EXPECT_TRUE(memcmp(a.idx, c.idx, sizeof a.idx) == 0);
    int differ = 0;
    for (uint64_t seed = 100; seed < 110; seed++) {
        struct quiz_request r2 = mixed(seed);
        struct quiz_pick d = {0};
        quiz_pick_all(&pool, &l, &r2, &d);
        differ += memcmp(a.idx, d.idx, sizeof a.idx) != 0;
    }
    EXPECT_TRUE(differ >= 9);
}

TEST(quiz_pick_review_slots_most_overdue_first)
{
    static struct bank b;
    static struct quiz_review rv[BANK_SIZE];
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    memset(rv, 0, sizeof rv);
    /* Four due questions in four topics; 17 is the most overdue, then 100. */
    static const int due_idx[4] = {3, 17, 100, 200};
    static const int64_t due_at[4] = {NOW - DAY, NOW - 9 * DAY, NOW - 5 * DAY, NOW};
    for (int k = 0; k < 4; k++) {
        rv[due_idx[k]].phase = QUIZ_REVIEW;
        rv[due_idx[k]].due = due_at[k];
    }
    rv[50].phase = QUIZ_REVIEW;   /* seen but not due */
    rv[50].due = NOW + DAY;
    struct quiz_pool pool = {b.items, rv, b.n};
    struct quiz_learner l = {0};
    struct quiz_request rq = mixed(1);
    struct quiz_pick pk = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &pk), 5);
    EXPECT_EQ_INT(pk.idx[0], 17);
    EXPECT_EQ_INT(pk.idx[1], 100);
    EXPECT_TRUE(pk.review[0] && pk.review[1]);
    for (int i = 2; i < 5; i++) {
        EXPECT_FALSE(pk.review[i]);
        EXPECT_EQ_INT(rv[pk.idx[i]].phase, QUIZ_NEW);  /* unseen before seen */
    }
}

TEST(quiz_pick_due_only_mode)
{
    static struct bank b;
    static struct quiz_review rv[BANK_SIZE];
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    memset(rv, 0, sizeof rv);
    for (int k = 0; k < 3; k++) {
        rv[k].phase = QUIZ_REVIEW;      /* all in topic 00: no topic rules here */
        rv[k].due = NOW - k * DAY;
    }
    struct quiz_pool pool = {b.items, rv, b.n};
    struct quiz_learner l = {0};
    struct quiz_request rq = {QUIZ_DUE, NULL, -1, QUIZ_LENGTH, NOW, 3};
    struct quiz_pick pk = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &pk), 3);
    EXPECT_EQ_INT(pk.idx[0], 2);
    EXPECT_EQ_INT(pk.idx[1], 1);
    EXPECT_EQ_INT(pk.idx[2], 0);
    struct quiz_request none = {QUIZ_DUE, NULL, -1, QUIZ_LENGTH, NOW - 3 * DAY, 3};
    struct quiz_pick empty = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &none, &empty), 0);
}

TEST(quiz_pick_topic_and_level_filters)
{
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    struct quiz_pool pool = {b.items, NULL, b.n};
    struct quiz_learner l = {0};
    struct quiz_request rq = {QUIZ_TOPIC, "topic-05", -1, QUIZ_LENGTH, NOW, 9};
    struct quiz_pick pk = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &pk), 5);
    EXPECT_EQ_INT(count_topic(&b, &pk, "topic-05"), 5);
    expect_distinct(&pk);

    struct quiz_request lv = {QUIZ_MIXED, NULL, QUIZ_SENIOR, QUIZ_LENGTH, NOW, 9};
    struct quiz_pick pl = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &lv, &pl), 5);
    for (int i = 0; i < pl.n; i++)
        EXPECT_EQ_INT(b.items[pl.idx[i]].level, QUIZ_SENIOR);

    struct quiz_request both = {QUIZ_TOPIC, "topic-05", QUIZ_JUNIOR, 10, NOW, 9};
    struct quiz_pick pb = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &both, &pb), 5);   /* only five exist */
    struct quiz_request nowhere = {QUIZ_TOPIC, "no-such-topic", -1, QUIZ_LENGTH, NOW, 9};
    struct quiz_pick pn = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &nowhere, &pn), 0);
}

TEST(quiz_pick_small_pools)
{
    static struct bank b;
    struct quiz_learner l = {0};
    /* Two topics: the rule of three topics cannot hold, nor two per topic for five. */
    bank_make(&b, 2, 1);
    struct quiz_pool pool = {b.items, NULL, b.n};
    struct quiz_request rq = mixed(5);
    struct quiz_pick pk = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &pk), 5);
    expect_distinct(&pk);
    /* Fewer questions than the quiz: all of them. */
    bank_make(&b, 1, 1);
    pool.n = b.n;
    struct quiz_pick small = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &small), 3);
    expect_distinct(&small);
    /* Nothing at all. */
    pool.n = 0;
    struct quiz_pick none = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &none), 0);
}

TEST(quiz_pick_three_topics_when_available)
{
    static struct bank b;
    struct quiz_learner l = {0};
    bank_make(&b, 3, 5);     /* 45 questions in three topics */
    struct quiz_pool pool = {b.items, NULL, b.n};
    for (uint64_t seed = 0; seed < 50; seed++) {
        struct quiz_request rq = mixed(seed);
        struct quiz_pick pk = {0};
        quiz_pick_all(&pool, &l, &rq, &pk);
        EXPECT_EQ_INT(count_topics(&b, &pk), 3);
    }
}

/* Three quizzes answered always right (or always wrong), each question chosen after
 * the previous answer; returns the levels of the third quiz, summed. */
static int third_quiz_levels(const struct bank *b, bool right)
{
    struct quiz_pool pool = {b->items, NULL, b->n};
    struct quiz_learner l = {0};
    int sum = 0;
    for (uint64_t q = 0; q < 3; q++) {
        struct quiz_request rq = mixed(11 + q);
        struct quiz_pick pk = {0};
        int i;
        while ((i = quiz_pick_next(&pool, &l, &rq, &pk)) >= 0) {
            quiz_learn(&l, &b->items[i], right, true);
            sum = q == 2 ? sum + (int)b->items[i].level : 0;
        }
        EXPECT_EQ_INT(pk.n, 5);
        EXPECT_EQ_INT(quiz_pick_next(&pool, &l, &rq, &pk), -1);   /* complete */
    }
    EXPECT_TRUE(right ? l.theta > 1 : l.theta < -1);
    quiz_learner_free(&l);
    return sum;
}

TEST(quiz_pick_one_at_a_time_adapts)
{
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    EXPECT_TRUE(third_quiz_levels(&b, true) >= 8);    /* mostly senior (2 each) */
    EXPECT_TRUE(third_quiz_levels(&b, false) == 0);   /* all junior */
}

TEST(quiz_pick_length_is_capped)
{
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    struct quiz_pool pool = {b.items, NULL, b.n};
    struct quiz_learner l = {0};
    struct quiz_request rq = {QUIZ_TOPIC, "topic-01", -1, 1000, NOW, 1};
    struct quiz_pick pk = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &pk), 15);
    expect_distinct(&pk);
    rq.length = 40;
    rq.mode = QUIZ_MIXED;
    struct quiz_pick big = {0};
    EXPECT_EQ_INT(quiz_pick_all(&pool, &l, &rq, &big), QUIZ_MAX_LENGTH);
}
