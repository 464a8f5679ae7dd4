/* quizscreen.c - the quiz screen: a question with its options (arrows or letters),
 * a line of input for typed answers, feedback with the explanation, and the results.
 * Every answer is committed by the session before its feedback is drawn. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/base.h"
#include "content/content.h"
#include "content/doc.h"
#include "session/session.h"
#include "store/store.h"
#include "tui/tui.h"

enum phase { ASK, FEEDBACK, RESULTS };

struct quizscreen {
    struct screen base;
    struct quiz_session s;
    bool ok;
    enum phase phase;
    int q;                 /* current question */
    int cursor;            /* option or code line under the cursor */
    unsigned picked;       /* multi: options toggled */
    sbuf input;            /* typed answer: predict text, or the letters of an order */
    struct verdict v;
    bool have_verdict;
    int scroll;
    int opt_y[64];         /* screen row of each option or code line, -1 if off screen */
    long long t0;
    char hint[160];
};

static const char *const quiz_help[] = {
    "Up/Down         move between options (or code lines)",
    "A-F, 1-6        choose an option",
    "Space           toggle an option (pick several)",
    "letters         order-the-events: type them in order",
    "typing          predict-the-output: type what it prints",
    "Backspace       delete a letter you typed",
    "Enter           submit; then Enter for the next question",
    "PgUp/PgDn       scroll a long question",
    "Esc             leave the quiz (answers given are saved)",
    NULL,
};

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static const struct question *cur(struct quizscreen *z)
{
    return z->s.qs[z->q];
}

/* Lays out Markdown and draws it from row *y, skipping `skip` lines; returns lines used. */
static int draw_md(struct tui *t, const char *md, int *y, int ymax, int x, int width, int *skip)
{
    struct doc d;
    struct doc_opts o = {.width = width, .ascii = !t->utf8, .marks = false};
    doc_render(&d, md, &o);
    for (int i = 0; i < d.n; i++) {
        if (*skip > 0) {
            (*skip)--;
            continue;
        }
        if (*y < ymax)
            tui_doc_line(t, *y, x, width, &d.lines[i]);
        (*y)++;
    }
    int n = d.n;
    doc_free(&d);
    return n;
}

static void draw_options(struct quizscreen *z, struct tui *t, int *y, int ymax, int width, int *skip)
{
    const struct question *q = cur(z);
    for (int k = 0; k < q->nopts; k++) {
        int idx = q->kind == Q_ORDER ? z->s.perm[z->q][k] : k;
        bool chosen = q->kind == Q_MULTI && (z->picked & (1u << k));
        char *md = xasprintf("%c. %s%s", 'A' + k, q->kind == Q_MULTI ? (chosen ? "[x] " : "[ ] ") : "",
                             q->opts[idx].text);
        z->opt_y[k] = *skip == 0 && *y < ymax ? *y : -1;
        if (z->phase == ASK && k == z->cursor && q->kind != Q_ORDER && *skip == 0 && *y < ymax) {
            tui_attr(t, R_SELECTED, true);
            mvhline(*y, 2, ' ', width);
            tui_attr(t, R_SELECTED, false);
            tui_text(t, *y, 2, 2, R_SELECTED, tui_sym(t, "▶", ">"));
        }
        draw_md(t, md, y, ymax, 4, width - 4, skip);
        free(md);
    }
}

static void draw_code_lines(struct quizscreen *z, struct tui *t, int *y, int ymax, int width, int *skip)
{
    const char *p = cur(z)->code;
    for (int line = 1; *p; line++) {
        const char *e = strchr(p, '\n');
        int len = e ? (int)(e - p) : (int)strlen(p);
        if (*skip > 0)
            (*skip)--;
        else if (*y < ymax) {
            if (line - 1 < 64)
                z->opt_y[line - 1] = *y;
            char *text = xasprintf("%3d | %.*s", line, len, p);
            bool sel = z->phase == ASK && line - 1 == z->cursor;
            if (sel) {
                tui_attr(t, R_SELECTED, true);
                mvhline(*y, 2, ' ', width);
                tui_attr(t, R_SELECTED, false);
            }
            tui_text(t, *y, 2, width, sel ? R_SELECTED : R_CODE, text);
            free(text);
            (*y)++;
        } else
            (*y)++;
        p += len + (e != NULL);
    }
}

static void draw_question(struct quizscreen *z, struct tui *t, int rows, int cols)
{
    for (int k = 0; k < 64; k++)
        z->opt_y[k] = -1;
    const struct question *q = cur(z);
    int width = cols > 100 ? 96 : cols - 4, y = 4, ymax = rows - 4, skip = z->scroll;
    char head[200];
    snprintf(head, sizeof head, "Question %d/%d  %s  [%s, %s]", z->q + 1, z->s.n, q->topic,
             q_kind_names[q->kind], q_level_names[q->level]);
    tui_text(t, 2, 2, cols - 4, R_DIM, head);
    draw_md(t, q->prompt, &y, ymax, 2, width, &skip);
    y++;
    if (q->kind == Q_BUG)
        draw_code_lines(z, t, &y, ymax, width, &skip);
    else if (q->nopts)
        draw_options(z, t, &y, ymax, width, &skip);
    if (z->phase == ASK && (q->kind == Q_PREDICT || q->kind == Q_ORDER)) {
        char *line = xasprintf("%s %s_", q->kind == Q_PREDICT ? "Output:" : "Order:", sbuf_str(&z->input));
        tui_text(t, rows - 3, 2, cols - 4, R_ACCENT, line);
        free(line);
    }
}

static void draw_feedback(struct quizscreen *z, struct tui *t, int rows, int cols)
{
    const struct question *q = cur(z);
    int width = cols > 100 ? 96 : cols - 4, y = 4, ymax = rows - 3, skip = z->scroll;
    if (z->v.correct)
        tui_text(t, 2, 2, cols - 4, R_GOOD, tui_sym(t, "✓ Right.", "Right."));
    else {
        char *want = judge_expected(q, z->s.perm[z->q]);
        char *line = xasprintf("%s Not quite: you answered %s, the answer is %s.", tui_sym(t, "✗", "x"),
                               z->v.answer, want);
        tui_text(t, 2, 2, cols - 4, R_BAD, line);
        free(line);
        free(want);
    }
    if (!z->v.correct && z->v.note) {
        char *md = xasprintf("**Why not:** %s", z->v.note);
        draw_md(t, md, &y, ymax, 2, width, &skip);
        free(md);
        y++;
    }
    draw_md(t, q->explanation, &y, ymax, 2, width, &skip);
}

static void draw_results(struct quizscreen *z, struct tui *t, int rows, int cols)
{
    char line[200];
    snprintf(line, sizeof line, "Score: %d/%d", z->s.right, z->s.answered);
    tui_text(t, 3, 2, cols - 4, R_TITLE, line);
    int y = 5;
    for (int i = 0; i < z->s.asked; i++, y++) {
        const struct question *q = z->s.qs[i];
        snprintf(line, sizeof line, "%s  %s", !z->s.done[i] ? "-" : z->s.correct[i] ? tui_sym(t, "✓", "+") : tui_sym(t, "✗", "x"),
                 q->id);
        tui_text(t, y, 4, cols - 8, !z->s.done[i] ? R_DIM : z->s.correct[i] ? R_GOOD : R_BAD, line);
    }
    y++;
    for (int i = 0; i < z->s.nchanges && y < rows - 3; i++, y++) {
        const struct session_change *ch = &z->s.changes[i];
        double d = ch->after - ch->before;
        snprintf(line, sizeof line, "%-30s level %-6s (%+.2f) %s", ch->topic,
                 q_level_names[quiz_level_for(ch->after)], ch->after, d > 0.005 ? "up" : d < -0.005 ? "down" : "");
        tui_text(t, y, 4, cols - 8, d < -0.005 ? R_BAD : R_GOOD, line);
    }
    const struct lesson *l = session_suggest(&z->s);
    if (l && y + 1 < rows - 3) {
        snprintf(line, sizeof line, "Read next: %s (your weakest topic so far)", l->title);
        tui_text(t, y + 1, 2, cols - 4, R_ACCENT, line);
    }
}

static void quiz_draw(struct screen *s, struct tui *t, int rows, int cols)
{
    struct quizscreen *z = (struct quizscreen *)s;
    const struct content *c = t->c;
    int li = z->s.rq.topic ? content_lesson_index(c, z->s.rq.topic) : -1;
    char title[200];
    if (z->s.rq.kind == SESSION_DAILY) {
        int num = 0;
        quiz_daily_number(z->s.rq.date, &num);
        snprintf(title, sizeof title, "Daily #%d  %s  (content %s)", num, z->s.rq.date, c->version);
    } else
        snprintf(title, sizeof title, "Quiz: %s", li >= 0 ? c->lessons[li].title
                                                  : z->s.rq.kind == SESSION_REVIEW ? "review of due questions"
                                                                                   : "mixed topics");
    tui_text(t, 0, 1, cols - 2, R_TITLE, title);
    tui_hline(t, 1, 0, cols);
    if (!z->ok) {
        tui_text(t, 3, 2, cols - 4, R_BAD, "No questions match this quiz.");
        tui_footer(t, rows, cols, "q back");
        return;
    }
    if (z->phase == ASK)
        draw_question(z, t, rows, cols);
    else if (z->phase == FEEDBACK)
        draw_feedback(z, t, rows, cols);
    else
        draw_results(z, t, rows, cols);
    const struct question *q = cur(z);
    const char *keys = z->phase == RESULTS ? "Enter or q: back"
                     : z->phase == FEEDBACK ? "Enter next question  PgUp/PgDn scroll  Esc leave"
                     : q->kind == Q_MULTI ? "Up/Down move  Space toggle  Enter submit  ? help  Esc leave"
                     : q->kind == Q_PREDICT ? "type the output, Enter submits  ? help  Esc leave"
                     : q->kind == Q_ORDER ? "type the letters in order, Enter submits  ? help  Esc leave"
                     : "Up/Down move  Enter choose  A-F pick  ? help  Esc leave";
    if (z->hint[0])  /* above the typed answer's line when there is one */
        tui_text(t, z->phase == ASK && (q->kind == Q_PREDICT || q->kind == Q_ORDER) ? rows - 4 : rows - 3, 2, cols - 4,
                 R_BAD, z->hint);
    tui_footer(t, rows, cols, keys);
}

static void submit(struct quizscreen *z, struct tui *t, const char *answer)
{
    if (z->have_verdict)
        verdict_free(&z->v);
    z->have_verdict = false;
    int rc = session_answer(&z->s, z->q, answer, now_ms() - z->t0, &z->v, z->hint, sizeof z->hint);
    if (rc < 0) {
        tui_notice(t, "could not save the answer: %s", store_error(t->st));
        return;
    }
    if (rc > 0)
        return;
    z->hint[0] = '\0';
    z->have_verdict = true;
    z->phase = FEEDBACK;
    z->scroll = 0;
}

static void next_question(struct quizscreen *z)
{
    z->scroll = 0;
    z->cursor = 0;
    z->picked = 0;
    sbuf_reset(&z->input);
    z->hint[0] = '\0';
    int i;
    if (session_next(&z->s, &i)) {
        z->q = i;
        z->phase = ASK;
        z->t0 = now_ms();
    } else {
        z->phase = RESULTS;
        session_finish(&z->s);
    }
}

static int option_count(const struct question *q)
{
    if (q->kind != Q_BUG)
        return q->nopts;
    int n = 0;
    for (const char *p = q->code; *p; p++)
        n += *p == '\n';
    return n;
}

static void key_ask(struct quizscreen *z, struct tui *t, int ch)
{
    const struct question *q = cur(z);
    int n = option_count(q);
    bool typed = q->kind == Q_PREDICT || q->kind == Q_ORDER;
    char one[4] = {0};
    if (ch == KEY_UP && !typed)
        z->cursor = z->cursor > 0 ? z->cursor - 1 : 0;
    else if (ch == KEY_DOWN && !typed)
        z->cursor = z->cursor + 1 < n ? z->cursor + 1 : z->cursor;
    else if (ch == KEY_NPAGE)
        z->scroll += 5;
    else if (ch == KEY_PPAGE)
        z->scroll = z->scroll > 5 ? z->scroll - 5 : 0;
    else if (typed && (ch == KEY_BACKSPACE || ch == 127 || ch == 8)) {
        if (z->input.len)
            z->input.data[--z->input.len] = '\0';
    } else if (ch == '\n' || ch == KEY_ENTER) {
        char buf[64];
        if (typed && z->input.len == 0)
            snprintf(z->hint, sizeof z->hint, "%s", q->kind == Q_PREDICT ? "Type what the program prints first, then Enter."
                                                                      : "Type the letters in order first, then Enter.");
        else if (typed)
            submit(z, t, sbuf_str(&z->input));
        else if (q->kind == Q_MULTI) {
            int k = 0;
            for (int i = 0; i < n; i++)
                if (z->picked & (1u << i))
                    buf[k++] = (char)('A' + i);
            buf[k] = '\0';
            if (k)
                submit(z, t, buf);
            else
                snprintf(z->hint, sizeof z->hint, "Pick at least one option with Space first.");
        } else {
            snprintf(buf, sizeof buf, q->kind == Q_BUG ? "%d" : "%c", q->kind == Q_BUG ? z->cursor + 1 : 'A' + z->cursor);
            submit(z, t, buf);
        }
    } else if (typed && ch >= 32 && ch < 127) {
        z->hint[0] = '\0';
        sbuf_addc(&z->input, (char)(q->kind == Q_ORDER && ch >= 'a' && ch <= 'z' ? ch - 32 : ch));
    } else if (q->kind == Q_MULTI && ch == ' ') {
        z->picked ^= 1u << z->cursor;
    } else if (!typed && q->kind != Q_BUG && ((ch >= 'a' && ch < 'a' + n) || (ch >= 'A' && ch < 'A' + n) ||
                                              (ch >= '1' && ch < '1' + n))) {
        int k = ch >= 'a' ? ch - 'a' : ch >= 'A' ? ch - 'A' : ch - '1';
        z->cursor = k;
        if (q->kind == Q_MULTI)
            z->picked ^= 1u << k;
        else {
            one[0] = (char)('A' + k);
            submit(z, t, one);
        }
    }
}

static void quiz_key(struct screen *s, struct tui *t, int ch)
{
    struct quizscreen *z = (struct quizscreen *)s;
    if (ch == 27 || (!z->ok && ch == 'q')) {
        if (z->ok && z->phase != RESULTS)
            session_finish(&z->s);
        tui_pop(t);
        return;
    }
    if (z->phase == ASK)
        key_ask(z, t, ch);
    else if (z->phase == FEEDBACK) {
        if (ch == '\n' || ch == KEY_ENTER || ch == ' ' || ch == 'n')
            next_question(z);
        else if (ch == KEY_NPAGE || ch == 'j' || ch == KEY_DOWN)
            z->scroll += ch == KEY_NPAGE ? 5 : 1;
        else if (ch == KEY_PPAGE || ch == 'k' || ch == KEY_UP)
            z->scroll = z->scroll > (ch == KEY_PPAGE ? 5 : 1) ? z->scroll - (ch == KEY_PPAGE ? 5 : 1) : 0;
    } else if (ch == '\n' || ch == KEY_ENTER || ch == 'q')
        tui_pop(t);
}

/* A click on an option (or a code line) chooses it, as its key would. */
static void quiz_click(struct screen *s, struct tui *t, int y, int x)
{
    struct quizscreen *z = (struct quizscreen *)s;
    (void)x;
    if (!z->ok || z->phase != ASK || cur(z)->kind == Q_PREDICT || cur(z)->kind == Q_ORDER)
        return;
    int n = option_count(cur(z));
    for (int k = 0; k < n && k < 64; k++)
        if (z->opt_y[k] == y) {
            z->cursor = k;
            if (cur(z)->kind == Q_MULTI)
                z->picked ^= 1u << k;
            else
                key_ask(z, t, '\n');
            return;
        }
}

static void quiz_destroy(struct screen *s)
{
    struct quizscreen *z = (struct quizscreen *)s;
    if (z->have_verdict)
        verdict_free(&z->v);
    sbuf_free(&z->input);
    session_free(&z->s);
    free(z);
}

struct screen *quizscreen_new(struct tui *t, const struct session_request *rq)
{
    struct quizscreen *z = xcalloc(1, sizeof *z);
    z->base = (struct screen){"Quiz", quiz_help, quiz_draw, quiz_key, quiz_destroy, NULL, false, quiz_click};
    int rc = session_start(&z->s, t->st, t->profile, t->c, rq);
    z->ok = rc == 0 && session_next(&z->s, &z->q) != NULL;
    if (rc == -1)
        tui_notice(t, "could not start the quiz: %s", store_error(t->st));
    z->t0 = now_ms();
    return &z->base;
}

struct screen *quizscreen_topic(struct tui *t, const char *topic)
{
    struct session_request rq = {topic ? SESSION_TOPIC : SESSION_MIXED, topic, -1, NULL, false, (int64_t)time(NULL), 0};
    rq.seed = hash_splitmix64((uint64_t)rq.now ^ ((uint64_t)t->profile << 32));
    return quizscreen_new(t, &rq);
}
