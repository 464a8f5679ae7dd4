/* doc.c - lays Markdown out as styled, wrapped lines (see doc.h). Blocks are walked with
 * cmark-gfm; a paragraph is flattened into bytes with a parallel style array, then
 * wrapped at word boundaries. */
#include "content/doc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include "base/base.h"

/* Text with one style per byte: what a paragraph or table cell becomes before wrapping. */
struct styled {
    sbuf text;
    unsigned *style;
    size_t cap;
};

static void st_add(struct styled *s, const char *t, size_t n, unsigned style)
{
    if (s->text.len + n >= s->cap) {
        s->cap = (s->text.len + n + 1) * 2;
        s->style = xrealloc(s->style, s->cap * sizeof *s->style);
    }
    for (size_t i = 0; i < n; i++)
        s->style[s->text.len + i] = style;
    sbuf_add(&s->text, t, n);
}

static void st_free(struct styled *s)
{
    sbuf_free(&s->text);
    free(s->style);
}

struct render {
    struct doc *d;
    const struct doc_opts *o;
};

int doc_width(const char *s, int nbytes)
{
    int w = 0;
    for (int i = 0; i < nbytes; i++)
        w += ((unsigned char)s[i] & 0xc0) != 0x80;
    return w;
}

/* Appends a line made of prefix (styled pstyle) + text[from, to) with its styles. */
static void emit(struct render *r, const char *prefix, unsigned pstyle, const struct styled *s,
                 size_t from, size_t to)
{
    struct doc_line l = {0};
    sbuf t = {0};
    sbuf_adds(&t, prefix);
    size_t plen = t.len;
    if (s && to > from) /* an empty styled text has no buffer to offset */
        sbuf_add(&t, s->text.data + from, to - from);
    l.text = sbuf_take(&t);
    if (plen && pstyle) {
        l.spans = xrealloc(l.spans, sizeof *l.spans * (size_t)(l.nspans + 1));
        l.spans[l.nspans++] = (struct doc_span){0, (int)plen, pstyle};
    }
    for (size_t i = from; s && i < to;) {
        size_t j = i;
        while (j < to && s->style[j] == s->style[i])
            j++;
        if (s->style[i]) {
            l.spans = xrealloc(l.spans, sizeof *l.spans * (size_t)(l.nspans + 1));
            l.spans[l.nspans++] = (struct doc_span){(int)(plen + i - from), (int)(j - i), s->style[i]};
        }
        i = j;
    }
    r->d->lines = xrealloc(r->d->lines, sizeof *r->d->lines * (size_t)(r->d->n + 1));
    r->d->lines[r->d->n++] = l;
}

static void blank(struct render *r)
{
    if (r->d->n && r->d->lines[r->d->n - 1].text[0])
        emit(r, "", 0, NULL, 0, 0);
}

/* Flattens inline nodes into styled text; '\n' marks a hard line break. */
static void inlines(struct render *r, cmark_node *n, unsigned style, struct styled *out)
{
    for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
        const char *lit = cmark_node_get_literal(c);
        switch (cmark_node_get_type(c)) {
        case CMARK_NODE_TEXT:
            st_add(out, lit, strlen(lit), style);
            break;
        case CMARK_NODE_CODE:
            if (r->o->marks)
                st_add(out, "`", 1, style | DS_CODE);
            st_add(out, lit, strlen(lit), style | DS_CODE);
            if (r->o->marks)
                st_add(out, "`", 1, style | DS_CODE);
            break;
        case CMARK_NODE_SOFTBREAK:
            st_add(out, " ", 1, style);
            break;
        case CMARK_NODE_LINEBREAK:
            st_add(out, "\n", 1, style);
            break;
        case CMARK_NODE_EMPH:
            inlines(r, c, style | DS_ITALIC, out);
            break;
        case CMARK_NODE_STRONG:
            inlines(r, c, style | DS_BOLD, out);
            break;
        case CMARK_NODE_LINK:
            inlines(r, c, style | DS_LINK, out);
            break;
        case CMARK_NODE_HTML_INLINE:
            st_add(out, lit, strlen(lit), style);
            break;
        default:
            inlines(r, c, style, out);
            break;
        }
    }
}

/* Greedy word wrap of styled text into lines of `width` columns after the prefix;
 * later lines get `cont` as prefix. A word longer than the width is cut. */
static void wrap(struct render *r, const struct styled *s, const char *first, const char *cont,
                 unsigned pstyle, int width)
{
    const char *t = s->text.data ? s->text.data : "";
    size_t n = s->text.len, i = 0;
    const char *prefix = first;
    if (width < 10)
        width = 10;
    while (i < n) {
        while (i < n && t[i] == ' ')
            i++;
        size_t start = i, end = i, last_break = 0;
        int cols = 0;
        bool cut = false;
        while (end < n && t[end] != '\n') {
            if (t[end] == ' ')
                last_break = end;
            if (((unsigned char)t[end] & 0xc0) != 0x80) {
                if (cols == width) {
                    cut = true;
                    break;
                }
                cols++;
            }
            end++;
        }
        size_t stop = end;
        if (cut && last_break > start)
            stop = last_break;
        size_t trim = stop;
        while (trim > start && t[trim - 1] == ' ')
            trim--;
        emit(r, prefix, pstyle, s, start, trim);
        prefix = cont;
        i = stop;
        if (i < n && t[i] == '\n')
            i++;
    }
    if (n == 0)
        emit(r, first, pstyle, NULL, 0, 0);
}

static const char *const py_keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
};

/* Python syntax colouring of one code line, good enough for reading (not a lexer). */
static void colour_python(struct styled *s, const char *line, size_t n)
{
    size_t i = 0;
    while (i < n) {
        char c = line[i];
        size_t j = i + 1;
        unsigned style = DS_CODEBLOCK;
        if (c == '#') {
            j = n;
            style |= DS_COMMENT;
        } else if (c == '"' || c == '\'') {
            while (j < n && line[j] != c)
                j += line[j] == '\\' ? 2 : 1;
            j = j < n ? j + 1 : n;
            style |= DS_STRING;
        } else if (isdigit((unsigned char)c)) {
            while (j < n && (isalnum((unsigned char)line[j]) || line[j] == '.' || line[j] == '_'))
                j++;
            style |= DS_NUMBER;
        } else if (isalpha((unsigned char)c) || c == '_') {
            while (j < n && (isalnum((unsigned char)line[j]) || line[j] == '_'))
                j++;
            for (size_t k = 0; k < LL_ARRAY_LEN(py_keywords); k++)
                if (strlen(py_keywords[k]) == j - i && memcmp(py_keywords[k], line + i, j - i) == 0)
                    style |= DS_KEYWORD;
        }
        st_add(s, line + i, j - i, style);
        i = j;
    }
}

static void code_block(struct render *r, cmark_node *n, const char *indent)
{
    const char *lit = cmark_node_get_literal(n);
    const char *info = cmark_node_get_fence_info(n);
    bool python = info && (strcmp(info, "python") == 0 || strcmp(info, "py") == 0);
    char *prefix = xasprintf("%s  ", indent);
    while (lit && *lit) {
        const char *e = strchr(lit, '\n');
        size_t len = e ? (size_t)(e - lit) : strlen(lit);
        struct styled s = {0};
        if (python)
            colour_python(&s, lit, len);
        else
            st_add(&s, lit, len, DS_CODEBLOCK);
        emit(r, prefix, 0, &s, 0, s.text.len);
        st_free(&s);
        lit = e ? e + 1 : lit + len;
    }
    free(prefix);
}

static void blocks_from(struct render *r, cmark_node *n, const char *indent, int width, bool gaps);

static void table_block(struct render *r, cmark_node *table, const char *indent, int width)
{
    int ncols = 0, nrows = 0;
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row), nrows++) {
        int c = 0;
        for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell))
            c++;
        if (c > ncols)
            ncols = c;
    }
    if (!ncols)
        return;
    struct styled *cells = xcalloc((size_t)(nrows * ncols), sizeof *cells);
    int *w = xcalloc((size_t)ncols, sizeof *w);
    int ri = 0;
    for (cmark_node *row = cmark_node_first_child(table); row; row = cmark_node_next(row), ri++) {
        int ci = 0;
        for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell), ci++) {
            struct styled *s = &cells[ri * ncols + ci];
            inlines(r, cell, ri == 0 ? DS_BOLD : 0, s);
            int cw = doc_width(sbuf_str(&s->text), (int)s->text.len);
            if (cw > w[ci])
                w[ci] = cw;
        }
    }
    /* Shrink the widest columns until the table fits: borders take 3 per column + 1. */
    int total = 1;
    for (int c = 0; c < ncols; c++)
        total += w[c] + 3;
    while (total > width) {
        int widest = 0;
        for (int c = 1; c < ncols; c++)
            if (w[c] > w[widest])
                widest = c;
        if (w[widest] <= 4)
            break;
        w[widest]--;
        total--;
    }
    const char *v = r->o->ascii ? "|" : "│";
    const char *h = r->o->ascii ? "-" : "─";
    const char *corner[3][3] = {{"┌", "┬", "┐"}, {"├", "┼", "┤"}, {"└", "┴", "┘"}};
    for (int line = 0; line < nrows + 3; line++) {
        bool border = line == 0 || line == 2 || line == nrows + 2;
        int row = line == 1 ? 0 : line - 2;
        if (border) {
            int k = line == 0 ? 0 : line == 2 ? 1 : 2;
            sbuf b = {0};
            sbuf_adds(&b, indent);
            for (int c = 0; c < ncols; c++) {
                sbuf_adds(&b, r->o->ascii ? "+" : corner[k][c == 0 ? 0 : 1]);
                for (int x = 0; x < w[c] + 2; x++)
                    sbuf_adds(&b, h);
            }
            sbuf_adds(&b, r->o->ascii ? "+" : corner[k][2]);
            struct styled s = {0};
            st_add(&s, b.data, b.len, DS_RULE);
            emit(r, "", 0, &s, 0, s.text.len);
            st_free(&s);
            sbuf_free(&b);
            continue;
        }
        /* A row may need several lines when a cell wraps: wrap each cell into its own doc. */
        struct doc *cd = xcalloc((size_t)ncols, sizeof *cd);
        int height = 1;
        for (int c = 0; c < ncols; c++) {
            struct render cr = {&cd[c], r->o};
            wrap(&cr, &cells[row * ncols + c], "", "", 0, w[c]);
            if (cd[c].n > height)
                height = cd[c].n;
        }
        for (int y = 0; y < height; y++) {
            struct styled s = {0};
            st_add(&s, indent, strlen(indent), 0);
            for (int c = 0; c < ncols; c++) {
                st_add(&s, v, strlen(v), DS_RULE);
                st_add(&s, " ", 1, 0);
                int used = 0;
                if (y < cd[c].n) {
                    struct doc_line *dl = &cd[c].lines[y];
                    size_t len = strlen(dl->text);
                    size_t at = s.text.len;
                    st_add(&s, dl->text, len, row == 0 ? DS_BOLD : 0);
                    for (int k = 0; k < dl->nspans; k++)
                        for (int b = 0; b < dl->spans[k].len; b++)
                            s.style[at + (size_t)dl->spans[k].start + (size_t)b] = dl->spans[k].style;
                    used = doc_width(dl->text, (int)len);
                }
                for (; used < w[c] + 1; used++)
                    st_add(&s, " ", 1, 0);
            }
            st_add(&s, v, strlen(v), DS_RULE);
            emit(r, "", 0, &s, 0, s.text.len);
            st_free(&s);
        }
        for (int c = 0; c < ncols; c++)
            doc_free(&cd[c]);
        free(cd);
    }
    for (int i = 0; i < nrows * ncols; i++)
        st_free(&cells[i]);
    free(cells);
    free(w);
}

static void list_block(struct render *r, cmark_node *list, const char *indent, int width)
{
    bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
    int num = cmark_node_get_list_start(list);
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item), num++) {
        char mark[32];
        if (strcmp(cmark_node_get_type_string(item), "tasklist") == 0)
            snprintf(mark, sizeof mark, "[%c] ", cmark_gfm_extensions_get_tasklist_item_checked(item) ? 'x' : ' ');
        else if (ordered)
            snprintf(mark, sizeof mark, "%d. ", num);
        else
            snprintf(mark, sizeof mark, "%s ", r->o->ascii ? "-" : "•");
        char *first = xasprintf("%s%s", indent, mark);
        char *cont = xasprintf("%s%*s", indent, doc_width(mark, (int)strlen(mark)), "");
        /* The first paragraph takes the marker; the rest of the item is indented. */
        cmark_node *c = cmark_node_first_child(item);
        if (c && cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH) {
            struct styled s = {0};
            inlines(r, c, 0, &s);
            wrap(r, &s, first, cont, 0, width - doc_width(cont, (int)strlen(cont)));
            st_free(&s);
            c = cmark_node_next(c);
        } else
            emit(r, first, 0, NULL, 0, 0);
        if (c)
            blocks_from(r, c, cont, width, !cmark_node_get_list_tight(list));
        free(first);
        free(cont);
    }
}

/* Lays out node n and its following siblings; gaps puts a blank line between blocks. */
static void blocks_from(struct render *r, cmark_node *n, const char *indent, int width, bool gaps)
{
    for (; n; n = cmark_node_next(n)) {
        cmark_node_type t = cmark_node_get_type(n);
        if (gaps)
            blank(r);
        if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING) {
            struct styled s = {0};
            unsigned style = t == CMARK_NODE_HEADING ? DS_HEADING | DS_BOLD : 0;
            inlines(r, n, style, &s);
            wrap(r, &s, indent, indent, 0, width - doc_width(indent, (int)strlen(indent)));
            st_free(&s);
        } else if (t == CMARK_NODE_CODE_BLOCK) {
            code_block(r, n, indent);
        } else if (t == CMARK_NODE_LIST) {
            list_block(r, n, indent, width);
        } else if (t == CMARK_NODE_BLOCK_QUOTE) {
            char *q = xasprintf("%s%s ", indent, r->o->ascii ? "|" : "│");
            int before = r->d->n;
            blocks_from(r, cmark_node_first_child(n), q, width, true);
            for (int i = before; i < r->d->n; i++)
                for (int k = 0; k < r->d->lines[i].nspans; k++)
                    r->d->lines[i].spans[k].style |= DS_QUOTE;
            free(q);
        } else if (t == CMARK_NODE_THEMATIC_BREAK) {
            struct styled s = {0};
            for (int i = 0; i < width - 2 && i < 40; i++)
                st_add(&s, r->o->ascii ? "-" : "─", r->o->ascii ? 1 : 3, DS_RULE);
            emit(r, indent, 0, &s, 0, s.text.len);
            st_free(&s);
        } else if (strcmp(cmark_node_get_type_string(n), "table") == 0) {
            table_block(r, n, indent, width - doc_width(indent, (int)strlen(indent)));
        } else if (t == CMARK_NODE_HTML_BLOCK) {
            struct styled s = {0};
            const char *lit = cmark_node_get_literal(n);
            st_add(&s, lit, strlen(lit), 0);
            wrap(r, &s, indent, indent, 0, width);
            st_free(&s);
        }
    }
}

void doc_render(struct doc *d, const char *markdown, const struct doc_opts *o)
{
    d->lines = NULL;
    d->n = 0;
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser *p = cmark_parser_new(CMARK_OPT_DEFAULT);
    cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("tasklist"));
    cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("table"));
    cmark_parser_feed(p, markdown, strlen(markdown));
    cmark_node *doc = cmark_parser_finish(p);
    cmark_parser_free(p);
    struct render r = {d, o};
    blocks_from(&r, cmark_node_first_child(doc), "", o->width, true);
    cmark_node_free(doc);
    /* No blank line at the start or the end. */
    while (d->n && !d->lines[d->n - 1].text[0]) {
        free(d->lines[d->n - 1].text);
        free(d->lines[d->n - 1].spans);
        d->n--;
    }
    if (d->n && !d->lines[0].text[0]) {
        free(d->lines[0].text);
        free(d->lines[0].spans);
        memmove(d->lines, d->lines + 1, sizeof *d->lines * (size_t)(d->n - 1));
        d->n--;
    }
}

void doc_free(struct doc *d)
{
    for (int i = 0; i < d->n; i++) {
        free(d->lines[i].text);
        free(d->lines[i].spans);
    }
    free(d->lines);
    d->lines = NULL;
    d->n = 0;
}
