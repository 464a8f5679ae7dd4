/* content.h - lessons, questions and demos: loaded from the built-in curriculum and
 * from packs, parsed with cmark-gfm, validated with file:line diagnostics.
 * The format is specified for authors in content/FORMAT.md. */
#ifndef LOOPLAB_CONTENT_H
#define LOOPLAB_CONTENT_H

#include <stdbool.h>
#include <stddef.h>

enum q_kind { Q_SINGLE, Q_MULTI, Q_TRUEFALSE, Q_PREDICT, Q_BUG, Q_ORDER, Q_NKINDS };
enum q_level { LEVEL_JUNIOR, LEVEL_MID, LEVEL_SENIOR, LEVEL_N };

extern const char *const q_kind_names[Q_NKINDS];
extern const char *const q_level_names[LEVEL_N];
int q_kind_parse(const char *s);   /* -1 if unknown */
int q_level_parse(const char *s);  /* -1 if unknown */

struct page {
    char *title;
    char *markdown; /* the page body, without its heading */
    int line;
};

struct lesson {
    char *id, *title, *summary, *demo, *demo_alt, *next;
    int order;
    struct page *pages;
    int npages;
    char *file;
};

struct option {
    char *text;  /* inline Markdown */
    char *note;  /* the misconception a wrong option catches; NULL if none */
    bool correct;
};

struct wrong_note {
    char *answer; /* typed answer (predict) or line number (bug) */
    char *note;
};

struct question {
    char *id, *topic;
    enum q_kind kind;
    enum q_level level;
    char *prompt;      /* Markdown shown to the learner (never the expected output) */
    char *code;        /* predict and bug: the program */
    char *output;      /* predict: what the program prints */
    int answer_line;   /* bug: 1-based faulty line */
    struct option *opts; /* choice kinds: options; order: events in the right order */
    int nopts;
    struct wrong_note *notes;
    int nnotes;
    char *explanation;
    char *file;
    int line;
};

struct demo {
    char *id, *source, *file;
};

struct diag {
    char *file;
    int line;
    char *msg;
    bool kept;  /* the item still loaded (a dangling reference); otherwise it was skipped */
};

struct content {
    struct lesson *lessons;   /* sorted by order */
    int nlessons;
    struct question *questions;
    int nquestions;
    struct demo *demos;
    int ndemos;
    struct diag *diags;
    int ndiags;
    int nbroken_files;        /* files (or questions) skipped because of errors */
    const char *version;      /* content version of the built-in curriculum */
};

/* Loads the built-in curriculum (unless builtin is false), then each pack in turn; an
 * item with an id already loaded replaces it. Problems go to c->diags and the broken
 * item is skipped. Cross-references are checked at the end. */
void content_load(struct content *c, bool builtin, const char *const *packs, int npacks);
void content_free(struct content *c);

const struct lesson *content_lesson(const struct content *c, const char *id_or_number);
const struct demo *content_demo(const struct content *c, const char *id);
int content_lesson_index(const struct content *c, const char *id);

/* Parses one file's text (exposed for tests and fuzzing). kind_hint: "lesson",
 * "quiz" or "demo"; path is used in diagnostics and to name demos. */
void content_parse_file(struct content *c, const char *path, const char *text, const char *kind_hint);

#endif
