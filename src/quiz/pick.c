/* pick.c - which question to ask next. A quiz opens with up to two review slots for
 * questions that are due, most overdue first; every other slot goes to a question the
 * learner should answer right about three times in four (QUIZ_TARGET_P), where an
 * answer teaches the most and does not discourage. To spread questions across
 * learners and quizzes (exposure control), the slot is drawn by the seed from the
 * three best candidates rather than always taking the best. */
#include "quiz/engine.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define REVIEW_SLOTS 2
#define TOPIC_MAX 2         /* per topic in a mixed quiz */
#define TOPICS_MIN 3        /* distinct topics in a mixed quiz, when available */
#define DRAW_FROM 3         /* exposure control: best candidates to draw from */
#define SEEN_PENALTY 1.0    /* above any |P - target|: unseen questions come first */

/* How strictly the mixed-quiz topic rules apply; a small pool relaxes them in turn
 * rather than end the quiz early. */
enum rules { RULES_ALL, RULES_CAP_ONLY, RULES_NONE };

struct cand {
    int idx;
    double score;
    uint64_t tie;
};

static int quiz_length(const struct quiz_request *rq)
{
    return rq->length < QUIZ_MAX_LENGTH ? rq->length : QUIZ_MAX_LENGTH;
}

static bool picked(const struct quiz_pick *pk, int idx)
{
    for (int i = 0; i < pk->n; i++)
        if (pk->idx[i] == idx)
            return true;
    return false;
}

static bool is_due(const struct quiz_pool *pool, int i, int64_t now)
{
    return pool->reviews && quiz_review_is_due(&pool->reviews[i], now);
}

static bool is_seen(const struct quiz_pool *pool, int i)
{
    return pool->reviews && pool->reviews[i].phase != QUIZ_NEW;
}

/* The request's filters: topic, level, due-only; and never twice in one quiz. */
static bool in_scope(const struct quiz_pool *pool, const struct quiz_request *rq,
                     const struct quiz_pick *pk, int i)
{
    const struct quiz_item *it = &pool->items[i];
    if (rq->level >= 0 && (int)it->level != rq->level)
        return false;
    if (rq->mode == QUIZ_TOPIC && (!rq->topic || strcmp(it->topic, rq->topic) != 0))
        return false;
    if (rq->mode == QUIZ_DUE && !is_due(pool, i, rq->now))
        return false;
    return !picked(pk, i);
}

static int topic_count(const struct quiz_pool *pool, const struct quiz_pick *pk,
                       const char *topic)
{
    int n = 0;
    for (int i = 0; i < pk->n; i++)
        n += strcmp(pool->items[pk->idx[i]].topic, topic) == 0;
    return n;
}

/* Distinct topics among the picked questions plus `extra` (NULL for none). */
static int distinct_topics(const struct quiz_pool *pool, const struct quiz_pick *pk,
                           const char *extra)
{
    int n = extra ? 1 : 0;
    for (int i = 0; i < pk->n; i++) {
        const char *t = pool->items[pk->idx[i]].topic;
        bool dup = extra && strcmp(t, extra) == 0;
        for (int j = 0; j < i && !dup; j++)
            dup = strcmp(pool->items[pk->idx[j]].topic, t) == 0;
        n += !dup;
    }
    return n;
}

/* How many distinct topics the quiz should reach: TOPICS_MIN, or fewer if the quiz
 * is shorter or the picked questions and the pool in scope do not have that many. */
static int topics_needed(const struct quiz_pool *pool, const struct quiz_request *rq,
                         const struct quiz_pick *pk)
{
    struct quiz_pick seen = *pk;
    int have = distinct_topics(pool, pk, NULL);
    for (int i = 0; i < pool->n && have < TOPICS_MIN; i++) {
        if (!in_scope(pool, rq, pk, i) || topic_count(pool, &seen, pool->items[i].topic))
            continue;
        if (seen.n == QUIZ_MAX_LENGTH)
            break;
        seen.idx[seen.n++] = i;
        have++;
    }
    int want = quiz_length(rq) < TOPICS_MIN ? quiz_length(rq) : TOPICS_MIN;
    return have < want ? have : want;
}

/* Mixed quizzes: at most TOPIC_MAX per topic, and the slots left after this one must
 * still be able to reach the topics needed. */
static bool fits_rules(const struct quiz_pool *pool, const struct quiz_request *rq,
                       const struct quiz_pick *pk, int i, enum rules rules, int needed)
{
    if (rq->mode != QUIZ_MIXED || rules == RULES_NONE)
        return true;
    const char *topic = pool->items[i].topic;
    if (topic_count(pool, pk, topic) >= TOPIC_MAX)
        return false;
    if (rules == RULES_CAP_ONLY)
        return true;
    int left = quiz_length(rq) - pk->n - 1;
    return distinct_topics(pool, pk, topic) + left >= needed;
}

static int append(struct quiz_pick *pk, int idx, bool review)
{
    pk->idx[pk->n] = idx;
    pk->review[pk->n] = review;
    pk->n++;
    return idx;
}

static int review_slots_used(const struct quiz_pick *pk)
{
    int n = 0;
    for (int i = 0; i < pk->n; i++)
        n += pk->review[i];
    return n;
}

/* The most overdue question in scope that fits the rules, or -1. */
static int most_overdue(const struct quiz_pool *pool, const struct quiz_request *rq,
                        const struct quiz_pick *pk, enum rules rules, int needed)
{
    int best = -1;
    for (int i = 0; i < pool->n; i++) {
        if (!is_due(pool, i, rq->now) || !in_scope(pool, rq, pk, i) ||
            !fits_rules(pool, rq, pk, i, rules, needed))
            continue;
        if (best < 0 || pool->reviews[i].due < pool->reviews[best].due)
            best = i;
    }
    return best;
}

static int cand_cmp(const void *a, const void *b)
{
    const struct cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? -1 : 1;
    return x->tie < y->tie ? -1 : x->tie > y->tie;
}

/* Candidates in scope that fit the rules, best first: nearest the target chance,
 * unseen before seen, ties broken by a per-quiz hash of the id (not pool order, or
 * every new learner would get the same first questions). */
static int rank_candidates(const struct quiz_pool *pool, const struct quiz_learner *l,
                           const struct quiz_request *rq, const struct quiz_pick *pk,
                           enum rules rules, int needed, struct cand *out)
{
    int n = 0;
    for (int i = 0; i < pool->n; i++) {
        if (!in_scope(pool, rq, pk, i) || !fits_rules(pool, rq, pk, i, rules, needed))
            continue;
        const char *id = pool->items[i].id;
        out[n].idx = i;
        out[n].score = fabs(quiz_predict(l, &pool->items[i]) - QUIZ_TARGET_P) +
                       (is_seen(pool, i) ? SEEN_PENALTY : 0);
        out[n].tie = hash_splitmix64(rq->seed ^ hash_fnv1a(id, strlen(id), HASH_FNV_INIT));
        n++;
    }
    qsort(out, (size_t)n, sizeof *out, cand_cmp);
    return n;
}

static int pick_targeted(const struct quiz_pool *pool, const struct quiz_learner *l,
                         const struct quiz_request *rq, struct quiz_pick *pk, int needed)
{
    struct cand *c = xmalloc((size_t)(pool->n > 0 ? pool->n : 1) * sizeof *c);
    int n = 0;
    for (int rules = RULES_ALL; rules <= RULES_NONE && n == 0; rules++)
        n = rank_candidates(pool, l, rq, pk, (enum rules)rules, needed, c);
    int idx = -1;
    if (n > 0) {
        uint64_t draw = hash_splitmix64(rq->seed + 0x9e3779b97f4a7c15ULL * (uint64_t)(pk->n + 1));
        idx = append(pk, c[draw % (uint64_t)(n < DRAW_FROM ? n : DRAW_FROM)].idx, false);
    }
    free(c);
    return idx;
}

int quiz_pick_next(const struct quiz_pool *pool, const struct quiz_learner *l,
                   const struct quiz_request *rq, struct quiz_pick *pk)
{
    if (pk->n >= quiz_length(rq))
        return -1;
    if (rq->mode == QUIZ_DUE) {
        int i = most_overdue(pool, rq, pk, RULES_NONE, 0);
        return i < 0 ? -1 : append(pk, i, true);
    }
    int needed = topics_needed(pool, rq, pk);
    if (review_slots_used(pk) < REVIEW_SLOTS) {
        int i = most_overdue(pool, rq, pk, RULES_ALL, needed);
        if (i >= 0)
            return append(pk, i, true);
    }
    return pick_targeted(pool, l, rq, pk, needed);
}

int quiz_pick_all(const struct quiz_pool *pool, const struct quiz_learner *l,
                  const struct quiz_request *rq, struct quiz_pick *pk)
{
    while (quiz_pick_next(pool, l, rq, pk) >= 0)
        ;
    return pk->n;
}
