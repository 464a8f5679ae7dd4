/* doc.h - Markdown laid out for a terminal of a given width: lines of text with style
 * spans. A model, not a drawing: the plain front end prints the text, the TUI paints
 * the spans. */
#ifndef LOOPLAB_DOC_H
#define LOOPLAB_DOC_H

#include <stdbool.h>

enum doc_style {
    DS_BOLD = 1 << 0,
    DS_ITALIC = 1 << 1,
    DS_CODE = 1 << 2,      /* inline code */
    DS_HEADING = 1 << 3,
    DS_LINK = 1 << 4,
    DS_QUOTE = 1 << 5,
    DS_CODEBLOCK = 1 << 6,
    DS_RULE = 1 << 7,      /* table borders, bullets, quote bars */
    DS_KEYWORD = 1 << 8,   /* Python syntax colouring inside code blocks */
    DS_STRING = 1 << 9,
    DS_COMMENT = 1 << 10,
    DS_NUMBER = 1 << 11,
};

struct doc_span {
    int start, len; /* bytes of the line's text */
    unsigned style;
};

struct doc_line {
    char *text;
    struct doc_span *spans;
    int nspans;
};

struct doc {
    struct doc_line *lines;
    int n;
};

struct doc_opts {
    int width;        /* columns available */
    bool ascii;       /* no UTF-8 box drawing or bullets */
    bool marks;       /* keep `backticks` around inline code (plain text output) */
};

void doc_render(struct doc *d, const char *markdown, const struct doc_opts *o);
void doc_free(struct doc *d);
/* Display columns of a UTF-8 string (one per code point; looplab's text is not CJK). */
int doc_width(const char *s, int nbytes);

#endif
