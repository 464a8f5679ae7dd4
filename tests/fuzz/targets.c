/* targets.c - the bodies of the fuzz targets: the mini-Python front end (lexer, parser,
 * compiler, disassembler), the same followed by running the program under a step
 * budget and a memory cap, and the content parsers (lessons and quiz files, then the
 * Markdown layout of what they produced). Output goes to /dev/null unless the
 * environment sets FUZZ_VERBOSE, which helps when replaying a crasher by hand. */
#include "fuzz.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "content/content.h"
#include "content/doc.h"
#include "py/ast.h"
#include "py/py.h"

static FILE *sink_out, *sink_err;

void fuzz_init(void)
{
    if (!freopen("/dev/null", "r", stdin))
        perror("fuzz: /dev/null");
    if (getenv("FUZZ_VERBOSE")) {
        sink_out = stdout;
        sink_err = stderr;
    } else {
        sink_out = fopen("/dev/null", "w");
        sink_err = sink_out;
    }
}

/* The input as a NUL-terminated string (an embedded NUL ends it early, as it would
 * for a file read by `looplab run`); NULL when over the cap. */
static char *input_text(const uint8_t *data, size_t size, size_t cap)
{
    if (size > cap)
        return NULL;
    char *s = xmalloc(size + 1);
    memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* ---- the mini-Python ---- */

/* time.sleep would make a fuzz run wait for real: this time module never sleeps. */
static py_val fake_sleep(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm;
    (void)args;
    (void)kw;
    if (nargs != 1)
        return py_raise(vm, "TypeError", "time.sleep() takes exactly one argument (%d given)", nargs);
    return py_none();
}

static py_val fake_clock(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm;
    (void)args;
    (void)nargs;
    (void)kw;
    return py_float(0.5);
}

static int fake_time_init(py_vm *vm, py_val m)
{
    py_module_add_fn(vm, m, "time", fake_clock);
    py_module_add_fn(vm, m, "monotonic", fake_clock);
    py_module_add_fn(vm, m, "perf_counter", fake_clock);
    py_module_add_fn(vm, m, "sleep", fake_sleep);
    return 0;
}

/* Once the budget is spent, every later check raises again, so a program that catches
 * the first error (`except BaseException: pass` in a loop) still comes to an end. */
static void budget_hook(py_vm *vm, uint64_t steps, void *ud)
{
    (void)ud;
    if (steps < FUZZ_STEP_BUDGET)
        return;
    py_set_step_hook(vm, 1, budget_hook, NULL);
    py_raise(vm, "RuntimeError", "fuzz step budget spent");
}

static py_vm *vm_for_fuzz(void)
{
    static char *argv[] = {(char *)"fuzz.py"};
    py_config cfg = {.mem_cap = FUZZ_MEM_CAP, .path = "fuzz.py", .abs_path = "/fuzz/fuzz.py",
                     .argc = 1, .argv = argv, .out = sink_out, .err = sink_err};
    py_vm *vm = py_vm_new(&cfg);
    py_register_module(vm, "time", fake_time_init);
    return vm;
}

int fuzz_py_compile_one(const uint8_t *data, size_t size)
{
    char *src = input_text(data, size, FUZZ_MAX_PROGRAM);
    if (!src)
        return -1;
    /* the traceback printer parses source segments as lone expressions */
    struct py_arena *arena = NULL;
    py_parse_expression(src, &arena);
    py_arena_free(arena);
    py_vm *vm = vm_for_fuzz();
    py_run_file(vm, src, true);
    py_vm_free(vm);
    free(src);
    return 0;
}

int fuzz_py_run_one(const uint8_t *data, size_t size)
{
    char *src = input_text(data, size, FUZZ_MAX_PROGRAM);
    if (!src)
        return -1;
    py_vm *vm = vm_for_fuzz();
    py_set_step_hook(vm, 1000, budget_hook, NULL);
    py_run_file(vm, src, false);
    py_vm_free(vm);
    free(src);
    return 0;
}

/* ---- content ---- */

static void render(const char *markdown, int width)
{
    if (!markdown)
        return;
    struct doc d;
    struct doc_opts o = {.width = width, .ascii = width < 40, .marks = width > 60};
    doc_render(&d, markdown, &o);
    doc_free(&d);
}

/* Lays out everything a learner could be shown, at two widths. */
static void render_content(const struct content *c)
{
    for (int w = 20; w <= 80; w += 60) {
        for (int i = 0; i < c->nlessons; i++)
            for (int p = 0; p < c->lessons[i].npages; p++)
                render(c->lessons[i].pages[p].markdown, w);
        for (int i = 0; i < c->nquestions; i++) {
            const struct question *q = &c->questions[i];
            render(q->prompt, w);
            render(q->explanation, w);
            for (int k = 0; k < q->nopts; k++) {
                render(q->opts[k].text, w);
                render(q->opts[k].note, w);
            }
        }
    }
}

int fuzz_content_one(const uint8_t *data, size_t size)
{
    char *text = input_text(data, size, FUZZ_MAX_CONTENT);
    if (!text)
        return -1;
    struct content c;
    memset(&c, 0, sizeof c);
    content_parse_file(&c, "pack/content/lessons/01-fuzz.md", text, "lesson");
    content_parse_file(&c, "pack/quiz/fuzz.md", text, "quiz");
    render_content(&c);
    content_free(&c);
    free(text);
    return 0;
}
