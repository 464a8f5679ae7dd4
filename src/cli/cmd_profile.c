/* cmd_profile.c - `looplab profile [list|add NAME|remove NAME]`. */
#include <string.h>
#include <time.h>

#include "cli/cli.h"
#include "store/store.h"

static void print_name(void *ctx, const char *name, int64_t created)
{
    const char *current = ctx;
    char day[32] = "";
    time_t t = (time_t)created;
    struct tm tm;
    if (localtime_r(&t, &tm))
        strftime(day, sizeof day, "%Y-%m-%d", &tm);
    printf("%c %-24s created %s\n", strcmp(name, current) == 0 ? '*' : ' ', name, day);
}

int cmd_profile(struct app *app, int argc, char **argv)
{
    const char *verb = argc > 0 ? argv[0] : "list";
    bool list = strcmp(verb, "list") == 0;
    if ((list && argc > 1) || (!list && argc != 2) ||
        (!list && strcmp(verb, "add") != 0 && strcmp(verb, "remove") != 0)) {
        cli_error("usage: looplab profile [list|add NAME|remove NAME]");
        return EXIT_USAGE;
    }
    long long pid;
    struct store *st = app_store(app, &pid);
    if (!st)
        return EXIT_FAIL;
    int64_t id;
    bool existed = false;
    int rc = 0;
    if (list)
        rc = store_profile_list(st, print_name, (void *)app->profile);
    else if (strcmp(verb, "add") == 0) {
        rc = store_profile_get(st, argv[1], true, &id);
        if (rc == 0)
            printf("profile %s is ready: use it with --profile %s\n", argv[1], argv[1]);
    } else {
        rc = store_profile_delete(st, argv[1], &existed);
        if (rc == 0 && !existed) {
            cli_error("no profile '%s'", argv[1]);
            return EXIT_FAIL;
        }
        if (rc == 0)
            printf("profile %s removed with its progress\n", argv[1]);
    }
    if (rc != 0) {
        cli_error("%s", store_error(st));
        return EXIT_FAIL;
    }
    return EXIT_OK;
}
