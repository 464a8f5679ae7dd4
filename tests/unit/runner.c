/* runner.c - runs every TEST() of tests/unit in its own child process with a timeout,
 * printing `ok unit/NAME` or `FAIL unit/NAME: why`. Arguments filter by substring. */
#include "test.h"

#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define X(name) void test_##name(void);
#include "unit_list.h"
#undef X

static const struct {
    const char *name;
    void (*fn)(void);
} tests[] = {
#define X(name) {#name, test_##name},
#include "unit_list.h"
#undef X
};

static char tmpdir[256];
static int report_fd = -1;

void test_fail(const char *file, int line, const char *fmt, ...)
{
    char msg[2048];
    int n = snprintf(msg, sizeof msg, "%s:%d: ", file, line);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + n, sizeof msg - (size_t)n, fmt, ap);
    va_end(ap);
    if (report_fd >= 0 && write(report_fd, msg, strlen(msg)) < 0)
        perror("write");
    _exit(1);
}

const char *test_tmpdir(void)
{
    if (!tmpdir[0]) {
        snprintf(tmpdir, sizeof tmpdir, "%s/looplab-unit-XXXXXX",
                 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
        if (!mkdtemp(tmpdir))
            test_fail(__FILE__, __LINE__, "mkdtemp failed");
    }
    return tmpdir;
}

static int selected(const char *name, int argc, char **argv)
{
    if (argc < 2)
        return 1;
    for (int i = 1; i < argc; i++)
        if (strstr(name, argv[i]))
            return 1;
    return 0;
}

static void run_one(const char *name, void (*fn)(void))
{
    int fds[2];
    if (pipe(fds) != 0) {
        perror("pipe");
        exit(2);
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        report_fd = fds[1];
        alarm(20);
        fn();
        if (tmpdir[0]) {
            char cmd[512];
            snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
            if (system(cmd) != 0)
                fprintf(stderr, "could not remove %s\n", tmpdir);
        }
        _exit(0);
    }
    close(fds[1]);
    char msg[2048] = "";
    ssize_t got = 0, n;
    while ((n = read(fds[0], msg + got, sizeof msg - 1 - (size_t)got)) > 0)
        got += n;
    msg[got > 0 ? got : 0] = '\0';
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        printf("ok unit/%s\n", name);
    else if (WIFSIGNALED(status))
        printf("FAIL unit/%s: %s\n", name,
               WTERMSIG(status) == SIGALRM ? "timed out after 20 s" : strsignal(WTERMSIG(status)));
    else
        printf("FAIL unit/%s: %s\n", name, msg[0] ? msg : "exited non-zero");
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++)
        if (selected(tests[i].name, argc, argv))
            run_one(tests[i].name, tests[i].fn);
    return 0;
}
