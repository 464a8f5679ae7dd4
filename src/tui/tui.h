/* tui.h - the full-screen front end on ncursesw: a stack of screens, each exposing
 * draw and key over models it never writes directly (home, lesson reader, quiz,
 * stats), a help overlay, and a terminal that is always restored. */
#ifndef LOOPLAB_TUI_H
#define LOOPLAB_TUI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct app;
struct content;
struct store;
struct doc_line;
struct session_request;
struct trace;

enum tui_role {
    R_NORMAL, R_TITLE, R_DIM, R_ACCENT, R_GOOD, R_BAD, R_CODE, R_KEYWORD, R_STRING, R_COMMENT,
    R_NUMBER, R_RULE, R_SELECTED, R_HEADING, R_BAR, R_NROLES
};

struct tui;

struct screen {
    const char *name;
    const char *const *help;  /* lines for the ? overlay, NULL-terminated */
    void (*draw)(struct screen *s, struct tui *t, int rows, int cols);
    void (*key)(struct screen *s, struct tui *t, int ch);
    void (*destroy)(struct screen *s);
    void (*resume)(struct screen *s, struct tui *t); /* back on top after a pop; may be NULL */
    bool ticks;  /* redrawn every timeout tick (a clock), not only after keys */
    void (*click)(struct screen *s, struct tui *t, int y, int x); /* a mouse click; may be NULL */
};

struct tui {
    struct app *app;
    const struct content *c;
    struct store *st;
    int64_t profile;
    bool utf8, color;
    struct screen *stack[8];
    int depth;
    bool help;
    char message[200];   /* one-line notice shown in the footer until the next key */
};

enum tui_start { TUI_HOME, TUI_LESSON, TUI_QUIZ, TUI_STATS, TUI_PRESENT, TUI_DEMO };

/* Runs the full-screen interface until the learner quits, starting on the home screen
 * with another screen opened on top (arg: a lesson index, or a topic id or NULL for a
 * quiz); returns an exit code. */
int tui_run(struct app *app, enum tui_start start, int lesson, const struct session_request *rq);
int tui_run_quiz(struct app *app, const struct session_request *rq);

void tui_push(struct tui *t, struct screen *s);
void tui_pop(struct tui *t);
void tui_notice(struct tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Drawing helpers shared by the screens. */
void tui_attr(struct tui *t, enum tui_role r, bool on);
void tui_text(struct tui *t, int y, int x, int maxw, enum tui_role r, const char *s);
/* tui_text, ending in an ellipsis when s is wider than maxw columns. */
void tui_text_fit(struct tui *t, int y, int x, int maxw, enum tui_role r, const char *s);
void tui_hline(struct tui *t, int y, int x, int w);
void tui_footer(struct tui *t, int rows, int cols, const char *keys);
void tui_doc_line(struct tui *t, int y, int x, int maxw, const struct doc_line *l);
void tui_bar(struct tui *t, int y, int x, int w, double frac);
const char *tui_sym(struct tui *t, const char *utf8, const char *ascii);

/* Screens. */
struct screen *home_new(struct tui *t);
struct screen *reader_new(struct tui *t, int lesson_index);
/* Presenter mode: the lesson for a projector, with a clock; saves no progress. */
struct screen *reader_present(struct tui *t, int lesson_index);
struct screen *quizscreen_new(struct tui *t, const struct session_request *rq);
/* A new quiz on one topic (NULL: mixed), chosen now. */
struct screen *quizscreen_topic(struct tui *t, const char *topic);
struct screen *statsscreen_new(struct tui *t);
/* The event-loop visualizer over one run of a demo: `title` names the demo, `source`
 * is its text (copied), and the screen takes `tr` and frees it when it closes. */
struct screen *visualizer_new(struct tui *t, const char *title, const char *source, struct trace *tr);
/* Runs a demo on the virtual clock and returns its trace; NULL (err says why, with the
 * line) when it does not compile. */
struct trace *demo_trace(const char *name, const char *source, char *err, size_t errlen);
/* Opens the visualizer on a lesson's demo and its variant; false (with a notice) if none. */
struct lesson;
bool demo_open(struct tui *t, const struct lesson *l);
/* Adds the demo's other variant (blocking / non-blocking), switched to with `b`. */
void visualizer_add_variant(struct screen *s, const char *title, const char *source, struct trace *tr);

#endif
