/* cli.c - global options, dispatch through the command table, and the lazily opened
 * store and content that commands share. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "content/content.h"
#include "store/store.h"
#include "version.h"

void cli_error(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("looplab: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_warn(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fputs("looplab: warning: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

const struct command *command_find(const char *name)
{
    for (size_t i = 0; i < ncommands; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

void cli_print_usage(FILE *f)
{
    fprintf(f, "usage: looplab [OPTIONS] [COMMAND [ARGS]]\n\n"
               "A terminal tutor for async programming as Python's asyncio teaches it.\n"
               "With no command, opens the curriculum.\n\nCommands:\n");
    for (size_t i = 0; i < ncommands; i++)
        fprintf(f, "  %-10s %s%s\n", commands[i].name, commands[i].summary,
                commands[i].run ? "" : " (not available yet)");
    fprintf(f, "\nOptions (anywhere before a program's own arguments):\n"
               "  --db PATH        progress database (default $LOOPLAB_DB, else\n"
               "                   $XDG_DATA_HOME/looplab/progress.db)\n"
               "  --profile NAME   learner profile (default \"default\")\n"
               "  --content DIR    add a content pack (repeatable; also $LOOPLAB_CONTENT)\n"
               "  --plain          plain text instead of the full-screen interface\n"
               "  --no-color       no colour (also $NO_COLOR)\n"
               "  -h, --help       this help; `looplab help COMMAND` for one command\n"
               "  --version        print the version\n");
}

int cli_help_command(const char *name)
{
    const struct command *c = command_find(name);
    if (!c) {
        cli_error("no command '%s' (see looplab --help)", name);
        return EXIT_USAGE;
    }
    printf("usage: looplab %s%s%s\n\n%s\n", c->name, c->usage[0] ? " " : "", c->usage, c->summary);
    if (c->help[0])
        printf("\n%s", c->help);
    if (!c->run)
        printf("\nThis command is not available yet in looplab %s.\n", LOOPLAB_VERSION);
    return EXIT_OK;
}

/* Takes a global option at argv[*i] if it is one; returns -1 on a usage error,
 * 1 if taken, 0 if not a global option. */
static int take_global(struct app *app, int argc, char **argv, int *i)
{
    static const char *with_value[] = {"--db", "--profile", "--content"};
    const char *a = argv[*i];
    if (strcmp(a, "--plain") == 0) {
        app->plain = true;
        return 1;
    }
    if (strcmp(a, "--no-color") == 0) {
        app->color = false;
        return 1;
    }
    for (size_t k = 0; k < LL_ARRAY_LEN(with_value); k++) {
        size_t n = strlen(with_value[k]);
        if (strncmp(a, with_value[k], n) != 0 || (a[n] != '\0' && a[n] != '='))
            continue;
        const char *v = a[n] == '=' ? a + n + 1 : NULL;
        if (!v) {
            if (*i + 1 >= argc) {
                cli_error("%s needs a value (see looplab --help)", with_value[k]);
                return -1;
            }
            v = argv[++*i];
        }
        if (k == 0)
            app->db_path = v;
        else if (k == 1)
            app->profile = v;
        else {
            app->packs = xrealloc(app->packs, sizeof *app->packs * (size_t)(app->npacks + 1));
            app->packs[app->npacks++] = v;
        }
        return 1;
    }
    return 0;
}

static void add_env_packs(struct app *app)
{
    const char *env = getenv("LOOPLAB_CONTENT");
    if (!env || !*env)
        return;
    char *save = NULL;
    app->env_packs = xstrdup(env); /* the pack paths point into it until app_free */
    for (char *d = strtok_r(app->env_packs, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
        app->packs = xrealloc(app->packs, sizeof *app->packs * (size_t)(app->npacks + 1));
        app->packs[app->npacks++] = d;
    }
}

int cli_main(int argc, char **argv)
{
    struct app app = {.profile = "default", .color = true};
    const char *term = getenv("TERM");
    const char *no_color = getenv("NO_COLOR");
    if (!isatty(STDOUT_FILENO) || !isatty(STDIN_FILENO) || (term && strcmp(term, "dumb") == 0))
        app.plain = true;
    if ((no_color && *no_color) || (term && strcmp(term, "dumb") == 0))
        app.color = false;

    /* Global options may appear anywhere, except after the script of `run`, whose
     * remaining arguments belong to the program. */
    char **rest = xcalloc((size_t)argc + 1, sizeof *rest);
    int nrest = 0, rc = EXIT_OK;
    const struct command *cmd = NULL;
    bool passthrough = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (passthrough) {
            rest[nrest++] = argv[i];
            continue;
        }
        int t = take_global(&app, argc, argv, &i);
        if (t < 0) {
            rc = EXIT_USAGE;
            goto out;
        }
        if (t > 0)
            continue;
        if (!cmd && (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)) {
            cli_print_usage(stdout);
            goto out;
        }
        if (!cmd && strcmp(a, "--version") == 0) {
            printf("looplab %s\n", LOOPLAB_VERSION);
            goto out;
        }
        if (!cmd) {
            if (a[0] == '-') {
                cli_error("unknown option '%s' (see looplab --help)", a);
                rc = EXIT_USAGE;
                goto out;
            }
            cmd = command_find(a);
            if (!cmd) {
                cli_error("no command '%s' (see looplab --help)", a);
                rc = EXIT_USAGE;
                goto out;
            }
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            rc = cli_help_command(cmd->name);
            goto out;
        }
        if (strcmp(a, "--") == 0 || (strcmp(cmd->name, "run") == 0 && a[0] != '-'))
            passthrough = true;
        if (strcmp(a, "--") != 0)
            rest[nrest++] = argv[i];
    }
    add_env_packs(&app);
    if (!cmd)
        cmd = command_find("home");
    if (!cmd->run) {
        cli_error("'%s' is not available yet in looplab %s", cmd->name, LOOPLAB_VERSION);
        rc = EXIT_USAGE;
        goto out;
    }
    rc = cmd->run(&app, nrest, rest);
out:
    app_free(&app);
    free(rest);
    return rc;
}
