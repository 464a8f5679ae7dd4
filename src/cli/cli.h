/* cli.h - the command table and what every command receives. Global options are
 * parsed once (cli.c); each command lives in its own cmd_*.c and is found through
 * one table that also drives `--help`, `help COMMAND` and completion. */
#ifndef LOOPLAB_CLI_H
#define LOOPLAB_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "base/base.h"

struct store;
struct content;

/* Exit codes (BLUEPRINT.md): 0 ok, 1 runtime failure, 2 usage. */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct app {
    const char *db_path;      /* --db, else LOOPLAB_DB, else XDG default (resolved lazily) */
    const char *profile;      /* --profile, default "default" */
    const char **packs;       /* --content DIRs then LOOPLAB_CONTENT entries */
    int npacks;
    bool plain;               /* --plain, or stdout is not a terminal, or TERM=dumb */
    bool color;               /* false with --no-color, NO_COLOR or TERM=dumb */
    struct store *store;      /* opened on first use by app_store() */
    struct content *content;  /* loaded on first use by app_content() */
    char *db_resolved;
    char *env_packs;          /* LOOPLAB_CONTENT, split in place */
};

struct command {
    const char *name;
    const char *usage;   /* arguments after the name */
    const char *summary; /* one line for --help */
    const char *help;    /* the rest of `looplab help NAME` */
    int (*run)(struct app *app, int argc, char **argv); /* NULL: not available yet */
};

extern const struct command commands[];
extern const size_t ncommands;

const struct command *command_find(const char *name);

/* Messages on stderr, prefixed "looplab: ". */
void cli_error(const char *fmt, ...) LL_PRINTF(1, 2);
void cli_warn(const char *fmt, ...) LL_PRINTF(1, 2);

/* Opens the store and the profile on first use; prints the error and returns NULL
 * when the database cannot be used. */
struct store *app_store(struct app *app, long long *profile_id);
/* Loads built-in content plus packs on first use (broken files are skipped with
 * a one-line warning each). Never NULL. */
struct content *app_content(struct app *app);
void app_free(struct app *app);

int cli_main(int argc, char **argv);

/* Command entry points (one file each). */
int cmd_home(struct app *app, int argc, char **argv);
int cmd_help(struct app *app, int argc, char **argv);
int cmd_lessons(struct app *app, int argc, char **argv);
int cmd_learn(struct app *app, int argc, char **argv);
int cmd_quiz(struct app *app, int argc, char **argv);
int cmd_stats(struct app *app, int argc, char **argv);
int cmd_validate(struct app *app, int argc, char **argv);
int cmd_profile(struct app *app, int argc, char **argv);
int cmd_run(struct app *app, int argc, char **argv);

struct session_request;
/* The plain quiz loop shared by `quiz` and `daily`. */
int cli_quiz_plain(struct app *app, const struct session_request *rq, const char *title);
int cmd_daily(struct app *app, int argc, char **argv);
int cmd_shell(struct app *app, int argc, char **argv);
int cmd_repl(struct app *app, int argc, char **argv);
int cmd_present(struct app *app, int argc, char **argv);
int cmd_demo(struct app *app, int argc, char **argv);
int cmd_export(struct app *app, int argc, char **argv);
int cmd_report(struct app *app, int argc, char **argv);

void cli_print_usage(FILE *f);
int cli_help_command(const char *name);

#endif
