/* test_store.c - the SQLite store: creation, migration, refusal of foreign files, progress. */
#include "test.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "base/base.h"
#include "store/store.h"

static char *tmp_path(const char *name)
{
    return xasprintf("%s/%s", test_tmpdir(), name);
}

TEST(store_creates_file_0600_with_parents)
{
    char *path = tmp_path("a/b/c/progress.db");
    char err[600];
    store *st;
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), 0);
    struct stat sb;
    EXPECT_EQ_INT(stat(path, &sb), 0);
    EXPECT_EQ_INT(sb.st_mode & 0777, 0600);
    store_close(st);
    free(path);
}

TEST(store_reopen_keeps_progress)
{
    char *path = tmp_path("p.db");
    char err[600];
    store *st;
    int64_t pid, pid2;
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), 0);
    EXPECT_EQ_INT(store_profile_get(st, "default", true, &pid), 0);
    EXPECT_EQ_INT(store_lesson_set(st, pid, "why-async", 2, 5), 0);
    store_close(st);
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), 0);
    EXPECT_EQ_INT(store_profile_get(st, "default", false, &pid2), 0);
    EXPECT_EQ_INT(pid, pid2);
    struct lesson_progress p;
    EXPECT_EQ_INT(store_lesson_get(st, pid, "why-async", &p), 0);
    EXPECT_EQ_INT(p.page, 2);
    EXPECT_FALSE(p.completed);
    /* Reading an earlier page never moves progress back; the last page completes. */
    EXPECT_EQ_INT(store_lesson_set(st, pid, "why-async", 1, 5), 0);
    EXPECT_EQ_INT(store_lesson_get(st, pid, "why-async", &p), 0);
    EXPECT_EQ_INT(p.page, 2);
    EXPECT_EQ_INT(store_lesson_set(st, pid, "why-async", 5, 5), 0);
    EXPECT_EQ_INT(store_lesson_get(st, pid, "why-async", &p), 0);
    EXPECT_TRUE(p.completed);
    store_close(st);
    free(path);
}

TEST(store_refuses_text_file_untouched)
{
    char *path = tmp_path("notes.txt");
    FILE *f = fopen(path, "w");
    fputs("not a database at all, just some text that is long enough\n", f);
    fclose(f);
    char err[600];
    store *st;
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), -1);
    EXPECT_TRUE(st == NULL);
    EXPECT_TRUE(strstr(err, "not a looplab database") != NULL);
    EXPECT_TRUE(strstr(err, path) != NULL);
    size_t len;
    char *text = file_read(path, &len);
    EXPECT_EQ_STR(text, "not a database at all, just some text that is long enough\n");
    free(text);
    free(path);
}

static void count_topic(void *ctx, const char *topic, int attempts, int correct)
{
    int *sum = ctx;
    sum[0] += attempts;
    sum[1] += correct;
    (void)topic;
}

TEST(store_attempts_and_stats)
{
    char *path = tmp_path("q.db");
    char err[600];
    store *st;
    int64_t pid, quiz;
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), 0);
    EXPECT_EQ_INT(store_profile_get(st, "ada", true, &pid), 0);
    EXPECT_EQ_INT(store_quiz_begin(st, pid, "lesson", "why-async", "v1", &quiz), 0);
    for (int i = 0; i < 5; i++) {
        struct attempt_rec a = {quiz, pid, i < 3 ? "why-async/a" : "event-loop/b",
                                i < 3 ? "why-async" : "event-loop", "B", i % 2 == 0, 1200, 0.7};
        EXPECT_EQ_INT(store_begin(st), 0);
        EXPECT_EQ_INT(store_attempt_add(st, &a), 0);
        EXPECT_EQ_INT(store_commit(st), 0);
    }
    EXPECT_EQ_INT(store_quiz_finish(st, quiz), 0);
    int sum[2] = {0, 0};
    EXPECT_EQ_INT(store_topic_stats(st, pid, count_topic, sum), 0);
    EXPECT_EQ_INT(sum[0], 5);
    EXPECT_EQ_INT(sum[1], 3);
    int asked, right;
    EXPECT_EQ_INT(store_question_history(st, pid, "why-async/a", &asked, &right), 0);
    EXPECT_EQ_INT(asked, 3);
    EXPECT_EQ_INT(right, 2);
    int attempts, correct, quizzes, done;
    EXPECT_EQ_INT(store_totals(st, pid, &attempts, &correct, &quizzes, &done), 0);
    EXPECT_EQ_INT(attempts, 5);
    EXPECT_EQ_INT(quizzes, 1);
    store_close(st);
    free(path);
}

TEST(store_profile_delete_cascades)
{
    char *path = tmp_path("d.db");
    char err[600];
    store *st;
    int64_t pid, quiz;
    bool existed;
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), 0);
    EXPECT_EQ_INT(store_profile_get(st, "gone", true, &pid), 0);
    EXPECT_EQ_INT(store_quiz_begin(st, pid, "mixed", NULL, "v1", &quiz), 0);
    struct attempt_rec a = {quiz, pid, "x/y", "x", "A", true, 10, -1};
    EXPECT_EQ_INT(store_attempt_add(st, &a), 0);
    EXPECT_EQ_INT(store_profile_delete(st, "gone", &existed), 0);
    EXPECT_TRUE(existed);
    EXPECT_EQ_INT(store_profile_get(st, "gone", false, &pid), -1);
    int asked = -1, right = -1;
    EXPECT_EQ_INT(store_question_history(st, pid, "x/y", &asked, &right), 0);
    EXPECT_EQ_INT(asked, 0);
    store_close(st);
    free(path);
}

#include <sqlite3.h>

TEST(store_migrates_v1_to_current_keeping_data)
{
    char *path = tmp_path("old.db");
    char err[600];
    store *st;
    int64_t pid;
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), 0);
    EXPECT_EQ_INT(store_profile_get(st, "default", true, &pid), 0);
    store_close(st);
    /* Turn it back into a schema-1 database holding one review. */
    sqlite3 *db;
    EXPECT_EQ_INT(sqlite3_open(path, &db), SQLITE_OK);
    EXPECT_EQ_INT(sqlite3_exec(db,
        "ALTER TABLE review DROP COLUMN phase; ALTER TABLE review DROP COLUMN step;"
        "DROP TABLE setting; PRAGMA user_version = 1;"
        "INSERT INTO review(profile, question, stability, difficulty, due, last, reps, lapses)"
        " VALUES (1, 'a/b', 2.5, 5.0, 100, 50, 1, 0);", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    EXPECT_EQ_INT(store_open(path, &st, err, sizeof err), 0);
    EXPECT_EQ_INT(store_setting_set(st, 1, "day_start", "2"), 0);
    char v[16];
    EXPECT_EQ_INT(store_setting_get(st, 1, "day_start", v, sizeof v), 0);
    EXPECT_EQ_STR(v, "2");
    struct store_review r = {2, 1, 3.5, 4.0, 200, 150, 2, 1};
    EXPECT_EQ_INT(store_review_save(st, 1, "a/c", &r), 0);
    store_close(st);
    EXPECT_EQ_INT(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_stmt *s;
    EXPECT_EQ_INT(sqlite3_prepare_v2(db, "SELECT count(*), sum(stability), (SELECT user_version FROM pragma_user_version)"
                                         " FROM review", -1, &s, NULL), SQLITE_OK);
    EXPECT_EQ_INT(sqlite3_step(s), SQLITE_ROW);
    EXPECT_EQ_INT(sqlite3_column_int(s, 0), 2);
    EXPECT_NEAR(sqlite3_column_double(s, 1), 6.0, 1e-9);
    EXPECT_EQ_INT(sqlite3_column_int(s, 2), STORE_SCHEMA_VERSION);
    sqlite3_finalize(s);
    sqlite3_close(db);
    free(path);
}
