/* cmd_run.c - `looplab run [--dis] PROGRAM.py [ARGS...]`: runs a mini-Python program
 * the way `python3 PROGRAM.py` would (stdout, stderr, exit code), Ctrl-C raising
 * KeyboardInterrupt inside the program. */
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aio/aio.h"
#include "cli/cli.h"
#include "py/py.h"

static py_vm *running_vm;

static void on_sigint(int sig)
{
    (void)sig;
    if (running_vm) py_interrupt(running_vm);
}

/* The absolute path CPython shows in tracebacks (the file need not be canonical). */
static char *absolute_path(const char *path)
{
    if (path[0] == '/') return xstrdup(path);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) return xstrdup(path);
    return xasprintf("%s/%s", cwd, path);
}

int cmd_run(struct app *app, int argc, char **argv)
{
    (void)app;
    bool dis = false;
    aio_options aio = {0};
    int i = 0;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (strcmp(argv[i], "--dis") == 0) dis = true;
        else if (aio_parse_option(argv[i], &aio)) continue;
        else if (strcmp(argv[i], "--") == 0) { i++; break; }
        else {
            cli_error("run: unknown option '%s' (see looplab help run)", argv[i]);
            return EXIT_USAGE;
        }
    }
    if (i >= argc) {
        cli_error("run: which program? usage: looplab run PROGRAM.py [ARGS...]");
        return EXIT_USAGE;
    }
    const char *path = argv[i];
    size_t len;
    char *src = file_read(path, &len);
    if (!src) {
        fprintf(stderr, "looplab: can't open file '%s': [Errno 2] No such file or directory\n", path);
        return 2;
    }
    char *abs = absolute_path(path);
    const char *nul = memchr(src, '\0', len);
    if (nul) {  /* CPython 3.11's wording, at the line holding the first NUL */
        int line = 1;
        const char *start = src;
        for (const char *p = src; p < nul; p++)
            if (*p == '\n') { line++; start = p + 1; }
        while (start < nul && (*start == ' ' || *start == '\t' || *start == '\f')) start++;
        fflush(stdout);
        fprintf(stderr, "  File \"%s\", line %d\n    %.*s\nSyntaxError: source code cannot contain null bytes\n", abs, line,
                (int)(nul - start), start);
        free(abs);
        free(src);
        return 1;
    }
    py_config cfg = {0};
    cfg.path = path;
    cfg.abs_path = abs;
    cfg.argc = argc - i;
    cfg.argv = argv + i;
    py_vm *vm = py_vm_new(&cfg);
    aio_install(vm, &aio);
    running_vm = vm;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigaction(SIGINT, &sa, NULL);
    int rc = py_run_file(vm, src, dis);
    running_vm = NULL;
    fflush(stdout);
    aio_release(vm);
    py_vm_free(vm);
    free(src);
    free(abs);
    return rc;
}
