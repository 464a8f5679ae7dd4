/* aio.h - asyncio for looplab's mini-Python, on the event loop of src/loop/. Install it
 * in a VM before running a program and `import asyncio` behaves as CPython 3.11's, step
 * for step; a real or a virtual clock, and an optional narrated trace. */
#ifndef LOOPLAB_AIO_H
#define LOOPLAB_AIO_H

#include <stdbool.h>
#include <stdio.h>

#include "py/py.h"

struct trace;

typedef struct aio_options {
    bool virtual_clock;     /* time jumps to the next timer; blocking work advances it */
    FILE *narrate;          /* non-NULL: print the trace narration there, interleaved */
    struct trace *trace;    /* non-NULL: record every scheduling decision there */
} aio_options;

/* Virtual time charged per mini-Python instruction under the virtual clock. */
#define AIO_VIRTUAL_NS_PER_INSTR 20

/* Registers the asyncio module in vm (and makes time.sleep block the loop's clock).
 * Call aio_release before py_vm_free. */
void aio_install(py_vm *vm, const aio_options *opt);
void aio_release(py_vm *vm);
/* Starts (f non-NULL) or stops narrating scheduling decisions, as `--trace` does. */
void aio_set_narrate(py_vm *vm, FILE *f);

/* Runs `source` (named `name` in tracebacks) in a fresh VM with output to out/err,
 * collecting the trace into `trace` (may be NULL). Returns the exit code. */
int aio_run_demo(const char *name, const char *source, bool virtual_clock, struct trace *out);

/* Runs `source` (named `name`) in a fresh VM with stdout and stderr captured into new
 * strings (*out, *err; the caller frees them), recording the trace into tr if non-NULL,
 * and interrupting it (KeyboardInterrupt) after `seconds` of real time. Returns the
 * exit code. */
int aio_run_capture(const char *name, const char *source, bool virtual_clock, struct trace *tr, unsigned seconds,
                    char **out, char **err);

/* `looplab run` options: parses --virtual and --trace at argv[*i]; returns true if
 * the argument was one of them. */
bool aio_parse_option(const char *arg, aio_options *opt);

#endif
