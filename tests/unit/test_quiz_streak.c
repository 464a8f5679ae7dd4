/* test_quiz_streak.c - streaks and freezes from local dates, including sessions that
 * cross a DST change or a day-start offset (dates decide, never seconds). */
#include "test.h"
#include "quiz/engine.h"

/* Consecutive dates from `first` (a day number), n of them, into buf/ptrs. */
static void run_of_days(int64_t first, int n, char buf[][11], const char **ptrs)
{
    for (int i = 0; i < n; i++) {
        quiz_date_format(first + i, buf[i]);
        ptrs[i] = buf[i];
    }
}

static struct quiz_streak streak(const char *const *dates, int n, const char *today)
{
    struct quiz_streak st;
    EXPECT_EQ_INT(quiz_streak_compute(dates, n, today, &st), 0);
    return st;
}

TEST(quiz_streak_empty)
{
    struct quiz_streak st = streak(NULL, 0, "2026-04-01");
    EXPECT_EQ_INT(st.current, 0);
    EXPECT_EQ_INT(st.longest, 0);
    EXPECT_EQ_INT(st.freezes, 0);
    EXPECT_FALSE(st.today_done);
}

TEST(quiz_streak_alive_today_and_yesterday)
{
    const char *d[] = {"2026-03-29", "2026-03-30", "2026-03-31"};
    struct quiz_streak st = streak(d, 3, "2026-03-31");
    EXPECT_EQ_INT(st.current, 3);
    EXPECT_TRUE(st.today_done);
    st = streak(d, 3, "2026-04-01");
    EXPECT_EQ_INT(st.current, 3);       /* still alive: today is not over */
    EXPECT_FALSE(st.today_done);
    st = streak(d, 3, "2026-04-02");
    EXPECT_EQ_INT(st.current, 0);       /* a missed day and no freeze */
    EXPECT_EQ_INT(st.longest, 3);
}

TEST(quiz_streak_repeats_order_and_future_dates)
{
    const char *d[] = {"2026-03-31", "2026-03-29", "2026-03-30", "2026-03-30", "2026-03-31",
                       "2026-04-05"};
    struct quiz_streak st = streak(d, 6, "2026-03-31");
    EXPECT_EQ_INT(st.current, 3);
    EXPECT_EQ_INT(st.longest, 3);
    const char *bad[] = {"2026-03-31", "2026-02-30"};
    struct quiz_streak out;
    EXPECT_EQ_INT(quiz_streak_compute(bad, 2, "2026-03-31", &out), -1);
    EXPECT_EQ_INT(quiz_streak_compute(bad, 1, "yesterday", &out), -1);
}

TEST(quiz_streak_freeze_earned_and_spent)
{
    char buf[20][11];
    const char *d[20];
    int64_t start = 20454;                  /* 2026-01-01 */
    run_of_days(start, 7, buf, d);          /* Jan 1..7: one freeze earned */
    struct quiz_streak st = streak(d, 7, "2026-01-07");
    EXPECT_EQ_INT(st.current, 7);
    EXPECT_EQ_INT(st.freezes, 1);
    /* Jan 8 missed, Jan 9 practised: the freeze fills Jan 8. */
    run_of_days(start + 8, 1, buf + 7, d + 7);
    st = streak(d, 8, "2026-01-09");
    EXPECT_EQ_INT(st.current, 8);           /* the frozen day does not count */
    EXPECT_EQ_INT(st.freezes, 0);
    EXPECT_EQ_INT(st.freezes_used, 1);
    EXPECT_EQ_INT(st.longest, 8);
}

TEST(quiz_streak_freeze_spent_before_practice)
{
    char buf[7][11];
    const char *d[7];
    run_of_days(20454, 7, buf, d);          /* Jan 1..7 */
    /* Jan 8 missed, it is Jan 9 and the learner has not practised yet: alive. */
    struct quiz_streak st = streak(d, 7, "2026-01-09");
    EXPECT_EQ_INT(st.current, 7);
    EXPECT_EQ_INT(st.freezes, 0);
    EXPECT_EQ_INT(st.freezes_used, 1);
    EXPECT_FALSE(st.today_done);
    st = streak(d, 7, "2026-01-10");        /* two missed days: broken */
    EXPECT_EQ_INT(st.current, 0);
    EXPECT_EQ_INT(st.longest, 7);
}

TEST(quiz_streak_at_most_two_freezes)
{
    char buf[30][11];
    const char *d[30];
    run_of_days(20454, 28, buf, d);
    struct quiz_streak st = streak(d, 28, "2026-01-28");
    EXPECT_EQ_INT(st.current, 28);
    EXPECT_EQ_INT(st.freezes, 2);           /* earned at 7, 14; 21 and 28 over the cap */
}

TEST(quiz_streak_two_missed_days_break_it)
{
    char buf[20][11];
    const char *d[20];
    run_of_days(20454, 14, buf, d);                 /* two freezes banked */
    run_of_days(20454 + 16, 3, buf + 14, d + 14);   /* 15th and 16th missed */
    struct quiz_streak st = streak(d, 17, "2026-01-19");
    EXPECT_EQ_INT(st.current, 3);
    EXPECT_EQ_INT(st.longest, 14);
    EXPECT_EQ_INT(st.freezes, 2);           /* a freeze fills one day, not two */
    EXPECT_EQ_INT(st.freezes_used, 0);
}

TEST(quiz_streak_across_dst_changes)
{
    /* Paris, spring forward: sessions at 22:30 local on Mar 28, 29, 30 are 23 then
     * 24 hours apart. Three dates, a streak of three. */
    static const int64_t spring[3] = {1774733400, 1774816200, 1774902600};
    static const int spring_off[3] = {3600, 7200, 7200};
    char buf[3][11];
    const char *d[3];
    for (int i = 0; i < 3; i++) {
        EXPECT_EQ_INT(quiz_local_date(spring[i], spring_off[i], 0, buf[i]), 0);
        d[i] = buf[i];
    }
    struct quiz_streak st = streak(d, 3, "2026-03-30");
    EXPECT_EQ_INT(st.current, 3);
    /* Paris, fall back: 00:30 and 23:30 on Oct 25 are 24 hours apart but one date:
     * counted once, not twice. Then 00:30 on Oct 26 is the next day. */
    static const int64_t fall[3] = {1792881000, 1792967400, 1792971000};
    static const int fall_off[3] = {7200, 3600, 3600};
    for (int i = 0; i < 3; i++) {
        EXPECT_EQ_INT(quiz_local_date(fall[i], fall_off[i], 0, buf[i]), 0);
        d[i] = buf[i];
    }
    st = streak(d, 3, "2026-10-26");
    EXPECT_EQ_INT(st.current, 2);
    EXPECT_EQ_INT(st.longest, 2);
}

TEST(quiz_streak_night_owl_day_start)
{
    /* New York, DST starting 2026-03-08, day start at 04:00: 23:30 on Mar 7, 23:30
     * on Mar 8, 01:30 on Mar 9 (still Mar 8's day: not a second day) and 01:30 on
     * Mar 10 (Mar 9's day). Three days, no double count, no gap. */
    static const int64_t t[4] = {1772944200, 1773027000, 1773034200, 1773120600};
    static const int off[4] = {-18000, -14400, -14400, -14400};
    char buf[4][11];
    const char *d[4];
    for (int i = 0; i < 4; i++) {
        EXPECT_EQ_INT(quiz_local_date(t[i], off[i], 4, buf[i]), 0);
        d[i] = buf[i];
    }
    EXPECT_EQ_STR(d[2], "2026-03-08");
    EXPECT_EQ_STR(d[3], "2026-03-09");
    char today[11];
    EXPECT_EQ_INT(quiz_local_date(1773151200, -14400, 4, today), 0);   /* Mar 10 10:00 */
    struct quiz_streak st = streak(d, 4, today);
    EXPECT_EQ_INT(st.current, 3);
    EXPECT_FALSE(st.today_done);
    /* Without the offset the 01:30 sessions fall on Mar 9 and 10: still no double. */
    for (int i = 0; i < 4; i++)
        quiz_local_date(t[i], off[i], 0, buf[i]);
    st = streak(d, 4, "2026-03-10");
    EXPECT_EQ_INT(st.current, 4);
    EXPECT_TRUE(st.today_done);
}
