/* session.c - see session.h. */
#include "session/session.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/base.h"
#include "store/store.h"

static int code_lines(const char *code)
{
    int n = 0;
    for (; code && *code; code++)
        n += *code == '\n';
    return n;
}

/* The engine's view of each content question. */
static void build_items(struct quiz_session *s)
{
    const struct content *c = s->c;
    s->nitems = c->nquestions;
    s->items = xcalloc((size_t)c->nquestions + 1, sizeof *s->items);
    s->reviews = xcalloc((size_t)c->nquestions + 1, sizeof *s->reviews);
    for (int i = 0; i < c->nquestions; i++) {
        const struct question *q = &c->questions[i];
        s->items[i] = (struct quiz_item){q->id, q->topic, (enum quiz_level)q->level, (enum quiz_kind)q->kind,
                                         q->kind == Q_BUG ? code_lines(q->code) : q->nopts};
    }
}

static void review_row(void *ctx, const char *question, const struct store_review *r)
{
    struct quiz_session *s = ctx;
    for (int i = 0; i < s->nitems; i++)
        if (strcmp(s->items[i].id, question) == 0) {
            s->reviews[i] = (struct quiz_review){(enum quiz_phase)r->phase, r->step, r->stability,
                                                 r->difficulty, r->due, r->last, r->reps, r->lapses};
            return;
        }
}

static void skill_row(void *ctx, const char *topic, double theta, int n)
{
    struct quiz_learner *l = ctx;
    if (topic[0] == '\0') {
        l->theta = theta;
        l->n = n;
    } else
        quiz_learner_set(l, topic, theta, n);
}

int session_load_learner(struct store *st, int64_t profile, struct quiz_learner *l)
{
    memset(l, 0, sizeof *l);
    return store_skills_load(st, profile, skill_row, l);
}

static struct quiz_request engine_request(const struct quiz_session *s)
{
    static const enum quiz_mode modes[] = {QUIZ_TOPIC, QUIZ_MIXED, QUIZ_DUE, QUIZ_MIXED};
    return (struct quiz_request){modes[s->rq.kind], s->rq.topic, s->rq.level, QUIZ_LENGTH, s->rq.now,
                                 s->rq.seed};
}

/* Plans the quiz: the daily five are fixed; other quizzes count what the engine can
 * offer now, then choose one question at a time as answers come in. */
static void plan(struct quiz_session *s)
{
    if (s->rq.kind == SESSION_DAILY) {
        int out[QUIZ_LENGTH];
        int n = quiz_daily_pick(s->items, s->nitems, s->rq.date, out);
        for (int i = 0; i < n; i++)
            s->pick.idx[s->pick.n++] = out[i];
        s->n = n;
        return;
    }
    struct quiz_pool pool = {s->items, s->reviews, s->nitems};
    struct quiz_request rq = engine_request(s);
    struct quiz_pick dry = {0};
    s->n = quiz_pick_all(&pool, &s->learner, &rq, &dry);
}

static const char *const kind_names[] = {"lesson", "mixed", "review", "daily"};

int session_start(struct quiz_session *s, struct store *st, int64_t profile, const struct content *c,
                  const struct session_request *rq)
{
    memset(s, 0, sizeof *s);
    s->st = st;
    s->c = c;
    s->profile = profile;
    s->rq = *rq;
    build_items(s);
    if (store_reviews_load(st, profile, review_row, s) != 0 ||
        session_load_learner(st, profile, &s->learner) != 0)
        return -1;
    plan(s);
    if (s->n == 0)
        return -2;
    return store_quiz_begin(st, profile, kind_names[rq->kind], rq->kind == SESSION_DAILY ? rq->date : rq->topic,
                            c->version, &s->quiz_id);
}

const struct question *session_next(struct quiz_session *s, int *i)
{
    if (s->asked >= s->n)
        return NULL;
    if (s->rq.kind != SESSION_DAILY) {
        struct quiz_pool pool = {s->items, s->reviews, s->nitems};
        struct quiz_request rq = engine_request(s);
        if (quiz_pick_next(&pool, &s->learner, &rq, &s->pick) < 0) {
            s->n = s->asked;
            return NULL;
        }
    }
    int at = s->asked++;
    const struct question *q = &s->c->questions[s->pick.idx[at]];
    s->qs[at] = q;
    if (q->kind == Q_ORDER)
        judge_shuffle(q, s->rq.seed, s->perm[at]);
    *i = at;
    return q;
}

static double level_of(const struct quiz_learner *l, const char *topic)
{
    const struct quiz_skill *k = quiz_learner_skill(l, topic);
    return l->theta + (k ? k->theta : 0);
}

static void note_change(struct quiz_session *s, const char *topic, double before, double after)
{
    for (int i = 0; i < s->nchanges; i++)
        if (strcmp(s->changes[i].topic, topic) == 0) {
            s->changes[i].after = after;
            return;
        }
    if (s->nchanges < QUIZ_MAX_LENGTH)
        s->changes[s->nchanges++] = (struct session_change){topic, before, after};
}

/* Writes the answer and the engine's new state; the caller holds the transaction. */
static int save_answer(struct quiz_session *s, int idx, const struct verdict *v, long long ms, double p,
                       bool first)
{
    const struct question *q = &s->c->questions[idx];
    struct attempt_rec rec = {s->quiz_id, s->profile, q->id, q->topic, v->answer, v->correct, ms, p};
    if (store_attempt_add(s->st, &rec) != 0)
        return -1;
    if (first) {
        const struct quiz_skill *k = quiz_learner_skill(&s->learner, q->topic);
        if (store_skill_save(s->st, s->profile, "", s->learner.theta, s->learner.n) != 0 ||
            (k && store_skill_save(s->st, s->profile, q->topic, k->theta, k->n) != 0))
            return -1;
    }
    const struct quiz_review *r = &s->reviews[idx];
    struct store_review sr = {(int)r->phase, r->step, r->stability, r->difficulty, r->due, r->last, r->reps,
                              r->lapses};
    return store_review_save(s->st, s->profile, q->id, &sr);
}

int session_answer(struct quiz_session *s, int i, const char *answer, long long ms,
                   struct verdict *v, char *hint, size_t hintlen)
{
    const struct question *q = s->qs[i];
    int idx = s->pick.idx[i];
    if (judge_answer(q, answer, s->perm[i], v, hint, hintlen) != 0)
        return 1;
    int asked = 0, right = 0;
    if (store_question_history(s->st, s->profile, q->id, &asked, &right) != 0) {
        verdict_free(v);
        return -1;
    }
    /* Work on copies so that a failed commit leaves the session as it was. */
    struct quiz_review saved_review = s->reviews[idx];
    double before = level_of(&s->learner, q->topic);
    const struct quiz_skill *k0 = quiz_learner_skill(&s->learner, q->topic);
    double k_theta = k0 ? k0->theta : 0;
    int k_n = k0 ? k0->n : 0, g_n = s->learner.n;
    double g_theta = s->learner.theta;
    double p = quiz_learn(&s->learner, &s->items[idx], v->correct, asked == 0);
    quiz_review_answer(&quiz_fsrs_default, &s->reviews[idx], s->rq.now, v->correct);
    /* The answer is stored before the learner sees it judged. */
    if (store_begin(s->st) != 0 || save_answer(s, idx, v, ms, p, asked == 0) != 0 || store_commit(s->st) != 0) {
        store_rollback(s->st);
        s->reviews[idx] = saved_review;
        s->learner.theta = g_theta;
        s->learner.n = g_n;
        quiz_learner_set(&s->learner, q->topic, k_theta, k_n);
        verdict_free(v);
        return -1;
    }
    note_change(s, q->topic, before, level_of(&s->learner, q->topic));
    s->answered++;
    s->right += v->correct;
    s->done[i] = true;
    s->correct[i] = v->correct;
    return 0;
}

int session_finish(struct quiz_session *s)
{
    if (store_quiz_finish(s->st, s->quiz_id) != 0)
        return -1;
    /* A daily challenge counts for the streak when all of it was answered on the day. */
    if (s->rq.kind == SESSION_DAILY && !s->rq.replay && s->answered == s->n)
        return store_daily_mark(s->st, s->profile, s->rq.date, s->quiz_id);
    return 0;
}

void session_free(struct quiz_session *s)
{
    free(s->items);
    free(s->reviews);
    quiz_learner_free(&s->learner);
    s->items = NULL;
    s->reviews = NULL;
}

const struct quiz_review *session_review_of(const struct quiz_session *s, const struct question *q)
{
    for (int i = 0; i < s->nitems; i++)
        if (strcmp(s->items[i].id, q->id) == 0)
            return s->reviews[i].reps ? &s->reviews[i] : NULL;
    return NULL;
}

const struct lesson *session_suggest(const struct quiz_session *s)
{
    const struct lesson *best = NULL;
    double low = 1e9;
    for (int i = 0; i < s->c->nlessons; i++) {
        const struct quiz_skill *k = quiz_learner_skill(&s->learner, s->c->lessons[i].id);
        if (k && k->n > 0 && k->theta < low) {
            low = k->theta;
            best = &s->c->lessons[i];
        }
    }
    return best;
}

struct day_list {
    char **v;
    int n;
};

static void add_day(void *ctx, const char *day)
{
    struct day_list *d = ctx;
    d->v = xrealloc(d->v, sizeof *d->v * (size_t)(d->n + 1));
    d->v[d->n++] = xstrdup(day);
}

int session_streak(struct store *st, int64_t profile, const char *today, struct quiz_streak *out)
{
    struct day_list d = {0};
    int rc = store_daily_days(st, profile, add_day, &d);
    memset(out, 0, sizeof *out);
    if (rc == 0)
        quiz_streak_compute((const char *const *)d.v, d.n, today, out);
    for (int i = 0; i < d.n; i++)
        free(d.v[i]);
    free(d.v);
    return rc;
}

int session_today(struct store *st, int64_t profile, int64_t now, char out[11])
{
    char v[16];
    if (store_setting_get(st, profile, "day_start", v, sizeof v) != 0)
        return -1;
    time_t t = (time_t)now;
    struct tm tm;
    localtime_r(&t, &tm);
    return quiz_local_date(t, (int)tm.tm_gmtoff, v[0] ? atoi(v) : 0, out) == 0 ? 0 : -1;
}
