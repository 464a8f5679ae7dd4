/* tui.c - set-up and teardown of the terminal, the screen stack and its event loop,
 * the help overlay, the too-small screen, and drawing helpers. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "tui/tui.h"

#include <curses.h>
#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "cli/cli.h"
#include "content/content.h"
#include "content/doc.h"
#include "store/store.h"

#define MIN_COLS 80
#define MIN_ROWS 24

static volatile sig_atomic_t interrupted;
static bool curses_on;

static void on_interrupt(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* A crash must not leave the terminal in raw mode: restore it, then die as before. */
static void on_fatal(int sig)
{
    if (curses_on)
        endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void restore_terminal(void)
{
    if (curses_on) {
        endwin();
        curses_on = false;
    }
}

static attr_t role_attr[R_NROLES];

static void setup_colours(struct tui *t)
{
    role_attr[R_TITLE] = A_BOLD;
    role_attr[R_HEADING] = A_BOLD | A_UNDERLINE;
    role_attr[R_DIM] = A_DIM;
    role_attr[R_ACCENT] = A_BOLD;
    role_attr[R_SELECTED] = A_REVERSE;
    role_attr[R_BAD] = A_BOLD;
    role_attr[R_GOOD] = A_BOLD;
    role_attr[R_KEYWORD] = A_BOLD;
    role_attr[R_COMMENT] = A_DIM;
    role_attr[R_BAR] = A_REVERSE;
    if (!t->color || !has_colors())
        return;
    start_color();
    use_default_colors();
    bool rich = COLORS >= 256;
    struct { enum tui_role r; short fg; short rich_fg; attr_t extra; } map[] = {
        {R_TITLE, COLOR_CYAN, 45, A_BOLD},      {R_HEADING, COLOR_YELLOW, 221, A_BOLD},
        {R_ACCENT, COLOR_CYAN, 81, A_BOLD},     {R_GOOD, COLOR_GREEN, 114, A_BOLD},
        {R_BAD, COLOR_RED, 203, A_BOLD},        {R_CODE, COLOR_GREEN, 150, 0},
        {R_KEYWORD, COLOR_MAGENTA, 176, A_BOLD}, {R_STRING, COLOR_YELLOW, 186, 0},
        {R_COMMENT, COLOR_BLUE, 244, 0},        {R_NUMBER, COLOR_CYAN, 117, 0},
        {R_RULE, COLOR_BLUE, 240, 0},           {R_DIM, COLOR_WHITE, 245, 0},
        {R_BAR, COLOR_GREEN, 71, A_REVERSE},
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
        short pair = (short)(i + 1);
        init_pair(pair, rich ? map[i].rich_fg : map[i].fg, -1);
        role_attr[map[i].r] = COLOR_PAIR(pair) | map[i].extra;
    }
}

void tui_attr(struct tui *t, enum tui_role r, bool on)
{
    (void)t;
    if (on)
        attron(role_attr[r]);
    else
        attroff(role_attr[r]);
}

const char *tui_sym(struct tui *t, const char *utf8, const char *ascii)
{
    return t->utf8 ? utf8 : ascii;
}

/* Writes at most maxw columns of s (UTF-8) at (y, x). */
void tui_text(struct tui *t, int y, int x, int maxw, enum tui_role r, const char *s)
{
    int n = 0, w = 0;
    while (s[n] && w < maxw) {
        n++;
        while (((unsigned char)s[n] & 0xc0) == 0x80)
            n++;
        w++;
    }
    tui_attr(t, r, true);
    mvaddnstr(y, x, s, n);
    tui_attr(t, r, false);
}

void tui_text_fit(struct tui *t, int y, int x, int maxw, enum tui_role r, const char *s)
{
    int w = 0;
    for (const char *p = s; *p; p++)
        w += ((unsigned char)*p & 0xc0) != 0x80;
    if (w <= maxw || maxw < 2) {
        tui_text(t, y, x, maxw, r, s);
        return;
    }
    tui_text(t, y, x, maxw - 1, r, s);
    tui_text(t, y, x + maxw - 1, 1, r, tui_sym(t, "…", "~"));
}

void tui_hline(struct tui *t, int y, int x, int w)
{
    tui_attr(t, R_RULE, true);
    for (int i = 0; i < w; i++)
        mvaddstr(y, x + i, tui_sym(t, "─", "-"));
    tui_attr(t, R_RULE, false);
}

void tui_bar(struct tui *t, int y, int x, int w, double frac)
{
    int full = (int)(frac * w + 0.5);
    for (int i = 0; i < w; i++) {
        if (i < full) {
            tui_attr(t, R_BAR, true);
            mvaddstr(y, x + i, t->utf8 ? "█" : "#");
            tui_attr(t, R_BAR, false);
        } else {
            tui_attr(t, R_DIM, true);
            mvaddstr(y, x + i, t->utf8 ? "░" : ".");
            tui_attr(t, R_DIM, false);
        }
    }
}

void tui_footer(struct tui *t, int rows, int cols, const char *keys)
{
    tui_hline(t, rows - 2, 0, cols);
    if (t->message[0])
        tui_text(t, rows - 1, 1, cols - 2, R_ACCENT, t->message);
    else if (doc_width(keys, (int)strlen(keys)) <= cols - 2)
        tui_text(t, rows - 1, 1, cols - 2, R_DIM, keys);
    else {
        /* Narrow terminal: squeeze the gaps between keys before anything is cut. */
        sbuf b = {0};
        for (const char *p = keys; *p; p++)
            if (!(p[0] == ' ' && p[1] == ' '))
                sbuf_addc(&b, *p);
        tui_text(t, rows - 1, 1, cols - 2, R_DIM, sbuf_str(&b));
        sbuf_free(&b);
    }
}

static enum tui_role style_role(unsigned style)
{
    if (style & DS_HEADING)
        return R_HEADING;
    if (style & DS_KEYWORD)
        return R_KEYWORD;
    if (style & DS_STRING)
        return R_STRING;
    if (style & DS_COMMENT)
        return R_COMMENT;
    if (style & DS_NUMBER)
        return R_NUMBER;
    if (style & (DS_CODE | DS_CODEBLOCK))
        return R_CODE;
    if (style & DS_RULE)
        return R_RULE;
    if (style & DS_BOLD)
        return R_ACCENT;
    return R_NORMAL;
}

/* Draws a laid-out Markdown line with its spans' styles. */
void tui_doc_line(struct tui *t, int y, int x, int maxw, const struct doc_line *l)
{
    int len = (int)strlen(l->text), at = 0, col = 0;
    while (at < len && col < maxw) {
        int end = len;
        unsigned style = 0;
        for (int k = 0; k < l->nspans; k++) {
            const struct doc_span *sp = &l->spans[k];
            if (at >= sp->start && at < sp->start + sp->len) {
                style = sp->style;
                end = sp->start + sp->len;
            } else if (sp->start > at && sp->start < end)
                end = sp->start;
        }
        char *piece = strndup(l->text + at, (size_t)(end - at));
        tui_text(t, y, x + col, maxw - col, style_role(style), piece);
        col += doc_width(piece, end - at);
        if (style & DS_ITALIC)
            mvchgat(y, x + col - doc_width(piece, end - at), doc_width(piece, end - at), A_UNDERLINE, 0, NULL);
        free(piece);
        at = end;
    }
}

void tui_push(struct tui *t, struct screen *s)
{
    if (t->depth == (int)(sizeof t->stack / sizeof t->stack[0])) {
        s->destroy(s);
        return;
    }
    t->stack[t->depth++] = s;
}

void tui_pop(struct tui *t)
{
    if (t->depth == 0)
        return;
    struct screen *s = t->stack[--t->depth];
    s->destroy(s);
    if (t->depth > 0 && t->stack[t->depth - 1]->resume)
        t->stack[t->depth - 1]->resume(t->stack[t->depth - 1], t);
}

void tui_notice(struct tui *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(t->message, sizeof t->message, fmt, ap);
    va_end(ap);
}

static void draw_too_small(struct tui *t, int rows, int cols)
{
    char line[120];
    snprintf(line, sizeof line, "Terminal %dx%d: looplab needs %dx%d.", cols, rows, MIN_COLS, MIN_ROWS);
    int y = rows / 2 - 1;
    tui_text(t, y < 0 ? 0 : y, 0, cols, R_ACCENT, line);
    tui_text(t, y + 1 < rows ? y + 1 : 0, 0, cols, R_NORMAL, "Make it larger (q quits).");
}

static void draw_help(struct tui *t, struct screen *s, int rows, int cols)
{
    int n = 0;
    while (s->help && s->help[n])
        n++;
    int w = 30;
    for (int i = 0; i < n; i++) {
        int lw = doc_width(s->help[i], (int)strlen(s->help[i])) + 8;
        w = lw > w ? lw : w;
    }
    int h = n + 4, y0 = (rows - h) / 2, x0 = (cols - w) / 2;
    for (int y = 0; y < h; y++)
        mvhline(y0 + y, x0, ' ', w);
    tui_attr(t, R_RULE, true);
    mvaddstr(y0, x0, tui_sym(t, "┌", "+"));
    mvaddstr(y0, x0 + w - 1, tui_sym(t, "┐", "+"));
    mvaddstr(y0 + h - 1, x0, tui_sym(t, "└", "+"));
    mvaddstr(y0 + h - 1, x0 + w - 1, tui_sym(t, "┘", "+"));
    for (int x = 1; x < w - 1; x++) {
        mvaddstr(y0, x0 + x, tui_sym(t, "─", "-"));
        mvaddstr(y0 + h - 1, x0 + x, tui_sym(t, "─", "-"));
    }
    for (int y = 1; y < h - 1; y++) {
        mvaddstr(y0 + y, x0, tui_sym(t, "│", "|"));
        mvaddstr(y0 + y, x0 + w - 1, tui_sym(t, "│", "|"));
    }
    tui_attr(t, R_RULE, false);
    char title[80];
    snprintf(title, sizeof title, " Keys: %s ", s->name);
    tui_text(t, y0, x0 + 2, w - 4, R_TITLE, title);
    for (int i = 0; i < n; i++)
        tui_text(t, y0 + 2 + i, x0 + 3, w - 6, R_NORMAL, s->help[i]);
    tui_text(t, y0 + h - 1, x0 + w - 22, 20, R_DIM, " any key closes ");
}

static void draw(struct tui *t)
{
    int rows, cols;
    getmaxyx(stdscr, rows, cols);
    erase();
    struct screen *s = t->stack[t->depth - 1];
    if (rows < MIN_ROWS || cols < MIN_COLS)
        draw_too_small(t, rows, cols);
    else {
        s->draw(s, t, rows, cols);
        if (t->help)
            draw_help(t, s, rows, cols);
    }
    refresh();
}

static void loop(struct tui *t)
{
    bool dirty = true;
    while (t->depth > 0 && !interrupted) {
        if (dirty)
            draw(t);
        int ch = getch();
        if (ch == ERR) {
            dirty = t->stack[t->depth - 1]->ticks;
            continue;
        }
        dirty = true;
        if (ch == KEY_RESIZE)
            continue;
        t->message[0] = '\0';
        int rows, cols;
        getmaxyx(stdscr, rows, cols);
        if (t->help) {
            t->help = false;
            continue;
        }
        if (rows < MIN_ROWS || cols < MIN_COLS) {
            if (ch == 'q')
                tui_pop(t);
            continue;
        }
        if (ch == '?') {
            t->help = true;
            continue;
        }
        struct screen *s = t->stack[t->depth - 1];
        MEVENT ev;
        if (ch == KEY_MOUSE) {
            if (getmouse(&ev) == OK && s->click && (ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)))
                s->click(s, t, ev.y, ev.x);
            continue;
        }
        s->key(s, t, ch);
    }
}

int tui_run_quiz(struct app *app, const struct session_request *rq)
{
    return tui_run(app, TUI_QUIZ, 0, rq);
}

int tui_run(struct app *app, enum tui_start start, int lesson, const struct session_request *rq)
{
    struct tui t = {.app = app};
    long long pid;
    t.c = app_content(app);
    t.st = app_store(app, &pid);
    if (!t.st)
        return EXIT_FAIL;
    t.profile = pid;
    t.utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
    t.color = app->color;
    signal(SIGINT, on_interrupt);
    signal(SIGTERM, on_interrupt);
    signal(SIGHUP, on_interrupt);
    signal(SIGSEGV, on_fatal);
    signal(SIGABRT, on_fatal);
    signal(SIGBUS, on_fatal);
    signal(SIGFPE, on_fatal);
    atexit(restore_terminal);
    if (!newterm(NULL, stdout, stdin)) {
        cli_error("cannot start the full-screen interface on this terminal (try --plain)");
        return EXIT_FAIL;
    }
    curses_on = true;
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    timeout(200);
    mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED, NULL);
    setup_colours(&t);
    if (start == TUI_PRESENT)
        tui_push(&t, reader_present(&t, lesson));
    else if (start == TUI_DEMO) {
        if (!demo_open(&t, &t.c->lessons[lesson])) {
            restore_terminal();
            cli_error("%s", t.message);
            return EXIT_FAIL;
        }
    } else
        tui_push(&t, home_new(&t));
    if (start == TUI_LESSON)
        tui_push(&t, reader_new(&t, lesson));
    else if (start == TUI_QUIZ)
        tui_push(&t, quizscreen_new(&t, rq));
    else if (start == TUI_STATS)
        tui_push(&t, statsscreen_new(&t));
    loop(&t);
    while (t.depth > 0)
        tui_pop(&t);
    restore_terminal();
    return interrupted ? 130 : EXIT_OK;
}
