/* cmd_stats.c - `looplab stats [--json]`: per-topic attempts and accuracy, lessons done. */
#include <string.h>

#include "cli/cli.h"
#include "content/content.h"
#include "line/plain.h"
#include "store/store.h"
#include "tui/tui.h"

struct stats_ctx {
    const struct content *c;
    bool json;
    int n;
};

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

static void topic_row(void *vctx, const char *topic, int attempts, int correct)
{
    struct stats_ctx *ctx = vctx;
    double acc = attempts ? (double)correct / attempts : 0;
    if (ctx->json) {
        printf("%s\n    {\"topic\": ", ctx->n ? "," : "");
        json_str(topic);
        printf(", \"attempts\": %d, \"correct\": %d, \"accuracy\": %.3f}", attempts, correct, acc);
    } else {
        int li = content_lesson_index(ctx->c, topic);
        plain_pad(stdout, li >= 0 ? ctx->c->lessons[li].title : topic, 36);
        printf(" %8d %8d %8.0f%%\n", attempts, correct, acc * 100);
    }
    ctx->n++;
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
    int attempts = 0, correct = 0, quizzes = 0, done = 0;
    if (store_totals(st, pid, &attempts, &correct, &quizzes, &done) != 0) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    struct stats_ctx ctx = {c, json, 0};
    if (json) {
        printf("{\n  \"profile\": ");
        json_str(app->profile);
        printf(",\n  \"lessons_completed\": %d,\n  \"lessons_total\": %d,\n  \"quizzes\": %d,\n"
               "  \"attempts\": %d,\n  \"correct\": %d,\n  \"topics\": [",
               done, c->nlessons, quizzes, attempts, correct);
    } else {
        printf("Profile %s: %d of %d lessons completed, %d quizzes, %d answers (%d right)\n\n",
               app->profile, done, c->nlessons, quizzes, attempts, correct);
        if (attempts)
            printf("%-36s %8s %8s %9s\n", "Topic", "Answers", "Right", "Accuracy");
    }
    if (store_topic_stats(st, pid, topic_row, &ctx) != 0) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    if (json)
        printf("%s]\n}\n", ctx.n ? "\n  " : "");
    else if (!attempts)
        printf("No quiz answers yet: try looplab quiz\n");
    return EXIT_OK;
}
