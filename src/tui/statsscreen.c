/* statsscreen.c - per-topic accuracy bars and totals. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "content/content.h"
#include "store/store.h"
#include "tui/tui.h"

struct statsscreen {
    struct screen base;
    int *attempts, *correct;
    int total_attempts, total_correct, quizzes, lessons_done;
};

static const char *const stats_help[] = {
    "q, Esc   back",
    NULL,
};

struct row_ctx {
    struct statsscreen *s;
    const struct content *c;
};

static void row(void *vctx, const char *topic, int attempts, int correct)
{
    struct row_ctx *ctx = vctx;
    int i = content_lesson_index(ctx->c, topic);
    if (i >= 0) {
        ctx->s->attempts[i] = attempts;
        ctx->s->correct[i] = correct;
    }
}

static void stats_draw(struct screen *sc, struct tui *t, int rows, int cols)
{
    struct statsscreen *s = (struct statsscreen *)sc;
    char line[200];
    tui_text(t, 0, 1, cols - 2, R_TITLE, "Your progress");
    tui_hline(t, 1, 0, cols);
    snprintf(line, sizeof line, "%d of %d lessons done   %d quizzes   %d answers, %d right", s->lessons_done,
             t->c->nlessons, s->quizzes, s->total_attempts, s->total_correct);
    tui_text(t, 2, 2, cols - 4, R_ACCENT, line);
    int namew = cols - 44;
    for (int i = 0; i < t->c->nlessons && 4 + i < rows - 2; i++) {
        tui_text(t, 4 + i, 2, namew, R_NORMAL, t->c->lessons[i].title);
        double frac = s->attempts[i] ? (double)s->correct[i] / s->attempts[i] : 0;
        tui_bar(t, 4 + i, 3 + namew, 20, frac);
        if (s->attempts[i])
            snprintf(line, sizeof line, "%3.0f%% of %d", frac * 100, s->attempts[i]);
        else
            snprintf(line, sizeof line, "  not tried");
        tui_text(t, 4 + i, 5 + namew + 20, 16, R_DIM, line);
    }
    tui_footer(t, rows, cols, "q back  ? help");
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
    free(s->attempts);
    free(s->correct);
    free(s);
}

struct screen *statsscreen_new(struct tui *t)
{
    struct statsscreen *s = xcalloc(1, sizeof *s);
    s->base = (struct screen){"Statistics", stats_help, stats_draw, stats_key, stats_destroy, NULL};
    s->attempts = xcalloc((size_t)t->c->nlessons + 1, sizeof *s->attempts);
    s->correct = xcalloc((size_t)t->c->nlessons + 1, sizeof *s->correct);
    struct row_ctx ctx = {s, t->c};
    if (store_topic_stats(t->st, t->profile, row, &ctx) != 0 ||
        store_totals(t->st, t->profile, &s->total_attempts, &s->total_correct, &s->quizzes, &s->lessons_done) != 0)
        tui_notice(t, "could not read statistics: %s", store_error(t->st));
    return &s->base;
}
