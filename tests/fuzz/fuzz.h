/* fuzz.h - the fuzz targets of tests/fuzz/: one entry point per target, shared by the
 * libFuzzer drivers (entry.c, built by `make fuzz`) and the regression replayer
 * (replay.c, run by `make check`), so a saved crasher replays through the same code. */
#ifndef LOOPLAB_FUZZ_H
#define LOOPLAB_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Size caps: longer inputs are refused (return -1) rather than run. */
#define FUZZ_MAX_PROGRAM 4096
#define FUZZ_MAX_CONTENT 16384

/* Instructions a program may run before the budget stops it (py-run). */
#define FUZZ_STEP_BUDGET 200000
/* CPU time a program may use before it is interrupted (py-run). */
#define FUZZ_CPU_MS 1000
/* Memory cap of the VM in the py-run target. */
#define FUZZ_MEM_CAP ((size_t)64 << 20)

/* Each returns 0, or -1 when the input is over its size cap (libFuzzer then keeps it
 * out of the corpus). */
int fuzz_py_compile_one(const uint8_t *data, size_t size); /* lex, parse, compile, disassemble */
int fuzz_py_run_one(const uint8_t *data, size_t size);     /* the above, then run it */
int fuzz_content_one(const uint8_t *data, size_t size);    /* a lesson file, then a quiz file */

/* Once per process: stdin from /dev/null (input() sees EOF). */
void fuzz_init(void);

#endif
