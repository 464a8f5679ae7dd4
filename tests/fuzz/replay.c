/* replay.c - `fuzz-replay TARGET FILE...`: feeds saved inputs through a fuzz target's
 * entry point, the same one libFuzzer drives, without libFuzzer, each one twice. `make check` runs it
 * over tests/fuzz/regressions/ (tests/e2e/fuzz.sh); a regression shows up as a crash or
 * a sanitizer report from this process. Exit 1 if an input is over
 * the target's size cap (it would never be run), 2 on bad usage or an unreadable file. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

static const struct {
    const char *name;
    int (*one)(const uint8_t *data, size_t size);
} targets[] = {
    {"py-compile", fuzz_py_compile_one},
    {"py-run", fuzz_py_run_one},
    {"content", fuzz_content_one},
};

int main(int argc, char **argv)
{
    int t = -1;
    for (int i = 0; argc > 1 && i < (int)LL_ARRAY_LEN(targets); i++)
        if (strcmp(argv[1], targets[i].name) == 0)
            t = i;
    if (t < 0) {
        fprintf(stderr, "usage: fuzz-replay py-compile|py-run|content FILE...\n");
        return 2;
    }
    fuzz_init();
    int status = 0;
    for (int i = 2; i < argc; i++) {
        size_t n = 0;
        char *data = file_read(argv[i], &n);
        if (!data) {
            fprintf(stderr, "fuzz-replay: cannot read %s\n", argv[i]);
            return 2;
        }
        /* twice, as libFuzzer runs many inputs in one process: state that outlives
         * a VM (a stale static cache) shows up on the second run */
        targets[t].one((const uint8_t *)data, n);
        if (targets[t].one((const uint8_t *)data, n) < 0) {
            fprintf(stderr, "fuzz-replay: %s is over the size cap of %s\n", argv[i], argv[1]);
            status = 1;
        }
        free(data);
    }
    return status;
}
