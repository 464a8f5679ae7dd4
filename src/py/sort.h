/* sort.h - CPython's list sort (timsort) over key/value pairs. */
#ifndef PY_SORT_H
#define PY_SORT_H

#include "py/vm.h"

typedef struct py_sort_item { py_val key, val; } py_sort_item;

/* Sorts items stably by key with "<" only, comparing exactly as CPython 3.11
 * does. 0, or -1 with an exception pending; either way items holds a
 * permutation of what it held (part sorted after a failure, as in CPython). */
int py_sort_items(py_vm *vm, py_sort_item *items, int64_t n);

#endif
