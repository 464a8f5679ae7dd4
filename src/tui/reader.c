/* reader.c - the lesson reader: a page of rendered Markdown with scrolling and paging;
 * the furthest page is saved as the learner turns pages. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/base.h"
#include "cli/cli.h"
#include "content/content.h"
#include "content/doc.h"
#include "store/store.h"
#include "trace/trace.h"
#include "tui/tui.h"

struct reader {
    struct screen base;
    bool present;          /* presenter mode: no progress saved, a clock, page jumps */
    time_t started;
    int lesson, page, scroll;
    struct doc doc;
    int laid_width, laid_page;
};

static const char *const reader_help[] = {
    "Right, n, Space   next page (at the bottom of a page)",
    "Left, p           previous page",
    "Down/Up, j/k      scroll a line",
    "PgDn/PgUp         scroll a screen",
    "u                 quiz on this lesson",
    "d                 run this lesson's demo",
    "q, Esc            back to the lessons",
    NULL,
};

static const struct lesson *lesson_of(struct reader *r, struct tui *t)
{
    return &t->c->lessons[r->lesson];
}

static void layout(struct reader *r, struct tui *t, int width)
{
    if (r->laid_width == width && r->laid_page == r->page)
        return;
    doc_free(&r->doc);
    struct doc_opts o = {.width = width, .ascii = !t->utf8, .marks = false};
    doc_render(&r->doc, lesson_of(r, t)->pages[r->page].markdown, &o);
    r->laid_width = width;
    r->laid_page = r->page;
}

static void save(struct reader *r, struct tui *t)
{
    const struct lesson *l = lesson_of(r, t);
    if (r->present)
        return;
    if (store_lesson_set(t->st, t->profile, l->id, r->page + 1, l->npages) != 0)
        tui_notice(t, "could not save progress: %s", store_error(t->st));
}

static void reader_draw(struct screen *s, struct tui *t, int rows, int cols)
{
    struct reader *r = (struct reader *)s;
    const struct lesson *l = lesson_of(r, t);
    int width = cols > 100 ? 96 : cols - 4, x0 = (cols - width) / 2;
    layout(r, t, width);
    char head[200], pos[40];
    snprintf(head, sizeof head, "Lesson %d: %s", l->order, l->title);
    if (r->present) {
        long secs = (long)(time(NULL) - r->started);
        snprintf(pos, sizeof pos, "%d/%d   %02ld:%02ld", r->page + 1, l->npages, secs / 60, secs % 60);
    } else
        snprintf(pos, sizeof pos, "page %d/%d", r->page + 1, l->npages);
    tui_text(t, 0, 1, cols - 16, R_TITLE, head);
    tui_text(t, 0, cols - (int)strlen(pos) - 1, 14, R_DIM, pos);
    tui_hline(t, 1, 0, cols);
    tui_text(t, 2, x0, width, R_HEADING, l->pages[r->page].title);
    int body = rows - 6;
    for (int i = 0; i < body && r->scroll + i < r->doc.n; i++)
        tui_doc_line(t, 4 + i, x0, width, &r->doc.lines[r->scroll + i]);
    if (r->scroll + body < r->doc.n)
        tui_text(t, rows - 3, cols - 12, 10, R_DIM, tui_sym(t, "▼ more", "v more"));
    if (r->present) {
        tui_footer(t, rows, cols, "Space/n next  p back  1-8 page  d demo  ? help  q end");
        return;
    }
    tui_footer(t, rows, cols, r->page + 1 < l->npages
                                  ? "n/Space next page  p previous  j/k scroll  u quiz  d demo  ? help  q back"
                                  : "last page: u quiz  p previous  j/k scroll  d demo  ? help  q back");
}

static void turn(struct reader *r, struct tui *t, int delta)
{
    const struct lesson *l = lesson_of(r, t);
    int to = r->page + delta;
    if (to < 0 || to >= l->npages) {
        if (to >= l->npages)
            tui_notice(t, "End of the lesson. Press u for its quiz%s%s.", l->next ? ", q for the next lesson" : "",
                       "");
        return;
    }
    r->page = to;
    r->scroll = 0;
    save(r, t);
}

/* TEST HOOK, not a feature: LOOPLAB_VIZ_SELFTEST=1 makes `d` open the visualizer on a
 * hand-written synthetic trace of this lesson's demo (src/trace/synthetic.c) instead of
 * running it, so that tests/e2e/viz.sh can check every panel against a trace whose
 * every event it knows. Returns false (and does nothing) when the variable is not set. */
static bool open_selftest_visualizer(struct reader *r, struct tui *t)
{
    const char *on = getenv("LOOPLAB_VIZ_SELFTEST");
    if (!on || strcmp(on, "1") != 0)
        return false;
    const struct lesson *l = lesson_of(r, t);
    const struct demo *d = l->demo ? content_demo(t->c, l->demo) : NULL;
    if (!d) {
        tui_notice(t, "This lesson has no demo.");
        return true;
    }
    struct screen *v = visualizer_new(t, d->id, d->source, trace_synthetic(d->id, d->source));
    const struct demo *alt = l->demo_alt ? content_demo(t->c, l->demo_alt) : NULL;
    if (alt)
        visualizer_add_variant(v, alt->id, alt->source, trace_synthetic(alt->id, alt->source));
    tui_push(t, v);
    return true;
}

static void reader_key(struct screen *s, struct tui *t, int ch)
{
    struct reader *r = (struct reader *)s;
    int rows = LINES, body = rows - 6;
    int maxscroll = r->doc.n > body ? r->doc.n - body : 0;
    switch (ch) {
    case KEY_DOWN:
    case 'j':
        r->scroll = r->scroll < maxscroll ? r->scroll + 1 : maxscroll;
        break;
    case KEY_UP:
    case 'k':
        r->scroll = r->scroll > 0 ? r->scroll - 1 : 0;
        break;
    case KEY_NPAGE:
        r->scroll = r->scroll + body < maxscroll ? r->scroll + body : maxscroll;
        break;
    case KEY_PPAGE:
        r->scroll = r->scroll > body ? r->scroll - body : 0;
        break;
    case ' ':
        if (r->scroll < maxscroll) {
            r->scroll = r->scroll + body < maxscroll ? r->scroll + body : maxscroll;
            break;
        }
        turn(r, t, 1);
        break;
    case KEY_RIGHT:
    case 'n':
    case 'l':
        turn(r, t, 1);
        break;
    case KEY_LEFT:
    case 'p':
    case 'h':
        turn(r, t, -1);
        break;
    case 'u':
        if (!r->present)
            tui_push(t, quizscreen_topic(t, lesson_of(r, t)->id));
        break;
    case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
        if (r->present)
            turn(r, t, ch - '1' - r->page);
        break;
    case 'd':
        if (open_selftest_visualizer(r, t))
            break;
        demo_open(t, lesson_of(r, t));
        break;
    case 'q':
    case 27:
        tui_pop(t);
        break;
    default:
        break;
    }
}

static void reader_destroy(struct screen *s)
{
    struct reader *r = (struct reader *)s;
    doc_free(&r->doc);
    free(r);
}

struct screen *reader_present(struct tui *t, int lesson_index)
{
    (void)t;
    struct reader *r = xcalloc(1, sizeof *r);
    r->base = (struct screen){"Presenter", reader_help, reader_draw, reader_key, reader_destroy, NULL, false, NULL};
    r->present = true;
    r->base.ticks = true;
    r->started = time(NULL);
    r->lesson = lesson_index;
    r->laid_page = -1;
    return &r->base;
}

struct screen *reader_new(struct tui *t, int lesson_index)
{
    struct reader *r = xcalloc(1, sizeof *r);
    r->base = (struct screen){"Lesson reader", reader_help, reader_draw, reader_key, reader_destroy, NULL, false, NULL};
    r->lesson = lesson_index;
    r->laid_page = -1;
    const struct lesson *l = lesson_of(r, t);
    struct lesson_progress p;
    /* Reopen where the learner stopped, unless the lesson is finished. */
    if (store_lesson_get(t->st, t->profile, l->id, &p) == 0 && !p.completed && p.page > 0 && p.page <= l->npages)
        r->page = p.page - 1;
    save(r, t);
    return &r->base;
}
