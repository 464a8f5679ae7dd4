/* entry.c - the libFuzzer driver of one target; the Makefile compiles it once per
 * target with -DFUZZ_ENTRY naming the fuzz_*_one function (see fuzz.h). */
#include "fuzz.h"

#ifndef FUZZ_ENTRY
#error "build with -DFUZZ_ENTRY=fuzz_<target>_one"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_init();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FUZZ_ENTRY(data, size);
}
