/* modules.c - the module registry (import), the built-in modules time, sys and gc,
 * the never-awaited-coroutine warning, and running a whole program file. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "py/ast.h"
#include "py/vm.h"

/* ---------------- registry ---------------- */

void py_register_module(py_vm *vm, const char *name, py_module_init init_fn)
{
    for (int i = 0; i < vm->nmods; i++) {
        if (strcmp(vm->mods[i].name, name) == 0) {
            vm->mods[i].init = init_fn;
            vm->mods[i].module = undef_val();
            return;
        }
    }
    if (vm->nmods == vm->modcap) {
        vm->modcap = vm->modcap ? vm->modcap * 2 : 8;
        vm->mods = xrealloc(vm->mods, (size_t)vm->modcap * sizeof *vm->mods);
    }
    vm->mods[vm->nmods++] = (py_modreg){xstrdup(name), init_fn, undef_val()};
}

int py_module_set(py_vm *vm, py_val module, const char *name, py_val v)
{
    dict_set_str(vm, ((py_module *)module.u.o)->dict, str_intern_c(vm, name), v);
    return 0;
}

int py_module_add_fn(py_vm *vm, py_val module, const char *name, py_native_fn fn)
{
    return py_module_set(vm, module, name, py_native_new(vm, name, fn));
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

py_val import_module(py_vm *vm, py_str *name)
{
    for (int i = 0; i < vm->nmods; i++) {
        py_modreg *r = &vm->mods[i];
        if (strcmp(r->name, name->data) != 0) continue;
        if (r->module.tag == V_OBJ) return r->module;
        py_module *m = py_alloc_obj(vm, sizeof(py_module), K_MODULE, vm->t_module);
        m->name = name;
        m->dict = dict_new(vm);
        dict_set_str(vm, m->dict, vm->s_name, py_obj_val(name));
        r->module = py_obj_val(m);
        if (r->init(vm, r->module) < 0) {
            vm->mods[i].module = undef_val();
            return py_err();
        }
        return vm->mods[i].module;
    }
    char *names[64];
    int n = 0;
    for (int i = 0; i < vm->nmods && n < 64; i++) names[n++] = vm->mods[i].name;
    qsort(names, (size_t)n, sizeof *names, cmp_names);
    sbuf b = {0};
    for (int i = 0; i < n; i++) sbuf_printf(&b, "%s%s", i ? ", " : "", names[i]);
    py_val e = raise_type(vm, vm->e_modnotfound, "No module named '%s' (looplab provides: %s)", name->data, sbuf_str(&b));
    sbuf_free(&b);
    return e;
}

/* ---------------- time ---------------- */

static double clock_secs(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static py_val t_time(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)a; (void)n; (void)kw; return py_float(clock_secs(CLOCK_REALTIME)); }
static py_val t_monotonic(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)a; (void)n; (void)kw; return py_float(clock_secs(CLOCK_MONOTONIC)); }

static int64_t clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static py_val t_time_ns(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)a; (void)n; (void)kw; return py_int(clock_ns(CLOCK_REALTIME)); }
static py_val t_monotonic_ns(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)a; (void)n; (void)kw; return py_int(clock_ns(CLOCK_MONOTONIC)); }
static py_val t_process_time(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)a; (void)n; (void)kw; return py_float(clock_secs(CLOCK_PROCESS_CPUTIME_ID)); }

/* time.strftime(format): the local time now, formatted by the C library as CPython's is. */
static py_val t_strftime(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs == 2) return raise_type(vm, vm->e_type, "time.strftime() with a time tuple is not supported by looplab: it formats the current local time");
    if (want_args_as(vm, "strftime", nargs, 1, 2, ARGS_TUPLE) < 0) return py_err();
    if (!is_kind(args[0], K_STR)) return raise_type(vm, vm->e_type, "strftime() argument 1 must be str, not %s", py_type_name(vm, args[0]));
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    char buf[1024];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    size_t len = AS_STR(args[0])->len ? strftime(buf, sizeof buf, AS_STR(args[0])->data, &tm) : 0;
#pragma GCC diagnostic pop
    return py_obj_val(str_new(vm, buf, len));
}

static py_val t_sleep(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 1) return raise_type(vm, vm->e_type, "time.sleep() takes exactly one argument (%d given)", nargs);
    double s = args[0].tag == V_FLOAT ? args[0].u.f : args[0].tag == V_INT ? (double)args[0].u.i : -2;
    if (s == -2) return raise_type(vm, vm->e_type, "'%s' object cannot be interpreted as an integer", py_type_name(vm, args[0]));
    if (s < 0) return raise_type(vm, vm->e_value, "sleep length must be non-negative");
    fflush(vm->out);
    struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
        if (vm->interrupted) {
            vm->interrupted = 0;
            exc_set_pending(vm, exc_make(vm, vm->e_kbint, NULL, 0));
            return py_err();
        }
    }
    return py_none();
}

static int time_init(py_vm *vm, py_val m)
{
    py_module_add_fn(vm, m, "time", t_time);
    py_module_add_fn(vm, m, "monotonic", t_monotonic);
    py_module_add_fn(vm, m, "perf_counter", t_monotonic);
    py_module_add_fn(vm, m, "sleep", t_sleep);
    py_module_add_fn(vm, m, "time_ns", t_time_ns);
    py_module_add_fn(vm, m, "monotonic_ns", t_monotonic_ns);
    py_module_add_fn(vm, m, "perf_counter_ns", t_monotonic_ns);
    py_module_add_fn(vm, m, "process_time", t_process_time);
    py_module_add_fn(vm, m, "strftime", t_strftime);
    return 0;
}

/* ---------------- sys ---------------- */

static py_val stdio_write(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2 || !is_kind(args[1], K_STR))
        return raise_type(vm, vm->e_type, "write() argument must be str, not %s", nargs == 2 ? py_type_name(vm, args[1]) : "nothing");
    FILE *f = *(FILE **)py_native_data(args[0]);
    py_output(vm, f == vm->err ? 2 : 1, AS_STR(args[1])->data, (size_t)AS_STR(args[1])->len);
    return py_int(AS_STR(args[1])->cplen);
}

static py_val stdio_flush(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    fflush(*(FILE **)py_native_data(args[0]));
    return py_none();
}

static py_val sys_exit(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    py_val e = exc_make(vm, vm->e_sysexit, args, nargs > 1 ? 1 : nargs);
    if (py_is_err(e)) return e;
    exc_set_pending(vm, e);
    return py_err();
}

static py_val sys_getrec(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)a; (void)n; (void)kw; return py_int(PY_RECURSION_LIMIT); }
static py_val sys_setrec(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)a; (void)n; (void)kw; return py_none(); }

/* sys.exception() and sys.exc_info(): the exception being handled. */
static py_val sys_exception(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    (void)a; (void)kw;
    if (n) return raise_type(vm, vm->e_type, "exception() takes no arguments (%d given)", n);
    return exc_current_handled(vm);
}

static py_val sys_exc_info(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    (void)a; (void)kw;
    if (n) return raise_type(vm, vm->e_type, "exc_info() takes no arguments (%d given)", n);
    py_val e = exc_current_handled(vm);
    if (!is_kind(e, K_INST)) return py_tuple_new(vm, 3, (py_val[]){py_none(), py_none(), py_none()});
    py_val tb = AS_INST(e)->tb;
    return py_tuple_new(vm, 3, (py_val[]){py_obj_val(e.u.o->type), e, tb.tag == V_UNDEF ? py_none() : tb});
}

static py_val make_stdio(py_vm *vm, FILE *f)
{
    py_nobj *o = py_alloc_obj(vm, sizeof(py_nobj) + sizeof(FILE *), K_NOBJ, vm->t_stdio);
    *(FILE **)o->data = f;
    return py_obj_val(o);
}

static int sys_init(py_vm *vm, py_val m)
{
    py_module_set(vm, m, "stdout", vm->sys_stdout);
    py_module_set(vm, m, "stderr", vm->sys_stderr);
    py_module_set(vm, m, "argv", vm->argv);
    py_module_add_fn(vm, m, "exit", sys_exit);
    py_module_add_fn(vm, m, "exception", sys_exception);
    py_module_add_fn(vm, m, "exc_info", sys_exc_info);
    py_module_add_fn(vm, m, "getrecursionlimit", sys_getrec);
    py_module_add_fn(vm, m, "setrecursionlimit", sys_setrec);
    py_module_set(vm, m, "maxsize", py_int(INT64_MAX));
    py_module_set(vm, m, "platform", py_obj_val(str_intern_c(vm, "looplab")));
    py_module_set(vm, m, "version", py_obj_val(str_intern_c(vm, "3.11 (looplab mini-Python)")));
    py_val vi = py_tuple_new(vm, 3, (py_val[]){py_int(3), py_int(11), py_int(0)});
    py_module_set(vm, m, "version_info", vi);
    gen_init_sys(vm, m);
    return 0;
}

/* ---------------- gc ---------------- */

static py_val gc_collect_fn(py_vm *vm, py_val *a, int n, py_dict *kw)
{
    (void)a; (void)n; (void)kw;
    py_gc_collect(vm);
    return py_int(0);
}

static int gc_init(py_vm *vm, py_val m)
{
    py_module_add_fn(vm, m, "collect", gc_collect_fn);
    return 0;
}

/* ---------------- warnings ---------------- */

/* CPython warns when the coroutine object is destroyed, at the line running then:
 * "FILE:LINE: RuntimeWarning: coroutine 'f' was never awaited", the source line
 * indented by two, then the tracemalloc hint. With no Python code running (the
 * program's globals cleared at exit) CPython writes only "sys:1: RuntimeWarning: ...". */
void py_default_unawaited(py_vm *vm, py_val coro, void *ud)
{
    (void)ud;
    py_warn_unawaited(vm, AS_CORO(coro)->func->code->qualname->data);
}

void py_warn_unawaited(py_vm *vm, const char *name)
{
    py_fiber *f = vm->fiber;
    py_frame *fr = f && f->nframes ? &f->frames[f->nframes - 1] : NULL;
    sbuf b = {0};
    if (!fr) {
        sbuf_printf(&b, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", name);
        py_output(vm, 2, b.data, b.len);
        sbuf_free(&b);
        return;
    }
    int ip = fr->ip > 0 ? (int)fr->ip - 1 : 0;
    int line = ip < fr->code->ncode ? fr->code->locs[ip].line : 0;
    const char *file = fr->code->filename->data;
    /* the default warnings filter shows a warning once per (text, module, line) */
    char *key = xasprintf("%s:%d:%s", file, line, name);
    for (int i = 0; i < vm->nwarned; i++) {
        if (strcmp(vm->warned[i], key) == 0) { free(key); return; }
    }
    vm->warned = xrealloc(vm->warned, (size_t)(vm->nwarned + 1) * sizeof *vm->warned);
    vm->warned[vm->nwarned++] = key;
    sbuf_printf(&b, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", file, line, name);
    const char *s = strcmp(file, vm->abs_path) == 0 ? vm->source : NULL;
    for (int i = 1; s && i < line; i++) { s = strchr(s, '\n'); if (s) s++; }
    if (s && line > 0) {
        while (*s == ' ' || *s == '\t') s++;
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        while (n && (s[n - 1] == ' ' || s[n - 1] == '\r')) n--;
        sbuf_printf(&b, "  %.*s\n", (int)n, s);
    }
    sbuf_adds(&b, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
    py_output(vm, 2, b.data, b.len);
    sbuf_free(&b);
}

void py_set_unawaited_hook(py_vm *vm, void (*hook)(py_vm *vm, py_val coro, void *ud), void *ud)
{
    vm->unawaited_hook = hook;
    vm->unawaited_ud = ud;
}

void modules_init(py_vm *vm)
{
    py_type_add_method(vm, vm->t_stdio, "write", stdio_write);
    py_type_add_method(vm, vm->t_stdio, "flush", stdio_flush);
    vm->sys_stdout = make_stdio(vm, vm->out);
    vm->sys_stderr = make_stdio(vm, vm->err);
    py_register_module(vm, "time", time_init);
    py_register_module(vm, "sys", sys_init);
    py_register_module(vm, "gc", gc_init);
    mathmod_register(vm);
    randmod_register(vm);
    stdmods_register(vm);
    vm->unawaited_hook = py_default_unawaited;
}

/* ---------------- running a file ---------------- */

/* Prints a SyntaxError as CPython 3.11 does (print_exception_file_and_line and
 * print_error_text): the line without its indentation, carets from col to end_col
 * (to the end of the line if the error spans lines), none if col falls in the
 * indentation. Columns arrive as 1-based byte offsets; CPython's are characters,
 * which it then applies to the UTF-8 text, so convert the same way. */
static void print_syntax_error(py_vm *vm, int kind, const int loc[4], const char *msg, const char *text, bool chars)
{
    static const char *const names[] = {"SyntaxError", "IndentationError", "TabError"};
    int line = loc[0];
    fflush(vm->out);
    if (kind == PY_PARSE_MEMORY_ERROR || line < 0) {  /* not a SyntaxError: the bare exception line */
        fprintf(vm->err, "%s\n", kind == PY_PARSE_MEMORY_ERROR ? "MemoryError" : msg);
        return;
    }
    fprintf(vm->err, "  File \"%s\", line %d\n", vm->abs_path, line);
    const char *s = vm->source;
    for (int i = 1; s && i < line; i++) { s = strchr(s, '\n'); if (s) s++; }
    if (text && *text) s = text;  /* an f-string's expression, as CPython compiled it */
    if (s && *s) {
        const char *e = strchr(s, '\n');
        int64_t n = e ? (int64_t)(e - s) : (int64_t)strlen(s);
        /* the parser's and compiler's offsets are UTF-8 bytes; the tokenizer's are
         * characters (then printed as if bytes: CPython's carets shift on accents) */
        int64_t size = n + (e ? 1 : 0), offset = loc[1], end = loc[3];  /* the text keeps its newline */
        if (chars) {
            offset = loc[1] <= 0 ? loc[1] : 1 + utf8_count(s, loc[1] - 1 < n ? loc[1] - 1 : n);
            end = loc[3] > 0 ? 1 + utf8_count(s, loc[3] - 1 < n ? loc[3] - 1 : n) + (loc[3] - 1 > n ? loc[3] - 1 - n : 0) : 0;
        }
        if (loc[2] > line) end = size;
        if (end > size + 1) end = size + 1;
        int64_t carets = end > 0 && end > offset ? end - offset : 1;
        offset--;
        while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\f')) { s++; n--; offset--; }
        if (offset > n) offset = n;
        fprintf(vm->err, "    %.*s\n", (int)n, s);
        if (offset >= 0) {
            fprintf(vm->err, "    %*s", (int)offset, "");
            for (int64_t i = 0; i < carets; i++) fputc('^', vm->err);
            fputc('\n', vm->err);
        }
    }
    fprintf(vm->err, "%s: %s\n", names[kind >= 0 && kind <= 2 ? kind : 0], msg);
}

/* Exit status for an uncaught SystemExit (printing its message if it is not an int). */
static int system_exit_code(py_vm *vm, py_val exc)
{
    py_val args = AS_INST(exc)->args;
    if (!is_kind(args, K_TUPLE) || AS_TUPLE(args)->len == 0) return 0;
    py_val code = AS_TUPLE(args)->items[0];
    if (code.tag == V_NONE) return 0;
    if (code.tag == V_INT || code.tag == V_BOOL) return (int)(code.u.i & 0xFF);
    sbuf b = {0};
    if (py_str_into(vm, &b, code) == 0) { fflush(vm->out); fprintf(vm->err, "%s\n", sbuf_str(&b)); }
    sbuf_free(&b);
    return 1;
}

int py_exec_interactive(py_vm *vm, const char *src, py_val *coro)
{
    *coro = undef_val();
    /* the input's text shows under a SyntaxError, as the interactive interpreter's
     * parser shows it; tracebacks of <stdin> show no source lines (source reset below) */
    free(vm->source);
    vm->source = xstrdup(src);
    py_parsed p;
    py_parse_mode(src, true, &p);
    if (p.failed) {
        if (p.refused)
            fprintf(vm->err, "%s:%d:%d: %s\n", vm->path, p.err_line, p.err_col, p.err);
        else {
            int loc[4] = {p.err_line, p.err_col, p.err_end_line, p.err_end_col};
            print_syntax_error(vm, p.err_kind, loc, p.err, p.err_text, p.err_chars);
        }
        py_parse_free(&p);
        return 1;
    }
    char err[300];
    int loc[4] = {0, 0, 0, 0};
    py_code *code = py_compile_input(vm, p.module, true, err, sizeof err, loc);
    py_parse_free(&p);
    if (!code) {
        print_syntax_error(vm, PY_SYNTAX_ERROR, loc, err, NULL, false);
        return 1;
    }
    free(vm->source);
    vm->source = NULL;
    py_tmp_push(vm, py_obj_val(code));
    if (code->flags & CO_CORO) {
        *coro = vm_module_coro(vm, code, vm->main_globals);
        return 0;
    }
    py_val r = vm_run_code(vm, code, vm->main_globals, NULL);
    if (py_is_err(r)) {
        py_print_exception(vm, py_exc_take(vm));
        fflush(vm->err);
        return 2;
    }
    fflush(vm->out);
    return 0;
}

py_val py_main_globals(py_vm *vm)
{
    return py_obj_val(vm->main_globals);
}

/* The first byte that does not start a well-formed UTF-8 sequence, by the rule of
 * CPython's tokenizer (lead byte, then the right number of continuation bytes), and
 * its line; 0 if there is none. */
static int source_bad_utf8(const char *src, int *line)
{
    *line = 1;
    for (const unsigned char *s = (const unsigned char *)src; *s;) {
        int need = *s < 0x80 ? 0 : *s < 0xC0 ? -1 : *s < 0xE0 ? 1 : *s < 0xF0 ? 2 : *s < 0xF8 ? 3 : -1;
        for (int k = 1; k <= need; k++)
            if (s[k] < 0x80 || s[k] >= 0xC0) need = -1;
        if (need < 0) return *s;
        if (*s == '\n') ++*line;
        s += need + 1;
    }
    return 0;
}

int py_run_file(py_vm *vm, const char *src, bool dis)
{
    free(vm->source);
    vm->source = xstrdup(src);
    int bad_line, bad = source_bad_utf8(src, &bad_line);
    if (bad) {
        fflush(vm->out);
        fprintf(vm->err, "SyntaxError: Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, but no encoding "
                         "declared; see https://peps.python.org/pep-0263/ for details\n", bad, vm->abs_path, bad_line);
        return 1;
    }
    py_parsed p;
    py_parse(src, &p);
    for (int i = 0; i < p.nwarn && !p.refused; i++) {  /* the tokenizer's, before the compiler's */
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", p.warns[i].kind);
        py_syntax_warning(vm, p.warns[i].line, msg);
    }
    if (p.failed) {
        if (p.refused) {
            fprintf(vm->err, "%s:%d:%d: %s\n", vm->path, p.err_line, p.err_col, p.err);
        } else {
            int loc[4] = {p.err_line, p.err_col, p.err_end_line, p.err_end_col};
            print_syntax_error(vm, p.err_kind, loc, p.err, p.err_text, p.err_chars);
        }
        py_parse_free(&p);
        return 1;
    }
    char err[300];
    int loc[4] = {0, 0, 0, 0};
    py_code *code = py_compile_module(vm, p.module, err, sizeof err, loc);
    py_parse_free(&p);
    if (!code) {
        print_syntax_error(vm, PY_SYNTAX_ERROR, loc, err, NULL, false);
        return 1;
    }
    if (dis) {
        py_disassemble(vm, code, vm->out);
        return 0;
    }
    py_tmp_push(vm, py_obj_val(code));
    py_val r = vm_run_code(vm, code, vm->main_globals, NULL);
    int status = 0;
    if (py_is_err(r)) {
        py_val exc = py_exc_take(vm);
        py_tmp_push(vm, exc);
        if (exc_matches(vm, exc, vm->e_sysexit)) status = system_exit_code(vm, exc);
        else {
            py_print_exception(vm, exc);
            status = 1;
        }
    }
    fflush(vm->out);
    /* module teardown: what only the program's globals held is collected now, so
     * never-awaited coroutines are reported as CPython reports them at exit */
    vm->ntmp = 0;
    py_dict *g = vm->main_globals;
    g->nentries = g->count = 0;
    for (int64_t i = 0; i < g->isize; i++) g->index[i] = -1;
    py_gc_collect(vm);
    py_gc_collect(vm);
    fflush(vm->err);
    return status;
}
