/* home.c - the home screen: the lessons as a map with status and a mastery bar per
 * topic, "continue where you left off", and the keys. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/base.h"
#include "cli/cli.h"
#include "content/content.h"
#include "session/session.h"
#include "store/store.h"
#include "tui/tui.h"

struct topic_acc {
    int attempts, correct;
};

struct home {
    struct screen base;
    int sel;
    char today[11];
    int daily_no;
    struct quiz_streak streak;
    bool streaks_on;
    struct lesson_progress *prog; /* one per lesson */
    struct topic_acc *acc;        /* one per lesson (its topic) */
    int cont;                     /* lesson to continue, -1 if all done */
};

static const char *const home_help[] = {
    "Up/Down, j/k    choose a lesson",
    "Enter, l        read the chosen lesson",
    "c               continue where you left off",
    "u               quiz on the chosen lesson's topic",
    "m               a mixed quiz over every topic",
    "s               your statistics",
    "d               today's daily challenge",
    "?               this help",
    "q               quit",
    NULL,
};

struct acc_ctx {
    struct home *h;
    const struct content *c;
};

static void acc_row(void *vctx, const char *topic, int attempts, int correct)
{
    struct acc_ctx *ctx = vctx;
    int i = content_lesson_index(ctx->c, topic);
    if (i >= 0)
        ctx->h->acc[i] = (struct topic_acc){attempts, correct};
}

static void home_load(struct screen *s, struct tui *t)
{
    struct home *h = (struct home *)s;
    int n = t->c->nlessons;
    free(h->prog);
    free(h->acc);
    h->prog = xcalloc((size_t)n + 1, sizeof *h->prog);
    h->acc = xcalloc((size_t)n + 1, sizeof *h->acc);
    h->cont = -1;
    for (int i = 0; i < n; i++) {
        store_lesson_get(t->st, t->profile, t->c->lessons[i].id, &h->prog[i]);
        if (h->cont < 0 && !h->prog[i].completed)
            h->cont = i;
    }
    struct acc_ctx ctx = {h, t->c};
    store_topic_stats(t->st, t->profile, acc_row, &ctx);
    char show[8] = "";
    if (session_today(t->st, t->profile, (int64_t)time(NULL), h->today) == 0) {
        quiz_daily_number(h->today, &h->daily_no);
        session_streak(t->st, t->profile, h->today, &h->streak);
    }
    store_setting_get(t->st, t->profile, "streak", show, sizeof show);
    h->streaks_on = strcmp(show, "off") != 0;
}

static void home_draw(struct screen *s, struct tui *t, int rows, int cols)
{
    struct home *h = (struct home *)s;
    const struct content *c = t->c;
    tui_text(t, 0, 1, 30, R_TITLE, "looplab");
    tui_text(t, 0, 9, cols - 40, R_DIM, "async programming as asyncio teaches it");
    char prof[64];
    snprintf(prof, sizeof prof, "profile: %s", t->app->profile);
    tui_text(t, 0, cols - (int)strlen(prof) - 1, (int)strlen(prof), R_DIM, prof);
    tui_hline(t, 1, 0, cols);
    int titlew = cols - 44;
    tui_text(t, 2, 2, 20, R_HEADING, "Lessons");
    tui_text(t, 2, cols - 26, 20, R_HEADING, "Mastery");
    int top = 3, avail = rows - top - 5;
    int first = h->sel >= avail ? h->sel - avail + 1 : 0;
    for (int i = first; i < c->nlessons && i - first < avail; i++) {
        const struct lesson *l = &c->lessons[i];
        int y = top + i - first;
        const struct lesson_progress *p = &h->prog[i];
        const char *mark = p->completed ? tui_sym(t, "✓", "*") : p->page ? tui_sym(t, "▸", ">") : tui_sym(t, "·", ".");
        tui_text(t, y, 2, 1, p->completed ? R_GOOD : p->page ? R_ACCENT : R_DIM, mark);
        char line[160];
        snprintf(line, sizeof line, "%2d  %s", l->order, l->title);
        if (i == h->sel) {
            tui_attr(t, R_SELECTED, true);
            mvhline(y, 4, ' ', titlew + 12);
            tui_attr(t, R_SELECTED, false);
        }
        tui_text(t, y, 4, titlew, i == h->sel ? R_SELECTED : R_NORMAL, line);
        char st[32];
        if (p->completed)
            snprintf(st, sizeof st, "done");
        else if (p->page)
            snprintf(st, sizeof st, "page %d/%d", p->page, l->npages);
        else
            snprintf(st, sizeof st, "new");
        tui_text(t, y, 4 + titlew + 1, 11, i == h->sel ? R_SELECTED : R_DIM, st);
        const struct topic_acc *a = &h->acc[i];
        tui_bar(t, y, cols - 26, 16, a->attempts ? (double)a->correct / a->attempts : 0);
        char pct[16];
        if (a->attempts)
            snprintf(pct, sizeof pct, "%3d%%", a->correct * 100 / a->attempts);
        else
            snprintf(pct, sizeof pct, "  --");
        tui_text(t, y, cols - 9, 8, R_DIM, pct);
    }
    char cont[200];
    if (h->cont >= 0) {
        const struct lesson *l = &c->lessons[h->cont];
        snprintf(cont, sizeof cont, "Continue: lesson %d, %s%s (press c)", l->order, l->title,
                 h->prog[h->cont].page ? "" : " (new)");
    } else
        snprintf(cont, sizeof cont, "Every lesson done. Keep your knowledge fresh with a mixed quiz (m).");
    tui_text(t, rows - 4, 2, cols - 4, R_ACCENT, cont);
    char daily[160];
    int n = snprintf(daily, sizeof daily, "Daily #%d: %s", h->daily_no,
                     h->streak.today_done ? "done today" : "five questions waiting (press d)");
    if (h->streaks_on)
        snprintf(daily + n, sizeof daily - (size_t)n, "   streak %d day%s, longest %d", h->streak.current,
                 h->streak.current == 1 ? "" : "s", h->streak.longest);
    tui_text(t, rows - 3, 2, cols - 4, h->streak.today_done ? R_GOOD : R_NORMAL, daily);
    tui_footer(t, rows, cols, "j/k move  Enter read  c continue  u quiz  m mixed  d daily  s stats  ? help  q quit");
}

static void home_key(struct screen *s, struct tui *t, int ch)
{
    struct home *h = (struct home *)s;
    int n = t->c->nlessons;
    switch (ch) {
    case KEY_UP:
    case 'k':
        h->sel = h->sel > 0 ? h->sel - 1 : 0;
        break;
    case KEY_DOWN:
    case 'j':
        h->sel = h->sel + 1 < n ? h->sel + 1 : h->sel;
        break;
    case KEY_HOME:
    case 'g':
        h->sel = 0;
        break;
    case KEY_END:
    case 'G':
        h->sel = n ? n - 1 : 0;
        break;
    case 'c':
        if (h->cont >= 0) {
            h->sel = h->cont;
            tui_push(t, reader_new(t, h->cont));
        }
        break;
    case '\n':
    case KEY_ENTER:
    case 'l':
    case KEY_RIGHT:
        if (n)
            tui_push(t, reader_new(t, h->sel));
        break;
    case 'u':
        if (n)
            tui_push(t, quizscreen_topic(t, t->c->lessons[h->sel].id));
        break;
    case 'm':
        tui_push(t, quizscreen_topic(t, NULL));
        break;
    case 's':
        tui_push(t, statsscreen_new(t));
        break;
    case 'd':
        if (h->streak.today_done)
            tui_notice(t, "Today's challenge is done; come back tomorrow (or replay a day: looplab daily --date).");
        else {
            struct session_request rq = {SESSION_DAILY, NULL, -1, h->today, false, (int64_t)time(NULL),
                                         hash_fnv1a(h->today, strlen(h->today), HASH_FNV_INIT)};
            tui_push(t, quizscreen_new(t, &rq));
        }
        break;
    case 'q':
    case 27:
        tui_pop(t);
        break;
    default:
        break;
    }
}

static void home_destroy(struct screen *s)
{
    struct home *h = (struct home *)s;
    free(h->prog);
    free(h->acc);
    free(h);
}

struct screen *home_new(struct tui *t)
{
    struct home *h = xcalloc(1, sizeof *h);
    h->base = (struct screen){"Home", home_help, home_draw, home_key, home_destroy, home_load, false};
    home_load(&h->base, t);
    return &h->base;
}
