/* store.c - SQLite persistence: safe open, migrations by PRAGMA user_version, and the
 * prepared statements the rest of looplab needs. A file we did not make is never written. */
#include "store/store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/base.h"

/* 'LoLa': marks a file as ours so that another program's database is never migrated. */
#define STORE_APPLICATION_ID 0x4c6f4c61

struct store {
    sqlite3 *db;
    char *path;
    char err[512];
};

/* Migration N takes a database from user_version N-1 to N, in one transaction. */
static const char *const migrations[] = {
    /* 1: the first schema. */
    "CREATE TABLE profile(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    "  created INTEGER NOT NULL);"
    "CREATE TABLE lesson_progress(profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  lesson TEXT NOT NULL, page INTEGER NOT NULL, pages INTEGER NOT NULL, completed INTEGER,"
    "  updated INTEGER NOT NULL, PRIMARY KEY(profile, lesson));"
    "CREATE TABLE quiz(id INTEGER PRIMARY KEY,"
    "  profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  kind TEXT NOT NULL, topic TEXT, started INTEGER NOT NULL, finished INTEGER,"
    "  asked INTEGER NOT NULL DEFAULT 0, correct INTEGER NOT NULL DEFAULT 0, content_version TEXT);"
    "CREATE TABLE attempt(id INTEGER PRIMARY KEY,"
    "  quiz INTEGER NOT NULL REFERENCES quiz(id) ON DELETE CASCADE,"
    "  profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  question TEXT NOT NULL, topic TEXT NOT NULL, answer TEXT NOT NULL,"
    "  correct INTEGER NOT NULL, ms INTEGER NOT NULL, p REAL, created INTEGER NOT NULL);"
    "CREATE INDEX attempt_by_topic ON attempt(profile, topic);"
    "CREATE INDEX attempt_by_question ON attempt(profile, question);"
    "CREATE TABLE skill(profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  topic TEXT NOT NULL, theta REAL NOT NULL, n INTEGER NOT NULL, PRIMARY KEY(profile, topic));"
    "CREATE TABLE review(profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  question TEXT NOT NULL, stability REAL NOT NULL, difficulty REAL NOT NULL,"
    "  due INTEGER NOT NULL, last INTEGER NOT NULL, reps INTEGER NOT NULL, lapses INTEGER NOT NULL,"
    "  PRIMARY KEY(profile, question));"
    "CREATE TABLE daily(profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  day TEXT NOT NULL, quiz INTEGER REFERENCES quiz(id) ON DELETE SET NULL,"
    "  PRIMARY KEY(profile, day));",
    /* 2: review phases of FSRS learning steps, and per-profile settings. */
    "ALTER TABLE review ADD COLUMN phase INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE review ADD COLUMN step INTEGER NOT NULL DEFAULT 0;"
    "CREATE TABLE setting(profile INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
    "  key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(profile, key));",
};

static void set_err(store *st, const char *fmt, ...) LL_PRINTF(2, 3);
static void set_err(store *st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(st->err, sizeof st->err, fmt, ap);
    va_end(ap);
}

static int sql_fail(store *st, const char *what)
{
    int code = sqlite3_extended_errcode(st->db);
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        set_err(st, "%s: the database is locked by another program (is another looplab running?)",
                st->path);
    else if ((code & 0xff) == SQLITE_READONLY || (code & 0xff) == SQLITE_CANTOPEN ||
             (code & 0xff) == SQLITE_PERM)
        set_err(st, "%s: cannot write (%s); check the permissions of the file and its directory,"
                    " or choose another with --db", st->path, sqlite3_errmsg(st->db));
    else
        set_err(st, "%s: %s failed: %s", st->path, what, sqlite3_errmsg(st->db));
    return -1;
}

const char *store_error(const store *st)
{
    return st->err;
}

char *store_default_path(void)
{
    const char *env = getenv("LOOPLAB_DB");
    if (env && *env)
        return xstrdup(env);
    const char *xdg = getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/')
        return xasprintf("%s/looplab/progress.db", xdg);
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    return xasprintf("%s/.local/share/looplab/progress.db", home);
}

static int exec(store *st, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        sqlite3_free(msg);
        return sql_fail(st, "a statement");
    }
    return 0;
}

static sqlite3_stmt *prep(store *st, const char *sql)
{
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
        sql_fail(st, "preparing a query");
        return NULL;
    }
    return s;
}

/* Runs a statement that returns one integer (a PRAGMA); -1 with the error set on failure. */
static int query_int(store *st, const char *sql, long long *out)
{
    sqlite3_stmt *s = prep(st, sql);
    if (!s)
        return -1;
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_int64(s, 0);
    else if (rc == SQLITE_DONE)
        *out = 0;
    sqlite3_finalize(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : sql_fail(st, "reading");
}

/* Looks at an existing file read-only and refuses anything that is not a healthy
 * looplab database we know how to migrate. Nothing is written. */
static int inspect_existing(store *st, off_t size)
{
    /* Check the magic ourselves: SQLite would treat a short file as an empty database. */
    if (size > 0) {
        char magic[16] = {0};
        FILE *f = fopen(st->path, "rb");
        size_t got = f ? fread(magic, 1, sizeof magic, f) : 0;
        if (f)
            fclose(f);
        if (got < sizeof magic || memcmp(magic, "SQLite format 3", 16) != 0 || size < 512) {
            set_err(st, "%s is not a looplab database (%s); it was left untouched: move it away "
                        "or choose another file with --db", st->path,
                    got == sizeof magic && memcmp(magic, "SQLite format 3", 16) == 0
                        ? "it is truncated" : "it is not a SQLite file");
            return -1;
        }
    }
    if (sqlite3_open_v2(st->path, &st->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        return sql_fail(st, "opening");
    long long app_id = 0, version = 0, tables = 0;
    int rc = -1;
    if (query_int(st, "PRAGMA application_id", &app_id) != 0 ||
        query_int(st, "PRAGMA user_version", &version) != 0 ||
        query_int(st, "SELECT count(*) FROM sqlite_master", &tables) != 0) {
        int code = sqlite3_errcode(st->db);
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
            set_err(st, "%s is not a looplab database (%s); it was left untouched: "
                        "move it away or choose another file with --db",
                    st->path, sqlite3_errmsg(st->db));
        goto done;
    }
    if (app_id != STORE_APPLICATION_ID && (app_id != 0 || version != 0 || tables != 0)) {
        set_err(st, "%s is a SQLite database of another program, not looplab's; it was left "
                    "untouched: choose another file with --db", st->path);
        goto done;
    }
    if (version > STORE_SCHEMA_VERSION) {
        set_err(st, "%s was written by a newer looplab (schema %lld; this one knows %d); it was "
                    "left untouched: upgrade looplab or use another file with --db",
                st->path, version, STORE_SCHEMA_VERSION);
        goto done;
    }
    sqlite3_stmt *s = prep(st, "PRAGMA quick_check");
    if (!s)
        goto done;
    int step = sqlite3_step(s);
    const char *res = step == SQLITE_ROW ? (const char *)sqlite3_column_text(s, 0) : NULL;
    if (!res || strcmp(res, "ok") != 0) {
        set_err(st, "%s is damaged (%s); it was left untouched: restore a backup, or move it away "
                    "to start afresh", st->path, res ? res : sqlite3_errmsg(st->db));
        sqlite3_finalize(s);
        goto done;
    }
    sqlite3_finalize(s);
    rc = 0;
done:
    sqlite3_close(st->db);
    st->db = NULL;
    return rc;
}

static int create_file(store *st)
{
    char *dir = xstrdup(st->path);
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = '\0';
        if (mkdir_p(dir, 0700) != 0) {
            set_err(st, "cannot create directory %s: %s; choose another place with --db or "
                        "LOOPLAB_DB", dir, strerror(errno));
            free(dir);
            return -1;
        }
    }
    free(dir);
    int fd = open(st->path, O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0 && errno != EEXIST) {
        set_err(st, "cannot create %s: %s; choose another place with --db or LOOPLAB_DB",
                st->path, strerror(errno));
        return -1;
    }
    if (fd >= 0)
        close(fd);
    return 0;
}

static int migrate(store *st)
{
    long long version = 0;
    if (query_int(st, "PRAGMA user_version", &version) != 0)
        return -1;
    for (long long v = version + 1; v <= (long long)LL_ARRAY_LEN(migrations); v++) {
        char pragma[128];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version = %lld; PRAGMA application_id = %d;",
                 v, STORE_APPLICATION_ID);
        if (exec(st, "BEGIN IMMEDIATE") != 0)
            return -1;
        if (exec(st, migrations[v - 1]) != 0 || exec(st, pragma) != 0) {
            char saved[sizeof st->err];
            memcpy(saved, st->err, sizeof saved);
            store_rollback(st);
            memcpy(st->err, saved, sizeof saved);
            return -1;
        }
        if (store_commit(st) != 0)
            return -1;
    }
    return 0;
}

int store_open(const char *path, store **out, char *err, size_t errlen)
{
    store *st = xcalloc(1, sizeof *st);
    st->path = xstrdup(path);
    *out = NULL;
    struct stat sb;
    int rc = -1;
    if (stat(path, &sb) == 0) {
        if (!S_ISREG(sb.st_mode)) {
            set_err(st, "%s is not a regular file; choose another with --db", path);
            goto fail;
        }
        if (inspect_existing(st, sb.st_size) != 0)
            goto fail;
    } else if (create_file(st) != 0) {
        goto fail;
    }
    if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
        sql_fail(st, "opening");
        goto fail;
    }
    sqlite3_busy_timeout(st->db, 5000);
    if (exec(st, "PRAGMA journal_mode = WAL") != 0 || exec(st, "PRAGMA foreign_keys = ON") != 0 ||
        migrate(st) != 0)
        goto fail;
    *out = st;
    rc = 0;
fail:
    if (rc != 0) {
        snprintf(err, errlen, "%s", st->err[0] ? st->err : "cannot open the database");
        store_close(st);
    }
    return rc;
}

void store_close(store *st)
{
    if (!st)
        return;
    if (st->db)
        sqlite3_close(st->db);
    free(st->path);
    free(st);
}

int store_begin(store *st)
{
    return exec(st, "BEGIN IMMEDIATE");
}

int store_commit(store *st)
{
    return exec(st, "COMMIT");
}

void store_rollback(store *st)
{
    sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Steps a write statement to completion and finalizes it. */
static int step_done(store *st, sqlite3_stmt *s, const char *what)
{
    int rc = sqlite3_step(s);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, what);
}

static void bind_text(sqlite3_stmt *s, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

int store_profile_get(store *st, const char *name, bool create, int64_t *id)
{
    sqlite3_stmt *s = prep(st, "SELECT id FROM profile WHERE name = ?1");
    if (!s)
        return -1;
    bind_text(s, 1, name);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *id = sqlite3_column_int64(s, 0);
        sqlite3_finalize(s);
        return 0;
    }
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE)
        return sql_fail(st, "reading profiles");
    if (!create) {
        set_err(st, "no profile '%s' (see looplab profile list)", name);
        return -1;
    }
    s = prep(st, "INSERT INTO profile(name, created) VALUES (?1, ?2)");
    if (!s)
        return -1;
    bind_text(s, 1, name);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
    if (step_done(st, s, "creating the profile") != 0)
        return -1;
    *id = sqlite3_last_insert_rowid(st->db);
    return 0;
}

int store_profile_list(store *st, store_name_fn fn, void *ctx)
{
    sqlite3_stmt *s = prep(st, "SELECT name, created FROM profile ORDER BY name");
    if (!s)
        return -1;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        fn(ctx, (const char *)sqlite3_column_text(s, 0), sqlite3_column_int64(s, 1));
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, "listing profiles");
}

int store_profile_delete(store *st, const char *name, bool *existed)
{
    sqlite3_stmt *s = prep(st, "DELETE FROM profile WHERE name = ?1");
    if (!s)
        return -1;
    bind_text(s, 1, name);
    if (step_done(st, s, "removing the profile") != 0)
        return -1;
    *existed = sqlite3_changes(st->db) > 0;
    return 0;
}

int store_lesson_get(store *st, int64_t profile, const char *lesson, struct lesson_progress *out)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *s = prep(st, "SELECT page, pages, completed IS NOT NULL FROM lesson_progress"
                               " WHERE profile = ?1 AND lesson = ?2");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, lesson);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        out->page = sqlite3_column_int(s, 0);
        out->pages = sqlite3_column_int(s, 1);
        out->completed = sqlite3_column_int(s, 2) != 0;
    }
    sqlite3_finalize(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : sql_fail(st, "reading lesson progress");
}

int store_lesson_set(store *st, int64_t profile, const char *lesson, int page, int pages)
{
    /* The furthest page is kept; reaching the last page completes the lesson for good. */
    sqlite3_stmt *s = prep(st,
        "INSERT INTO lesson_progress(profile, lesson, page, pages, completed, updated)"
        " VALUES (?1, ?2, ?3, ?4, CASE WHEN ?3 >= ?4 THEN ?5 END, ?5)"
        " ON CONFLICT(profile, lesson) DO UPDATE SET page = max(page, excluded.page),"
        "  pages = excluded.pages, completed = coalesce(completed, excluded.completed),"
        "  updated = excluded.updated");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, lesson);
    sqlite3_bind_int(s, 3, page);
    sqlite3_bind_int(s, 4, pages);
    sqlite3_bind_int64(s, 5, (sqlite3_int64)time(NULL));
    return step_done(st, s, "saving lesson progress");
}

int store_quiz_begin(store *st, int64_t profile, const char *kind, const char *topic,
                     const char *content_version, int64_t *quiz_id)
{
    sqlite3_stmt *s = prep(st, "INSERT INTO quiz(profile, kind, topic, started, content_version)"
                               " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, kind);
    bind_text(s, 3, topic);
    sqlite3_bind_int64(s, 4, (sqlite3_int64)time(NULL));
    bind_text(s, 5, content_version);
    if (step_done(st, s, "starting the quiz") != 0)
        return -1;
    *quiz_id = sqlite3_last_insert_rowid(st->db);
    return 0;
}

int store_attempt_add(store *st, const struct attempt_rec *a)
{
    sqlite3_stmt *s = prep(st,
        "INSERT INTO attempt(quiz, profile, question, topic, answer, correct, ms, p, created)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, a->quiz);
    sqlite3_bind_int64(s, 2, a->profile);
    bind_text(s, 3, a->question);
    bind_text(s, 4, a->topic);
    bind_text(s, 5, a->answer);
    sqlite3_bind_int(s, 6, a->correct);
    sqlite3_bind_int64(s, 7, a->ms);
    if (a->p >= 0)
        sqlite3_bind_double(s, 8, a->p);
    else
        sqlite3_bind_null(s, 8);
    sqlite3_bind_int64(s, 9, (sqlite3_int64)time(NULL));
    if (step_done(st, s, "saving the answer") != 0)
        return -1;
    s = prep(st, "UPDATE quiz SET asked = asked + 1, correct = correct + ?2 WHERE id = ?1");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, a->quiz);
    sqlite3_bind_int(s, 2, a->correct);
    return step_done(st, s, "saving the answer");
}

int store_quiz_finish(store *st, int64_t quiz_id)
{
    sqlite3_stmt *s = prep(st, "UPDATE quiz SET finished = ?2 WHERE id = ?1");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, quiz_id);
    sqlite3_bind_int64(s, 2, (sqlite3_int64)time(NULL));
    return step_done(st, s, "finishing the quiz");
}

int store_question_history(store *st, int64_t profile, const char *question, int *asked, int *right)
{
    sqlite3_stmt *s = prep(st, "SELECT count(*), coalesce(sum(correct), 0) FROM attempt"
                               " WHERE profile = ?1 AND question = ?2");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, question);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *asked = sqlite3_column_int(s, 0);
        *right = sqlite3_column_int(s, 1);
    }
    sqlite3_finalize(s);
    return rc == SQLITE_ROW ? 0 : sql_fail(st, "reading attempts");
}

int store_topic_stats(store *st, int64_t profile, store_topic_fn fn, void *ctx)
{
    sqlite3_stmt *s = prep(st, "SELECT topic, count(*), sum(correct) FROM attempt"
                               " WHERE profile = ?1 GROUP BY topic ORDER BY topic");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        fn(ctx, (const char *)sqlite3_column_text(s, 0), sqlite3_column_int(s, 1),
           sqlite3_column_int(s, 2));
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, "reading statistics");
}

int store_totals(store *st, int64_t profile, int *attempts, int *correct, int *quizzes,
                 int *lessons_done)
{
    sqlite3_stmt *s = prep(st,
        "SELECT (SELECT count(*) FROM attempt WHERE profile = ?1),"
        " (SELECT coalesce(sum(correct), 0) FROM attempt WHERE profile = ?1),"
        " (SELECT count(*) FROM quiz WHERE profile = ?1 AND asked > 0),"
        " (SELECT count(*) FROM lesson_progress WHERE profile = ?1 AND completed IS NOT NULL)");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        *attempts = sqlite3_column_int(s, 0);
        *correct = sqlite3_column_int(s, 1);
        *quizzes = sqlite3_column_int(s, 2);
        *lessons_done = sqlite3_column_int(s, 3);
    }
    sqlite3_finalize(s);
    return rc == SQLITE_ROW ? 0 : sql_fail(st, "reading statistics");
}

int store_skills_load(store *st, int64_t profile, store_skill_fn fn, void *ctx)
{
    sqlite3_stmt *s = prep(st, "SELECT topic, theta, n FROM skill WHERE profile = ?1 ORDER BY topic");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        fn(ctx, (const char *)sqlite3_column_text(s, 0), sqlite3_column_double(s, 1), sqlite3_column_int(s, 2));
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, "reading abilities");
}

int store_skill_save(store *st, int64_t profile, const char *topic, double theta, int n)
{
    sqlite3_stmt *s = prep(st, "INSERT INTO skill(profile, topic, theta, n) VALUES (?1, ?2, ?3, ?4)"
                               " ON CONFLICT(profile, topic) DO UPDATE SET theta = excluded.theta, n = excluded.n");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, topic);
    sqlite3_bind_double(s, 3, theta);
    sqlite3_bind_int(s, 4, n);
    return step_done(st, s, "saving ability");
}

int store_reviews_load(store *st, int64_t profile, store_review_fn fn, void *ctx)
{
    sqlite3_stmt *s = prep(st, "SELECT question, phase, step, stability, difficulty, due, last, reps, lapses"
                               " FROM review WHERE profile = ?1");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        struct store_review r = {sqlite3_column_int(s, 1), sqlite3_column_int(s, 2), sqlite3_column_double(s, 3),
                                 sqlite3_column_double(s, 4), sqlite3_column_int64(s, 5),
                                 sqlite3_column_int64(s, 6), sqlite3_column_int(s, 7), sqlite3_column_int(s, 8)};
        fn(ctx, (const char *)sqlite3_column_text(s, 0), &r);
    }
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, "reading reviews");
}

int store_review_save(store *st, int64_t profile, const char *question, const struct store_review *r)
{
    sqlite3_stmt *s = prep(st,
        "INSERT INTO review(profile, question, phase, step, stability, difficulty, due, last, reps, lapses)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(profile, question) DO UPDATE SET"
        " phase = excluded.phase, step = excluded.step, stability = excluded.stability,"
        " difficulty = excluded.difficulty, due = excluded.due, last = excluded.last,"
        " reps = excluded.reps, lapses = excluded.lapses");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, question);
    sqlite3_bind_int(s, 3, r->phase);
    sqlite3_bind_int(s, 4, r->step);
    sqlite3_bind_double(s, 5, r->stability);
    sqlite3_bind_double(s, 6, r->difficulty);
    sqlite3_bind_int64(s, 7, r->due);
    sqlite3_bind_int64(s, 8, r->last);
    sqlite3_bind_int(s, 9, r->reps);
    sqlite3_bind_int(s, 10, r->lapses);
    return step_done(st, s, "saving the review schedule");
}

int store_daily_mark(store *st, int64_t profile, const char *day, int64_t quiz_id)
{
    sqlite3_stmt *s = prep(st, "INSERT INTO daily(profile, day, quiz) VALUES (?1, ?2, ?3)"
                               " ON CONFLICT(profile, day) DO NOTHING");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, day);
    sqlite3_bind_int64(s, 3, quiz_id);
    return step_done(st, s, "saving the daily challenge");
}

int store_daily_days(store *st, int64_t profile, store_day_fn fn, void *ctx)
{
    sqlite3_stmt *s = prep(st, "SELECT day FROM daily WHERE profile = ?1 ORDER BY day");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        fn(ctx, (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, "reading daily challenges");
}

int store_setting_get(store *st, int64_t profile, const char *key, char *out, size_t outlen)
{
    out[0] = '\0';
    sqlite3_stmt *s = prep(st, "SELECT value FROM setting WHERE profile = ?1 AND key = ?2");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, key);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        snprintf(out, outlen, "%s", (const char *)sqlite3_column_text(s, 0));
    sqlite3_finalize(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : sql_fail(st, "reading settings");
}

int store_setting_set(store *st, int64_t profile, const char *key, const char *value)
{
    sqlite3_stmt *s = prep(st, "INSERT INTO setting(profile, key, value) VALUES (?1, ?2, ?3)"
                               " ON CONFLICT(profile, key) DO UPDATE SET value = excluded.value");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    bind_text(s, 2, key);
    bind_text(s, 3, value);
    return step_done(st, s, "saving settings");
}

int store_practice_times(store *st, int64_t profile, store_time_fn fn, void *ctx)
{
    sqlite3_stmt *s = prep(st, "SELECT created, correct FROM attempt WHERE profile = ?1 ORDER BY created");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        fn(ctx, sqlite3_column_int64(s, 0), sqlite3_column_int(s, 1) != 0);
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, "reading practice history");
}

int store_export(store *st, int64_t profile, const char *path)
{
    struct stat sb;
    if (stat(path, &sb) == 0) {
        set_err(st, "%s already exists; choose a new file name (nothing is ever overwritten)", path);
        return -1;
    }
    char err[600];
    store *out;
    if (store_open(path, &out, err, sizeof err) != 0) {
        set_err(st, "%s", err);
        return -1;
    }
    store_close(out);
    static const char *const tables[] = {"lesson_progress", "quiz", "attempt", "skill", "review", "daily", "setting"};
    sqlite3_stmt *s = prep(st, "ATTACH ?1 AS export");
    if (!s)
        return -1;
    bind_text(s, 1, path);
    if (step_done(st, s, "opening the export") != 0)
        return -1;
    int rc = store_begin(st);
    char sql[256];
    snprintf(sql, sizeof sql, "INSERT INTO export.profile SELECT * FROM main.profile WHERE id = %lld",
             (long long)profile);
    rc = rc ? rc : exec(st, sql);
    for (size_t i = 0; i < LL_ARRAY_LEN(tables) && rc == 0; i++) {
        snprintf(sql, sizeof sql, "INSERT INTO export.%s SELECT * FROM main.%s WHERE profile = %lld", tables[i],
                 tables[i], (long long)profile);
        rc = exec(st, sql);
    }
    if (rc == 0)
        rc = store_commit(st);
    else
        store_rollback(st);
    sqlite3_exec(st->db, "DETACH export", NULL, NULL, NULL);
    return rc;
}

int store_question_stats(store *st, int64_t profile, store_topic_fn fn, void *ctx)
{
    sqlite3_stmt *s = prep(st, "SELECT question, count(*), sum(correct) FROM attempt WHERE profile = ?1"
                               " GROUP BY question ORDER BY question");
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, profile);
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        fn(ctx, (const char *)sqlite3_column_text(s, 0), sqlite3_column_int(s, 1), sqlite3_column_int(s, 2));
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, "reading statistics");
}

int store_profile_ids(store *st, void (*fn)(void *ctx, int64_t id, const char *name), void *ctx)
{
    sqlite3_stmt *s = prep(st, "SELECT id, name FROM profile ORDER BY name");
    if (!s)
        return -1;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW)
        fn(ctx, sqlite3_column_int64(s, 0), (const char *)sqlite3_column_text(s, 1));
    sqlite3_finalize(s);
    return rc == SQLITE_DONE ? 0 : sql_fail(st, "listing profiles");
}
