/* test_py.c - unit tests for the mini-Python: lexer tokens and positions, parser
 * shapes and refusals, compiler scopes, and the coroutine C API that src/aio/ drives
 * (send/throw/close, a native awaitable type, py_call, modules, weak refs). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/ast.h"
#include "py/lex.h"
#include "py/py.h"
#include "test.h"

/* ---- lexer ---- */

TEST(py_lex_indent_dedent)
{
    py_lexed lx;
    py_lex("if x:\n    y = 1\nz\n", &lx);
    EXPECT_FALSE(lx.failed);
    int kinds[] = {T_IF, T_NAME, T_COLON, T_NEWLINE, T_INDENT, T_NAME, T_EQUAL, T_INT, T_NEWLINE, T_DEDENT,
                   T_NAME, T_NEWLINE, T_END};
    EXPECT_EQ_INT(lx.ntoks, (int)(sizeof kinds / sizeof kinds[0]));
    for (int i = 0; i < lx.ntoks; i++) EXPECT_EQ_INT(lx.toks[i].kind, kinds[i]);
    EXPECT_EQ_INT(lx.toks[5].line, 2);
    EXPECT_EQ_INT(lx.toks[5].col, 5);
    EXPECT_EQ_INT(lx.toks[5].end_col, 6);
    py_lex_free(&lx);
}

TEST(py_lex_brackets_join_lines)
{
    py_lexed lx;
    py_lex("f(1,\n  2) \\\n + 3\n", &lx);
    EXPECT_FALSE(lx.failed);
    int newlines = 0;
    for (int i = 0; i < lx.ntoks; i++) newlines += lx.toks[i].kind == T_NEWLINE;
    EXPECT_EQ_INT(newlines, 1);
    py_lex_free(&lx);
}

TEST(py_lex_strings)
{
    py_lexed lx;
    py_lex("'a\\x41\\u00e9' r'\\n' \"\"\"t\nq\"\"\" f'{x!r:>10}' rb'x'\n", &lx);
    EXPECT_FALSE(lx.failed);
    EXPECT_EQ_STR(lx.toks[0].sval, "aA\xc3\xa9");
    EXPECT_EQ_STR(lx.toks[1].sval, "\\n");
    EXPECT_EQ_STR(lx.toks[2].sval, "t\nq");
    EXPECT_EQ_INT(lx.toks[3].sflags, PY_STR_F);
    EXPECT_EQ_STR(lx.toks[3].sval, "{x!r:>10}");
    EXPECT_EQ_INT(lx.toks[4].sflags, PY_STR_RAW | PY_STR_BYTES);
    py_lex_free(&lx);
}

TEST(py_lex_unterminated)
{
    py_lexed lx;
    py_lex("x = 'abc\n", &lx);
    EXPECT_TRUE(lx.failed);
    EXPECT_EQ_INT(lx.err_line, 1);
    EXPECT_EQ_INT(lx.err_col, 5);
    py_lex_free(&lx);
}

/* ---- parser ---- */

TEST(py_parse_precedence)
{
    struct py_arena *a;
    py_node *e = py_parse_expression("1 + 2 * 3 ** -x", &a);
    EXPECT_TRUE(e != NULL);
    EXPECT_EQ_INT(e->kind, N_BINOP);
    EXPECT_EQ_INT(e->op, BINOP_ADD);
    EXPECT_EQ_INT(e->b->op, BINOP_MUL);
    EXPECT_EQ_INT(e->b->b->op, BINOP_POW);
    EXPECT_EQ_INT(e->b->b->b->kind, N_UNARY);
    EXPECT_EQ_INT(e->col, 0);
    EXPECT_EQ_INT(e->end_col, 15);
    py_arena_free(a);
}

TEST(py_parse_fstring_nested)
{
    struct py_arena *a;
    py_node *e = py_parse_expression("f'{x:{w}.{p}f} {{ok}} {d[\"k\"]!r}'", &a);
    EXPECT_TRUE(e != NULL);
    EXPECT_EQ_INT(e->kind, N_JOINED);
    EXPECT_EQ_INT(e->n, 3);
    EXPECT_EQ_INT(e->list[0]->kind, N_FORMATTED);
    EXPECT_EQ_INT(e->list[0]->b->n, 4); /* {w} . {p} f */
    EXPECT_EQ_STR(e->list[1]->str, " {ok} ");
    EXPECT_EQ_INT(e->list[2]->op, 'r');
    py_arena_free(a);
}

TEST(py_parse_refusals)
{
    static const struct { const char *src; int line, col; const char *msg; } cases[] = {
        {"x = 1\ntype X = int\n", 2, 1, "'type' statements"},
        {"class C(A, B): pass\n", 1, 12, "'class' statements with more than one base"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        py_parsed p;
        py_parse(cases[i].src, &p);
        EXPECT_TRUE(p.failed && p.refused);
        EXPECT_EQ_INT(p.err_line, cases[i].line);
        EXPECT_EQ_INT(p.err_col, cases[i].col);
        EXPECT_TRUE(strncmp(p.err, cases[i].msg, strlen(cases[i].msg)) == 0);
        py_parse_free(&p);
    }
}

TEST(py_parse_yield_and_async_for)
{
    static const char *const ok[] = {
        "def g():\n    yield 1\n    x = yield\n    y = (yield x) + 1\n    yield from g()\n",
        "async def a():\n    yield 1\n    async for x in a():\n        pass\n    return [x async for x in a()]\n",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        py_parsed p;
        py_parse(ok[i], &p);
        EXPECT_FALSE(p.failed);
        py_parse_free(&p);
    }
}

TEST(py_parse_match_as_name)
{
    py_parsed p;
    py_parse("match = 3\nmatch(1)\nprint(match)\n", &p);
    EXPECT_FALSE(p.failed);
    py_parse_free(&p);
}

/* ---- running programs ---- */

/* Runs src in a fresh VM with stdout/stderr captured into files; returns the code. */
static int run_capture(const char *src, char *out, size_t outn, char *err, size_t errn)
{
    FILE *fo = tmpfile(), *fe = tmpfile();
    py_config cfg = {0};
    cfg.path = "t.py";
    cfg.abs_path = "/tmp/t.py";
    cfg.out = fo;
    cfg.err = fe;
    py_vm *vm = py_vm_new(&cfg);
    int rc = py_run_file(vm, src, false);
    py_vm_free(vm);
    fflush(fo);
    fflush(fe);
    rewind(fo);
    rewind(fe);
    size_t n = fread(out, 1, outn - 1, fo);
    out[n] = 0;
    n = fread(err, 1, errn - 1, fe);
    err[n] = 0;
    fclose(fo);
    fclose(fe);
    return rc;
}

TEST(py_run_closures_and_scopes)
{
    char out[512], err[512];
    int rc = run_capture("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
                         "    return inc\nc = counter()\nc(); c()\nprint(c(), [x * 2 for x in range(3)])\n",
                         out, sizeof out, err, sizeof err);
    EXPECT_EQ_INT(rc, 0);
    EXPECT_EQ_STR(out, "3 [0, 2, 4]\n");
}

TEST(py_run_traceback_carets)
{
    char out[512], err[1024];
    int rc = run_capture("def f(a, b):\n    return a + b\nx = 1\nprint(f(x, 'a'))\n", out, sizeof out, err, sizeof err);
    EXPECT_EQ_INT(rc, 1);
    EXPECT_EQ_STR(err, "Traceback (most recent call last):\n"
                       "  File \"/tmp/t.py\", line 4, in <module>\n"
                       "    print(f(x, 'a'))\n"
                       "          ^^^^^^^^^\n"
                       "  File \"/tmp/t.py\", line 2, in f\n"
                       "    return a + b\n"
                       "           ~~^~~\n"
                       "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n");
}

TEST(py_run_refusal_message)
{
    char out[256], err[512];
    int rc = run_capture("print(1)\nclass C(A, B):\n    pass\n", out, sizeof out, err, sizeof err);
    EXPECT_EQ_INT(rc, 1);
    EXPECT_EQ_STR(out, "");
    EXPECT_EQ_STR(err, "t.py:2:12: 'class' statements with more than one base are not supported by looplab (see looplab help python)\n");
}

TEST(py_run_sys_exit_code)
{
    char out[256], err[256];
    EXPECT_EQ_INT(run_capture("import sys\nsys.exit(3)\n", out, sizeof out, err, sizeof err), 3);
}

/* ---- the coroutine C API (what src/aio/ builds on) ---- */

typedef struct fut { py_val result; bool done; } fut;

static void fut_mark(py_vm *vm, void *data) { py_gc_mark(vm, ((fut *)data)->result); }

/* await fut: not done -> yield the future itself; done -> its result. */
static py_val fut_await(py_vm *vm, py_val self)
{
    (void)vm;
    fut *f = py_native_data(self);
    if (!f->done) { py_val u; u.tag = V_UNDEF; u.u.i = 0; return u; }
    return f->result;
}

static py_type *fut_type;

static py_val fut_new(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    return py_native_obj_new(vm, fut_type);
}

static int testmod_init(py_vm *vm, py_val m)
{
    py_module_add_fn(vm, m, "Future", fut_new);
    return 0;
}

static py_vm *api_vm(void)
{
    py_config cfg = {0};
    cfg.path = cfg.abs_path = "/tmp/api.py";
    cfg.out = tmpfile();
    cfg.err = tmpfile();
    py_vm *vm = py_vm_new(&cfg);
    py_type_spec spec = {"Future", sizeof(fut), NULL, fut_mark, NULL, fut_await, NULL};
    fut_type = py_type_new_native(vm, &spec);
    py_register_module(vm, "testmod", testmod_init);
    return vm;
}

static py_val g_outer, g_fut, g_mod;

static void exc_dump(py_vm *vm)
{
    FILE *e = py_stderr(vm);
    py_print_exception(vm, py_exc_take(vm));
    rewind(e);
    char buf[2000];
    size_t n = fread(buf, 1, sizeof buf - 1, e);
    buf[n] = 0;
    fprintf(stderr, "%s", buf);
}

/* g.grab(outer, fut): parks both in the module g, which outlives the program's globals. */
static py_val grab(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs == 2) {
        g_outer = args[0];
        g_fut = args[1];
        py_module_set(vm, g_mod, "outer", args[0]);
        py_module_set(vm, g_mod, "fut", args[1]);
    }
    return py_none();
}

static int gmod_init(py_vm *vm, py_val m)
{
    g_mod = m;
    py_module_add_fn(vm, m, "grab", grab);
    return 0;
}

TEST(py_coro_api_full_cycle)
{
    py_vm *vm = api_vm();
    py_register_module(vm, "g", gmod_init);
    g_outer.tag = V_UNDEF;
    /* keep the objects alive past module teardown by parking them in a list the test roots */
    int rc = py_run_file(vm, "import testmod, g\nF = testmod.Future()\n"
                             "async def outer(f):\n    async def inner(f):\n        v = await f\n        return v * 2\n"
                             "    x = await inner(f)\n    return x + 1\n"
                             "g.grab(outer, F)\n", false);
    EXPECT_EQ_INT(rc, 0);
    EXPECT_TRUE(g_outer.tag == V_OBJ);
    py_val keep = py_list_new(vm, 2, (py_val[]){g_outer, g_fut});
    py_tmp_push(vm, keep);
    py_val coro = py_call(vm, g_outer, &g_fut, 1, (py_val){0});
    EXPECT_TRUE(py_is_coro(coro));
    py_tmp_push(vm, coro);
    py_val out;
    enum py_coro_result st = py_coro_send(vm, coro, py_none(), &out);
    if (st == PY_CORO_ERROR) exc_dump(vm);
    EXPECT_EQ_INT(st, PY_CORO_YIELD);
    EXPECT_TRUE(out.tag == V_OBJ && out.u.o == g_fut.u.o);   /* the future bubbled up */
    EXPECT_TRUE(py_coro_started(coro));
    fut *f = py_native_data(g_fut);
    f->result = py_int(20);
    f->done = true;
    EXPECT_EQ_INT(py_coro_send(vm, coro, py_none(), &out), PY_CORO_RETURN);
    EXPECT_EQ_INT(out.tag, V_INT);
    EXPECT_EQ_INT(out.u.i, 41);
    EXPECT_TRUE(py_coro_done(coro));
    py_vm_free(vm);
}

TEST(py_coro_api_throw_and_close)
{
    py_vm *vm = api_vm();
    py_register_module(vm, "g", gmod_init);
    int rc = py_run_file(vm, "import testmod, g\nF = testmod.Future()\n"
                             "async def outer(f):\n    async def inner(f):\n        try:\n            await f\n"
                             "        except ValueError as e:\n            return 'caught ' + str(e)\n"
                             "    return await inner(f)\n"
                             "g.grab(outer, F)\n", false);
    EXPECT_EQ_INT(rc, 0);
    py_val keep = py_list_new(vm, 2, (py_val[]){g_outer, g_fut});
    py_tmp_push(vm, keep);
    py_val coro = py_call(vm, g_outer, &g_fut, 1, (py_val){0});
    py_tmp_push(vm, coro);
    py_val out;
    EXPECT_EQ_INT(py_coro_send(vm, coro, py_none(), &out), PY_CORO_YIELD);
    py_val exc = py_call(vm, py_builtin(vm, "ValueError"), (py_val[]){py_str_cstr(vm, "boom")}, 1, (py_val){0});
    EXPECT_EQ_INT(py_coro_throw(vm, coro, exc, &out), PY_CORO_RETURN);
    size_t n;
    EXPECT_EQ_STR(py_str_data(out, &n), "caught boom");
    /* close: a suspended coroutine gets GeneratorExit; a fresh one just closes */
    py_val c2 = py_call(vm, g_outer, &g_fut, 1, (py_val){0});
    py_tmp_push(vm, c2);
    EXPECT_EQ_INT(py_coro_send(vm, c2, py_none(), &out), PY_CORO_YIELD);
    EXPECT_EQ_INT(py_coro_close(vm, c2), 0);
    EXPECT_TRUE(py_coro_done(c2));
    py_vm_free(vm);
}

static int unawaited_count;
static void count_unawaited(py_vm *vm, py_val coro, void *ud)
{
    (void)vm; (void)ud;
    if (strcmp(py_coro_name(coro), "main") == 0) unawaited_count++;
}

TEST(py_coro_unawaited_hook_and_weakref)
{
    py_vm *vm = api_vm();
    py_set_unawaited_hook(vm, count_unawaited, NULL);
    unawaited_count = 0;
    EXPECT_EQ_INT(py_run_file(vm, "async def main():\n    pass\nmain()\nimport gc\ngc.collect()\n", false), 0);
    EXPECT_EQ_INT(unawaited_count, 1);
    size_t mark = py_tmp_mark(vm);
    py_val l = py_list_new(vm, 0, NULL);
    py_val w = py_weak_new(vm, l);
    py_tmp_push(vm, w);
    EXPECT_TRUE(py_weak_get(w).tag == V_OBJ);
    py_tmp_reset(vm, mark);
    py_tmp_push(vm, w);
    py_gc_collect(vm);
    EXPECT_TRUE(py_weak_get(w).tag == V_UNDEF);
    py_vm_free(vm);
}

static uint64_t hook_calls;
static void step_hook(py_vm *vm, uint64_t steps, void *ud)
{
    (void)steps; (void)ud;
    if (++hook_calls == 3) py_interrupt(vm);
}

TEST(py_step_hook_and_interrupt)
{
    py_vm *vm = api_vm();
    hook_calls = 0;
    py_set_step_hook(vm, 100, step_hook, NULL);
    EXPECT_EQ_INT(py_run_file(vm, "try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n    print('stopped')\n", false), 0);
    EXPECT_TRUE(hook_calls >= 3);
    EXPECT_TRUE(py_steps(vm) >= 300);
    py_vm_free(vm);
}
