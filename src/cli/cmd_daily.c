/* cmd_daily.c - `looplab daily`: the same five questions for everyone on a date, and
 * the streak of consecutive days done. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "content/content.h"
#include "quiz/engine.h"
#include "session/session.h"
#include "store/store.h"
#include "tui/tui.h"

struct daily_args {
    const char *date, *streak, *day_start;
};

static int parse(int argc, char **argv, struct daily_args *a)
{
    for (int i = 0; i < argc; i++) {
        const char **slot = strcmp(argv[i], "--date") == 0 ? &a->date
                          : strcmp(argv[i], "--streak") == 0 ? &a->streak
                          : strcmp(argv[i], "--day-start") == 0 ? &a->day_start : NULL;
        if (!slot || i + 1 >= argc) {
            cli_error("usage: looplab daily [--date YYYY-MM-DD] [--streak on|off] [--day-start HOURS]");
            return -1;
        }
        *slot = argv[++i];
    }
    int64_t days;
    if (a->date && quiz_date_parse(a->date, &days) != 0) {
        cli_error("--date needs a date as YYYY-MM-DD, not '%s'", a->date);
        return -1;
    }
    if (a->streak && strcmp(a->streak, "on") != 0 && strcmp(a->streak, "off") != 0) {
        cli_error("--streak takes on or off");
        return -1;
    }
    if (a->day_start && (strlen(a->day_start) != 1 || a->day_start[0] < '0' || a->day_start[0] > '4')) {
        cli_error("--day-start takes a number of hours from 0 to 4");
        return -1;
    }
    return 0;
}

static void print_streak(struct store *st, long long pid, const char *today)
{
    struct quiz_streak sk;
    if (session_streak(st, pid, today, &sk) != 0)
        return;
    printf("Streak: %d day%s (longest %d)%s", sk.current, sk.current == 1 ? "" : "s", sk.longest,
           sk.today_done ? ", today done" : "");
    if (sk.freezes)
        printf(", %d freeze%s banked", sk.freezes, sk.freezes == 1 ? "" : "s");
    printf("\n");
}

int cmd_daily(struct app *app, int argc, char **argv)
{
    struct daily_args a = {0};
    if (parse(argc, argv, &a) != 0)
        return EXIT_USAGE;
    long long pid;
    struct store *st = app_store(app, &pid);
    if (!st)
        return EXIT_FAIL;
    if ((a.streak && store_setting_set(st, pid, "streak", a.streak) != 0) ||
        (a.day_start && store_setting_set(st, pid, "day_start", a.day_start) != 0)) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    char today[11], show[8];
    int64_t now = (int64_t)time(NULL);
    if (session_today(st, pid, now, today) != 0 || store_setting_get(st, pid, "streak", show, sizeof show) != 0) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    bool streaks = strcmp(show, "off") != 0;
    const char *date = a.date ? a.date : today;
    bool replay = strcmp(date, today) != 0;
    struct quiz_streak sk;
    if (!replay && session_streak(st, pid, today, &sk) == 0 && sk.today_done) {
        printf("Today's challenge (%s) is done. Replay a day with --date YYYY-MM-DD.\n", today);
        if (streaks)
            print_streak(st, pid, today);
        return EXIT_OK;
    }
    const struct content *c = app_content(app);
    int num = 0;
    quiz_daily_number(date, &num);
    struct session_request rq = {SESSION_DAILY, NULL, -1, date, replay, now, hash_fnv1a(date, strlen(date), HASH_FNV_INIT)};
    if (!app->plain)
        return tui_run_quiz(app, &rq);
    char title[160];
    snprintf(title, sizeof title, "Daily #%d, %s (content %s)%s", num, date, c->version,
             replay ? ", a replay: the streak is not touched" : "");
    int rc = cli_quiz_plain(app, &rq, title);
    if (rc == EXIT_OK && streaks && !replay)
        print_streak(st, pid, today);
    return rc;
}
