/* cmd_lessons.c - `looplab lessons` and `looplab home`: the curriculum with progress. */
#include <string.h>

#include "cli/cli.h"
#include "content/content.h"
#include "line/plain.h"
#include "store/store.h"
#include "tui/tui.h"

/* Progress in words: "done", "page 2/5" or "new". */
static void progress_word(const struct lesson *l, const struct lesson_progress *p, char *out, size_t n)
{
    if (p->completed)
        snprintf(out, n, "done");
    else if (p->page > 0)
        snprintf(out, n, "page %d/%d", p->page, l->npages);
    else
        snprintf(out, n, "new");
}

/* Prints the lesson table; returns the first lesson not completed (or NULL). */
static const struct lesson *print_table(struct app *app, const struct content *c)
{
    long long pid = 0;
    struct store *st = app_store(app, &pid);
    const struct lesson *next = NULL;
    printf("  #  %-36s %-26s %s\n", "Lesson", "Id", "Progress");
    for (int i = 0; i < c->nlessons; i++) {
        const struct lesson *l = &c->lessons[i];
        struct lesson_progress p = {0};
        if (st && store_lesson_get(st, pid, l->id, &p) != 0)
            cli_warn("%s", store_error(st));
        char word[32];
        progress_word(l, &p, word, sizeof word);
        printf("%3d  ", l->order);
        plain_pad(stdout, l->title, 36);
        printf(" ");
        plain_pad(stdout, l->id, 26);
        printf(" %s\n", word);
        if (!p.completed && !next)
            next = l;
    }
    return next;
}

int cmd_lessons(struct app *app, int argc, char **argv)
{
    (void)argv;
    if (argc > 0) {
        cli_error("lessons takes no arguments (see looplab help lessons)");
        return EXIT_USAGE;
    }
    const struct content *c = app_content(app);
    if (c->nlessons == 0) {
        cli_error("no lessons loaded");
        return EXIT_FAIL;
    }
    print_table(app, c);
    return app->store ? EXIT_OK : EXIT_FAIL;
}

int cmd_home(struct app *app, int argc, char **argv)
{
    (void)argv;
    if (argc > 0) {
        cli_error("home takes no arguments");
        return EXIT_USAGE;
    }
    if (!app->plain)
        return tui_run(app, TUI_HOME, 0, NULL);
    const struct content *c = app_content(app);
    printf("looplab - async programming as Python's asyncio teaches it\n\n");
    const struct lesson *next = print_table(app, c);
    if (!app->store)
        return EXIT_FAIL;
    if (next)
        printf("\nContinue with: looplab learn %s\n", next->id);
    printf("Quiz yourself: looplab quiz [TOPIC]    Progress: looplab stats    Help: looplab --help\n");
    return EXIT_OK;
}
