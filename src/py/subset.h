/* subset.h - the one table of what looplab's mini-Python supports and refuses. The
 * parser refuses through it and `looplab help python` prints it, so they cannot drift. */
#ifndef LOOPLAB_PY_SUBSET_H
#define LOOPLAB_PY_SUBSET_H

#include <stdio.h>

enum py_refusal {
    REFUSE_CLASS_KEYWORDS, REFUSE_MULTI_BASE,
    REFUSE_COMPLEX, REFUSE_MATMUL, REFUSE_STAR_IMPORT,
    REFUSE_RELATIVE_IMPORT, REFUSE_TYPE_ALIAS, REFUSE__COUNT
};

struct py_refusal_entry {
    const char *construct;  /* as named in the message: "'type' statements" */
    const char *hint;       /* one line for `looplab help python` */
};

extern const struct py_refusal_entry py_refusals[REFUSE__COUNT];

struct py_feature_entry {
    const char *area;
    const char *text;
};
extern const struct py_feature_entry py_features[];
extern const int py_nfeatures;

/* Writes "'type' statements are not supported by looplab (see looplab help python)". */
void py_subset_message(enum py_refusal r, char *buf, size_t n);
/* The text of `looplab help python`. */
void py_subset_print_help(FILE *f);

#endif
