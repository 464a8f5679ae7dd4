/* session.c - see session.h. */
#include "session/session.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "store/store.h"

struct candidate {
    const struct question *q;
    int asked, right;
    uint64_t tie;
};

/* Never-asked questions first, then the least mastered; ties by a per-quiz hash so that
 * repeated quizzes vary. */
static int cmp_candidate(const void *a, const void *b)
{
    const struct candidate *x = a, *y = b;
    if ((x->asked == 0) != (y->asked == 0))
        return x->asked == 0 ? -1 : 1;
    double rx = x->asked ? (double)x->right / x->asked : 0, ry = y->asked ? (double)y->right / y->asked : 0;
    if (rx != ry)
        return rx < ry ? -1 : 1;
    return x->tie < y->tie ? -1 : x->tie > y->tie;
}

static int pick(struct quiz_session *s, int level)
{
    const struct content *c = s->c;
    struct candidate *cand = xcalloc((size_t)c->nquestions + 1, sizeof *cand);
    int n = 0;
    for (int i = 0; i < c->nquestions; i++) {
        const struct question *q = &c->questions[i];
        if ((s->topic && strcmp(q->topic, s->topic) != 0) || (level >= 0 && q->level != (enum q_level)level))
            continue;
        struct candidate *k = &cand[n++];
        k->q = q;
        k->tie = hash_splitmix64(s->seed ^ hash_fnv1a(q->id, strlen(q->id), HASH_FNV_INIT));
        if (store_question_history(s->st, s->profile, q->id, &k->asked, &k->right) != 0) {
            free(cand);
            return -1;
        }
    }
    if (n > 1)
        qsort(cand, (size_t)n, sizeof *cand, cmp_candidate);
    /* Mixed quizzes take at most two questions per topic. */
    s->n = 0;
    for (int i = 0; i < n && s->n < SESSION_QUIZ_LEN; i++) {
        int same = 0;
        for (int j = 0; j < s->n; j++)
            same += strcmp(s->qs[j]->topic, cand[i].q->topic) == 0;
        if (s->topic || same < 2)
            s->qs[s->n++] = cand[i].q;
    }
    free(cand);
    return 0;
}

int session_start(struct quiz_session *s, struct store *st, int64_t profile, const struct content *c,
                  const char *topic, int level, uint64_t seed)
{
    memset(s, 0, sizeof *s);
    s->st = st;
    s->c = c;
    s->profile = profile;
    s->topic = topic;
    s->seed = seed;
    if (pick(s, level) != 0)
        return -1;
    if (s->n == 0)
        return -2;
    for (int i = 0; i < s->n; i++)
        if (s->qs[i]->kind == Q_ORDER)
            judge_shuffle(s->qs[i], seed, s->perm[i]);
    return store_quiz_begin(st, profile, topic ? "lesson" : "mixed", topic, c->version, &s->quiz_id);
}

int session_answer(struct quiz_session *s, int i, const char *answer, long long ms,
                   struct verdict *v, char *hint, size_t hintlen)
{
    const struct question *q = s->qs[i];
    if (judge_answer(q, answer, s->perm[i], v, hint, hintlen) != 0)
        return 1;
    /* The answer is stored before the learner sees it judged. */
    struct attempt_rec rec = {s->quiz_id, s->profile, q->id, q->topic, v->answer, v->correct, ms, -1};
    if (store_begin(s->st) != 0 || store_attempt_add(s->st, &rec) != 0 || store_commit(s->st) != 0) {
        store_rollback(s->st);
        verdict_free(v);
        return -1;
    }
    s->answered++;
    s->right += v->correct;
    return 0;
}

int session_finish(struct quiz_session *s)
{
    return store_quiz_finish(s->st, s->quiz_id);
}
