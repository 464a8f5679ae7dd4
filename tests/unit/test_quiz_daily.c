/* test_quiz_daily.c - dates, the learner's local date across DST changes and
 * day-start offsets, the daily number and the daily five. Instants and offsets of
 * Europe/Paris and America/New_York were taken from the tz database (Python's
 * zoneinfo) and are what tm_gmtoff gives the caller at those instants. */
#include "test.h"
#include "test_quiz_bank.h"

#include <string.h>

TEST(quiz_daily_date_parse)
{
    int64_t d = -1;
    EXPECT_EQ_INT(quiz_date_parse("1970-01-01", &d), 0);
    EXPECT_EQ_INT(d, 0);
    EXPECT_EQ_INT(quiz_date_parse("2026-01-01", &d), 0);
    EXPECT_EQ_INT(d, 20454);
    EXPECT_EQ_INT(quiz_date_parse("2000-03-01", &d), 0);
    EXPECT_EQ_INT(d, 11017);
    EXPECT_EQ_INT(quiz_date_parse("0001-01-01", &d), 0);
    EXPECT_EQ_INT(d, -719162);
    EXPECT_EQ_INT(quiz_date_parse("9999-12-31", &d), 0);
    EXPECT_EQ_INT(d, 2932896);
    EXPECT_EQ_INT(quiz_date_parse("2024-02-29", &d), 0);
    static const char *const bad[] = {"2026-02-29", "1900-02-29", "2026-13-01", "2026-00-10",
                                      "2026-04-31", "2026-1-01", "2026-01-1", "abcd-01-01",
                                      "0000-01-01", "2026/01/01", "2026-01-01x", "", NULL};
    for (int i = 0; bad[i]; i++)
        EXPECT_EQ_INT(quiz_date_parse(bad[i], &d), -1);
    EXPECT_EQ_INT(quiz_date_parse(NULL, &d), -1);
}

TEST(quiz_daily_date_round_trip)
{
    char s[11];
    for (int64_t d = -719162; d <= 2932896; d += 97) {
        quiz_date_format(d, s);
        int64_t back = 0;
        EXPECT_EQ_INT(quiz_date_parse(s, &back), 0);
        EXPECT_EQ_INT(back, d);
    }
    quiz_date_format(-1, s);
    EXPECT_EQ_STR(s, "1969-12-31");
    quiz_date_format(11016, s);
    EXPECT_EQ_STR(s, "2000-02-29");
}

TEST(quiz_daily_local_date)
{
    char s[11];
    EXPECT_EQ_INT(quiz_local_date(0, 0, 0, s), 0);
    EXPECT_EQ_STR(s, "1970-01-01");
    EXPECT_EQ_INT(quiz_local_date(-1, 0, 0, s), 0);
    EXPECT_EQ_STR(s, "1969-12-31");
    /* 2026-03-10 01:30 in New York is 05:30 UTC. */
    EXPECT_EQ_INT(quiz_local_date(1773120600, -14400, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-03-10");
    EXPECT_EQ_INT(quiz_local_date(1773120600, 0, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-03-10");
    /* With the day starting at 02:00 (or 04:00), 01:30 belongs to yesterday. */
    EXPECT_EQ_INT(quiz_local_date(1773120600, -14400, 2, s), 0);
    EXPECT_EQ_STR(s, "2026-03-09");
    EXPECT_EQ_INT(quiz_local_date(1773120600, -14400, 1, s), 0);
    EXPECT_EQ_STR(s, "2026-03-10");
    /* Across the date line: the same instant is two dates. */
    EXPECT_EQ_INT(quiz_local_date(1773120600, 14 * 3600, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-03-10");
    EXPECT_EQ_INT(quiz_local_date(1773120600, -11 * 3600, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-03-09");
    /* Out of range. */
    EXPECT_EQ_INT(quiz_local_date(0, 0, 5, s), -1);
    EXPECT_EQ_STR(s, "");
    EXPECT_EQ_INT(quiz_local_date(0, 0, -1, s), -1);
    EXPECT_EQ_INT(quiz_local_date(0, 19 * 3600, 0, s), -1);
}

TEST(quiz_daily_local_date_across_dst)
{
    char s[11];
    /* Paris springs forward on 2026-03-29: 22:30 on the 28th and on the 29th are 23
     * hours apart, yet two consecutive dates. */
    EXPECT_EQ_INT(quiz_local_date(1774733400, 3600, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-03-28");
    EXPECT_EQ_INT(quiz_local_date(1774816200, 7200, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-03-29");
    /* Paris falls back on 2026-10-25: 00:30 and 23:30 are 24 hours apart, one date. */
    EXPECT_EQ_INT(quiz_local_date(1792881000, 7200, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-10-25");
    EXPECT_EQ_INT(quiz_local_date(1792967400, 3600, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-10-25");
    EXPECT_EQ_INT(quiz_local_date(1792971000, 3600, 0, s), 0);
    EXPECT_EQ_STR(s, "2026-10-26");
}

TEST(quiz_daily_number)
{
    int n = -99;
    EXPECT_EQ_INT(quiz_daily_number("2026-01-01", &n), 0);
    EXPECT_EQ_INT(n, 1);
    EXPECT_EQ_INT(quiz_daily_number("2026-01-02", &n), 0);
    EXPECT_EQ_INT(n, 2);
    EXPECT_EQ_INT(quiz_daily_number("2026-03-01", &n), 0);
    EXPECT_EQ_INT(n, 60);
    EXPECT_EQ_INT(quiz_daily_number("2027-01-01", &n), 0);
    EXPECT_EQ_INT(n, 366);
    EXPECT_EQ_INT(quiz_daily_number("2025-12-31", &n), 0);
    EXPECT_EQ_INT(n, 0);
    EXPECT_EQ_INT(quiz_daily_number("2025-02-30", &n), -1);
}

static bool same_five(const struct bank *a, const int *x, const struct bank *b, const int *y)
{
    for (int i = 0; i < QUIZ_LENGTH; i++)
        if (strcmp(a->items[x[i]].id, b->items[y[i]].id) != 0)
            return false;
    return true;
}

TEST(quiz_daily_pick_shape)
{
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    static const int levels[QUIZ_LENGTH] = {QUIZ_JUNIOR, QUIZ_JUNIOR, QUIZ_MID, QUIZ_MID,
                                            QUIZ_SENIOR};
    char date[11];
    for (int64_t d = 20454; d < 20454 + 365; d++) {
        quiz_date_format(d, date);
        int out[QUIZ_LENGTH];
        EXPECT_EQ_INT(quiz_daily_pick(b.items, b.n, date, out), QUIZ_LENGTH);
        for (int i = 0; i < QUIZ_LENGTH; i++) {
            EXPECT_EQ_INT(b.items[out[i]].level, levels[i]);
            for (int j = 0; j < i; j++)
                EXPECT_TRUE(strcmp(b.items[out[i]].topic, b.items[out[j]].topic) != 0);
        }
    }
}

TEST(quiz_daily_pick_is_portable)
{
    /* Pinned: anyone with this bank gets these five on 2026-01-01, on any machine.
     * A change here changes every learner's daily challenge. The five were checked
     * against an independent Python rendering of FNV-1a, SplitMix64 and the rules. */
    static struct bank b;
    bank_make(&b, BANK_TOPICS, BANK_PER_LEVEL);
    int out[QUIZ_LENGTH];
    EXPECT_EQ_INT(quiz_daily_pick(b.items, b.n, "2026-01-01", out), QUIZ_LENGTH);
    static const char *const pinned[QUIZ_LENGTH] = {
        "topic-15/junior-3", "topic-09/junior-1", "topic-08/mid-0", "topic-10/mid-4",
        "topic-00/senior-3"};
    for (int i = 0; i < QUIZ_LENGTH; i++)
        EXPECT_EQ_STR(b.items[out[i]].id, pinned[i]);
}

TEST(quiz_daily_same_date_same_five)
{
    static struct bank a, r;
    bank_make(&a, BANK_TOPICS, BANK_PER_LEVEL);
    /* The same content in another order (another database, another pack order). */
    r = a;
    for (int i = 0; i < r.n; i++)
        r.items[i] = a.items[a.n - 1 - i];
    int x[QUIZ_LENGTH], y[QUIZ_LENGTH];
    quiz_daily_pick(a.items, a.n, "2026-05-17", x);
    quiz_daily_pick(r.items, r.n, "2026-05-17", y);
    EXPECT_TRUE(same_five(&a, x, &r, y));
    /* Different dates differ. */
    int differ = 0;
    char date[11];
    for (int64_t d = 20454; d < 20454 + 30; d++) {
        quiz_date_format(d, date);
        quiz_daily_pick(a.items, a.n, date, y);
        differ += !same_five(&a, x, &a, y);
    }
    EXPECT_EQ_INT(differ, 30);
}

TEST(quiz_daily_small_pools)
{
    static struct bank b;
    int out[QUIZ_LENGTH];
    bank_make(&b, 2, 2);     /* two topics: distinct topics must give way */
    EXPECT_EQ_INT(quiz_daily_pick(b.items, b.n, "2026-02-02", out), QUIZ_LENGTH);
    EXPECT_EQ_INT(b.items[out[0]].level, QUIZ_JUNIOR);
    EXPECT_EQ_INT(b.items[out[4]].level, QUIZ_SENIOR);
    bank_make(&b, 8, 1);     /* no seniors: the level mix gives way */
    int n = 0;
    struct quiz_item juniors[8];
    for (int i = 0; i < b.n; i++)
        if (b.items[i].level == QUIZ_JUNIOR)
            juniors[n++] = b.items[i];
    EXPECT_EQ_INT(quiz_daily_pick(juniors, n, "2026-02-02", out), QUIZ_LENGTH);
    EXPECT_EQ_INT(quiz_daily_pick(juniors, 3, "2026-02-02", out), 3);
    EXPECT_EQ_INT(quiz_daily_pick(juniors, 0, "2026-02-02", out), 0);
}
