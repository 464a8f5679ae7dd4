/* visualizer.c - the event-loop visualizer: a demo's run replayed from its trace, one
 * scheduling decision per step. Panels: the source with a marker where each task is,
 * the tasks and their states, the ready queue, the timer heap, the watched fds, the
 * program's output, a timeline with one lane per task, and the narration of the step.
 * The screen only reads the trace (src/trace/); the state it shows comes from
 * trace_state_at, so stepping back costs what stepping forward does. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <time.h>

#include "base/base.h"
#include "content/doc.h"
#include "trace/trace.h"
#include "tui/tui.h"

/* One demo run: its source (laid out with syntax colours) and its trace. */
struct viz_run {
    char *title;
    char *source;
    char *edited;              /* the learner's last edit that did not compile, or NULL */
    struct doc doc;            /* the source as a fenced code block */
    struct doc_line *lines;    /* doc lines without the block's indent */
    int nlines;
    struct trace *tr;
};

struct visualizer {
    struct screen base;
    struct viz_run runs[2];    /* the demo, and its other variant for `b` */
    int nruns, cur;
    size_t k;                  /* the state shown: after the first k events */
    struct trace_state st;
    bool st_valid;
    bool playing;
    int speed;                 /* index into speeds[] */
    double play_t0;            /* wall clock when play (re)started */
    size_t play_k0;            /* k at that moment */
    int code_top;              /* first source line shown, 0-based */
};

/* Events per second when playing. */
static const double speeds[] = {1, 2, 4, 8, 16, 32, 64, 128, 512};
#define DEFAULT_SPEED 2

static const char *const viz_help[] = {
    "Right, l, n     step forward one event",
    "Left, h, p      step back one event",
    "], [            next / previous loop iteration",
    "Space           play / pause",
    "+ / -           faster / slower",
    "Home, g         back to the start",
    "End, G          jump to the end",
    "b               the demo's other variant (blocking or not)",
    "e               edit a copy of the demo in $EDITOR and rerun it",
    "q, Esc          back to the lesson",
    "",
    "Left of the code: the tasks on each line (2 is Task-2).",
    "Tasks: > running, + ready, . waiting.",
    "Timeline: # running, + ready, - waiting, over loop time.",
    NULL,
};

static double wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct viz_run *run_of(struct visualizer *v)
{
    return &v->runs[v->cur];
}

/* ---- state ---- */

/* Brings v->st up to v->k: one event forward is applied in place, anything else seeks. */
static void sync_state(struct visualizer *v)
{
    const struct trace *tr = run_of(v)->tr;
    if (v->st_valid && v->st.k == v->k)
        return;
    if (v->st_valid && v->st.k + 1 == v->k)
        trace_state_next(tr, &v->st);
    else
        trace_state_at(tr, v->k, &v->st);
    v->st_valid = true;
}

static void seek(struct visualizer *v, size_t k)
{
    size_t n = trace_len(run_of(v)->tr);
    v->k = k > n ? n : k;
    if (v->playing) {
        v->play_t0 = wall_now();
        v->play_k0 = v->k;
    }
}

static void set_playing(struct visualizer *v, bool on)
{
    v->playing = on;
    v->base.ticks = on;
    if (on) {
        v->play_t0 = wall_now();
        v->play_k0 = v->k;
    }
}

/* While playing, moves k on by the wall time since play started. */
static void advance_play(struct visualizer *v)
{
    if (!v->playing)
        return;
    size_t n = trace_len(run_of(v)->tr);
    double steps = (wall_now() - v->play_t0) * speeds[v->speed];
    size_t target = v->play_k0 + (size_t)steps;
    v->k = target < n ? target : n;
    if (v->k == n)
        set_playing(v, false);
}

/* The next (dir > 0) or previous start of a loop iteration from k. */
static size_t iteration_from(const struct trace *tr, size_t k, int dir)
{
    size_t n = trace_len(tr);
    if (dir > 0) {
        for (size_t e = k + 1; e < n; e++)
            if (trace_event_at(tr, e)->kind == TRACE_POLL)
                return e + 1;
        return n;
    }
    for (size_t e = k >= 2 ? k - 2 : 0; e > 0; e--)
        if (trace_event_at(tr, e)->kind == TRACE_POLL)
            return e + 1;
    return 0;
}

/* ---- layout ---- */

struct box { int y, x, h, w; };

struct layout {
    struct box code, log, side, out, lanes;
    int mid_y, narr_y, top_split, bot_split;
};

static int output_lines(const struct trace *tr)
{
    size_t len;
    const char *out = trace_output(tr, &len);
    int n = len > 0 && out[len - 1] != '\n';
    for (size_t i = 0; i < len; i++)
        n += out[i] == '\n';
    return n;
}

/* Code left, side panels right, output and timeline below, narration above the keys.
 * The bottom band is as tall as the run's output or its lanes need, up to a third of
 * the screen; when the code leaves room under it, a log of recent steps fills it. The
 * sizes depend on the whole run, not the step, so nothing jumps while stepping. */
static struct layout layout_for(struct visualizer *v, int rows, int cols)
{
    struct layout L;
    const struct trace *tr = run_of(v)->tr;
    L.narr_y = rows - 3;
    int maxbot = (rows - 6) / 3 < 5 ? 5 : (rows - 6) / 3;
    int want = output_lines(tr) > trace_task_count(tr) + 1 ? output_lines(tr) : trace_task_count(tr) + 1;
    int bot_h = want < 5 ? 5 : want > maxbot ? maxbot : want;
    L.mid_y = L.narr_y - bot_h - 1;
    L.top_split = cols / 2;
    L.bot_split = cols >= 160 ? cols * 2 / 5 : cols / 2;
    int top_h = L.mid_y - 2, code_h = run_of(v)->nlines + 1;
    if (top_h - code_h < 6)
        code_h = top_h;
    L.code = (struct box){2, 0, code_h, L.top_split};
    L.log = (struct box){2 + code_h + 1, 1, top_h - code_h - 1, L.top_split - 2};
    L.side = (struct box){2, L.top_split + 2, top_h, cols - L.top_split - 3};
    L.out = (struct box){L.mid_y + 1, 1, bot_h, L.bot_split - 2};
    L.lanes = (struct box){L.mid_y + 1, L.bot_split + 2, bot_h, cols - L.bot_split - 3};
    return L;
}

static void draw_frame(struct tui *t, const struct layout *L, int cols)
{
    tui_hline(t, 1, 0, cols);
    tui_hline(t, L->mid_y, 0, cols);
    if (L->log.h > 0) {
        tui_hline(t, L->log.y - 1, 0, L->top_split);
        tui_text(t, L->log.y - 1, 2, 20, R_HEADING, " Steps so far ");
    }
    tui_attr(t, R_RULE, true);
    for (int y = 2; y < L->mid_y; y++)
        mvaddstr(y, L->top_split, tui_sym(t, "│", "|"));
    for (int y = L->mid_y + 1; y < L->narr_y; y++)
        mvaddstr(y, L->bot_split, tui_sym(t, "│", "|"));
    mvaddstr(1, L->top_split, tui_sym(t, "┬", "+"));
    mvaddstr(L->mid_y, L->top_split, tui_sym(t, "┴", "+"));
    mvaddstr(L->mid_y, L->bot_split, tui_sym(t, L->bot_split == L->top_split ? "┼" : "┬", "+"));
    if (L->log.h > 0)
        mvaddstr(L->log.y - 1, L->top_split, tui_sym(t, "┤", "+"));
    tui_attr(t, R_RULE, false);
}

/* The narration of the last steps up to the current one, which is marked. */
static void draw_log(struct visualizer *v, struct tui *t, struct box b)
{
    const struct trace *tr = run_of(v)->tr;
    size_t first = v->k > (size_t)b.h ? v->k - (size_t)b.h : 0;
    for (size_t e = first; e < v->k; e++) {
        char line[400];
        int y = b.y + (int)(e - first);
        trace_narrate(trace_event_at(tr, e), line, sizeof line);
        bool cur = e + 1 == v->k;
        tui_text(t, y, b.x, 2, R_ACCENT, cur ? tui_sym(t, "▶", ">") : " ");
        tui_text(t, y, b.x + 2, b.w - 2, cur ? R_ACCENT : R_DIM, line);
    }
}

/* ---- the code panel ---- */

/* "T2" for "Task-2" ("2" when narrow), else the name's first three letters. */
static void short_label(const char *name, bool narrow, char *out, size_t n)
{
    if (strncmp(name, "Task-", 5) == 0)
        snprintf(out, n, "%s%s", narrow ? "" : "T", name + 5);
    else
        snprintf(out, n, "%.3s", name);
}

/* The short labels of the live tasks on source line `line`, the running one first;
 * returns how many there are (at most 16 labels are kept). */
static int tasks_on_line(struct visualizer *v, int line, bool narrow, char labs[16][16], bool *has_run)
{
    const struct trace *tr = run_of(v)->tr;
    int nl = 0, total = 0;
    *has_run = false;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < v->st.ntasks; i++) {
            const struct trace_task_view *tv = &v->st.tasks[i];
            bool running = tv->state == TS_RUNNING;
            if (tv->line != line || tv->state >= TS_DONE || running != (pass == 0))
                continue;
            total++;
            *has_run = *has_run || running;
            if (nl < 16)
                short_label(trace_task_at(tr, i)->name, narrow, labs[nl++], sizeof labs[0]);
        }
    return total;
}

/* The gutter text for source line `line`, at most w - 1 columns: the tasks there, the
 * running one marked; "+N" for those that do not fit. */
static void gutter_for(struct visualizer *v, struct tui *t, int line, char *out, size_t n, int w)
{
    char labs[16][16];
    bool has_run;
    int total = tasks_on_line(v, line, w < 10, labs, &has_run), nl = total < 16 ? total : 16;
    int all = has_run ? 1 : 0;
    for (int i = 0; i < nl; i++)
        all += (i ? 1 : 0) + (int)strlen(labs[i]);
    all += nl < total ? 3 : 0;
    sbuf b = {0};
    int cols = 0, shown = 0;
    for (int i = 0; i < nl; i++) {
        int need = (shown ? 1 : 0) + (int)strlen(labs[i]) + (i == 0 && has_run ? 1 : 0);
        int reserve = all > w - 1 ? 3 : 0;  /* room for "+N" when not all fit */
        if (cols + need + reserve > w - 1)
            break;
        sbuf_printf(&b, "%s%s%s", shown ? "," : "", i == 0 && has_run ? tui_sym(t, "▶", ">") : "", labs[i]);
        cols += need;
        shown++;
    }
    if (shown < total)
        sbuf_printf(&b, "+%d", total - shown);
    snprintf(out, n, "%s", sbuf_str(&b));
    sbuf_free(&b);
}

/* The line to keep in view: where the latest event happened, else the running task. */
static int focus_line(struct visualizer *v)
{
    const struct trace *tr = run_of(v)->tr;
    if (v->k > 0) {
        const struct trace_event *ev = trace_event_at(tr, v->k - 1);
        if (ev->line > 0)
            return ev->line;
        if (ev->task >= 0 && ev->task < v->st.ntasks && v->st.tasks[ev->task].line > 0)
            return v->st.tasks[ev->task].line;
    }
    if (v->st.running >= 0)
        return v->st.tasks[v->st.running].line;
    return 0;
}

static void scroll_code(struct visualizer *v, int h)
{
    int n = run_of(v)->nlines, focus = focus_line(v) - 1;
    if (focus >= 0 && (focus < v->code_top + 1 || focus > v->code_top + h - 2))
        v->code_top = focus - h / 2;
    if (v->code_top > n - h)
        v->code_top = n - h;
    if (v->code_top < 0)
        v->code_top = 0;
}

static void draw_code(struct visualizer *v, struct tui *t, struct box b)
{
    struct viz_run *r = run_of(v);
    char head[160];
    snprintf(head, sizeof head, "%s.py", r->title);
    tui_text(t, b.y, 1, b.w - 2, R_HEADING, head);
    int h = b.h - 1, gw = b.w >= 80 ? 14 : 7, nw = r->nlines >= 100 ? 4 : 3;
    scroll_code(v, h);
    for (int i = 0; i < h && v->code_top + i < r->nlines; i++) {
        int line = v->code_top + i + 1, y = b.y + 1 + i;
        char gutter[64], num[16];
        gutter_for(v, t, line, gutter, sizeof gutter, gw);
        bool here = v->st.running >= 0 && v->st.tasks[v->st.running].line == line;
        tui_text(t, y, 0, gw, here ? R_GOOD : R_ACCENT, gutter);
        snprintf(num, sizeof num, "%*d ", nw - 1, line);
        tui_text(t, y, gw, nw, R_DIM, num);
        int x = gw + nw, w = b.w - x - 1;
        if (here) {
            tui_attr(t, R_SELECTED, true);
            mvhline(y, x, ' ', w);
            tui_attr(t, R_SELECTED, false);
            tui_text(t, y, x, w, R_SELECTED, r->lines[line - 1].text);
        } else
            tui_doc_line(t, y, x, w, &r->lines[line - 1]);
    }
}

/* ---- the side panels: tasks, ready queue, timers, fds ---- */

enum { SEC_TASKS, SEC_READY, SEC_TIMERS, SEC_FDS, NSEC };

/* Shares h rows among the sections: a heading each, then one row at a time to each
 * section that wants more, in order, until rows run out. */
static void share_rows(const int want[NSEC], int h, int got[NSEC])
{
    int left = h - NSEC;
    for (int s = 0; s < NSEC; s++)
        got[s] = 0;
    for (bool more = true; more && left > 0;) {
        more = false;
        for (int s = 0; s < NSEC && left > 0; s++)
            if (got[s] < want[s]) {
                got[s]++;
                left--;
                more = true;
            }
    }
}

static enum tui_role state_role(enum trace_task_state s)
{
    switch (s) {
    case TS_RUNNING: return R_GOOD;
    case TS_READY: return R_ACCENT;
    case TS_WAITING: case TS_PENDING: return R_NORMAL;
    case TS_DONE: return R_DIM;
    default: return R_BAD;
    }
}

static void task_row(struct visualizer *v, struct tui *t, int i, int y, struct box b)
{
    const struct trace_task *tk = trace_task_at(run_of(v)->tr, i);
    const struct trace_task_view *tv = &v->st.tasks[i];
    char what[200], row[320], coro[64];
    const char *st = trace_state_name(tv->state);
    if (tv->state == TS_WAITING)
        snprintf(what, sizeof what, "awaits %s", tv->waiting ? tv->waiting : "?");
    else if (tv->state == TS_DONE || tv->state == TS_FAILED)
        snprintf(what, sizeof what, "%s: %s", st, tv->result ? tv->result : "");
    else if (tv->state == TS_DESTROYED)
        snprintf(what, sizeof what, "destroyed while pending");
    else
        snprintf(what, sizeof what, "%s", st);
    if (tv->cancelling)
        strncat(what, " (cancelling)", sizeof what - strlen(what) - 1);
    const char *mark = tv->state == TS_RUNNING ? tui_sym(t, "▶", ">") : tv->state == TS_READY ? "+" :
                       tv->state == TS_WAITING ? "." : " ";
    snprintf(coro, sizeof coro, "%s()", tk->coro);
    int cw = b.w >= 70 ? 26 : 10, nw = b.w >= 70 ? 10 : 6;
    snprintf(row, sizeof row, "%s %-*s %-*.*s %s", mark, nw, tk->name, cw, cw, coro, what);
    tui_text(t, y, b.x, b.w, state_role(tv->state), row);
}

/* A section heading; its count of hidden rows, if any, on the right. */
static void heading(struct tui *t, int y, struct box b, const char *text, int hidden)
{
    tui_text(t, y, b.x, b.w, R_HEADING, text);
    if (hidden > 0) {
        char more[32];
        snprintf(more, sizeof more, "+%d more", hidden);
        tui_text(t, y, b.x + b.w - (int)strlen(more), (int)strlen(more), R_DIM, more);
    }
}

static int draw_tasks(struct visualizer *v, struct tui *t, struct box b, int y, int rows)
{
    char head[64];
    int n = v->st.ntasks, hide = n - rows;
    snprintf(head, sizeof head, "Tasks (%d)", n);
    heading(t, y++, b, head, hide);
    if (n == 0)
        tui_text(t, y++, b.x + 2, b.w - 2, R_DIM, "none yet");
    /* With too many to show, the oldest finished ones give way first, then the newest. */
    bool *hidden = xcalloc((size_t)(n ? n : 1), sizeof *hidden);
    for (int i = 0; i < n && hide > 0; i++)
        if (v->st.tasks[i].state >= TS_DONE) {
            hidden[i] = true;
            hide--;
        }
    for (int i = n - 1; i >= 0 && hide > 0; i--)
        if (!hidden[i]) {
            hidden[i] = true;
            hide--;
        }
    for (int i = 0; i < n; i++)
        if (!hidden[i])
            task_row(v, t, i, y++, b);
    free(hidden);
    return y;
}

static int draw_ready(struct visualizer *v, struct tui *t, struct box b, int y, int rows)
{
    const struct trace *tr = run_of(v)->tr;
    char head[200];
    int n = snprintf(head, sizeof head, "Ready queue (%d)", v->st.nready);
    const char *cur = v->st.current >= 0 ? trace_handle_at(tr, v->st.current)->desc : NULL;
    if (cur && n + 12 + (int)strlen(cur) <= b.w)
        snprintf(head + n, sizeof head - (size_t)n, "  just ran: %s", cur);
    heading(t, y++, b, head, v->st.nready - rows);
    for (int i = 0; i < v->st.nready && i < rows; i++) {
        char row[200];
        snprintf(row, sizeof row, "%2d %s", i + 1, trace_handle_at(tr, v->st.ready[i].handle)->desc);
        tui_text(t, y++, b.x, b.w, i == 0 ? R_ACCENT : R_NORMAL, row);
    }
    return y;
}

static int draw_timers(struct visualizer *v, struct tui *t, struct box b, int y, int rows)
{
    const struct trace *tr = run_of(v)->tr;
    char head[64];
    snprintf(head, sizeof head, "Timers (%d)", v->st.ntimers);
    heading(t, y++, b, head, v->st.ntimers - rows);
    for (int i = 0; i < v->st.ntimers && i < rows; i++) {
        const struct trace_handle *h = trace_handle_at(tr, v->st.timers[i]);
        char row[200];
        snprintf(row, sizeof row, "t=%.3f %s", h->when, h->desc);
        tui_text(t, y++, b.x, b.w, R_NORMAL, row);
    }
    return y;
}

static void draw_fds(struct visualizer *v, struct tui *t, struct box b, int y, int rows)
{
    const struct trace *tr = run_of(v)->tr;
    char head[64];
    snprintf(head, sizeof head, v->st.nfds ? "I/O: fds watched (%d)" : "I/O: no fd watched", v->st.nfds);
    heading(t, y++, b, head, v->st.nfds - rows);
    for (int i = 0; i < v->st.nfds && i < rows; i++) {
        const struct trace_fd *f = &v->st.fds[i];
        const struct trace_handle *h = trace_handle_at(tr, f->handle);
        char row[200];
        snprintf(row, sizeof row, "fd %d %s  %s", f->fd, f->mask == TRACE_WRITE ? "write" : "read",
                 h ? h->desc : "");
        tui_text(t, y++, b.x, b.w, R_NORMAL, row);
    }
}

static void draw_side(struct visualizer *v, struct tui *t, struct box b)
{
    int want[NSEC] = {v->st.ntasks ? v->st.ntasks : 1, v->st.nready, v->st.ntimers, v->st.nfds}, got[NSEC];
    share_rows(want, b.h, got);
    int y = b.y;
    y = draw_tasks(v, t, b, y, got[SEC_TASKS]);
    y = draw_ready(v, t, b, y, got[SEC_READY]);
    y = draw_timers(v, t, b, y, got[SEC_TIMERS]);
    draw_fds(v, t, b, y, got[SEC_FDS]);
}

/* ---- output, timeline, narration ---- */

static void draw_output(struct visualizer *v, struct tui *t, struct box b)
{
    struct trace_line *lines = xcalloc((size_t)b.h, sizeof *lines);
    int n = trace_output_tail(run_of(v)->tr, &v->st, lines, b.h);
    for (int i = 0; i < n; i++) {
        char *s = xstrndup(lines[i].s, (size_t)lines[i].len);
        tui_text(t, b.y + i, b.x, b.w, lines[i].err ? R_BAD : R_NORMAL, s);
        free(s);
    }
    if (n == 0)
        tui_text(t, b.y, b.x, b.w, R_DIM, "(nothing printed yet)");
    free(lines);
}

/* Drawing priority of a state in a timeline cell: running shows over ready over waiting. */
static int lane_rank(enum trace_task_state s)
{
    static const int rank[TS_NSTATES] = {1, 3, 4, 2, 0, 0, 0, 0};
    return (unsigned)s < TS_NSTATES ? rank[s] : 0;
}

/* Column of a moment in a lane of w cells: by time, or by event when no time passes. */
static int lane_col(const struct trace *tr, double t, size_t k, int w)
{
    double end = trace_end_time(tr);
    double f = end > 0 ? t / end : (double)k / (double)(trace_len(tr) ? trace_len(tr) : 1);
    int c = (int)(f * (w - 1) + 0.5);
    return c < 0 ? 0 : c >= w ? w - 1 : c;
}

static void draw_lane(struct visualizer *v, struct tui *t, int task, int y, int x, int w)
{
    const struct trace *tr = run_of(v)->tr;
    const struct trace_span *sp;
    int n = trace_lane(tr, task, &sp);
    int *rank = xcalloc((size_t)w, sizeof *rank);
    enum trace_task_state *cell = xcalloc((size_t)w, sizeof *cell);
    for (int i = 0; i < n && sp[i].k0 <= v->k; i++) {
        bool open = sp[i].k1 > v->k;
        int c0 = lane_col(tr, sp[i].t0, sp[i].k0, w);
        int c1 = open ? lane_col(tr, v->st.now, v->k, w) : lane_col(tr, sp[i].t1, sp[i].k1, w);
        for (int c = c0; c <= c1; c++)
            if (lane_rank(sp[i].state) > rank[c]) {
                rank[c] = lane_rank(sp[i].state);
                cell[c] = sp[i].state;
            }
    }
    for (int c = 0; c < w; c++) {
        if (!rank[c])
            continue;
        const char *sym = cell[c] == TS_RUNNING ? tui_sym(t, "█", "#") : cell[c] == TS_READY ? tui_sym(t, "▒", "+")
                        : cell[c] == TS_WAITING ? tui_sym(t, "─", "-") : tui_sym(t, "·", ".");
        tui_text(t, y, x + c, 1, state_role(cell[c]), sym);
    }
    free(rank);
    free(cell);
}

static void draw_timeline(struct visualizer *v, struct tui *t, struct box b)
{
    const struct trace *tr = run_of(v)->tr;
    int lw = b.w >= 70 ? 16 : 7, cells = b.w - lw - 1, lanes = b.h - 1;
    int n = v->st.ntasks;
    if (n > lanes) {
        char more[32];
        snprintf(more, sizeof more, " +%d more ", n - lanes);
        tui_text(t, b.y - 1, b.x + b.w - (int)strlen(more), (int)strlen(more), R_DIM, more);
    }
    for (int i = 0; i < n && i < lanes; i++) {
        const struct trace_task *tk = trace_task_at(tr, i);
        char label[64];
        if (lw > 7)
            snprintf(label, sizeof label, "%s %s", tk->name, tk->coro);
        else
            snprintf(label, sizeof label, "%s", tk->name);
        tui_text(t, b.y + i, b.x, lw, state_role(v->st.tasks[i].state), label);
        draw_lane(v, t, i, b.y + i, b.x + lw + 1, cells);
    }
    /* The axis: 0 on the left, the end of the run on the right, a caret at now. */
    int ay = b.y + b.h - 1, ax = b.x + lw + 1;
    char end[32];
    snprintf(end, sizeof end, "%.3fs", trace_end_time(tr));
    tui_text(t, ay, ax - 3, 2, R_DIM, "0s");
    tui_text(t, ay, ax + cells - (int)strlen(end), (int)strlen(end), R_DIM, end);
    tui_text(t, ay, ax + lane_col(tr, v->st.now, v->k, cells), 1, R_ACCENT, tui_sym(t, "▲", "^"));
}

static void draw_narration(struct visualizer *v, struct tui *t, int y, int cols)
{
    char line[400];
    if (v->k == 0)
        snprintf(line, sizeof line, "Nothing has run yet. Right steps through the run, Space plays it.");
    else
        trace_narrate(trace_event_at(run_of(v)->tr, v->k - 1), line, sizeof line);
    tui_text(t, y, 1, cols - 2, R_ACCENT, line);
}

static void draw_title(struct visualizer *v, struct tui *t, int cols)
{
    struct viz_run *r = run_of(v);
    char left[200], right[160];
    snprintf(left, sizeof left, "Event loop: %s", r->title);
    snprintf(right, sizeof right, "step %zu/%zu  t=%.3f  lag %.3fs  %s %g/s", v->k, trace_len(r->tr), v->st.now,
             v->st.lag, v->playing ? tui_sym(t, "▶", ">") : tui_sym(t, "‖", "||"), speeds[v->speed]);
    int rw = doc_width(right, (int)strlen(right));
    tui_text(t, 0, 1, cols - rw - 3, R_TITLE, left);
    tui_text(t, 0, cols - rw - 1, rw, R_DIM, right);
}

static void viz_draw(struct screen *s, struct tui *t, int rows, int cols)
{
    struct visualizer *v = (struct visualizer *)s;
    advance_play(v);
    sync_state(v);
    struct layout L = layout_for(v, rows, cols);
    draw_frame(t, &L, cols);
    draw_title(v, t, cols);
    draw_code(v, t, L.code);
    if (L.log.h > 0)
        draw_log(v, t, L.log);
    draw_side(v, t, L.side);
    tui_text(t, L.mid_y, 2, 10, R_HEADING, " Output ");
    tui_text(t, L.mid_y, L.bot_split + 2, 12, R_HEADING, " Timeline ");
    draw_output(v, t, L.out);
    draw_timeline(v, t, L.lanes);
    draw_narration(v, t, L.narr_y, cols);
    tui_footer(t, rows, cols, v->nruns > 1
                                  ? "Right/Left step  Space play  +/- speed  g/G start/end  b variant  ? help  q back"
                                  : "Right/Left step  ]/[ iteration  Space play  +/- speed  g/G start/end  ? help  q back");
}

/* ---- keys ---- */

static void switch_variant(struct visualizer *v)
{
    if (v->nruns < 2)
        return;
    v->cur = 1 - v->cur;
    v->st_valid = false;
    v->code_top = 0;
    seek(v, v->k);
}

static void run_init(struct viz_run *r, const char *title, const char *source, struct trace *tr);
static void run_free(struct viz_run *r);

/* `e`: the demo's source (or the last edit that failed) in $VISUAL/$EDITOR, then a
 * rerun; a program that does not compile keeps the old run and says why, with the line. */
static void edit_and_rerun(struct visualizer *v, struct tui *t)
{
    struct viz_run *r = run_of(v);
    char path[] = "/tmp/looplab-demo-XXXXXX.py";
    int fd = mkstemps(path, 3);
    const char *text = r->edited ? r->edited : r->source;
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
        tui_notice(t, "cannot write a copy of the demo in /tmp");
        if (fd >= 0)
            close(fd);
        return;
    }
    close(fd);
    const char *ed = getenv("VISUAL");
    if (!ed || !*ed)
        ed = getenv("EDITOR");
    if (!ed || !*ed)
        ed = "vi";
    char *cmd = xasprintf("%s '%s'", ed, path);
    def_prog_mode();
    endwin();
    int rc = system(cmd);
    reset_prog_mode();
    refresh();
    free(cmd);
    char *src = file_read(path, NULL);
    unlink(path);
    if (rc != 0 || !src) {
        tui_notice(t, "The editor (%s) did not finish cleanly; nothing was rerun.", ed);
        free(src);
        return;
    }
    if (strcmp(src, r->source) == 0) {
        tui_notice(t, "No change: the demo is as it was.");
        free(src);
        return;
    }
    char err[300];
    struct trace *tr = demo_trace(r->title, src, err, sizeof err);
    if (!tr) {
        free(r->edited);
        r->edited = src;
        tui_notice(t, "Not run: %s (press e to fix it)", err);
        return;
    }
    char *title = xstrdup(r->title);
    run_free(r);
    run_init(r, title, src, tr);
    free(title);
    free(src);
    v->st_valid = false;
    v->code_top = 0;
    seek(v, 0);
    tui_notice(t, "Your version ran: %zu steps. Step through it with the arrows.", trace_len(tr));
}

static void viz_key(struct screen *s, struct tui *t, int ch)
{
    struct visualizer *v = (struct visualizer *)s;
    advance_play(v);
    size_t n = trace_len(run_of(v)->tr);
    switch (ch) {
    case KEY_RIGHT: case 'l': case 'n':
        seek(v, v->k + 1);
        break;
    case KEY_LEFT: case 'h': case 'p':
        seek(v, v->k > 0 ? v->k - 1 : 0);
        break;
    case ']':
        seek(v, iteration_from(run_of(v)->tr, v->k, 1));
        break;
    case '[':
        seek(v, iteration_from(run_of(v)->tr, v->k, -1));
        break;
    case ' ':
        if (!v->playing && v->k == n)
            v->k = 0;
        set_playing(v, !v->playing);
        break;
    case '+': case '=':
        v->speed = v->speed + 1 < (int)LL_ARRAY_LEN(speeds) ? v->speed + 1 : v->speed;
        seek(v, v->k);
        break;
    case '-': case '_':
        v->speed = v->speed > 0 ? v->speed - 1 : 0;
        seek(v, v->k);
        break;
    case KEY_HOME: case 'g':
        seek(v, 0);
        break;
    case KEY_END: case 'G':
        seek(v, n);
        break;
    case 'e':
        edit_and_rerun(v, t);
        break;
    case 'b':
        if (v->nruns < 2)
            tui_notice(t, "This demo has no other variant.");
        switch_variant(v);
        break;
    case 'q': case 27:
        tui_pop(t);
        break;
    default:
        break;
    }
}

/* ---- lifecycle ---- */

/* Source lines with syntax colours: the source laid out as a Python code block, its
 * two-column indent dropped. False if that did not give one line per source line. */
static bool code_lines_coloured(struct viz_run *r)
{
    char *md = xasprintf("``````````python\n%s\n``````````\n", r->source);
    struct doc_opts o = {.width = 1000, .ascii = true, .marks = false};
    doc_render(&r->doc, md, &o);
    free(md);
    if (r->doc.n < r->nlines)
        return false;
    for (int i = 0; i < r->nlines; i++)
        if (strncmp(r->doc.lines[i].text, "  ", 2) != 0)
            return false;
    for (int i = 0; i < r->nlines; i++) {
        const struct doc_line *d = &r->doc.lines[i];
        r->lines[i].text = d->text + 2;
        r->lines[i].spans = xcalloc((size_t)(d->nspans ? d->nspans : 1), sizeof *r->lines[i].spans);
        for (int k = 0; k < d->nspans; k++) {
            struct doc_span sp = d->spans[k];
            sp.start = sp.start >= 2 ? sp.start - 2 : 0;
            r->lines[i].spans[r->lines[i].nspans++] = sp;
        }
    }
    return true;
}

/* Plain source lines: each points into the source, cut at its newline. */
static void code_lines_plain(struct viz_run *r)
{
    char *p = r->source;
    for (int i = 0; i < r->nlines; i++) {
        r->lines[i].text = p;
        char *e = strchr(p, '\n');
        if (!e)
            break;
        *e = '\0';
        p = e + 1;
    }
}

static void run_init(struct viz_run *r, const char *title, const char *source, struct trace *tr)
{
    r->title = xstrdup(title);
    r->source = xstrdup(source ? source : "");
    r->tr = tr;
    int n = 1;
    for (const char *p = r->source; *p; p++)
        n += *p == '\n' && p[1] != '\0';
    r->nlines = r->source[0] ? n : 0;
    r->lines = xcalloc((size_t)(r->nlines ? r->nlines : 1), sizeof *r->lines);
    if (!code_lines_coloured(r))
        code_lines_plain(r);
}

static void run_free(struct viz_run *r)
{
    for (int i = 0; i < r->nlines; i++)
        free(r->lines[i].spans);
    free(r->lines);
    doc_free(&r->doc);
    trace_free(r->tr);
    free(r->title);
    free(r->source);
    free(r->edited);
}

static void viz_destroy(struct screen *s)
{
    struct visualizer *v = (struct visualizer *)s;
    for (int i = 0; i < v->nruns; i++)
        run_free(&v->runs[i]);
    trace_state_free(&v->st);
    free(v);
}

struct screen *visualizer_new(struct tui *t, const char *title, const char *source, struct trace *tr)
{
    (void)t;
    struct visualizer *v = xcalloc(1, sizeof *v);
    v->base = (struct screen){"Event-loop visualizer", viz_help, viz_draw, viz_key, viz_destroy, NULL, false, NULL};
    v->speed = DEFAULT_SPEED;
    trace_state_init(&v->st);
    run_init(&v->runs[0], title, source, tr);
    v->nruns = 1;
    return &v->base;
}

void visualizer_add_variant(struct screen *s, const char *title, const char *source, struct trace *tr)
{
    struct visualizer *v = (struct visualizer *)s;
    if (v->nruns == 2) {
        trace_free(tr);
        return;
    }
    run_init(&v->runs[v->nruns++], title, source, tr);
}
