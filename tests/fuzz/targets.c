/* targets.c - the bodies of the fuzz targets: the mini-Python front end (lexer, parser,
 * compiler, disassembler), the same followed by running the program under a step
 * budget and a memory cap, and the content parsers (lessons and quiz files, then the
 * Markdown layout of what they produced). Output goes to /dev/null unless the
 * environment sets FUZZ_VERBOSE, which helps when replaying a crasher by hand. */
#include "fuzz.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "base/base.h"
#include "content/content.h"
#include "content/doc.h"
#include "py/ast.h"
#include "py/py.h"

static FILE *sink_out, *sink_err;

/* The CPU-time budget: a native loop (sum(range(10**12))) runs no instructions, so the
 * step budget cannot stop it; a timer interrupts the VM as Ctrl-C would. SIGVTALRM,
 * because libFuzzer's -timeout owns SIGALRM. */
static py_vm *volatile running;
static volatile sig_atomic_t out_of_time;

static void on_cpu_timer(int sig)
{
    (void)sig;
    out_of_time = 1;
    if (running)
        py_interrupt(running);
}

/* First expiry after first_ms of CPU time, then every every_ms; (0, 0) disarms. */
static void cpu_timer(long first_ms, long every_ms)
{
    struct itimerval t = {{every_ms / 1000, every_ms % 1000 * 1000}, {first_ms / 1000, first_ms % 1000 * 1000}};
    setitimer(ITIMER_VIRTUAL, &t, NULL);
}

void fuzz_init(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_cpu_timer;
    sa.sa_flags = SA_RESTART;
    sigaction(SIGVTALRM, &sa, NULL);
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

/* Runs at every check (backward jumps and calls). Once the budget (steps or CPU time)
 * is spent, every check raises, so a program that catches the error (`except
 * BaseException:` in a loop, or around a recursive call) still comes to an end. */
static void budget_hook(py_vm *vm, uint64_t steps, void *ud)
{
    (void)ud;
    if (steps >= FUZZ_STEP_BUDGET || out_of_time)
        py_raise(vm, "RuntimeError", "fuzz budget spent");
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
    py_set_step_hook(vm, 1, budget_hook, NULL);
    out_of_time = 0;
    running = vm;
    cpu_timer(FUZZ_CPU_MS, 10);
    py_run_file(vm, src, false);
    cpu_timer(0, 0);
    running = NULL;
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
