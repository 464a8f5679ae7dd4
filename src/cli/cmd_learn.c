/* cmd_learn.c - `looplab learn LESSON`: a lesson's pages as text, recording progress. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "content/content.h"
#include "content/doc.h"
#include "line/plain.h"
#include "store/store.h"
#include "trace/trace.h"
#include "tui/tui.h"

static void print_page(const struct lesson *l, int i, int width)
{
    const struct page *p = &l->pages[i];
    char *head = xasprintf("Lesson %d: %s - page %d/%d", l->order, l->title, i + 1, l->npages);
    printf("%s\n", head);
    for (int k = doc_width(head, (int)strlen(head)); k > 0; k--)
        putchar('=');
    printf("\n\n");
    char *md = xasprintf("## %s\n\n%s", p->title, p->markdown);
    plain_markdown(stdout, md, width, 0);
    free(md);
    free(head);
}

int cmd_learn(struct app *app, int argc, char **argv)
{
    const char *which = NULL;
    int page = 1;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--page") == 0 && i + 1 < argc) {
            char *end;
            page = (int)strtol(argv[++i], &end, 10);
            if (*end || page < 1) {
                cli_error("--page needs a page number");
                return EXIT_USAGE;
            }
        } else if (argv[i][0] == '-' || which) {
            cli_error("usage: looplab learn LESSON [--page N]");
            return EXIT_USAGE;
        } else
            which = argv[i];
    }
    const struct content *c = app_content(app);
    if (!which) {
        cli_error("which lesson? give its number or id (see looplab lessons)");
        return EXIT_USAGE;
    }
    const struct lesson *l = content_lesson(c, which);
    if (!l) {
        cli_error("no lesson '%s' (see looplab lessons)", which);
        return EXIT_USAGE;
    }
    if (page > l->npages) {
        cli_error("lesson %s has %d pages", l->id, l->npages);
        return EXIT_USAGE;
    }
    if (!app->plain)
        return tui_run(app, TUI_LESSON, content_lesson_index(c, l->id), NULL);
    long long pid;
    struct store *st = app_store(app, &pid);
    if (!st)
        return EXIT_FAIL;
    int width = plain_width();
    for (int i = page - 1; i < l->npages; i++) {
        if (i > page - 1)
            printf("\n");
        print_page(l, i, width);
    }
    if (store_lesson_set(st, pid, l->id, l->npages, l->npages) != 0) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    printf("\n");
    if (l->demo && command_find("demo")->run)
        printf("Demo: looplab demo %s\n", l->id);
    printf("Quiz: looplab quiz %s\n", l->id);
    if (l->next)
        printf("Next: looplab learn %s\n", l->next);
    return EXIT_OK;
}

int cmd_present(struct app *app, int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-') {
        cli_error("usage: looplab present LESSON");
        return EXIT_USAGE;
    }
    const struct content *c = app_content(app);
    const struct lesson *l = content_lesson(c, argv[0]);
    if (!l) {
        cli_error("no lesson '%s' (see looplab lessons)", argv[0]);
        return EXIT_USAGE;
    }
    if (!app->plain)
        return tui_run(app, TUI_PRESENT, content_lesson_index(c, l->id), NULL);
    /* On paper: one page per sheet, and no progress recorded. */
    int width = plain_width();
    for (int i = 0; i < l->npages; i++) {
        if (i)
            printf("\f\n");
        print_page(l, i, width);
    }
    return EXIT_OK;
}

int cmd_demo(struct app *app, int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-') {
        cli_error("usage: looplab demo LESSON");
        return EXIT_USAGE;
    }
    const struct content *c = app_content(app);
    const struct lesson *l = content_lesson(c, argv[0]);
    if (!l) {
        cli_error("no lesson '%s' (see looplab lessons)", argv[0]);
        return EXIT_USAGE;
    }
    const struct demo *d = l->demo ? content_demo(c, l->demo) : NULL;
    if (!d) {
        cli_error("lesson %s has no demo", l->id);
        return EXIT_FAIL;
    }
    if (!app->plain)
        return tui_run(app, TUI_DEMO, content_lesson_index(c, l->id), NULL);
    /* Plain text: the demo's source, then the run narrated step by step. */
    printf("Demo for lesson %d, %s (%s):\n\n", l->order, l->title, d->file);
    int n = 1;
    for (const char *p = d->source; *p; n++) {
        const char *e = strchr(p, '\n');
        int len = e ? (int)(e - p) : (int)strlen(p);
        printf("%3d  %.*s\n", n, len, p);
        p += len + (e != NULL);
    }
    char err[300];
    struct trace *tr = demo_trace(d->file, d->source, err, sizeof err);
    if (!tr) {
        cli_error("%s", err);
        return EXIT_FAIL;
    }
    printf("\nThe run, on the virtual clock, one scheduling decision a line:\n\n");
    trace_print(tr, stdout);
    trace_free(tr);
    return EXIT_OK;
}
