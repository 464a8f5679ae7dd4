/* aio_capture.c - runs a program to completion with its output captured in memory:
 * what `looplab validate --run` checks predict-the-output answers and demos with, and
 * what the visualizer records a demo's trace with. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "aio/aio.h"
#include "base/base.h"

static py_vm *volatile running_vm;

/* A program that runs too long is interrupted as Ctrl-C would: KeyboardInterrupt. */
static void on_alarm(int sig)
{
    (void)sig;
    if (running_vm)
        py_interrupt(running_vm);
}

int aio_run_capture(const char *name, const char *source, bool virtual_clock, struct trace *tr, unsigned seconds,
                    char **out, char **err)
{
    char *obuf = NULL, *ebuf = NULL;
    size_t olen = 0, elen = 0;
    FILE *of = open_memstream(&obuf, &olen), *ef = open_memstream(&ebuf, &elen);
    char *argv0[] = {(char *)name, NULL};
    py_config cfg = {0};
    cfg.path = name;
    cfg.abs_path = name;
    cfg.argc = 1;
    cfg.argv = argv0;
    cfg.out = of;
    cfg.err = ef;
    py_vm *vm = py_vm_new(&cfg);
    aio_options opt = {0};
    opt.virtual_clock = virtual_clock;
    opt.trace = tr;
    aio_install(vm, &opt);
    struct sigaction sa = {0}, old;
    sa.sa_handler = on_alarm;
    sigaction(SIGALRM, &sa, &old);
    running_vm = vm;
#ifdef PY_DEBUG_STRESS_GC
    /* collecting on every allocation makes a program some fifty times slower: the
     * 100-connection streams demo needs about 25 s under `make asan` */
    seconds *= 10;
#endif
    alarm(seconds);
    int rc = py_run_file(vm, source, false);
    alarm(0);
    running_vm = NULL;
    sigaction(SIGALRM, &old, NULL);
    aio_release(vm);
    py_vm_free(vm);
    fclose(of);
    fclose(ef);
    *out = obuf ? obuf : xstrdup("");
    *err = ebuf ? ebuf : xstrdup("");
    return rc;
}
