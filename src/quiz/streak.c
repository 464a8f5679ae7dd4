/* streak.c - daily streaks, derived (never stored) from the local dates on which the
 * learner practised. Only dates count: a 23- or 25-hour day at a DST change, or a
 * session at 01:30 that a day-start offset gives to yesterday, is one date like any
 * other. Freezes are earned by keeping a streak and spent automatically on a single
 * missed day. */
#include "quiz/engine.h"

#include "base/base.h"

#include <stdlib.h>

static int day_cmp(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Parses, sorts and removes repeats and dates after today; returns the count, or
 * -1 if a date is invalid. */
static int practice_days(const char *const *dates, int n, int64_t today, int64_t *days)
{
    int k = 0;
    for (int i = 0; i < n; i++) {
        int64_t d;
        if (quiz_date_parse(dates[i], &d) != 0)
            return -1;
        if (d <= today)
            days[k++] = d;
    }
    qsort(days, (size_t)k, sizeof *days, day_cmp);
    int u = 0;
    for (int i = 0; i < k; i++)
        if (u == 0 || days[i] != days[u - 1])
            days[u++] = days[i];
    return u;
}

/* Moves the streak on to a practice day `missed` days after the previous one. */
static void streak_advance(struct quiz_streak *st, int *run, int64_t missed)
{
    if (missed == 1 && st->freezes > 0) {
        st->freezes--;
        st->freezes_used++;
        missed = 0;
    }
    *run = missed == 0 ? *run + 1 : 1;
    if (*run % QUIZ_FREEZE_EVERY == 0 && st->freezes < QUIZ_FREEZE_MAX)
        st->freezes++;
    if (*run > st->longest)
        st->longest = *run;
}

/* The streak as of today: alive if the last practice was today or yesterday, or the
 * day before yesterday with a freeze to spend on yesterday. */
static void streak_today(struct quiz_streak *st, int run, int64_t last, int64_t today)
{
    int64_t missed = today - last - 1;
    st->today_done = last == today;
    if (missed == 1 && st->freezes > 0) {
        st->freezes--;
        st->freezes_used++;
        missed = 0;
    }
    st->current = missed <= 0 ? run : 0;
}

int quiz_streak_compute(const char *const *dates, int n, const char *today,
                        struct quiz_streak *out)
{
    struct quiz_streak st = {0, 0, 0, 0, false};
    *out = st;
    int64_t now;
    if (quiz_date_parse(today, &now) != 0 || n < 0)
        return -1;
    int64_t *days = xmalloc((size_t)(n > 0 ? n : 1) * sizeof *days);
    int k = practice_days(dates, n, now, days);
    if (k < 0) {
        free(days);
        return -1;
    }
    int run = 0;
    for (int i = 0; i < k; i++)
        streak_advance(&st, &run, i == 0 ? 0 : days[i] - days[i - 1] - 1);
    if (k > 0)
        streak_today(&st, run, days[k - 1], now);
    free(days);
    *out = st;
    return 0;
}
