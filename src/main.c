/* main.c - looplab's entry point: everything else is reached through the command table. */
#include <locale.h>

#include "cli/cli.h"

int main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    setlocale(LC_NUMERIC, "C"); /* numbers print the same everywhere, as in Python */
    return cli_main(argc, argv);
}
