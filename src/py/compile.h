/* compile.h - opcode numbering shared by the compiler, the VM and the disassembler. */
#ifndef LOOPLAB_PY_COMPILE_H
#define LOOPLAB_PY_COMPILE_H

enum py_opcode {
#define OP(name, effect, doc) OP_##name,
#include "py/opcodes.h"
#undef OP
    OP__COUNT
};

#define INS_OP(w) ((int)((w) & 0xFF))
#define INS_ARG(w) ((int)((w) >> 8))
#define BINOP_INPLACE 16
/* BUILD_SET arg flag: the items are the constants of a display of 3 or more; CPython
 * folds those into a frozenset that it merges into the new set (a different table
 * order than adding the items one by one). */
#define BUILD_SET_CONST 0x800000

extern const char *const py_opcode_names[OP__COUNT];

#endif
