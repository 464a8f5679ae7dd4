/* subset.c - the supported and refused parts of Python, as data. */
#include "py/subset.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "py/vm.h"

const struct py_refusal_entry py_refusals[REFUSE__COUNT] = {
    [REFUSE_CLASS_KEYWORDS] = {"'class' keyword arguments", "no metaclasses: a class has at most one base"},
    [REFUSE_MULTI_BASE] = {"'class' statements with more than one base", "single inheritance only"},
    [REFUSE_COMPLEX] = {"complex number literals", "use two floats"},
    [REFUSE_MATMUL] = {"'@' matrix multiplications", "no builtin type defines it"},
    [REFUSE_STAR_IMPORT] = {"'from ... import *' imports", "import the names you use"},
    [REFUSE_RELATIVE_IMPORT] = {"relative imports", "programs are a single file"},
    [REFUSE_TYPE_ALIAS] = {"'type' statements", "assign the type to a name"},
};

const struct py_feature_entry py_features[] = {
    {"modules", "import asyncio, time, sys, gc, math, random (seeded: the same numbers as CPython), functools, typing, dataclasses, contextlib, collections; import X as Y; from X import a, b; __name__ == \"__main__\""},
    {"statements", "expressions, assignment (augmented, tuple unpacking, starred, subscripts, attributes), "
                   "def and async def (defaults, keyword, *args, **kwargs, keyword-only, positional-only), closures, "
                   "global, nonlocal, return, pass, if/elif/else, while, for, break, continue, "
                   "loop else, try/except/else/finally, except*, raise, raise from, assert, del, "
                   "with and async with (several items, parenthesized), await, async for (loops, "
                   "comprehensions), yield, yield from, generators and async generators, decorators "
                   "(functions, methods, classes; property, staticmethod, classmethod), "
                   "class (single base, super(), __init__, __str__, __repr__), "
                   "match/case (literal, capture, wildcard, value, sequence, mapping, class, or and as patterns, guards)"},
    {"expressions", "int (arbitrary precision, as CPython), float, bool, None, str with escapes, "
                    "bytes (b'...' literals, len, indexing, slicing, +, *, in, str.encode/bytes.decode "
                    "in utf-8, ascii or latin-1, split, strip, join, find, count, replace, startswith), "
                    "f-strings with !r/!s and format specs, % formatting, str.format, list, tuple, "
                    "dict, set, comprehensions and generator expressions, slicing, in, is, chained "
                    "comparisons, and/or/not, conditional expressions, lambda, assignment expressions (:=)"},
    {"limits", "recursion limit 1000 (RecursionError), a memory cap (MemoryError), Ctrl-C raises "
               "KeyboardInterrupt; no files or processes; network only through asyncio streams on loopback "
               "(127.0.0.1, localhost, ::1)"},
};
const int py_nfeatures = (int)LL_ARRAY_LEN(py_features);

void py_subset_message(enum py_refusal r, char *buf, size_t n)
{
    snprintf(buf, n, "%s are not supported by looplab (see looplab help python)", py_refusals[r].construct);
}

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The names a fresh interpreter has in its builtins, sorted: functions and types, or
 * exception classes. Read from the interpreter itself, so the list cannot drift. */
static void print_builtin_names(FILE *f, py_vm *vm, bool exceptions)
{
    py_dict *b = vm->builtins;
    const char **names = xmalloc((size_t)(b->nentries + 1) * sizeof *names);
    int n = 0;
    for (int64_t i = 0; i < b->nentries; i++) {
        py_val k = b->entries[i].key, v = b->entries[i].val;
        if (k.tag == V_UNDEF || !is_kind(k, K_STR) || AS_STR(k)->data[0] == '_') continue;
        bool exc = is_kind(v, K_TYPE) && (AS_TYPE(v)->flags & TF_EXC);
        if (exc == exceptions) names[n++] = AS_STR(k)->data;
    }
    qsort(names, (size_t)n, sizeof *names, cmp_cstr);
    for (int i = 0; i < n; i++) fprintf(f, "%s%s", i ? " " : "", names[i]);
    fputc('\n', f);
    free(names);
}

void py_subset_print_help(FILE *f)
{
    fputs("looplab runs programs in a subset of Python 3.11 (see also MINIPY.md).\n\nSupported:\n", f);
    for (int i = 0; i < py_nfeatures; i++) {
        if (strcmp(py_features[i].area, "limits") == 0) {
            py_vm *vm = py_vm_new(NULL);
            fprintf(f, "  %-12s ", "builtins");
            print_builtin_names(f, vm, false);
            fprintf(f, "  %-12s ", "exceptions");
            print_builtin_names(f, vm, true);
            py_vm_free(vm);
        }
        fprintf(f, "  %-12s %s\n", py_features[i].area, py_features[i].text);
    }
    fputs("\nRefused before the program runs (file:line:col names the construct):\n", f);
    for (int i = 0; i < REFUSE__COUNT; i++)
        fprintf(f, "  %-34s %s\n", py_refusals[i].construct, py_refusals[i].hint);
}
