/* daily.c - calendar dates and the daily challenge. Dates are proleptic Gregorian
 * "YYYY-MM-DD" strings or day numbers since 1970-01-01; the learner's local date is
 * computed from an instant and an offset the caller looked up, so this file never
 * asks the system for a time zone. The daily five depend only on the date and the
 * question ids: every learner with the same content gets the same five. */
#include "quiz/engine.h"

#include "base/base.h"

#include <stdlib.h>
#include <string.h>

#define DAY 86400
#define YEAR_MIN 1
#define YEAR_MAX 9999
#define MAX_UTC_OFFSET (18 * 3600)   /* the widest offset time zones use */
#define MAX_DAY_START 4

static const int month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

static bool is_leap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int64_t y, int m)
{
    return month_days[m - 1] + (m == 2 && is_leap(y));
}

/* Leap years in [1, y): the calendar's correction, counted for years >= 1. */
static int64_t leaps_before(int64_t y)
{
    y--;
    return y / 4 - y / 100 + y / 400;
}

/* Days from 1970-01-01 to y-m-d (y >= 1, m and d valid). */
static int64_t days_from_ymd(int64_t y, int m, int d)
{
    int64_t days = 365 * (y - 1970) + leaps_before(y) - leaps_before(1970);
    for (int i = 1; i < m; i++)
        days += days_in_month(y, i);
    return days + d - 1;
}

static int64_t floor_div(int64_t a, int64_t b)
{
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static int parse_digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int quiz_date_parse(const char *date, int64_t *days)
{
    if (!date || strlen(date) != 10 || date[4] != '-' || date[7] != '-')
        return -1;
    int y = parse_digits(date, 4), m = parse_digits(date + 5, 2), d = parse_digits(date + 8, 2);
    if (y < YEAR_MIN || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return -1;
    *days = days_from_ymd(y, m, d);
    return 0;
}

static void put_digits(char *out, int64_t v, int width)
{
    for (int i = width - 1; i >= 0; i--, v /= 10)
        out[i] = (char)('0' + v % 10);
}

/* The year is found by estimate and correction, the month by walking the year. */
void quiz_date_format(int64_t days, char out[11])
{
    int64_t y = 1970 + floor_div(days * 400, 146097);   /* 146097 days per 400 years */
    if (y < YEAR_MIN)
        y = YEAR_MIN;
    while (y > YEAR_MIN && days_from_ymd(y, 1, 1) > days)
        y--;
    while (days_from_ymd(y + 1, 1, 1) <= days)
        y++;
    int64_t rest = days - days_from_ymd(y, 1, 1);
    int m = 1;
    while (m < 12 && rest >= days_in_month(y, m))
        rest -= days_in_month(y, m++);
    put_digits(out, y % 10000, 4);
    out[4] = '-';
    put_digits(out + 5, m, 2);
    out[7] = '-';
    put_digits(out + 8, rest + 1, 2);
    out[10] = '\0';
}

int quiz_local_date(time_t t, int utc_offset_seconds, int day_start_hours, char out[11])
{
    out[0] = '\0';
    if (day_start_hours < 0 || day_start_hours > MAX_DAY_START ||
        utc_offset_seconds < -MAX_UTC_OFFSET || utc_offset_seconds > MAX_UTC_OFFSET)
        return -1;
    int64_t local = (int64_t)t + utc_offset_seconds - (int64_t)day_start_hours * 3600;
    int64_t days = floor_div(local, DAY);
    if (days < days_from_ymd(YEAR_MIN, 1, 1) || days > days_from_ymd(YEAR_MAX, 12, 31))
        return -1;
    quiz_date_format(days, out);
    return 0;
}

int quiz_daily_number(const char *date, int *n)
{
    int64_t days;
    if (quiz_date_parse(date, &days) != 0)
        return -1;
    int64_t num = days - days_from_ymd(2026, 1, 1) + 1;
    if (num < -(int64_t)1e9 || num > (int64_t)1e9)
        return -1;
    *n = (int)num;
    return 0;
}

/* ---- The daily five ------------------------------------------------------------ */

struct ranked {
    int idx;
    uint64_t key;
};

static int ranked_cmp(const void *a, const void *b)
{
    const struct ranked *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key ? 1 : x->idx - y->idx;
}

static const int daily_quota[3] = {2, 2, 1};   /* junior, mid, senior */

static bool topic_taken(const struct quiz_item *items, const int *out, int n, const char *t)
{
    for (int i = 0; i < n; i++)
        if (strcmp(items[out[i]].topic, t) == 0)
            return true;
    return false;
}

static bool taken(const int *out, int n, int idx)
{
    for (int i = 0; i < n; i++)
        if (out[i] == idx)
            return true;
    return false;
}

/* One pass over the ranking, adding what the rules allow: the level quota (if
 * `quota`) and distinct topics (if `distinct`). */
static int daily_pass(const struct quiz_item *items, const struct ranked *r, int n,
                      bool quota, bool distinct, int out[QUIZ_LENGTH], int got)
{
    int per_level[3] = {0, 0, 0};
    for (int i = 0; i < got; i++)
        per_level[items[out[i]].level]++;
    for (int i = 0; i < n && got < QUIZ_LENGTH; i++) {
        const struct quiz_item *it = &items[r[i].idx];
        if ((unsigned)it->level > QUIZ_SENIOR || taken(out, got, r[i].idx) || (quota && per_level[it->level] >= daily_quota[it->level]))
            continue;
        if (distinct && topic_taken(items, out, got, it->topic))
            continue;
        per_level[it->level]++;
        out[got++] = r[i].idx;
    }
    return got;
}

/* Junior first, then mid, then senior; within a level, the day's order. */
static void order_by_level(const struct quiz_item *items, int *out, int n,
                           const struct ranked *r, int nr)
{
    int sorted[QUIZ_LENGTH], k = 0;
    for (int lv = QUIZ_JUNIOR; lv <= QUIZ_SENIOR; lv++)
        for (int i = 0; i < nr; i++)
            if ((int)items[r[i].idx].level == lv && taken(out, n, r[i].idx))
                sorted[k++] = r[i].idx;
    memcpy(out, sorted, (size_t)k * sizeof *out);
}

int quiz_daily_pick(const struct quiz_item *items, int n, const char *date,
                    int out[QUIZ_LENGTH])
{
    if (n <= 0)
        return 0;
    uint64_t day = hash_fnv1a(date, strlen(date), HASH_FNV_INIT);
    struct ranked *r = xmalloc((size_t)n * sizeof *r);
    for (int i = 0; i < n; i++) {
        r[i].idx = i;
        r[i].key = hash_splitmix64(day ^ hash_fnv1a(items[i].id, strlen(items[i].id),
                                                    HASH_FNV_INIT));
    }
    qsort(r, (size_t)n, sizeof *r, ranked_cmp);
    int got = daily_pass(items, r, n, true, true, out, 0);
    got = daily_pass(items, r, n, true, false, out, got);
    got = daily_pass(items, r, n, false, true, out, got);
    got = daily_pass(items, r, n, false, false, out, got);
    order_by_level(items, out, got, r, n);
    free(r);
    return got;
}
