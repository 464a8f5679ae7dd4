/* fsrs.c - when a question should come back: the FSRS-6 memory model (stability S,
 * difficulty D, retrievability R) and its scheduler. The formulas and the default
 * weights are those published by open-spaced-repetition: fsrs-rs src/model.rs and
 * src/inference.rs (DEFAULT_PARAMETERS, updated 2025-06 in fsrs-rs #337), mirrored by
 * py-fsrs fsrs/scheduler.py 6.x and ts-fsrs. The scheduler's (re)learning steps and
 * rounding follow py-fsrs, whose tests give the reference vectors we check against
 * (tests/unit/test_quiz_fsrs.c). No fuzz: the engine must be deterministic. */
#include "quiz/engine.h"

#include <math.h>

#define S_MIN 0.001
#define S_MAX 36500.0
#define D_MIN 1.0
#define D_MAX 10.0
#define DAY 86400

/* looplab's scheduler: FSRS-6 default weights, 90% retention. One 10-minute step for
 * new and for forgotten questions: a right first answer goes straight to a schedule
 * of days (round(S0(Good)) = 2), a wrong one is due again ten minutes later, so the
 * next quiz brings it back. */
const struct quiz_fsrs quiz_fsrs_default = {
    .w = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666,
          0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
          0.1542},
    .retention = 0.9,
    .max_interval = 36500,
    .learn_steps = {600},
    .nlearn = 1,
    .relearn_steps = {600},
    .nrelearn = 1,
};

static double clampd(double x, double lo, double hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/* The forgetting curve R(t, S) = (1 + factor * t / S)^decay with decay = -w20 and
 * factor = 0.9^(1/decay) - 1, so that R(S, S) = 0.9 whatever the decay. */
static double decay_of(const struct quiz_fsrs *f)
{
    return -f->w[20];
}

static double factor_of(const struct quiz_fsrs *f)
{
    return pow(0.9, 1.0 / decay_of(f)) - 1.0;
}

double quiz_fsrs_retrievability(const struct quiz_fsrs *f, double days, double stability)
{
    if (days <= 0)
        return 1.0;
    return pow(1.0 + factor_of(f) * days / stability, decay_of(f));
}

/* The curve solved for R = retention, rounded to whole days as py-fsrs does (Python's
 * round(): half to even, which is what nearbyint does in the default rounding mode). */
int quiz_fsrs_interval(const struct quiz_fsrs *f, double stability)
{
    double days = stability / factor_of(f) * (pow(f->retention, 1.0 / decay_of(f)) - 1.0);
    days = nearbyint(days);
    if (days < 1)
        return 1;
    return days > f->max_interval ? f->max_interval : (int)days;
}

/* A rating from outside 1..4 (a corrupt row, a caller's slip) is taken as the
 * nearest one rather than read out of the weights' bounds. */
static enum quiz_rating rating_in_range(enum quiz_rating g)
{
    return (int)g < QUIZ_AGAIN ? QUIZ_AGAIN : (int)g > QUIZ_EASY ? QUIZ_EASY : g;
}

/* S0(G) = w[G-1]. */
double quiz_fsrs_init_stability(const struct quiz_fsrs *f, enum quiz_rating g)
{
    return clampd(f->w[rating_in_range(g) - 1], S_MIN, S_MAX);
}

static double init_difficulty_raw(const struct quiz_fsrs *f, enum quiz_rating g)
{
    return f->w[4] - exp(f->w[5] * (rating_in_range(g) - 1)) + 1.0;
}

/* D0(G) = w4 - e^(w5 (G - 1)) + 1, within [1, 10]. */
double quiz_fsrs_init_difficulty(const struct quiz_fsrs *f, enum quiz_rating g)
{
    return clampd(init_difficulty_raw(f, g), D_MIN, D_MAX);
}

/* dD = -w6 (G - 3), damped linearly as D nears 10: D' = D + dD (10 - D) / 9; then
 * reverted towards D0(Easy) by w7: D'' = w7 D0(4) + (1 - w7) D'; within [1, 10]. */
double quiz_fsrs_next_difficulty(const struct quiz_fsrs *f, double d, enum quiz_rating g)
{
    double delta = -f->w[6] * ((double)g - 3.0);
    double damped = d + delta * (10.0 - d) / 9.0;
    double reverted = f->w[7] * init_difficulty_raw(f, QUIZ_EASY) + (1 - f->w[7]) * damped;
    return clampd(reverted, D_MIN, D_MAX);
}

/* S' = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) hard easy), with the hard
 * penalty w15 and the easy bonus w16. */
double quiz_fsrs_recall_stability(const struct quiz_fsrs *f, double d, double s, double r,
                                  enum quiz_rating g)
{
    double hard = g == QUIZ_HARD ? f->w[15] : 1.0;
    double easy = g == QUIZ_EASY ? f->w[16] : 1.0;
    double growth = exp(f->w[8]) * (11.0 - d) * pow(s, -f->w[9]) *
                    (exp(f->w[10] * (1.0 - r)) - 1.0) * hard * easy;
    return s * (1.0 + growth);
}

/* S' = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), never above S / e^(w17 w18)
 * (forgetting cannot leave a memory stronger than a same-day Again would). */
double quiz_fsrs_forget_stability(const struct quiz_fsrs *f, double d, double s, double r)
{
    double long_term = f->w[11] * pow(d, -f->w[12]) * (pow(s + 1.0, f->w[13]) - 1.0) *
                       exp(f->w[14] * (1.0 - r));
    double short_term = s / exp(f->w[17] * f->w[18]);
    return long_term < short_term ? long_term : short_term;
}

/* Same-day review (FSRS-6): S' = S e^(w17 (G - 3 + w18)) S^-w19; a Good or Easy
 * never lowers S. */
double quiz_fsrs_short_term_stability(const struct quiz_fsrs *f, double s, enum quiz_rating g)
{
    double inc = exp(f->w[17] * ((double)g - 3.0 + f->w[18])) * pow(s, -f->w[19]);
    if (g >= QUIZ_GOOD && inc < 1.0)
        inc = 1.0;
    return s * inc;
}

void quiz_fsrs_step(const struct quiz_fsrs *f, struct quiz_memory *m, int days,
                    enum quiz_rating g)
{
    g = rating_in_range(g);
    if (m->stability <= 0) {
        m->stability = quiz_fsrs_init_stability(f, g);
        m->difficulty = quiz_fsrs_init_difficulty(f, g);
        return;
    }
    double s = clampd(m->stability, S_MIN, S_MAX);
    double d = clampd(m->difficulty, D_MIN, D_MAX);
    double next;
    if (days < 1)
        next = quiz_fsrs_short_term_stability(f, s, g);
    else if (g == QUIZ_AGAIN)
        next = quiz_fsrs_forget_stability(f, d, s, quiz_fsrs_retrievability(f, days, s));
    else
        next = quiz_fsrs_recall_stability(f, d, s, quiz_fsrs_retrievability(f, days, s), g);
    m->stability = clampd(next, S_MIN, S_MAX);
    m->difficulty = quiz_fsrs_next_difficulty(f, d, g);
}

/* ---- The scheduler ------------------------------------------------------------ */

static void graduate(const struct quiz_fsrs *f, struct quiz_review *rv, int64_t now)
{
    rv->phase = QUIZ_REVIEW;
    rv->step = 0;
    rv->due = now + (int64_t)quiz_fsrs_interval(f, rv->stability) * DAY;
}

/* Hard repeats the current step (the first one: half-way to the second, or 1.5x if
 * there is only one). */
static int hard_step_seconds(const int *steps, int n, int step)
{
    if (step == 0 && n == 1)
        return steps[0] * 3 / 2;
    if (step == 0)
        return (steps[0] + steps[1]) / 2;
    return steps[step < n ? step : n - 1];
}

/* A question in learning or relearning steps (py-fsrs' state machine). */
static void schedule_in_steps(const struct quiz_fsrs *f, struct quiz_review *rv, int64_t now,
                              enum quiz_rating g, const int *steps, int n)
{
    if (n == 0 || (rv->step >= n && g != QUIZ_AGAIN)) {
        graduate(f, rv, now);
        return;
    }
    switch (g) {
    case QUIZ_AGAIN:
        rv->step = 0;
        rv->due = now + steps[0];
        break;
    case QUIZ_HARD:
        rv->due = now + hard_step_seconds(steps, n, rv->step);
        break;
    case QUIZ_GOOD:
        if (rv->step + 1 >= n) {
            graduate(f, rv, now);
        } else {
            rv->step++;
            rv->due = now + steps[rv->step];
        }
        break;
    case QUIZ_EASY:
        graduate(f, rv, now);
        break;
    }
}

static void schedule_review(const struct quiz_fsrs *f, struct quiz_review *rv, int64_t now,
                            enum quiz_rating g)
{
    if (g != QUIZ_AGAIN) {
        graduate(f, rv, now);
        return;
    }
    rv->lapses++;
    if (f->nrelearn == 0) {
        graduate(f, rv, now);
        return;
    }
    rv->phase = QUIZ_RELEARNING;
    rv->step = 0;
    rv->due = now + f->relearn_steps[0];
}

static int whole_days(int64_t from, int64_t to)
{
    return to > from ? (int)((to - from) / DAY) : 0;
}

void quiz_review_rate(const struct quiz_fsrs *f, struct quiz_review *rv, int64_t now,
                      enum quiz_rating g)
{
    struct quiz_memory m = {rv->stability, rv->difficulty};
    g = rating_in_range(g);
    if (rv->phase == QUIZ_NEW) {
        m.stability = 0;
        rv->phase = QUIZ_LEARNING;
        rv->step = 0;
    }
    quiz_fsrs_step(f, &m, whole_days(rv->last, now), g);
    rv->stability = m.stability;
    rv->difficulty = m.difficulty;
    if (rv->phase == QUIZ_REVIEW)
        schedule_review(f, rv, now, g);
    else if (rv->phase == QUIZ_LEARNING)
        schedule_in_steps(f, rv, now, g, f->learn_steps, f->nlearn);
    else
        schedule_in_steps(f, rv, now, g, f->relearn_steps, f->nrelearn);
    rv->last = now;
    rv->reps++;
}

void quiz_review_answer(const struct quiz_fsrs *f, struct quiz_review *rv, int64_t now,
                        bool correct)
{
    quiz_review_rate(f, rv, now, correct ? QUIZ_GOOD : QUIZ_AGAIN);
}

bool quiz_review_is_due(const struct quiz_review *rv, int64_t now)
{
    return rv->phase != QUIZ_NEW && rv->due <= now;
}
