/* cmd_report.c - workshops: `looplab export [FILE]` writes a learner's progress to a
 * file of its own; `looplab report FILE...` reads such files (or whole databases) and
 * prints a class report: each learner, each topic, and the questions the class found
 * hardest. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "content/content.h"
#include "line/plain.h"
#include "quiz/engine.h"
#include "session/session.h"
#include "store/store.h"

int cmd_export(struct app *app, int argc, char **argv)
{
    if (argc > 1 || (argc == 1 && argv[0][0] == '-')) {
        cli_error("usage: looplab export [FILE]");
        return EXIT_USAGE;
    }
    long long pid;
    struct store *st = app_store(app, &pid);
    if (!st)
        return EXIT_FAIL;
    char name[300];
    if (argc == 1)
        snprintf(name, sizeof name, "%s", argv[0]);
    else {
        char day[16];
        time_t now = time(NULL);
        struct tm tm;
        localtime_r(&now, &tm);
        strftime(day, sizeof day, "%Y-%m-%d", &tm);
        snprintf(name, sizeof name, "looplab-%s-%s.db", app->profile, day);
    }
    if (store_export(st, pid, name) != 0) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    printf("Progress of %s written to %s: hand this file to your instructor (looplab report).\n",
           app->profile, name);
    return EXIT_OK;
}

struct tally {
    char *key;
    int attempts, correct, learners;
};

struct report {
    const struct content *c;
    struct tally *topics, *questions;
    int ntopics, nquestions;
    struct store *st;
    const char *file;
    int learners;
};

static struct tally *tally_find(struct tally **v, int *n, const char *key)
{
    for (int i = 0; i < *n; i++)
        if (strcmp((*v)[i].key, key) == 0)
            return &(*v)[i];
    *v = xrealloc(*v, sizeof **v * (size_t)(*n + 1));
    (*v)[*n] = (struct tally){xstrdup(key), 0, 0, 0};
    return &(*v)[(*n)++];
}

static void add_topic(void *ctx, const char *topic, int attempts, int correct)
{
    struct report *r = ctx;
    struct tally *t = tally_find(&r->topics, &r->ntopics, topic);
    t->attempts += attempts;
    t->correct += correct;
    t->learners++;
}

static void add_question(void *ctx, const char *question, int attempts, int correct)
{
    struct report *r = ctx;
    struct tally *t = tally_find(&r->questions, &r->nquestions, question);
    t->attempts += attempts;
    t->correct += correct;
    t->learners++;
}

static void learner_row(void *ctx, int64_t id, const char *name)
{
    struct report *r = ctx;
    int attempts = 0, correct = 0, quizzes = 0, done = 0;
    struct quiz_learner l;
    if (store_totals(r->st, id, &attempts, &correct, &quizzes, &done) != 0 ||
        session_load_learner(r->st, id, &l) != 0) {
        cli_warn("%s", store_error(r->st));
        return;
    }
    char *who = xasprintf("%s (%s)", name, r->file);
    plain_pad(stdout, who, 40);
    printf(" %5d %7d %7.0f%%  %s\n", done, attempts, attempts ? 100.0 * correct / attempts : 0.0,
           attempts ? q_level_names[quiz_level_for(l.theta)] : "-");
    free(who);
    quiz_learner_free(&l);
    r->learners++;
    if (store_topic_stats(r->st, id, add_topic, r) != 0 || store_question_stats(r->st, id, add_question, r) != 0)
        cli_warn("%s", store_error(r->st));
}

static int cmp_hardest(const void *a, const void *b)
{
    const struct tally *x = a, *y = b;
    double px = (double)x->correct / x->attempts, py = (double)y->correct / y->attempts;
    return px < py ? -1 : px > py ? 1 : y->attempts - x->attempts;
}

static void print_summary(struct report *r)
{
    printf("\n%-32s %9s %8s %9s\n", "Topic", "Learners", "Answers", "Accuracy");
    for (int i = 0; i < r->c->nlessons; i++) {
        const struct lesson *l = &r->c->lessons[i];
        for (int k = 0; k < r->ntopics; k++)
            if (strcmp(r->topics[k].key, l->id) == 0) {
                const struct tally *t = &r->topics[k];
                plain_pad(stdout, l->title, 32);
                printf(" %9d %8d %8.0f%%\n", t->learners, t->attempts, 100.0 * t->correct / t->attempts);
            }
    }
    /* The hardest questions: answered at least twice, and not always right. */
    int n = 0;
    for (int i = 0; i < r->nquestions; i++)
        if (r->questions[i].attempts >= 2 && r->questions[i].correct < r->questions[i].attempts)
            r->questions[n++] = r->questions[i];
        else
            free(r->questions[i].key);
    r->nquestions = n;
    if (n > 1)
        qsort(r->questions, (size_t)n, sizeof *r->questions, cmp_hardest);
    if (n)
        printf("\nHardest questions (worth going over together):\n");
    for (int i = 0; i < n && i < 5; i++)
        printf("  %3.0f%% of %2d  %s\n", 100.0 * r->questions[i].correct / r->questions[i].attempts,
               r->questions[i].attempts, r->questions[i].key);
}

int cmd_report(struct app *app, int argc, char **argv)
{
    if (argc == 0) {
        cli_error("usage: looplab report FILE... (files made by looplab export, or whole databases)");
        return EXIT_USAGE;
    }
    struct report r = {0};
    r.c = app_content(app);
    printf("%-40s %5s %7s %8s  %s\n", "Learner", "Done", "Answers", "Accuracy", "Level");
    int status = EXIT_OK;
    for (int i = 0; i < argc; i++) {
        char err[600];
        if (access(argv[i], R_OK) != 0) {
            cli_error("cannot read %s", argv[i]);
            status = EXIT_FAIL;
            continue;
        }
        if (store_open(argv[i], &r.st, err, sizeof err) != 0) {
            cli_error("%s", err);
            status = EXIT_FAIL;
            continue;
        }
        r.file = argv[i];
        if (store_profile_ids(r.st, learner_row, &r) != 0) {
            cli_error("%s", store_error(r.st));
            status = EXIT_FAIL;
        }
        store_close(r.st);
    }
    printf("%d learner%s\n", r.learners, r.learners == 1 ? "" : "s");
    print_summary(&r);
    for (int i = 0; i < r.ntopics; i++)
        free(r.topics[i].key);
    for (int i = 0; i < r.nquestions; i++)
        free(r.questions[i].key);
    free(r.topics);
    free(r.questions);
    return status;
}
