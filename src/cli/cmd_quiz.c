/* cmd_quiz.c - `looplab quiz [TOPIC] [--level L] [--review]` and the plain quiz loop that
 * `daily` shares: questions chosen by the adaptive engine one at a time, answers read
 * line by line from stdin, each committed before its feedback, and a summary. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "content/content.h"
#include "line/plain.h"
#include "quiz/judge.h"
#include "session/session.h"
#include "store/store.h"
#include "tui/tui.h"

static void show_question(const struct quiz_session *s, int i, int width)
{
    const struct question *q = s->qs[i];
    printf("\nQuestion %d/%d  [%s, %s]\n\n", i + 1, s->n, q->topic, q_level_names[q->level]);
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
            const char *text = q->kind == Q_ORDER ? q->opts[s->perm[i][k]].text : q->opts[k].text;
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

/* Asks question i until its answer can be read, then saves it; 1 answered, 0 skipped,
 * -1 end of input, -2 the store failed. */
static int ask_one(struct quiz_session *s, int i, struct verdict *v)
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
        int rc = session_answer(s, i, norm, now_ms() - t0, v, hint, sizeof hint);
        free(norm);
        if (rc <= 0)
            return rc == 0 ? 1 : -2;
        printf("Please %s: ", hint);
        fflush(stdout);
    }
}

/* "in 10 minutes", "in 2 days". */
static void when_words(int64_t seconds, char *out, size_t n)
{
    if (seconds < 3600)
        snprintf(out, n, "in %lld minutes", (long long)(seconds + 59) / 60);
    else if (seconds < 2 * 86400)
        snprintf(out, n, "in %lld hours", (long long)(seconds + 3599) / 3600);
    else
        snprintf(out, n, "in %lld days", (long long)(seconds + 43200) / 86400);
}

static void summary(const struct quiz_session *s)
{
    printf("\nScore: %d/%d\n", s->right, s->answered);
    if (s->nchanges) {
        printf("\nYour level:\n");
        for (int i = 0; i < s->nchanges; i++) {
            const struct session_change *ch = &s->changes[i];
            double d = ch->after - ch->before;
            printf("  %-28s %-6s (%+.2f) %s\n", ch->topic, q_level_names[quiz_level_for(ch->after)], ch->after,
                   d > 0.005 ? "up" : d < -0.005 ? "down" : "unchanged");
        }
    }
    bool any = false;
    for (int i = 0; i < s->asked; i++) {
        const struct quiz_review *r = session_review_of(s, s->qs[i]);
        if (!s->done[i] || s->correct[i] || !r)
            continue;
        char when[40];
        when_words(r->due - s->rq.now, when, sizeof when);
        printf("%s  %s comes back for review %s\n", any ? "" : "\nReview:\n", s->qs[i]->id, when);
        any = true;
    }
    const struct lesson *l = session_suggest(s);
    if (l && s->answered)
        printf("\nRead next: looplab learn %s (your weakest topic so far)\n", l->id);
}

int cli_quiz_plain(struct app *app, const struct session_request *rq, const char *title)
{
    const struct content *c = app_content(app);
    long long pid;
    struct store *st = app_store(app, &pid);
    if (!st)
        return EXIT_FAIL;
    struct quiz_session s;
    int rc = session_start(&s, st, pid, c, rq);
    if (rc != 0) {
        if (rc == -2)
            cli_error(rq->kind == SESSION_REVIEW ? "no questions are due for review: well done" : "no questions match");
        else
            cli_error("%s", store_error(st));
        session_free(&s);
        return rc == -2 && rq->kind == SESSION_REVIEW ? EXIT_OK : EXIT_FAIL;
    }
    int width = plain_width(), i, status = EXIT_OK;
    printf("%s: %d questions%s\n", title, s.n, isatty(0) ? " (an empty line skips, Ctrl-D stops)" : "");
    for (const struct question *q; (q = session_next(&s, &i));) {
        show_question(&s, i, width);
        struct verdict v;
        int got = ask_one(&s, i, &v);
        if (got == -2) {
            cli_error("%s", store_error(st));
            session_free(&s);
            return EXIT_FAIL;
        }
        if (got < 0) {
            printf("\n");
            cli_warn("end of input: stopped after %d of %d questions (answers so far are saved)", s.answered, s.n);
            break;
        }
        if (got == 0) {
            printf("Skipped.\n");
            continue;
        }
        show_feedback(q, &v, s.perm[i], width);
        verdict_free(&v);
    }
    if (session_finish(&s) != 0) {
        cli_error("%s", store_error(st));
        status = EXIT_FAIL;
    }
    summary(&s);
    session_free(&s);
    return status;
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
    const struct content *c = app_content(app);
    const struct lesson *lesson = topic ? content_lesson(c, topic) : NULL;
    if (topic && !lesson) {
        cli_error("no topic '%s' (topics are lesson ids: see looplab lessons)", topic);
        return EXIT_USAGE;
    }
    if (review && topic) {
        cli_error("--review covers every topic; leave out the topic");
        return EXIT_USAGE;
    }
    struct session_request rq = {review ? SESSION_REVIEW : lesson ? SESSION_TOPIC : SESSION_MIXED,
                                 lesson ? lesson->id : NULL, level, NULL, false, (int64_t)time(NULL), 0};
    rq.seed = hash_splitmix64((uint64_t)rq.now ^ ((uint64_t)getpid() << 32));
    if (!app->plain)
        return tui_run_quiz(app, &rq);
    char title[200];
    snprintf(title, sizeof title, "%s quiz", review ? "Review" : lesson ? lesson->title : "Mixed");
    return cli_quiz_plain(app, &rq, title);
}
