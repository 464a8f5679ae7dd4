/* cmd_validate.c - `looplab validate [--json] [DIR...]`: every problem in the built-in
 * curriculum and the given packs as file:line: message; exit 1 if there is any. */
#include <stdlib.h>
#include <string.h>

#include "aio/aio.h"
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

/* Where the two outputs first differ, in words. */
static char *first_difference(const char *want, const char *got)
{
    int line = 1;
    const char *w = want, *g = got;
    while (*w && *w == *g) {
        line += *w == '\n';
        w++;
        g++;
    }
    const char *we = strchr(w, '\n'), *ge = strchr(g, '\n');
    int wn = we ? (int)(we - w) : (int)strlen(w), gn = ge ? (int)(ge - g) : (int)strlen(g);
    while (w > want && w[-1] != '\n') {
        w--;
        wn++;
    }
    while (g > got && g[-1] != '\n') {
        g--;
        gn++;
    }
    return xasprintf("line %d: expected \"%.*s\", got \"%.*s\"", line, wn, w, gn, g);
}

/* The line of stderr that names the problem: a refusal's first line, else the last. */
static char *problem_line(const char *err)
{
    const char *e = strchr(err, '\n');
    if (strstr(err, "Traceback") != err && strstr(err, "  File") != err && e)
        return xstrndup(err, (size_t)(e - err));
    const char *last = err, *p = err;
    while ((p = strchr(p, '\n')) && p[1]) {
        last = p + 1;
        p++;
    }
    e = strchr(last, '\n');
    return e ? xstrndup(last, (size_t)(e - last)) : xstrdup(last);
}

/* Compiles (and with run, runs on the virtual clock) every demo and every program of a
 * question; problems become diagnostics. */
static void check_programs(struct content *c, bool run)
{
    for (int i = 0; i < c->ndemos; i++) {
        char *out, *err;
        const struct demo *d = &c->demos[i];
        int rc = aio_run_capture(d->file, d->source, true, NULL, 20, &out, &err);
        if (rc != 0 && (run || strstr(err, "SyntaxError") || strstr(err, "not supported by looplab"))) {
            char *msg = problem_line(err);
            c->diags = xrealloc(c->diags, sizeof *c->diags * (size_t)(c->ndiags + 1));
            c->diags[c->ndiags++] = (struct diag){xstrdup(d->file), 1, xasprintf("demo %s fails: %s", d->id, msg), true};
            free(msg);
        }
        free(out);
        free(err);
    }
    for (int i = 0; i < c->nquestions; i++) {
        const struct question *q = &c->questions[i];
        if (q->kind != Q_PREDICT || !q->code || !run)
            continue;
        char *out, *err, *name = xasprintf("%s.py", q->id);
        for (char *p = name; *p; p++)
            if (*p == '/')
                *p = '-';
        aio_run_capture(name, q->code, true, NULL, 20, &out, &err);
        if (strcmp(out, q->output) != 0) {
            char *why = first_difference(q->output, out);
            c->diags = xrealloc(c->diags, sizeof *c->diags * (size_t)(c->ndiags + 1));
            c->diags[c->ndiags++] = (struct diag){xstrdup(q->file), q->line,
                                                  xasprintf("question %s: looplab's output differs from the ```output block, %s%s%s",
                                                            q->id, why, err[0] ? "; stderr: " : "", err[0] ? err : ""),
                                                  true};
            free(why);
        }
        free(out);
        free(err);
        free(name);
    }
}

int cmd_validate(struct app *app, int argc, char **argv)
{
    bool json = false, run = false;
    const char **dirs = xcalloc((size_t)argc + 1, sizeof *dirs);
    int ndirs = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            json = true;
        else if (strcmp(argv[i], "--run") == 0)
            run = true;
        else if (argv[i][0] == '-') {
            cli_error("usage: looplab validate [--json] [--run] [DIR...]");
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
    check_programs(&c, run);
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
