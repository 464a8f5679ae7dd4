/* engine.h - the adaptive quiz engine: ability (Elo on a guessing-floor logistic
 * model), spaced review (FSRS-6), quiz assembly, the daily challenge and streaks.
 *
 * Pure: no I/O, no SQLite, no clock, no rand(). State comes in, a choice and the new
 * state go out; src/store persists them and src/cli reads the clock. The engine knows
 * nothing of content/: the caller describes each question with a struct quiz_item. */
#ifndef LOOPLAB_QUIZ_ENGINE_H
#define LOOPLAB_QUIZ_ENGINE_H

#include <stdbool.h>
#include <stdint.h>
#include <time.h>

#define QUIZ_LENGTH 5        /* questions in a quiz and in the daily challenge */
#define QUIZ_MAX_LENGTH 16   /* the most a struct quiz_pick can hold */
#define QUIZ_TARGET_P 0.75   /* the chance of a right answer a quiz aims for */

/* ---- Questions ------------------------------------------------------------------ */

enum quiz_level { QUIZ_JUNIOR, QUIZ_MID, QUIZ_SENIOR };
enum quiz_kind { QUIZ_SINGLE, QUIZ_MULTI, QUIZ_TRUEFALSE, QUIZ_PREDICT, QUIZ_BUG, QUIZ_ORDER };

/* What the engine needs to know about one question. Strings are borrowed. */
struct quiz_item {
    const char *id;         /* stable question id, e.g. "gather-vs-wait/result-order" */
    const char *topic;      /* topic id */
    enum quiz_level level;
    enum quiz_kind kind;
    int noptions;           /* single/multi: options; bug: lines of code; order: events */
};

/* ---- Ability (ability.c) -------------------------------------------------------- */

/* One topic's ability: an offset added to the global one, and how many first
 * attempts in the topic it has learnt from. */
struct quiz_skill {
    char *topic;            /* owned */
    double theta;
    int n;
};

/* A learner's ability. Zero-initialise (theta 0 everywhere, nothing seen), or load
 * with quiz_learner_set(); free with quiz_learner_free(). */
struct quiz_learner {
    double theta;           /* global ability, logits */
    int n;                  /* first attempts learnt from, all topics */
    struct quiz_skill *skills;
    int nskills, cap;
};

void quiz_learner_free(struct quiz_learner *l);
/* The topic's skill, or NULL when the learner has none yet. */
const struct quiz_skill *quiz_learner_skill(const struct quiz_learner *l, const char *topic);
/* Sets (creating if needed) a topic's stored ability; used to load from the store. */
void quiz_learner_set(struct quiz_learner *l, const char *topic, double theta, int n);

/* Question difficulty from its level: junior -1, mid 0, senior +1 (logits). */
double quiz_item_difficulty(const struct quiz_item *it);
/* The chance of answering by guessing: 1/options for single and true/false,
 * 1/(2^options - 1) for multiple choice, 1/lines for spot-the-bug, 1/events! for
 * ordering (typed letters), 0 for predict-the-output. */
double quiz_item_guess(const struct quiz_item *it);
/* The step size after n answers: K(n) = a / (1 + b * min(n, cap)). */
double quiz_step_global(int n);
double quiz_step_topic(int n);
/* P(right) = g + (1 - g) * sigmoid(theta_global + theta_topic - d). */
double quiz_predict(const struct quiz_learner *l, const struct quiz_item *it);
/* Learns from one answer and returns the prediction made before it. Ability moves
 * only on a learner's first attempt of the question (first_attempt is the caller's
 * word for it); other answers return the prediction and change nothing. */
double quiz_learn(struct quiz_learner *l, const struct quiz_item *it, bool correct,
                  bool first_attempt);
/* The level whose questions suit an ability: below -0.5 junior, below 0.5 mid,
 * else senior (for "your level in asyncio.gather: mid (+0.3)"). */
enum quiz_level quiz_level_for(double theta);

/* ---- Review: FSRS-6 (fsrs.c) ---------------------------------------------------- */

enum quiz_rating { QUIZ_AGAIN = 1, QUIZ_HARD = 2, QUIZ_GOOD = 3, QUIZ_EASY = 4 };
/* Where a question is in its review life: never seen, in (re)learning steps of
 * minutes, or on a schedule of days. */
enum quiz_phase { QUIZ_NEW, QUIZ_LEARNING, QUIZ_REVIEW, QUIZ_RELEARNING };

/* One learner's review state of one question. Zero-initialised = new. */
struct quiz_review {
    enum quiz_phase phase;
    int step;               /* index into the (re)learning steps */
    double stability;       /* days until retrievability falls to 90% */
    double difficulty;      /* 1 (easy) .. 10 (hard) */
    int64_t due;            /* unix seconds */
    int64_t last;           /* unix seconds of the last review */
    int reps, lapses;       /* reviews, and times forgotten after graduating */
};

/* The scheduler's parameters. quiz_fsrs_default is what looplab uses. */
struct quiz_fsrs {
    double w[21];           /* FSRS-6 weights */
    double retention;       /* desired retention */
    int max_interval;       /* days */
    int learn_steps[4];     /* seconds; a new question's steps before days */
    int nlearn;
    int relearn_steps[4];   /* seconds; a forgotten question's steps */
    int nrelearn;
};
extern const struct quiz_fsrs quiz_fsrs_default;

/* The memory model, each formula as published for FSRS-6 (see fsrs.c). */
double quiz_fsrs_retrievability(const struct quiz_fsrs *f, double days, double stability);
int quiz_fsrs_interval(const struct quiz_fsrs *f, double stability);
double quiz_fsrs_init_stability(const struct quiz_fsrs *f, enum quiz_rating g);
double quiz_fsrs_init_difficulty(const struct quiz_fsrs *f, enum quiz_rating g);
double quiz_fsrs_next_difficulty(const struct quiz_fsrs *f, double d, enum quiz_rating g);
double quiz_fsrs_recall_stability(const struct quiz_fsrs *f, double d, double s, double r,
                                  enum quiz_rating g);
double quiz_fsrs_forget_stability(const struct quiz_fsrs *f, double d, double s, double r);
double quiz_fsrs_short_term_stability(const struct quiz_fsrs *f, double s, enum quiz_rating g);

/* Stability and difficulty after one review `days` whole days after the previous
 * one (0 = the same day); stability 0 means a first review. */
struct quiz_memory {
    double stability, difficulty;
};
void quiz_fsrs_step(const struct quiz_fsrs *f, struct quiz_memory *m, int days,
                    enum quiz_rating g);

/* Rates a review at `now` and reschedules it: updates the memory, the phase, the
 * step, reps, lapses, last and due. Whole days elapsed are floor((now-last)/86400). */
void quiz_review_rate(const struct quiz_fsrs *f, struct quiz_review *rv, int64_t now,
                      enum quiz_rating g);
/* A right answer is Good, a wrong one Again. */
void quiz_review_answer(const struct quiz_fsrs *f, struct quiz_review *rv, int64_t now,
                        bool correct);
bool quiz_review_is_due(const struct quiz_review *rv, int64_t now);

/* ---- Choosing a quiz (pick.c) --------------------------------------------------- */

/* The questions to choose from, and (parallel, may be NULL = all new) their review
 * state for this learner. */
struct quiz_pool {
    const struct quiz_item *items;
    const struct quiz_review *reviews;
    int n;
};

enum quiz_mode {
    QUIZ_MIXED,     /* any topic: at most 2 per topic, at least 3 topics when possible */
    QUIZ_TOPIC,     /* one topic only (a lesson's quiz) */
    QUIZ_DUE,       /* due questions only, most overdue first (`quiz --review`) */
};

struct quiz_request {
    enum quiz_mode mode;
    const char *topic;      /* QUIZ_TOPIC: the topic */
    int level;              /* -1 any, else an enum quiz_level */
    int length;             /* questions wanted, at most QUIZ_MAX_LENGTH */
    int64_t now;            /* unix seconds, decides what is due */
    uint64_t seed;          /* exposure control; the caller varies it per quiz */
};

/* A quiz being assembled: pool indexes in order of asking. Zero-initialise. */
struct quiz_pick {
    int idx[QUIZ_MAX_LENGTH];
    bool review[QUIZ_MAX_LENGTH];  /* true if it filled a review slot */
    int n;
};

/* Chooses the next question and appends it to pk; returns its pool index, or -1 if
 * the quiz is complete or nothing suitable is left. Up to two review slots go to due
 * questions (most overdue first); the others to the question whose predicted chance
 * is nearest QUIZ_TARGET_P, unseen ones before seen ones, drawn from the best three
 * by the seed. Calling it after each answer (with the updated learner) adapts the
 * rest of the quiz to that answer. */
int quiz_pick_next(const struct quiz_pool *pool, const struct quiz_learner *l,
                   const struct quiz_request *rq, struct quiz_pick *pk);
/* The whole quiz at once; returns how many questions were chosen. */
int quiz_pick_all(const struct quiz_pool *pool, const struct quiz_learner *l,
                  const struct quiz_request *rq, struct quiz_pick *pk);

/* ---- Daily challenge and dates (daily.c) ----------------------------------------- */

/* The learner's local date for a moment: t shifted by the UTC offset in force at t
 * (tm_gmtoff, so DST is the caller's lookup) and back by the day-start hours (0-4: a
 * night owl's 01:30 still belongs to yesterday). Writes "YYYY-MM-DD"; returns 0, or
 * -1 (and "") if an argument is out of range. */
int quiz_local_date(time_t t, int utc_offset_seconds, int day_start_hours, char out[11]);
/* Days since 1970-01-01 of a strict "YYYY-MM-DD"; returns 0, or -1 if invalid. */
int quiz_date_parse(const char *date, int64_t *days);
/* The inverse: writes "YYYY-MM-DD" for days since 1970-01-01. */
void quiz_date_format(int64_t days, char out[11]);
/* "Daily #N": N = days since 2026-01-01 + 1 (2026-01-01 is #1; earlier dates give
 * N <= 0). Returns 0, or -1 for an invalid date. */
int quiz_daily_number(const char *date, int *n);
/* The day's five questions: two junior, two mid, one senior from five different
 * topics, ordered junior first. Questions are ranked by SplitMix64(fnv1a(date) ^
 * fnv1a(id)), so the same date and content give the same five anywhere. A small
 * pool relaxes distinct topics first, then the level mix. out gets pool indexes;
 * returns how many (QUIZ_LENGTH unless the pool is smaller). */
int quiz_daily_pick(const struct quiz_item *items, int n, const char *date,
                    int out[QUIZ_LENGTH]);

/* ---- Streaks (streak.c) --------------------------------------------------------- */

#define QUIZ_FREEZE_EVERY 7  /* a freeze is earned at every 7th day of a streak */
#define QUIZ_FREEZE_MAX 2    /* at most this many banked */

struct quiz_streak {
    int current;            /* practised days in the live streak (0 if broken) */
    int longest;
    int freezes;            /* banked now */
    int freezes_used;       /* over the whole history */
    bool today_done;        /* practised today */
};
/* Streaks from the local dates with practice ("YYYY-MM-DD", any order, repeats
 * allowed; dates after `today` are ignored) as seen on `today`. Consecutive dates
 * extend a streak; a single missed day is filled by a banked freeze if there is one
 * (the frozen day keeps the streak but does not count); two missed days in a row
 * break it, and banked freezes survive the break. The streak is still current when
 * the last practice was yesterday (today is not over). Dates, never seconds,
 * decide. Returns 0, or -1 if a date is invalid. */
int quiz_streak_compute(const char *const *dates, int n, const char *today,
                        struct quiz_streak *out);

#endif
