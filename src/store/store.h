/* store.h - the learner's progress in one SQLite file. This is the only module that
 * speaks SQL. Every function returns 0 on success, or -1 with store_error() saying
 * what went wrong in a sentence that names the file. */
#ifndef LOOPLAB_STORE_H
#define LOOPLAB_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct store store;

#define STORE_SCHEMA_VERSION 2

/* The default location: $LOOPLAB_DB, else $XDG_DATA_HOME/looplab/progress.db, else
 * ~/.local/share/looplab/progress.db. Returns a new string, or NULL without HOME. */
char *store_default_path(void);

/* Opens (creating with mode 0600 and parent directories if missing) and migrates.
 * A file that is not a looplab database, has a newer schema, or is corrupt is left
 * untouched and reported. On failure *out is NULL and err holds the message. */
int store_open(const char *path, store **out, char *err, size_t errlen);
void store_close(store *st);
const char *store_error(const store *st);

/* Transactions around several writes that must land together. */
int store_begin(store *st);
int store_commit(store *st);
void store_rollback(store *st);

/* Profiles. */
int store_profile_get(store *st, const char *name, bool create, int64_t *id);
typedef void (*store_name_fn)(void *ctx, const char *name, int64_t created);
int store_profile_list(store *st, store_name_fn fn, void *ctx);
int store_profile_delete(store *st, const char *name, bool *existed);

/* Lesson progress: the furthest page read, and whether the lesson was finished. */
struct lesson_progress {
    int page;      /* 1-based furthest page seen, 0 if never opened */
    int pages;
    bool completed;
};
int store_lesson_get(store *st, int64_t profile, const char *lesson, struct lesson_progress *out);
int store_lesson_set(store *st, int64_t profile, const char *lesson, int page, int pages);

/* Quizzes and attempts. */
int store_quiz_begin(store *st, int64_t profile, const char *kind, const char *topic,
                     const char *content_version, int64_t *quiz_id);
struct attempt_rec {
    int64_t quiz, profile;
    const char *question, *topic, *answer;
    bool correct;
    int64_t ms;
    double p;        /* the model's predicted chance of a right answer, or -1 if none */
};
/* Inserts the attempt and updates the quiz's tally (call inside a transaction when
 * other state must change with it). */
int store_attempt_add(store *st, const struct attempt_rec *a);
int store_quiz_finish(store *st, int64_t quiz_id);
/* How often this profile has answered a question, and how often right. */
int store_question_history(store *st, int64_t profile, const char *question, int *asked, int *right);

/* Statistics. */
typedef void (*store_topic_fn)(void *ctx, const char *topic, int attempts, int correct);
int store_topic_stats(store *st, int64_t profile, store_topic_fn fn, void *ctx);
int store_totals(store *st, int64_t profile, int *attempts, int *correct, int *quizzes,
                 int *lessons_done);

/* Ability per topic ("" is the global ability). */
typedef void (*store_skill_fn)(void *ctx, const char *topic, double theta, int n);
int store_skills_load(store *st, int64_t profile, store_skill_fn fn, void *ctx);
int store_skill_save(store *st, int64_t profile, const char *topic, double theta, int n);

/* Spaced-review state per question (the fields of the engine's FSRS record). */
struct store_review {
    int phase, step;
    double stability, difficulty;
    int64_t due, last;
    int reps, lapses;
};
typedef void (*store_review_fn)(void *ctx, const char *question, const struct store_review *r);
int store_reviews_load(store *st, int64_t profile, store_review_fn fn, void *ctx);
int store_review_save(store *st, int64_t profile, const char *question, const struct store_review *r);

/* Daily challenges done, by local date "YYYY-MM-DD". */
typedef void (*store_day_fn)(void *ctx, const char *day);
int store_daily_mark(store *st, int64_t profile, const char *day, int64_t quiz_id);
int store_daily_days(store *st, int64_t profile, store_day_fn fn, void *ctx);

/* Per-profile settings (day-start offset, streak display). */
int store_setting_get(store *st, int64_t profile, const char *key, char *out, size_t outlen);
int store_setting_set(store *st, int64_t profile, const char *key, const char *value);

/* When each answer was given (unix seconds) and whether it was right, oldest first:
 * practice days, heatmaps and accuracy over time. */
typedef void (*store_time_fn)(void *ctx, int64_t when, bool correct);
int store_practice_times(store *st, int64_t profile, store_time_fn fn, void *ctx);

/* Writes one profile's whole progress into a new looplab database at path (refused
 * if the file exists): what a learner hands to an instructor. */
int store_export(store *st, int64_t profile, const char *path);
/* Per question: attempts and right answers (the callback's "topic" is the question id). */
int store_question_stats(store *st, int64_t profile, store_topic_fn fn, void *ctx);
/* Every profile's id and name. */
int store_profile_ids(store *st, void (*fn)(void *ctx, int64_t id, const char *name), void *ctx);

#endif
