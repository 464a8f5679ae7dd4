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

static void print_json(struct app *app, const struct content *c, const struct progress *p)
{
    printf("{\n  \"profile\": ");
    json_str(app->profile);
    printf(",\n  \"lessons_completed\": %d,\n  \"lessons_total\": %d,\n  \"quizzes\": %d,\n"
           "  \"attempts\": %d,\n  \"correct\": %d,\n  \"due\": %d,\n  \"level\": \"%s\",\n  \"theta\": %.3f,\n",
           p->lessons_done, c->nlessons, p->quizzes, p->attempts, p->correct, p->due,
           q_level_names[quiz_level_for(p->learner.theta)], p->learner.theta);
    if (p->streaks_on)
        printf("  \"streak\": %d,\n  \"longest_streak\": %d,\n  \"freezes\": %d,\n", p->streak.current,
               p->streak.longest, p->streak.freezes);
    printf("  \"topics\": [");
    int n = 0;
    for (int i = 0; i < c->nlessons; i++) {
        const struct topic_progress *t = &p->topics[i];
        if (!t->attempts && !t->due)
            continue;
        double lv = session_topic_level(p, c->lessons[i].id);
        printf("%s\n    {\"topic\": ", n++ ? "," : "");
        json_str(c->lessons[i].id);
        printf(", \"attempts\": %d, \"correct\": %d, \"accuracy\": %.3f, \"due\": %d, \"level\": \"%s\","
               " \"theta\": %.3f}",
               t->attempts, t->correct, t->attempts ? (double)t->correct / t->attempts : 0, t->due,
               q_level_names[quiz_level_for(lv)], lv);
    }
    printf("%s]\n}\n", n ? "\n  " : "");
}

static void print_text(struct app *app, const struct content *c, const struct progress *p)
{
    printf("Profile %s: %d of %d lessons completed, %d quizzes, %d answers (%d right)\n", app->profile,
           p->lessons_done, c->nlessons, p->quizzes, p->attempts, p->correct);
    if (p->streaks_on)
        printf("Daily streak: %d day%s, longest %d%s\n", p->streak.current, p->streak.current == 1 ? "" : "s",
               p->streak.longest, p->streak.freezes ? ", freezes banked" : "");
    if (!p->attempts) {
        printf("\nNo quiz answers yet: try looplab quiz\n");
        return;
    }
    printf("\n%-32s %-7s %7s %8s %4s\n", "Topic", "Level", "Answers", "Accuracy", "Due");
    for (int i = 0; i < c->nlessons; i++) {
        const struct topic_progress *t = &p->topics[i];
        if (!t->attempts)
            continue;
        plain_pad(stdout, c->lessons[i].title, 32);
        printf(" %-7s %7d %7.0f%% %4d\n", q_level_names[quiz_level_for(session_topic_level(p, c->lessons[i].id))],
               t->attempts, 100.0 * t->correct / t->attempts, t->due);
    }
    if (p->due)
        printf("\n%d question%s due for review: looplab quiz --review\n", p->due, p->due == 1 ? "" : "s");
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
    struct progress p;
    if (session_progress(st, pid, c, (int64_t)time(NULL), &p) != 0) {
        cli_error("%s", store_error(st));
        session_progress_free(&p);
        return EXIT_FAIL;
    }
    if (json)
        print_json(app, c, &p);
    else
        print_text(app, c, &p);
    session_progress_free(&p);
    return EXIT_OK;
}
