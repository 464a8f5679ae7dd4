/* cmd_help.c - `looplab help [COMMAND]`. */
#include <string.h>

#include "cli/cli.h"
#include "py/subset.h"

int cmd_help(struct app *app, int argc, char **argv)
{
    (void)app;
    if (argc == 0) {
        cli_print_usage(stdout);
        return EXIT_OK;
    }
    if (argc > 1) {
        cli_error("help takes one command name (see looplab --help)");
        return EXIT_USAGE;
    }
    if (strcmp(argv[0], "python") == 0) {
        py_subset_print_help(stdout);
        return EXIT_OK;
    }
    return cli_help_command(argv[0]);
}
