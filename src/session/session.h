/* session.h - a learner's quiz from start to finish, shared by the plain and the
 * full-screen front ends. It loads the learner's state from the store into the pure
 * engine (src/quiz), asks the engine for each next question, judges an answer, and
 * commits the answer together with the engine's new state before handing the verdict
 * back for feedback. */
#ifndef LOOPLAB_SESSION_H
#define LOOPLAB_SESSION_H

#include <stdbool.h>
#include <stdint.h>

#include "content/content.h"
#include "quiz/engine.h"
#include "quiz/judge.h"

struct store;

enum session_kind { SESSION_TOPIC, SESSION_MIXED, SESSION_REVIEW, SESSION_DAILY };

struct session_request {
    enum session_kind kind;
    const char *topic;   /* SESSION_TOPIC */
    int level;           /* -1 any, else enum q_level */
    const char *date;    /* SESSION_DAILY: the local date "YYYY-MM-DD" */
    bool replay;         /* SESSION_DAILY: a past day, which never touches the streak */
    int64_t now;         /* unix seconds */
    uint64_t seed;
};

/* How a topic's level moved during the quiz. */
struct session_change {
    const char *topic;
    double before, after; /* global + topic ability, logits */
};

struct quiz_session {
    struct store *st;
    const struct content *c;
    int64_t profile, quiz_id;
    struct session_request rq;
    struct quiz_item *items;      /* one per content question */
    struct quiz_review *reviews;  /* parallel to items */
    int nitems;
    struct quiz_learner learner;
    struct quiz_pick pick;        /* pool indexes of the questions asked so far */
    const struct question *qs[QUIZ_MAX_LENGTH];
    int perm[QUIZ_MAX_LENGTH][8]; /* shown order of order-question events */
    int n;                        /* questions planned */
    int asked, answered, right;
    bool done[QUIZ_MAX_LENGTH], correct[QUIZ_MAX_LENGTH];
    struct session_change changes[QUIZ_MAX_LENGTH];
    int nchanges;
};

/* Loads the learner, plans the quiz and opens its record. Returns 0; -1 with
 * store_error() set; -2 when no question matches the request. */
int session_start(struct quiz_session *s, struct store *st, int64_t profile, const struct content *c,
                  const struct session_request *rq);

/* The next question (adapted to the answers so far), or NULL when the quiz is over;
 * *i gets its position. */
const struct question *session_next(struct quiz_session *s, int *i);

/* Judges question i's answer and commits the answer, the new ability and the review
 * schedule in one transaction before returning. 0: v filled and saved; 1: the answer
 * cannot be read (hint says why); -1: the store failed. */
int session_answer(struct quiz_session *s, int i, const char *answer, long long ms,
                   struct verdict *v, char *hint, size_t hintlen);

/* Closes the quiz record (and marks a completed daily challenge). */
int session_finish(struct quiz_session *s);
void session_free(struct quiz_session *s);

/* The learner's review state of a question, or NULL if never reviewed. */
const struct quiz_review *session_review_of(const struct quiz_session *s, const struct question *q);
/* The lesson to read next: the weakest topic among those practised, else the first
 * lesson not yet completed; NULL if none. */
const struct lesson *session_suggest(const struct quiz_session *s);

/* Loads a learner's abilities from the store ("" is the global one). */
int session_load_learner(struct store *st, int64_t profile, struct quiz_learner *l);

/* The daily-challenge streak as seen on local date `today`. */
int session_streak(struct store *st, int64_t profile, const char *today, struct quiz_streak *out);
/* The learner's local date now, with their day-start offset (setting "day_start"). */
int session_today(struct store *st, int64_t profile, int64_t now, char out[11]);

#endif
