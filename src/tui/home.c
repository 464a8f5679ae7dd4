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

struct home {
    struct screen base;
    int sel;
    int first;                    /* the lesson on the first list row */
    int daily_no;
    struct progress p;            /* accuracy per topic, streak, today's date */
    struct lesson_progress *prog; /* one per lesson */
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

static void home_load(struct screen *s, struct tui *t)
{
    struct home *h = (struct home *)s;
    int n = t->c->nlessons;
    free(h->prog);
    h->prog = xcalloc((size_t)n + 1, sizeof *h->prog);
    h->cont = -1;
    for (int i = 0; i < n; i++) {
        store_lesson_get(t->st, t->profile, t->c->lessons[i].id, &h->prog[i]);
        if (h->cont < 0 && !h->prog[i].completed)
            h->cont = i;
    }
    session_progress_free(&h->p);
    if (session_progress(t->st, t->profile, t->c, (int64_t)time(NULL), &h->p) != 0)
        tui_notice(t, "could not read your progress: %s", store_error(t->st));
    quiz_daily_number(h->p.today, &h->daily_no);
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
    h->first = first;
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
        const struct topic_progress *a = &h->p.topics[i];
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
                     h->p.streak.today_done ? "done today" : "five questions waiting (press d)");
    if (h->p.streaks_on)
        snprintf(daily + n, sizeof daily - (size_t)n, "   streak %d day%s, longest %d", h->p.streak.current,
                 h->p.streak.current == 1 ? "" : "s", h->p.streak.longest);
    tui_text(t, rows - 3, 2, cols - 4, h->p.streak.today_done ? R_GOOD : R_NORMAL, daily);
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
        if (h->p.streak.today_done)
            tui_notice(t, "Today's challenge is done; come back tomorrow (or replay a day: looplab daily --date).");
        else {
            struct session_request rq = {SESSION_DAILY, NULL, -1, h->p.today, false, (int64_t)time(NULL),
                                         hash_fnv1a(h->p.today, strlen(h->p.today), HASH_FNV_INIT)};
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

/* A click on a lesson's row opens it. */
static void home_click(struct screen *s, struct tui *t, int y, int x)
{
    struct home *h = (struct home *)s;
    (void)x;
    int i = h->first + y - 3;
    if (y >= 3 && i >= 0 && i < t->c->nlessons && y < LINES - 5) {
        h->sel = i;
        tui_push(t, reader_new(t, i));
    }
}

static void home_destroy(struct screen *s)
{
    struct home *h = (struct home *)s;
    free(h->prog);
    session_progress_free(&h->p);
    free(h);
}

struct screen *home_new(struct tui *t)
{
    struct home *h = xcalloc(1, sizeof *h);
    h->base = (struct screen){"Home", home_help, home_draw, home_key, home_destroy, home_load, false, home_click};
    home_load(&h->base, t);
    return &h->base;
}
