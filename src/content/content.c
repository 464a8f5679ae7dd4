/* content.c - loading and validating lessons, questions and demos (format: content/FORMAT.md).
 * Structure is found with cmark-gfm; text is kept as Markdown source slices, so that the
 * front ends can render it at any width. Every problem is a diagnostic with file:line. */
#include "content/content.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "base/base.h"
#include "content/builtin.h"

const char *const q_kind_names[Q_NKINDS] = {"single", "multi", "truefalse", "predict", "bug", "order"};
const char *const q_level_names[LEVEL_N] = {"junior", "mid", "senior"};

static int name_index(const char *const *names, int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

int q_kind_parse(const char *s)
{
    return name_index(q_kind_names, Q_NKINDS, s);
}

int q_level_parse(const char *s)
{
    return name_index(q_level_names, LEVEL_N, s);
}

/* ---- diagnostics ---- */

static void diag(struct content *c, const char *file, int line, const char *fmt, ...) LL_PRINTF(4, 5);
static void diag(struct content *c, const char *file, int line, const char *fmt, ...)
{
    sbuf b = {0};
    va_list ap;
    va_start(ap, fmt);
    sbuf_vprintf(&b, fmt, ap);
    va_end(ap);
    c->diags = xrealloc(c->diags, sizeof *c->diags * (size_t)(c->ndiags + 1));
    c->diags[c->ndiags++] = (struct diag){xstrdup(file), line, sbuf_take(&b), false};
}

/* ---- source lines ---- */

/* A file split into lines (1-based), so that cmark's line numbers map to source text. */
struct lines {
    char **v;
    int n;
};

/* Splits at the line endings CommonMark counts (\n, \r\n, and a lone \r): with any
 * other rule cmark's line numbers could point past these lines. */
static void lines_split(struct lines *l, const char *text)
{
    l->v = NULL;
    l->n = 0;
    const char *p = text;
    while (*p) {
        size_t len = strcspn(p, "\r\n");
        l->v = xrealloc(l->v, sizeof *l->v * (size_t)(l->n + 2));
        l->v[++l->n] = xstrndup(p, len);
        p += len;
        if (*p == '\r')
            p++;
        if (*p == '\n')
            p++;
    }
}

static void lines_free(struct lines *l)
{
    for (int i = 1; i <= l->n; i++)
        free(l->v[i]);
    free(l->v);
}

/* Lines [from, to] joined with newlines, trailing blank lines dropped. */
static char *lines_join(const struct lines *l, int from, int to)
{
    if (to > l->n)
        to = l->n;
    while (to >= from && l->v[to][strspn(l->v[to], " \t")] == '\0')
        to--;
    sbuf b = {0};
    for (int i = from < 1 ? 1 : from; i <= to; i++) {
        sbuf_adds(&b, l->v[i]);
        sbuf_addc(&b, '\n');
    }
    return sbuf_take(&b);
}

static char *trim_dup(const char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    return xstrndup(s, n);
}

static bool is_blank(const char *s)
{
    return s[strspn(s, " \t\r\n")] == '\0';
}

/* ---- front matter ---- */

struct kv {
    char *key, *value;
    int line;
};

struct front {
    struct kv *kv;
    int n;
    int body_line; /* first line after the closing --- */
};

static void front_free(struct front *f)
{
    for (int i = 0; i < f->n; i++) {
        free(f->kv[i].key);
        free(f->kv[i].value);
    }
    free(f->kv);
}

/* Parses the front matter; returns false (with a diagnostic, and nothing left to free)
 * if it is missing or broken. */
static bool front_parse(struct content *c, const char *file, const struct lines *l, struct front *f)
{
    f->kv = NULL;
    f->n = 0;
    if (l->n < 1 || strcmp(l->v[1], "---") != 0) {
        diag(c, file, 1, "missing front matter: the file must start with a line '---'");
        return false;
    }
    for (int i = 2; i <= l->n; i++) {
        if (strcmp(l->v[i], "---") == 0) {
            f->body_line = i + 1;
            return true;
        }
        if (is_blank(l->v[i]))
            continue;
        const char *colon = strchr(l->v[i], ':');
        if (!colon || colon == l->v[i]) {
            diag(c, file, i, "front matter line is not 'key: value'");
            front_free(f);
            return false;
        }
        f->kv = xrealloc(f->kv, sizeof *f->kv * (size_t)(f->n + 1));
        char *key = xstrndup(l->v[i], (size_t)(colon - l->v[i]));
        f->kv[f->n++] = (struct kv){trim_dup(key), trim_dup(colon + 1), i};
        free(key);
    }
    diag(c, file, 1, "front matter is not closed by a line '---'");
    front_free(f);
    return false;
}

/* Checks keys against the allowed list; returns false if any is unknown or repeated. */
static bool front_check_keys(struct content *c, const char *file, const struct front *f,
                             const char *const *allowed, size_t nallowed)
{
    bool ok = true;
    for (int i = 0; i < f->n; i++) {
        bool known = false;
        for (size_t k = 0; k < nallowed; k++)
            known |= strcmp(f->kv[i].key, allowed[k]) == 0;
        if (!known) {
            diag(c, file, f->kv[i].line, "unknown key '%s'", f->kv[i].key);
            ok = false;
        }
        for (int j = 0; j < i; j++)
            if (strcmp(f->kv[i].key, f->kv[j].key) == 0) {
                diag(c, file, f->kv[i].line, "key '%s' given twice", f->kv[i].key);
                ok = false;
            }
    }
    return ok;
}

static const struct kv *front_get(const struct front *f, const char *key)
{
    for (int i = 0; i < f->n; i++)
        if (strcmp(f->kv[i].key, key) == 0)
            return &f->kv[i];
    return NULL;
}

static char *front_dup(const struct front *f, const char *key)
{
    const struct kv *kv = front_get(f, key);
    return kv && kv->value[0] ? xstrdup(kv->value) : NULL;
}

static bool id_ok(const char *s)
{
    if (!*s)
        return false;
    for (; *s; s++)
        if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
            return false;
    return true;
}

/* ---- cmark ---- */

static cmark_node *md_parse(const char *text)
{
    static bool registered;
    if (!registered) {
        cmark_gfm_core_extensions_ensure_registered();
        registered = true;
    }
    cmark_parser *p = cmark_parser_new(CMARK_OPT_DEFAULT);
    cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("tasklist"));
    cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("table"));
    cmark_parser_feed(p, text, strlen(text));
    cmark_node *doc = cmark_parser_finish(p);
    cmark_parser_free(p);
    return doc;
}

/* The plain text of a node's inline children (for headings). */
static char *md_text(cmark_node *n)
{
    sbuf b = {0};
    cmark_iter *it = cmark_iter_new(n);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *x = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_literal(x) &&
            (cmark_node_get_type(x) == CMARK_NODE_TEXT || cmark_node_get_type(x) == CMARK_NODE_CODE))
            sbuf_adds(&b, cmark_node_get_literal(x));
    }
    cmark_iter_free(it);
    char *s = sbuf_take(&b);
    char *t = trim_dup(s);
    free(s);
    return t;
}

static bool is_heading(cmark_node *n, int level)
{
    return cmark_node_get_type(n) == CMARK_NODE_HEADING && cmark_node_get_heading_level(n) == level;
}

/* ---- lessons ---- */

static void lesson_free(struct lesson *l)
{
    free(l->id);
    free(l->title);
    free(l->summary);
    free(l->demo);
    free(l->demo_alt);
    free(l->next);
    for (int i = 0; i < l->npages; i++) {
        free(l->pages[i].title);
        free(l->pages[i].markdown);
    }
    free(l->pages);
    free(l->file);
}

static void add_lesson(struct content *c, struct lesson *l)
{
    for (int i = 0; i < c->nlessons; i++)
        if (strcmp(c->lessons[i].id, l->id) == 0) {
            lesson_free(&c->lessons[i]);
            c->lessons[i] = *l;
            return;
        }
    c->lessons = xrealloc(c->lessons, sizeof *c->lessons * (size_t)(c->nlessons + 1));
    c->lessons[c->nlessons++] = *l;
}

static void parse_lesson(struct content *c, const char *file, const struct lines *l)
{
    static const char *const keys[] = {"id", "title", "order", "summary", "demo", "demo_alt", "next"};
    struct front f;
    int before = c->ndiags;
    if (!front_parse(c, file, l, &f)) {
        c->nbroken_files++;
        return;
    }
    front_check_keys(c, file, &f, keys, LL_ARRAY_LEN(keys));
    struct lesson les = {0};
    les.file = xstrdup(file);
    les.id = front_dup(&f, "id");
    les.title = front_dup(&f, "title");
    les.summary = front_dup(&f, "summary");
    les.demo = front_dup(&f, "demo");
    les.demo_alt = front_dup(&f, "demo_alt");
    les.next = front_dup(&f, "next");
    if (!les.id)
        diag(c, file, 1, "lesson has no id (add 'id:' to the front matter)");
    else if (!id_ok(les.id))
        diag(c, file, front_get(&f, "id")->line, "id '%s' must use only a-z, 0-9 and '-'", les.id);
    if (!les.title)
        diag(c, file, 1, "lesson has no title (add 'title:' to the front matter)");
    if (!les.summary)
        diag(c, file, 1, "lesson has no summary (add 'summary:' to the front matter)");
    const struct kv *order = front_get(&f, "order");
    char *end = NULL;
    if (!order)
        diag(c, file, 1, "lesson has no order (add 'order:' to the front matter)");
    else if ((les.order = (int)strtol(order->value, &end, 10)), !*order->value || *end)
        diag(c, file, order->line, "order must be a whole number, not '%s'", order->value);

    /* Pages: every level-2 heading starts one. */
    char *body = lines_join(l, f.body_line, l->n);
    cmark_node *doc = md_parse(body);
    int off = f.body_line - 1;
    int last = l->n;
    for (cmark_node *n = cmark_node_first_child(doc); n; n = cmark_node_next(n)) {
        int line = cmark_node_get_start_line(n) + off;
        if (is_heading(n, 2)) {
            les.pages = xrealloc(les.pages, sizeof *les.pages * (size_t)(les.npages + 1));
            les.pages[les.npages++] = (struct page){md_text(n), NULL, line};
        } else if (les.npages == 0) {
            diag(c, file, line, "text before the first page: start each page with '## Title'");
            break;
        }
    }
    for (int i = 0; i < les.npages; i++) {
        int to = i + 1 < les.npages ? les.pages[i + 1].line - 1 : last;
        les.pages[i].markdown = lines_join(l, les.pages[i].line + 1, to);
        if (!les.pages[i].title[0])
            diag(c, file, les.pages[i].line, "page heading is empty");
    }
    if (les.npages == 0 && c->ndiags == before)
        diag(c, file, f.body_line, "lesson has no pages: start each page with '## Title'");
    cmark_node_free(doc);
    free(body);
    front_free(&f);
    if (c->ndiags != before) {
        c->nbroken_files++;
        lesson_free(&les);
        return;
    }
    add_lesson(c, &les);
}

/* ---- questions ---- */

static void question_free(struct question *q)
{
    free(q->id);
    free(q->topic);
    free(q->prompt);
    free(q->code);
    free(q->output);
    for (int i = 0; i < q->nopts; i++) {
        free(q->opts[i].text);
        free(q->opts[i].note);
    }
    free(q->opts);
    for (int i = 0; i < q->nnotes; i++) {
        free(q->notes[i].answer);
        free(q->notes[i].note);
    }
    free(q->notes);
    free(q->explanation);
    free(q->file);
}

static void add_question(struct content *c, struct question *q)
{
    for (int i = 0; i < c->nquestions; i++)
        if (strcmp(c->questions[i].id, q->id) == 0) {
            question_free(&c->questions[i]);
            c->questions[i] = *q;
            return;
        }
    c->questions = xrealloc(c->questions, sizeof *c->questions * (size_t)(c->nquestions + 1));
    c->questions[c->nquestions++] = *q;
}

/* Strips a list marker ("- ", "* ", "1. ", "2) ") and a task box ("[ ] ", "[x] "). */
static const char *strip_marker(const char *s)
{
    s += strspn(s, " \t");
    if (*s == '-' || *s == '*' || *s == '+')
        s++;
    else if (isdigit((unsigned char)*s)) {
        s += strspn(s, "0123456789");
        if (*s == '.' || *s == ')')
            s++;
    }
    s += strspn(s, " \t");
    if (s[0] == '[' && (s[1] == ' ' || s[1] == 'x' || s[1] == 'X') && s[2] == ']')
        s += 3;
    return s + strspn(s, " \t");
}

/* One list item: its first source line is the text, the rest (if any) the note. */
static struct option item_option(const struct lines *l, cmark_node *item, int off, int next_start)
{
    int from = cmark_node_get_start_line(item) + off;
    int to = cmark_node_get_end_line(item) + off;
    if (next_start && to >= next_start)
        to = next_start - 1;
    struct option o = {0};
    o.text = trim_dup(strip_marker(l->v[from]));
    sbuf note = {0};
    for (int i = from + 1; i <= to && i <= l->n; i++) {
        if (is_blank(l->v[i]))
            continue;
        char *t = trim_dup(l->v[i]);
        if (note.len)
            sbuf_addc(&note, ' ');
        sbuf_adds(&note, t);
        free(t);
    }
    o.note = note.len ? sbuf_take(&note) : NULL;
    sbuf_free(&note);
    return o;
}

struct qparse {
    struct content *c;
    const char *file;
    const char *topic;
    const struct lines *l;
    int off;
};

/* Parses the metadata paragraph right after a question heading. */
static bool question_meta(struct qparse *qp, struct question *q, cmark_node *para)
{
    bool ok = true, have_kind = false, have_level = false;
    int from = cmark_node_get_start_line(para) + qp->off, to = cmark_node_get_end_line(para) + qp->off;
    for (int i = from; i <= to; i++) {
        const char *s = qp->l->v[i];
        const char *colon = strchr(s, ':');
        char *tmp = colon ? xstrndup(s, (size_t)(colon - s)) : NULL;
        char *key = tmp ? trim_dup(tmp) : NULL;
        free(tmp);
        char *val = colon ? trim_dup(colon + 1) : NULL;
        if (!key) {
            diag(qp->c, qp->file, i, "expected 'key: value' after the question heading");
            ok = false;
        } else if (strcmp(key, "kind") == 0) {
            int k = q_kind_parse(val);
            if (k < 0) {
                diag(qp->c, qp->file, i, "unknown kind '%s' (single, multi, truefalse, predict, bug, order)", val);
                ok = false;
            }
            q->kind = (enum q_kind)(k < 0 ? 0 : k);
            have_kind = true;
        } else if (strcmp(key, "level") == 0) {
            int v = q_level_parse(val);
            if (v < 0) {
                diag(qp->c, qp->file, i, "unknown level '%s' (junior, mid, senior)", val);
                ok = false;
            }
            q->level = (enum q_level)(v < 0 ? 0 : v);
            have_level = true;
        } else if (strcmp(key, "answer") == 0) {
            char *end;
            q->answer_line = (int)strtol(val, &end, 10);
            if (!*val || *end || q->answer_line < 1) {
                diag(qp->c, qp->file, i, "answer must be a line number (1 = first line)");
                ok = false;
            }
        } else {
            diag(qp->c, qp->file, i, "unknown key '%s' (kind, level, answer)", key);
            ok = false;
        }
        free(key);
        free(val);
    }
    if (!have_kind) {
        diag(qp->c, qp->file, q->line, "question %s has no kind", q->id);
        ok = false;
    }
    if (!have_level) {
        diag(qp->c, qp->file, q->line, "question %s has no level", q->id);
        ok = false;
    }
    return ok;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

/* Checks that a parsed question has what its kind needs. */
static bool question_check(struct qparse *qp, struct question *q)
{
    struct content *c = qp->c;
    const char *f = qp->file;
    int before = c->ndiags, ncorrect = 0;
    for (int i = 0; i < q->nopts; i++)
        ncorrect += q->opts[i].correct;
    switch (q->kind) {
    case Q_SINGLE:
    case Q_MULTI:
    case Q_TRUEFALSE:
        if (q->nopts < 2 || q->nopts > 6)
            diag(c, f, q->line, "question %s needs 2 to 6 options as a task list ('- [ ] ...'), has %d",
                 q->id, q->nopts);
        else if (ncorrect == 0)
            diag(c, f, q->line, "question %s has no correct option (mark one with '- [x]')", q->id);
        else if (q->kind != Q_MULTI && ncorrect > 1)
            diag(c, f, q->line, "question %s is %s but has %d correct options", q->id,
                 q_kind_names[q->kind], ncorrect);
        if (q->kind == Q_TRUEFALSE && q->nopts == 2 &&
            !(strcmp(q->opts[0].text, "True") == 0 && strcmp(q->opts[1].text, "False") == 0))
            diag(c, f, q->line, "question %s is truefalse: its options must be 'True' then 'False'", q->id);
        break;
    case Q_PREDICT:
        if (!q->code)
            diag(c, f, q->line, "question %s is predict but has no ```python program", q->id);
        if (!q->output)
            diag(c, f, q->line, "question %s is predict but has no ```output block", q->id);
        break;
    case Q_BUG:
        if (!q->code)
            diag(c, f, q->line, "question %s is bug but has no ```python program", q->id);
        else if (q->answer_line < 1 || q->answer_line > count_lines(q->code))
            diag(c, f, q->line, "question %s: 'answer: N' must name a line of the program (1-%d)", q->id,
                 count_lines(q->code));
        break;
    case Q_ORDER:
        if (q->nopts < 3 || q->nopts > 6)
            diag(c, f, q->line, "question %s needs 3 to 6 events as an ordered list ('1. ...'), has %d",
                 q->id, q->nopts);
        break;
    case Q_NKINDS:
        break;
    }
    if (!q->explanation || is_blank(q->explanation))
        diag(c, f, q->line, "question %s has no explanation (add '### Explanation')", q->id);
    return c->ndiags == before;
}

/* Reads a "### Wrong answers" list: "`answer`: note" or "line N: note". */
static void wrong_answers(struct qparse *qp, struct question *q, cmark_node *list)
{
    for (cmark_node *it = cmark_node_first_child(list); it; it = cmark_node_next(it)) {
        struct option o = item_option(qp->l, it, qp->off, 0);
        char *text = o.text, *colon = NULL;
        if (text[0] == '`') {
            char *close = strchr(text + 1, '`');
            colon = close ? strchr(close, ':') : NULL;
        } else
            colon = strchr(text, ':');
        if (!colon) {
            diag(qp->c, qp->file, cmark_node_get_start_line(it) + qp->off,
                 "expected '`answer`: note' or 'line N: note'");
        } else {
            char *ans = xstrndup(text, (size_t)(colon - text));
            char *a = trim_dup(ans);
            free(ans);
            size_t n = strlen(a);
            if (n >= 2 && a[0] == '`' && a[n - 1] == '`') {
                memmove(a, a + 1, n - 2);
                a[n - 2] = '\0';
            } else if (strncmp(a, "line ", 5) == 0)
                memmove(a, a + 5, strlen(a + 5) + 1);
            sbuf note = {0};
            sbuf_adds(&note, colon + 1);
            if (o.note) {
                sbuf_addc(&note, ' ');
                sbuf_adds(&note, o.note);
            }
            char *nt = sbuf_take(&note);
            q->notes = xrealloc(q->notes, sizeof *q->notes * (size_t)(q->nnotes + 1));
            q->notes[q->nnotes++] = (struct wrong_note){a, trim_dup(nt)};
            free(nt);
        }
        free(o.text);
        free(o.note);
    }
}

/* Parses the nodes of one question, from its heading up to (not including) `end`. */
static void parse_question(struct qparse *qp, cmark_node *head, cmark_node *end, int end_line)
{
    struct question q = {0};
    struct content *c = qp->c;
    int before = c->ndiags;
    q.line = cmark_node_get_start_line(head) + qp->off;
    q.file = xstrdup(qp->file);
    q.id = md_text(head);
    q.topic = xstrdup(qp->topic);
    size_t tl = strlen(qp->topic);
    if (strncmp(q.id, qp->topic, tl) != 0 || q.id[tl] != '/' || !id_ok(q.id + tl + 1))
        diag(c, qp->file, q.line, "question id '%s' must be '%s/SLUG' (SLUG of a-z, 0-9, '-')", q.id, qp->topic);
    cmark_node *n = cmark_node_next(head);
    if (n == end || cmark_node_get_type(n) != CMARK_NODE_PARAGRAPH) {
        diag(c, qp->file, q.line, "question %s: 'kind:' and 'level:' lines must follow the heading", q.id);
        goto out;
    }
    if (!question_meta(qp, &q, n))
        goto out;
    sbuf prompt = {0};
    enum { PROMPT, EXPLANATION, WRONG } section = PROMPT;
    int expl_from = 0;
    for (n = cmark_node_next(n); n != end; n = cmark_node_next(n)) {
        int from = cmark_node_get_start_line(n) + qp->off, to = cmark_node_get_end_line(n) + qp->off;
        cmark_node *nx = cmark_node_next(n);
        int next_start = nx && nx != end ? cmark_node_get_start_line(nx) + qp->off : end_line;
        if (is_heading(n, 3)) {
            char *t = md_text(n);
            if (strcmp(t, "Explanation") == 0) {
                section = EXPLANATION;
                expl_from = to + 1;
            } else if (strcmp(t, "Wrong answers") == 0)
                section = WRONG;
            else
                diag(c, qp->file, from, "unknown section '### %s' (Explanation, Wrong answers)", t);
            free(t);
            continue;
        }
        if (section == EXPLANATION)
            continue;
        cmark_node_type type = cmark_node_get_type(n);
        if (section == WRONG) {
            if (type == CMARK_NODE_LIST)
                wrong_answers(qp, &q, n);
            continue;
        }
        const char *info = type == CMARK_NODE_CODE_BLOCK ? cmark_node_get_fence_info(n) : NULL;
        if (info && strcmp(info, "output") == 0) {
            free(q.output);
            q.output = xstrdup(cmark_node_get_literal(n));
            continue;
        }
        if (type == CMARK_NODE_LIST && q.nopts == 0 && q.kind != Q_PREDICT && q.kind != Q_BUG) {
            bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
            for (cmark_node *it = cmark_node_first_child(n); it; it = cmark_node_next(it)) {
                bool task = strcmp(cmark_node_get_type_string(it), "tasklist") == 0;
                if (q.kind == Q_ORDER ? !ordered : !task)
                    continue;
                cmark_node *itn = cmark_node_next(it);
                int stop = itn ? cmark_node_get_start_line(itn) + qp->off : next_start;
                struct option o = item_option(qp->l, it, qp->off, stop);
                o.correct = task && cmark_gfm_extensions_get_tasklist_item_checked(it);
                q.opts = xrealloc(q.opts, sizeof *q.opts * (size_t)(q.nopts + 1));
                q.opts[q.nopts++] = o;
            }
            if (q.nopts)
                continue;
        }
        if (info && strcmp(info, "python") == 0 && !q.code) {
            q.code = xstrdup(cmark_node_get_literal(n));
            if (q.kind == Q_BUG)
                continue; /* shown with line numbers by the front end, after the prompt */
        }
        char *slice = lines_join(qp->l, from, next_start - 1);
        sbuf_adds(&prompt, slice);
        sbuf_addc(&prompt, '\n');
        free(slice);
    }
    q.prompt = sbuf_take(&prompt);
    if (expl_from)
        q.explanation = lines_join(qp->l, expl_from, end_line - 1);
    question_check(qp, &q);
out:
    if (c->ndiags != before) {
        c->nbroken_files++;
        question_free(&q);
        return;
    }
    for (int i = 0; i < c->nquestions; i++)
        if (strcmp(c->questions[i].id, q.id) == 0 && strcmp(c->questions[i].file, q.file) == 0) {
            diag(c, qp->file, q.line, "question id '%s' is used twice in this file", q.id);
            c->nbroken_files++;
            question_free(&q);
            return;
        }
    add_question(c, &q);
}

static void parse_quiz(struct content *c, const char *file, const struct lines *l)
{
    static const char *const keys[] = {"topic"};
    struct front f;
    if (!front_parse(c, file, l, &f)) {
        c->nbroken_files++;
        return;
    }
    int before = c->ndiags;
    front_check_keys(c, file, &f, keys, LL_ARRAY_LEN(keys));
    char *topic = front_dup(&f, "topic");
    if (!topic)
        diag(c, file, 1, "question file has no topic (add 'topic:' to the front matter)");
    if (c->ndiags != before) {
        c->nbroken_files++;
        free(topic);
        front_free(&f);
        return;
    }
    char *body = lines_join(l, f.body_line, l->n);
    cmark_node *doc = md_parse(body);
    struct qparse qp = {c, file, topic, l, f.body_line - 1};
    cmark_node *head = NULL;
    for (cmark_node *n = cmark_node_first_child(doc);; n = cmark_node_next(n)) {
        if (!n || is_heading(n, 2)) {
            if (head)
                parse_question(&qp, head, n, n ? cmark_node_get_start_line(n) + qp.off : l->n + 1);
            if (!n)
                break;
            head = n;
        } else if (!head) {
            diag(c, file, cmark_node_get_start_line(n) + qp.off,
                 "text before the first question: start each question with '## TOPIC/SLUG'");
            c->nbroken_files++;
            break;
        }
    }
    cmark_node_free(doc);
    free(body);
    free(topic);
    front_free(&f);
}

/* ---- demos ---- */

static void parse_demo(struct content *c, const char *file, const char *text)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    size_t n = strlen(base);
    char *id = xstrndup(base, n > 3 ? n - 3 : n);
    for (int i = 0; i < c->ndemos; i++)
        if (strcmp(c->demos[i].id, id) == 0) {
            free(c->demos[i].source);
            free(c->demos[i].file);
            c->demos[i].source = xstrdup(text);
            c->demos[i].file = xstrdup(file);
            free(id);
            return;
        }
    c->demos = xrealloc(c->demos, sizeof *c->demos * (size_t)(c->ndemos + 1));
    c->demos[c->ndemos++] = (struct demo){id, xstrdup(text), xstrdup(file)};
}

void content_parse_file(struct content *c, const char *path, const char *text, const char *kind)
{
    if (strcmp(kind, "demo") == 0) {
        parse_demo(c, path, text);
        return;
    }
    struct lines l;
    lines_split(&l, text);
    if (strcmp(kind, "lesson") == 0)
        parse_lesson(c, path, &l);
    else
        parse_quiz(c, path, &l);
    lines_free(&l);
}

/* ---- loading ---- */

static const char *kind_of(const char *path)
{
    size_t n = strlen(path);
    if (n > 3 && strcmp(path + n - 3, ".py") == 0)
        return strstr(path, "content/demos/") ? "demo" : NULL;
    if (n < 3 || strcmp(path + n - 3, ".md") != 0)
        return NULL;
    if (strstr(path, "content/lessons/"))
        return "lesson";
    if (strncmp(path, "quiz/", 5) == 0 || strstr(path, "/quiz/"))
        return "quiz";
    return NULL;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_dir(struct content *c, const char *pack, const char *sub, const char *kind)
{
    char *dir = xasprintf("%s/%s", pack, sub);
    DIR *d = opendir(dir);
    if (!d) {
        free(dir);
        return;
    }
    char **names = NULL;
    size_t n = 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t len = strlen(e->d_name);
        const char *ext = strcmp(kind, "demo") == 0 ? ".py" : ".md";
        if (e->d_name[0] == '.' || len < 4 || strcmp(e->d_name + len - 3, ext) != 0)
            continue;
        names = xrealloc(names, sizeof *names * (n + 1));
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        char *path = xasprintf("%s/%s", dir, names[i]);
        char *text = file_read(path, NULL);
        if (!text)
            diag(c, path, 0, "cannot read: %s", strerror(errno));
        else
            content_parse_file(c, path, text, kind);
        free(text);
        free(path);
        free(names[i]);
    }
    free(names);
    free(dir);
}

static int cmp_lesson(const void *a, const void *b)
{
    const struct lesson *x = a, *y = b;
    return x->order != y->order ? (x->order < y->order ? -1 : 1) : strcmp(x->id, y->id);
}

/* Cross-references: lessons' demos and next, questions' topics. */
static void check_refs(struct content *c)
{
    int first = c->ndiags;
    for (int i = 0; i < c->nlessons; i++) {
        const struct lesson *l = &c->lessons[i];
        const char *refs[] = {l->demo, l->demo_alt};
        for (size_t k = 0; k < 2; k++)
            if (refs[k] && !content_demo(c, refs[k]))
                diag(c, l->file, 1, "lesson %s: demo '%s' not found (content/demos/%s.py)", l->id,
                     refs[k], refs[k]);
        if (l->next && content_lesson_index(c, l->next) < 0)
            diag(c, l->file, 1, "lesson %s: next lesson '%s' not found", l->id, l->next);
        for (int j = 0; j < i; j++)
            if (c->lessons[j].order == l->order)
                diag(c, l->file, 1, "lesson %s has the same order (%d) as %s", l->id, l->order,
                     c->lessons[j].id);
    }
    for (int i = 0; i < c->nquestions; i++)
        if (content_lesson_index(c, c->questions[i].topic) < 0)
            diag(c, c->questions[i].file, 1, "topic '%s' is not the id of a lesson", c->questions[i].topic);
    for (int i = first; i < c->ndiags; i++)
        c->diags[i].kept = true;
}

void content_load(struct content *c, bool builtin, const char *const *packs, int npacks)
{
    memset(c, 0, sizeof *c);
    c->version = builtin_content_version;
    if (builtin)
        for (size_t i = 0; i < builtin_nfiles; i++) {
            const char *kind = kind_of(builtin_files[i].path);
            if (kind)
                content_parse_file(c, builtin_files[i].path, builtin_files[i].data, kind);
        }
    for (int i = 0; i < npacks; i++) {
        load_dir(c, packs[i], "content/lessons", "lesson");
        load_dir(c, packs[i], "content/demos", "demo");
        load_dir(c, packs[i], "quiz", "quiz");
    }
    if (c->nlessons > 1)
        qsort(c->lessons, (size_t)c->nlessons, sizeof *c->lessons, cmp_lesson);
    check_refs(c);
}

void content_free(struct content *c)
{
    for (int i = 0; i < c->nlessons; i++)
        lesson_free(&c->lessons[i]);
    free(c->lessons);
    for (int i = 0; i < c->nquestions; i++)
        question_free(&c->questions[i]);
    free(c->questions);
    for (int i = 0; i < c->ndemos; i++) {
        free(c->demos[i].id);
        free(c->demos[i].source);
        free(c->demos[i].file);
    }
    free(c->demos);
    for (int i = 0; i < c->ndiags; i++) {
        free(c->diags[i].file);
        free(c->diags[i].msg);
    }
    free(c->diags);
    memset(c, 0, sizeof *c);
}

int content_lesson_index(const struct content *c, const char *id)
{
    for (int i = 0; i < c->nlessons; i++)
        if (strcmp(c->lessons[i].id, id) == 0)
            return i;
    return -1;
}

const struct lesson *content_lesson(const struct content *c, const char *s)
{
    int i = content_lesson_index(c, s);
    if (i >= 0)
        return &c->lessons[i];
    char *end;
    long n = strtol(s, &end, 10);
    if (*s && !*end)
        for (i = 0; i < c->nlessons; i++)
            if (c->lessons[i].order == n)
                return &c->lessons[i];
    return NULL;
}

const struct demo *content_demo(const struct content *c, const char *id)
{
    for (int i = 0; i < c->ndemos; i++)
        if (strcmp(c->demos[i].id, id) == 0)
            return &c->demos[i];
    return NULL;
}
