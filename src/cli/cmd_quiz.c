/* cmd_quiz.c - `looplab quiz [TOPIC] [--level L] [--review]` in plain mode: five questions,
 * answers read line by line from stdin, each answer committed before its feedback. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "content/content.h"
#include "line/plain.h"
#include "quiz/judge.h"
#include "store/store.h"

#define QUIZ_LEN 5

struct candidate {
    const struct question *q;
    int asked, right;
    uint64_t tie;
};

/* Never-asked questions first, then the least mastered; ties by a per-quiz hash so that
 * repeated quizzes vary. (The adaptive engine of src/quiz replaces this ranking.) */
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

static int pick(struct store *st, long long pid, const struct content *c, const char *topic,
                int level, uint64_t seed, const struct question **out)
{
    struct candidate *cand = xcalloc((size_t)c->nquestions + 1, sizeof *cand);
    int n = 0;
    for (int i = 0; i < c->nquestions; i++) {
        const struct question *q = &c->questions[i];
        if ((topic && strcmp(q->topic, topic) != 0) || (level >= 0 && q->level != (enum q_level)level))
            continue;
        struct candidate *k = &cand[n++];
        k->q = q;
        k->tie = hash_splitmix64(seed ^ hash_fnv1a(q->id, strlen(q->id), HASH_FNV_INIT));
        if (store_question_history(st, pid, q->id, &k->asked, &k->right) != 0) {
            free(cand);
            return -1;
        }
    }
    if (n > 1)
        qsort(cand, (size_t)n, sizeof *cand, cmp_candidate);
    /* Mixed quizzes take at most two questions per topic. */
    int got = 0;
    for (int i = 0; i < n && got < QUIZ_LEN; i++) {
        int same = 0;
        for (int j = 0; j < got; j++)
            same += strcmp(out[j]->topic, cand[i].q->topic) == 0;
        if (topic || same < 2)
            out[got++] = cand[i].q;
    }
    free(cand);
    return got;
}

static void show_question(const struct question *q, int i, int n, const int *perm, int width)
{
    printf("\nQuestion %d/%d  [%s, %s]\n\n", i + 1, n, q->topic, q_level_names[q->level]);
    plain_markdown(stdout, q->prompt, width, 0);
    if (q->kind == Q_BUG) {
        printf("\n");
        int line = 1;
        for (const char *p = q->code; *p; line++) {
            const char *e = strchr(p, '\n');
            int len = e ? (int)(e - p) : (int)strlen(p);
            printf("  %2d | %.*s\n", line, len, p);
            p += len + (e != NULL);
        }
    }
    if (q->kind == Q_SINGLE || q->kind == Q_MULTI || q->kind == Q_TRUEFALSE || q->kind == Q_ORDER) {
        printf("\n");
        for (int k = 0; k < q->nopts; k++) {
            const char *text = q->kind == Q_ORDER ? q->opts[perm[k]].text : q->opts[k].text;
            char *md = xasprintf("%c. %s", 'A' + k, text);
            plain_markdown(stdout, md, width, 2);
            free(md);
        }
    }
    static const char *const ask[Q_NKINDS] = {
        "Your answer (a letter)", "Your answer (one or more letters)", "True or false (t/f)",
        "Type the output (lines separated by spaces)", "Which line has the bug",
        "Type the letters in the order the events happen"};
    printf("\n%s: ", ask[q->kind]);
    fflush(stdout);
}

static void show_feedback(const struct question *q, const struct verdict *v, const int *perm, int width)
{
    if (v->correct)
        printf("Right.\n");
    else {
        char *want = judge_expected(q, perm);
        printf("Not quite: the answer is %s.\n", want);
        free(want);
        if (v->note) {
            char *md = xasprintf("Why not %s: %s", v->answer, v->note);
            plain_markdown(stdout, md, width, 0);
            free(md);
        }
    }
    printf("\n");
    plain_markdown(stdout, q->explanation, width, 0);
}

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Asks one question until the answer can be read; 1 answered, 0 skipped, -1 end of input. */
static int ask_one(const struct question *q, const int *perm, struct verdict *v, long long *ms)
{
    long long t0 = now_ms();
    for (;;) {
        char *line = plain_read_line();
        if (!line)
            return -1;
        if (!isatty(0))
            printf("%s\n", line);
        char hint[160];
        char *norm = judge_normalize(line);
        free(line);
        if (!norm[0]) {
            free(norm);
            return 0;
        }
        int rc = judge_answer(q, norm, perm, v, hint, sizeof hint);
        free(norm);
        if (rc == 0) {
            *ms = now_ms() - t0;
            return 1;
        }
        printf("Please %s: ", hint);
        fflush(stdout);
    }
}

static int parse_args(int argc, char **argv, const char **topic, int *level, bool *review)
{
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--level") == 0 && i + 1 < argc) {
            *level = q_level_parse(argv[++i]);
            if (*level < 0) {
                cli_error("--level takes junior, mid or senior");
                return -1;
            }
        } else if (strcmp(argv[i], "--review") == 0)
            *review = true;
        else if (argv[i][0] == '-' || *topic) {
            cli_error("usage: looplab quiz [TOPIC] [--level junior|mid|senior] [--review]");
            return -1;
        } else
            *topic = argv[i];
    }
    return 0;
}

int cmd_quiz(struct app *app, int argc, char **argv)
{
    const char *topic = NULL;
    int level = -1;
    bool review = false;
    if (parse_args(argc, argv, &topic, &level, &review) != 0)
        return EXIT_USAGE;
    if (review) {
        cli_error("'quiz --review' needs the spaced-review engine, not available yet");
        return EXIT_USAGE;
    }
    const struct content *c = app_content(app);
    const struct lesson *lesson = topic ? content_lesson(c, topic) : NULL;
    if (topic && !lesson) {
        cli_error("no topic '%s' (topics are lesson ids: see looplab lessons)", topic);
        return EXIT_USAGE;
    }
    if (lesson)
        topic = lesson->id;
    long long pid;
    struct store *st = app_store(app, &pid);
    if (!st)
        return EXIT_FAIL;
    uint64_t seed = hash_splitmix64((uint64_t)time(NULL) ^ ((uint64_t)pid << 32));
    const struct question *qs[QUIZ_LEN];
    int n = pick(st, pid, c, topic, level, seed, qs);
    int64_t quiz_id;
    if (n < 0 || (n > 0 && store_quiz_begin(st, pid, topic ? "lesson" : "mixed", topic, c->version, &quiz_id) != 0)) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    if (n == 0) {
        cli_error("no questions match");
        return EXIT_FAIL;
    }
    int width = plain_width(), right = 0, answered = 0;
    printf("%s quiz: %d questions%s\n", lesson ? lesson->title : "Mixed", n,
           isatty(0) ? " (an empty line skips, Ctrl-D stops)" : "");
    for (int i = 0; i < n; i++) {
        int perm[8] = {0};
        if (qs[i]->kind == Q_ORDER)
            judge_shuffle(qs[i], seed, perm);
        show_question(qs[i], i, n, perm, width);
        struct verdict v;
        long long ms = 0;
        int got = ask_one(qs[i], perm, &v, &ms);
        if (got < 0) {
            printf("\n");
            cli_warn("end of input: stopped after %d of %d questions (answers so far are saved)",
                     answered, n);
            break;
        }
        if (got == 0) {
            printf("Skipped.\n");
            continue;
        }
        /* The answer is stored before the learner sees it judged. */
        struct attempt_rec rec = {quiz_id, pid, qs[i]->id, qs[i]->topic, v.answer, v.correct, ms, -1};
        if (store_begin(st) != 0 || store_attempt_add(st, &rec) != 0 || store_commit(st) != 0) {
            store_rollback(st);
            cli_error("%s", store_error(st));
            verdict_free(&v);
            return EXIT_FAIL;
        }
        answered++;
        right += v.correct;
        show_feedback(qs[i], &v, perm, width);
        verdict_free(&v);
    }
    if (store_quiz_finish(st, quiz_id) != 0) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    printf("\nScore: %d/%d\n", right, answered);
    if (lesson && answered && right * 5 < answered * 3)
        printf("Worth rereading: looplab learn %s\n", lesson->id);
    return EXIT_OK;
}
