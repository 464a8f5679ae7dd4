/* cmd_stats.c - `looplab stats [--json]`: per-topic level, accuracy and questions due,
 * lessons completed, the daily streak and the longest one. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "content/content.h"
#include "line/plain.h"
#include "quiz/engine.h"
#include "session/session.h"
#include "store/store.h"
#include "tui/tui.h"

struct topic_stat {
    int attempts, correct, due;
};

struct stats {
    const struct content *c;
    struct topic_stat *t; /* one per lesson */
    int64_t now;
};

static void topic_row(void *vctx, const char *topic, int attempts, int correct)
{
    struct stats *s = vctx;
    int i = content_lesson_index(s->c, topic);
    if (i >= 0) {
        s->t[i].attempts = attempts;
        s->t[i].correct = correct;
    }
}

static void review_row(void *vctx, const char *question, const struct store_review *r)
{
    struct stats *s = vctx;
    if (r->due > s->now)
        return;
    for (int i = 0; i < s->c->nquestions; i++)
        if (strcmp(s->c->questions[i].id, question) == 0) {
            int li = content_lesson_index(s->c, s->c->questions[i].topic);
            if (li >= 0)
                s->t[li].due++;
            return;
        }
}

/* Writes s as a JSON string. */
static void json_str(const char *s)
{
    putchar('"');
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\')
            printf("\\%c", ch);
        else if (ch < 0x20)
            printf("\\u%04x", ch);
        else
            putchar(ch);
    }
    putchar('"');
}

static double topic_level(const struct quiz_learner *l, const char *topic)
{
    const struct quiz_skill *k = quiz_learner_skill(l, topic);
    return l->theta + (k ? k->theta : 0);
}

static void print_json(struct app *app, const struct stats *s, const struct quiz_learner *l, int totals[4],
                       const struct quiz_streak *sk, bool streaks)
{
    const struct content *c = s->c;
    int due = 0;
    for (int i = 0; i < c->nlessons; i++)
        due += s->t[i].due;
    printf("{\n  \"profile\": ");
    json_str(app->profile);
    printf(",\n  \"lessons_completed\": %d,\n  \"lessons_total\": %d,\n  \"quizzes\": %d,\n"
           "  \"attempts\": %d,\n  \"correct\": %d,\n  \"due\": %d,\n  \"level\": \"%s\",\n  \"theta\": %.3f,\n",
           totals[3], c->nlessons, totals[2], totals[0], totals[1], due, q_level_names[quiz_level_for(l->theta)],
           l->theta);
    if (streaks)
        printf("  \"streak\": %d,\n  \"longest_streak\": %d,\n  \"freezes\": %d,\n", sk->current, sk->longest,
               sk->freezes);
    printf("  \"topics\": [");
    int n = 0;
    for (int i = 0; i < c->nlessons; i++) {
        const struct topic_stat *t = &s->t[i];
        if (!t->attempts && !t->due)
            continue;
        double lv = topic_level(l, c->lessons[i].id);
        printf("%s\n    {\"topic\": ", n++ ? "," : "");
        json_str(c->lessons[i].id);
        printf(", \"attempts\": %d, \"correct\": %d, \"accuracy\": %.3f, \"due\": %d, \"level\": \"%s\","
               " \"theta\": %.3f}",
               t->attempts, t->correct, t->attempts ? (double)t->correct / t->attempts : 0, t->due,
               q_level_names[quiz_level_for(lv)], lv);
    }
    printf("%s]\n}\n", n ? "\n  " : "");
}

static void print_text(struct app *app, const struct stats *s, const struct quiz_learner *l, int totals[4],
                       const struct quiz_streak *sk, bool streaks)
{
    const struct content *c = s->c;
    printf("Profile %s: %d of %d lessons completed, %d quizzes, %d answers (%d right)\n", app->profile,
           totals[3], c->nlessons, totals[2], totals[0], totals[1]);
    if (streaks)
        printf("Daily streak: %d day%s, longest %d%s\n", sk->current, sk->current == 1 ? "" : "s", sk->longest,
               sk->freezes ? ", freezes banked" : "");
    if (!totals[0]) {
        printf("\nNo quiz answers yet: try looplab quiz\n");
        return;
    }
    printf("\n%-32s %-7s %7s %8s %4s\n", "Topic", "Level", "Answers", "Accuracy", "Due");
    for (int i = 0; i < c->nlessons; i++) {
        const struct topic_stat *t = &s->t[i];
        if (!t->attempts)
            continue;
        double lv = topic_level(l, c->lessons[i].id);
        plain_pad(stdout, c->lessons[i].title, 32);
        printf(" %-7s %7d %7.0f%% %4d\n", q_level_names[quiz_level_for(lv)], t->attempts,
               100.0 * t->correct / t->attempts, t->due);
    }
}

int cmd_stats(struct app *app, int argc, char **argv)
{
    bool json = false;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            json = true;
        else {
            cli_error("usage: looplab stats [--json]");
            return EXIT_USAGE;
        }
    }
    if (!app->plain && !json)
        return tui_run(app, TUI_STATS, 0, NULL);
    const struct content *c = app_content(app);
    long long pid;
    struct store *st = app_store(app, &pid);
    if (!st)
        return EXIT_FAIL;
    struct stats s = {c, xcalloc((size_t)c->nlessons + 1, sizeof *s.t), (int64_t)time(NULL)};
    int totals[4] = {0};
    struct quiz_learner l;
    struct quiz_streak sk = {0};
    char today[11], show[8];
    int rc = store_totals(st, pid, &totals[0], &totals[1], &totals[2], &totals[3]) != 0 ||
             store_topic_stats(st, pid, topic_row, &s) != 0 || store_reviews_load(st, pid, review_row, &s) != 0 ||
             session_load_learner(st, pid, &l) != 0 || session_today(st, pid, s.now, today) != 0 ||
             session_streak(st, pid, today, &sk) != 0 || store_setting_get(st, pid, "streak", show, sizeof show) != 0;
    if (rc) {
        cli_error("%s", store_error(st));
        free(s.t);
        return EXIT_FAIL;
    }
    bool streaks = strcmp(show, "off") != 0;
    if (json)
        print_json(app, &s, &l, totals, &sk, streaks);
    else
        print_text(app, &s, &l, totals, &sk, streaks);
    quiz_learner_free(&l);
    free(s.t);
    return EXIT_OK;
}
