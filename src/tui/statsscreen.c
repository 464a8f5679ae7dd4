/* statsscreen.c - progress at a glance: per-topic level, accuracy and questions due,
 * the streak, a calendar heatmap of the last 12 weeks and accuracy week by week. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/base.h"
#include "cli/cli.h"
#include "content/content.h"
#include "quiz/engine.h"
#include "session/session.h"
#include "store/store.h"
#include "tui/tui.h"

#define WEEKS 12

struct statsscreen {
    struct screen base;
    struct progress p;
    int64_t today;                /* local day number */
    int day_count[WEEKS * 7];     /* answers per day, oldest first, ending today */
    int week_right[WEEKS], week_all[WEEKS];
    int64_t now;
};

static const char *const stats_help[] = {
    "The bars show each topic's accuracy; the level comes from",
    "the adaptive model (junior, mid, senior); 'due' counts",
    "questions waiting for review. The calendar shows answers",
    "per day over the last 12 weeks, today bottom right.",
    "",
    "q, Esc   back",
    NULL,
};

static int64_t local_day(int64_t when)
{
    time_t t = (time_t)when;
    struct tm tm;
    localtime_r(&t, &tm);
    return (when + tm.tm_gmtoff) / 86400;
}

static void time_row(void *vctx, int64_t when, bool correct)
{
    struct statsscreen *s = vctx;
    int64_t ago = s->today - local_day(when);
    if (ago < 0 || ago >= WEEKS * 7)
        return;
    s->day_count[WEEKS * 7 - 1 - ago]++;
    int week = WEEKS - 1 - (int)(ago / 7);
    s->week_all[week]++;
    s->week_right[week] += correct;
}

static void draw_calendar(struct statsscreen *s, struct tui *t, int y, int x)
{
    static const char *const days = "MTWTFSS";
    tui_text(t, y, x, 20, R_HEADING, "Last 12 weeks");
    /* Columns are weeks ending today; rows are days of the week. */
    int64_t first = s->today - (WEEKS * 7 - 1);
    int dow_first = (int)((first + 3) % 7); /* 1970-01-01 was a Thursday: Monday = 0 */
    for (int r = 0; r < 7; r++) {
        char d[2] = {days[r], 0};
        tui_text(t, y + 1 + r, x, 1, R_DIM, d);
    }
    for (int i = 0; i < WEEKS * 7; i++) {
        int cell = i + dow_first, col = cell / 7, row = cell % 7;
        if (col > WEEKS)
            break;
        int n = s->day_count[i];
        const char *sym = n == 0 ? tui_sym(t, "·", ".") : n < 5 ? tui_sym(t, "▪", "o") : tui_sym(t, "■", "O");
        tui_text(t, y + 1 + row, x + 2 + col, 1, n == 0 ? R_DIM : n < 5 ? R_ACCENT : R_GOOD, sym);
    }
    tui_text(t, y + 9, x, 24, R_HEADING, "Accuracy by week");
    static const char *const bars[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    static const char *const ascii = "_.-=+*#@";
    for (int w = 0; w < WEEKS; w++) {
        if (!s->week_all[w]) {
            tui_text(t, y + 10, x + 2 + w, 1, R_DIM, " ");
            continue;
        }
        int level = s->week_right[w] * 7 / s->week_all[w];
        char a[2] = {ascii[level], 0};
        tui_text(t, y + 10, x + 2 + w, 1, R_GOOD, t->utf8 ? bars[level] : a);
    }
    tui_text(t, y + 11, x + 2, 20, R_DIM, "12 weeks ago > now");
}

static void stats_draw(struct screen *sc, struct tui *t, int rows, int cols)
{
    struct statsscreen *s = (struct statsscreen *)sc;
    char line[200];
    tui_text(t, 0, 1, cols - 2, R_TITLE, "Your progress");
    tui_hline(t, 1, 0, cols);
    const struct progress *p = &s->p;
    snprintf(line, sizeof line, "%d of %d lessons done   %d quizzes   %d answers, %d right", p->lessons_done,
             t->c->nlessons, p->quizzes, p->attempts, p->correct);
    tui_text(t, 2, 2, cols - 4, R_ACCENT, line);
    snprintf(line, sizeof line, "Daily streak %d day%s (longest %d)%s   overall level %s (%+.2f)", p->streak.current,
             p->streak.current == 1 ? "" : "s", p->streak.longest, p->streak.freezes ? ", freeze banked" : "",
             q_level_names[quiz_level_for(p->learner.theta)], p->learner.theta);
    tui_text(t, 3, 2, cols - 4, R_NORMAL, line);
    int calx = cols - 20, namew = calx - 2 - 36;
    tui_text(t, 5, 2, namew, R_HEADING, "Topic");
    tui_text(t, 5, 3 + namew, 30, R_HEADING, "Level  Accuracy        Due");
    for (int i = 0; i < t->c->nlessons && 6 + i < rows - 2; i++) {
        const struct lesson *l = &t->c->lessons[i];
        int y = 6 + i;
        tui_text_fit(t, y, 2, namew, R_NORMAL, l->title);
        const struct topic_progress *tp = &p->topics[i];
        if (tp->attempts) {
            double lv = session_topic_level(p, l->id);
            tui_text(t, y, 3 + namew, 6, R_ACCENT, q_level_names[quiz_level_for(lv)]);
            double frac = (double)tp->correct / tp->attempts;
            tui_bar(t, y, 10 + namew, 10, frac);
            snprintf(line, sizeof line, "%3.0f%%", frac * 100);
            tui_text(t, y, 21 + namew, 5, R_DIM, line);
        } else
            tui_text(t, y, 3 + namew, 14, R_DIM, "not tried");
        if (tp->due) {
            snprintf(line, sizeof line, "%3d", tp->due);
            tui_text(t, y, 27 + namew, 4, R_BAD, line);
        }
    }
    draw_calendar(s, t, 5, calx);
    tui_footer(t, rows, cols, "q back  ? help  (looplab quiz --review asks the questions due)");
}

static void stats_key(struct screen *s, struct tui *t, int ch)
{
    (void)s;
    if (ch == 'q' || ch == 27)
        tui_pop(t);
}

static void stats_destroy(struct screen *sc)
{
    struct statsscreen *s = (struct statsscreen *)sc;
    session_progress_free(&s->p);
    free(s);
}

struct screen *statsscreen_new(struct tui *t)
{
    struct statsscreen *s = xcalloc(1, sizeof *s);
    s->base = (struct screen){"Statistics", stats_help, stats_draw, stats_key, stats_destroy, NULL, false, NULL};
    s->now = (int64_t)time(NULL);
    s->today = local_day(s->now);
    if (session_progress(t->st, t->profile, t->c, s->now, &s->p) != 0 ||
        store_practice_times(t->st, t->profile, time_row, s) != 0)
        tui_notice(t, "could not read statistics: %s", store_error(t->st));
    return &s->base;
}
