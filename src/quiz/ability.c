/* ability.c - how able a learner is, globally and per topic, learnt Elo-style from
 * first attempts. The model is the three-parameter logistic of item response theory
 * with a known guessing floor g and a discrimination of 1:
 *
 *     P(right) = g + (1 - g) * sigmoid(theta_global + theta_topic - d)
 *
 * Each first attempt moves both thetas along the gradient of the answer's
 * log-likelihood, scaled by a step K(n) that shrinks as answers accumulate. With
 * g = 0 the gradient is (right - P) and this is plain Elo; with g > 0 a right answer
 * counts for less, since a guess might explain it. */
#include "quiz/engine.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Step sizes K(n) = a / (1 + b * min(n, cap)). Read a as the prior variance of the
 * ability and b as a times the information one answer carries (P(1-P) ~ 0.15-0.19
 * near the 0.75 target): then K(n) is roughly the posterior variance after n
 * answers, the optimal step of a one-parameter Kalman filter. The global ability is
 * spread wide across learners (sd ~0.9); a topic's offset from it less (sd ~0.5).
 * The cap keeps K from vanishing: learners keep learning, and the estimate must
 * follow. Values checked by the simulation in tests/unit/test_quiz_sim.c. */
#define K_GLOBAL_A 0.80
#define K_GLOBAL_B 0.12
#define K_GLOBAL_CAP 100
#define K_TOPIC_A 0.30
#define K_TOPIC_B 0.05
#define K_TOPIC_CAP 60
#define THETA_LIMIT 4.0   /* beyond +-4 logits every question is certain either way */

void quiz_learner_free(struct quiz_learner *l)
{
    for (int i = 0; i < l->nskills; i++)
        free(l->skills[i].topic);
    free(l->skills);
    memset(l, 0, sizeof *l);
}

const struct quiz_skill *quiz_learner_skill(const struct quiz_learner *l, const char *topic)
{
    for (int i = 0; i < l->nskills; i++)
        if (strcmp(l->skills[i].topic, topic) == 0)
            return &l->skills[i];
    return NULL;
}

static struct quiz_skill *skill_get(struct quiz_learner *l, const char *topic)
{
    struct quiz_skill *s = (struct quiz_skill *)quiz_learner_skill(l, topic);
    if (s)
        return s;
    if (l->nskills == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->skills = xrealloc(l->skills, (size_t)l->cap * sizeof *l->skills);
    }
    s = &l->skills[l->nskills++];
    s->topic = xstrdup(topic);
    s->theta = 0;
    s->n = 0;
    return s;
}

void quiz_learner_set(struct quiz_learner *l, const char *topic, double theta, int n)
{
    struct quiz_skill *s = skill_get(l, topic);
    s->theta = theta;
    s->n = n;
}

double quiz_item_difficulty(const struct quiz_item *it)
{
    return (double)it->level - 1.0;
}

static double factorial_inverse(int n)
{
    double p = 1;
    for (int i = 2; i <= n; i++)
        p /= i;
    return p;
}

double quiz_item_guess(const struct quiz_item *it)
{
    int n = it->noptions;
    switch (it->kind) {
    case QUIZ_SINGLE: return n > 1 ? 1.0 / n : 0;
    case QUIZ_TRUEFALSE: return 0.5;
    case QUIZ_MULTI: return n > 0 && n < 31 ? 1.0 / (double)((1L << n) - 1) : 0;
    case QUIZ_BUG: return n > 1 ? 1.0 / n : 0;
    case QUIZ_ORDER: return n > 1 ? factorial_inverse(n) : 0;
    case QUIZ_PREDICT: return 0;
    }
    return 0;
}

static double step(double a, double b, int cap, int n)
{
    if (n < 0)
        n = 0;
    return a / (1.0 + b * (n < cap ? n : cap));
}

double quiz_step_global(int n)
{
    return step(K_GLOBAL_A, K_GLOBAL_B, K_GLOBAL_CAP, n);
}

double quiz_step_topic(int n)
{
    return step(K_TOPIC_A, K_TOPIC_B, K_TOPIC_CAP, n);
}

static double sigmoid(double x)
{
    return 1.0 / (1.0 + exp(-x));
}

static double ability_logit(const struct quiz_learner *l, const struct quiz_item *it)
{
    const struct quiz_skill *s = quiz_learner_skill(l, it->topic);
    return l->theta + (s ? s->theta : 0) - quiz_item_difficulty(it);
}

double quiz_predict(const struct quiz_learner *l, const struct quiz_item *it)
{
    double g = quiz_item_guess(it);
    return g + (1 - g) * sigmoid(ability_logit(l, it));
}

/* d log L / d theta for one answer: (1-g) s (1-s) / P if right, -s if wrong, where
 * s = sigmoid(logit). The same as (y - P) * (1-g) s (1-s) / (P (1-P)), without the
 * division by zero at the extremes. */
static double gradient(double g, double s, bool correct)
{
    if (!correct)
        return -s;
    return (1 - g) * s * (1 - s) / (g + (1 - g) * s);
}

static double clamp_theta(double t)
{
    return t < -THETA_LIMIT ? -THETA_LIMIT : t > THETA_LIMIT ? THETA_LIMIT : t;
}

double quiz_learn(struct quiz_learner *l, const struct quiz_item *it, bool correct,
                  bool first_attempt)
{
    double p = quiz_predict(l, it);
    if (!first_attempt)
        return p;
    struct quiz_skill *sk = skill_get(l, it->topic);
    double grad = gradient(quiz_item_guess(it), sigmoid(ability_logit(l, it)), correct);
    l->theta = clamp_theta(l->theta + quiz_step_global(l->n) * grad);
    sk->theta = clamp_theta(sk->theta + quiz_step_topic(sk->n) * grad);
    l->n++;
    sk->n++;
    return p;
}

enum quiz_level quiz_level_for(double theta)
{
    return theta < -0.5 ? QUIZ_JUNIOR : theta < 0.5 ? QUIZ_MID : QUIZ_SENIOR;
}
