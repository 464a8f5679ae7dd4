/* cmd_validate.c - `looplab validate [--json] [DIR...]`: every problem in the built-in
 * curriculum and the given packs as file:line: message; exit 1 if there is any. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "content/content.h"

static void json_counts(const struct content *c)
{
    printf("{\n  \"content_version\": \"%s\",\n  \"lessons\": %d,\n  \"demos\": %d,\n"
           "  \"questions\": %d,\n  \"problems\": %d,\n  \"by_level\": {",
           c->version, c->nlessons, c->ndemos, c->nquestions, c->ndiags);
    for (int lv = 0; lv < LEVEL_N; lv++) {
        int n = 0;
        for (int i = 0; i < c->nquestions; i++)
            n += c->questions[i].level == (enum q_level)lv;
        printf("%s\"%s\": %d", lv ? ", " : "", q_level_names[lv], n);
    }
    printf("},\n  \"by_kind\": {");
    for (int k = 0; k < Q_NKINDS; k++) {
        int n = 0;
        for (int i = 0; i < c->nquestions; i++)
            n += c->questions[i].kind == (enum q_kind)k;
        printf("%s\"%s\": %d", k ? ", " : "", q_kind_names[k], n);
    }
    printf("},\n  \"by_topic\": {");
    for (int t = 0; t < c->nlessons; t++) {
        int lv[LEVEL_N] = {0}, predict = 0, n = 0;
        for (int i = 0; i < c->nquestions; i++)
            if (strcmp(c->questions[i].topic, c->lessons[t].id) == 0) {
                lv[c->questions[i].level]++;
                predict += c->questions[i].kind == Q_PREDICT;
                n++;
            }
        printf("%s\n    \"%s\": {\"questions\": %d, \"junior\": %d, \"mid\": %d, \"senior\": %d,"
               " \"predict\": %d}", t ? "," : "", c->lessons[t].id, n, lv[0], lv[1], lv[2], predict);
    }
    printf("%s}\n}\n", c->nlessons ? "\n  " : "");
}

int cmd_validate(struct app *app, int argc, char **argv)
{
    bool json = false;
    const char **dirs = xcalloc((size_t)argc + 1, sizeof *dirs);
    int ndirs = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            json = true;
        else if (argv[i][0] == '-') {
            cli_error("usage: looplab validate [--json] [DIR...]");
            free(dirs);
            return EXIT_USAGE;
        } else
            dirs[ndirs++] = argv[i];
    }
    /* Packs given with --content or LOOPLAB_CONTENT are checked too. */
    const char **all = xcalloc((size_t)(app->npacks + ndirs) + 1, sizeof *all);
    for (int i = 0; i < app->npacks; i++)
        all[i] = app->packs[i];
    for (int i = 0; i < ndirs; i++)
        all[app->npacks + i] = dirs[i];
    struct content c;
    content_load(&c, true, all, app->npacks + ndirs);
    for (int i = 0; i < c.ndiags; i++)
        fprintf(json ? stderr : stdout, "%s:%d: %s\n", c.diags[i].file, c.diags[i].line, c.diags[i].msg);
    if (json)
        json_counts(&c);
    else
        printf("%d lessons, %d demos, %d questions: %d problem%s\n", c.nlessons, c.ndemos,
               c.nquestions, c.ndiags, c.ndiags == 1 ? "" : "s");
    int rc = c.ndiags ? EXIT_FAIL : EXIT_OK;
    content_free(&c);
    free(all);
    free(dirs);
    return rc;
}
