/* session.h - a learner's quiz from start to finish, shared by the plain and the
 * full-screen front ends: choose the questions, judge an answer, commit it to the
 * store, and only then hand the verdict back for feedback. */
#ifndef LOOPLAB_SESSION_H
#define LOOPLAB_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "content/content.h"
#include "quiz/judge.h"

struct store;

#define SESSION_QUIZ_LEN 5

struct quiz_session {
    struct store *st;
    const struct content *c;
    int64_t profile, quiz_id;
    const char *topic;                          /* NULL for a mixed quiz */
    const struct question *qs[SESSION_QUIZ_LEN];
    int perm[SESSION_QUIZ_LEN][8];              /* shown order of order-question events */
    int n, answered, right;
    uint64_t seed;
};

/* Chooses up to five questions (of one topic and/or level; -1 for any level) and
 * opens the quiz record. Returns 0, or -1 with store_error() set, or -2 when no
 * question matches. */
int session_start(struct quiz_session *s, struct store *st, int64_t profile, const struct content *c,
                  const char *topic, int level, uint64_t seed);

/* Judges question i's answer and commits it before returning. 0: v filled and saved;
 * 1: the answer cannot be read (hint says why); -1: the store failed. */
int session_answer(struct quiz_session *s, int i, const char *answer, long long ms,
                   struct verdict *v, char *hint, size_t hintlen);

int session_finish(struct quiz_session *s);

#endif
