/* judge.h - turns a learner's typed answer into a verdict, for every question kind.
 * Pure: no I/O. The front ends present options with letters A, B, C...; order
 * questions are presented in a shuffled order given by `perm`. */
#ifndef LOOPLAB_QUIZ_JUDGE_H
#define LOOPLAB_QUIZ_JUDGE_H

#include <stdbool.h>
#include <stdint.h>

#include "content/content.h"

struct verdict {
    bool correct;
    const char *note;   /* the misconception note of the (first) wrong choice, or NULL */
    char *answer;       /* the answer in canonical form ("B", "AC", "3", "CABD", or the text) */
};

/* Returns 0 and fills v, or -1 when the answer cannot be read (with a hint for the
 * learner in hint). perm[i] is the event shown at position i (order questions). */
int judge_answer(const struct question *q, const char *answer, const int *perm,
                 struct verdict *v, char *hint, size_t hintlen);
void verdict_free(struct verdict *v);

/* The right answer in the form the learner would type it. */
char *judge_expected(const struct question *q, const int *perm);

/* A deterministic shuffle of the events of an order question, never the identity
 * (when there are at least two events). perm must have q->nopts entries. */
void judge_shuffle(const struct question *q, uint64_t seed, int *perm);

/* Collapses every run of white space to one space and trims both ends. */
char *judge_normalize(const char *s);

#endif
