/* repl.c - `looplab repl`: an asyncio REPL on the mini-Python, like `python -m asyncio`:
 * top-level await, multi-line blocks, history kept across runs, and `:trace on|off` to
 * narrate the event loop as statements run. */
#include <ctype.h>
#include <histedit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aio/aio.h"
#include "base/base.h"
#include "cli/cli.h"
#include "py/py.h"
#include "store/store.h"
#include "version.h"

static bool continuing;

static const char *prompt(EditLine *el)
{
    (void)el;
    return continuing ? "... " : ">>> ";
}

/* Definitions every session starts with (not echoed): the displayhook that prints
 * values as the interactive interpreter does, and the loop top-level awaits run on. */
static const char setup[] =
    "import asyncio\n"
    "def __displayhook__(value):\n"
    "    global _\n"
    "    if value is not None:\n"
    "        _ = value\n"
    "        print(repr(value))\n"
    "__repl_loop__ = asyncio.new_event_loop()\n";

/* Does the text so far need more lines? An open bracket, a trailing backslash, or a
 * compound statement (a line ending in ':', or a decorator) not yet closed by an empty line. */
static bool incomplete(const char *text, bool last_blank)
{
    int depth = 0;
    char quote = 0;
    bool block = false;
    const char *last = text;
    for (const char *p = text; *p; p++) {
        if (quote) {
            if (*p == '\\' && p[1])
                p++;
            else if (*p == quote)
                quote = 0;
            continue;
        }
        if (*p == '#') {
            while (p[1] && p[1] != '\n')
                p++;
        } else if (*p == '\'' || *p == '"')
            quote = *p;
        else if (*p == '(' || *p == '[' || *p == '{')
            depth++;
        else if (*p == ')' || *p == ']' || *p == '}')
            depth--;
        else if (*p == '\n') {
            const char *e = p;
            while (e > last && isspace((unsigned char)e[-1]))
                e--;
            const char *b = last;
            while (b < e && (*b == ' ' || *b == '\t'))
                b++;
            if (depth <= 0 && ((e > last && e[-1] == ':') || (b < e && *b == '@')))
                block = true;  /* a compound statement, or a decorator waiting for its def */
            last = p + 1;
        }
    }
    size_t n = strlen(text);
    if (depth > 0 || (n >= 2 && text[n - 2] == '\\'))
        return true;
    return block && !last_blank;
}

static char *history_path(struct app *app)
{
    char *db = app->db_path ? xstrdup(app->db_path) : store_default_path();
    if (!db)
        return NULL;
    char *slash = strrchr(db, '/');
    char *path = NULL;
    if (slash) {
        *slash = '\0';
        mkdir_p(db, 0700);
        path = xasprintf("%s/repl_history", db);
    }
    free(db);
    return path;
}

/* Runs one complete input; a coroutine (top-level await) runs on the session's loop. */
static void run_input(py_vm *vm, const char *src)
{
    py_val coro;
    int rc = py_exec_interactive(vm, src, &coro);
    if (rc != 0 || coro.tag == V_UNDEF)
        return;
    py_val loop = py_dict_get(vm, py_main_globals(vm), py_str_cstr(vm, "__repl_loop__"));
    py_val run = loop.tag == V_UNDEF ? py_err() : py_getattr(vm, loop, "run_until_complete");
    py_val r = py_is_err(run) ? run : py_call(vm, run, &coro, 1, (py_val){0});
    if (py_is_err(r)) {
        py_print_exception(vm, py_exc_take(vm));
        fflush(stderr);
    }
}

/* `:trace on` / `:trace off` / `:help`; returns true if line was a REPL command. */
static bool repl_command(py_vm *vm, const char *line)
{
    if (line[0] != ':')
        return false;
    if (strcmp(line, ":trace on") == 0) {
        aio_set_narrate(vm, stdout);
        printf("tracing the event loop: every scheduling decision is narrated\n");
    } else if (strcmp(line, ":trace off") == 0) {
        aio_set_narrate(vm, NULL);
        printf("tracing off\n");
    } else
        printf(":trace on|off   narrate the event loop's scheduling decisions\n"
               "exit() or Ctrl-D leaves; top-level await works, as in python -m asyncio\n");
    return true;
}

int cmd_repl(struct app *app, int argc, char **argv)
{
    (void)argv;
    if (argc > 0) {
        cli_error("repl takes no arguments");
        return EXIT_USAGE;
    }
    char *argv0[] = {(char *)"", NULL};
    py_config cfg = {0};
    cfg.path = "<stdin>";
    cfg.abs_path = "<stdin>";
    cfg.argc = 1;
    cfg.argv = argv0;
    cfg.out = stdout;
    cfg.err = stderr;
    py_vm *vm = py_vm_new(&cfg);
    aio_options opt = {0};
    aio_install(vm, &opt);
    py_val none;
    if (py_exec_interactive(vm, setup, &none) != 0) {
        aio_release(vm);
        py_vm_free(vm);
        cli_error("the REPL could not start");
        return EXIT_FAIL;
    }
    HistEvent ev;
    History *hist = history_init();
    history(hist, &ev, H_SETSIZE, 1000);
    char *hpath = history_path(app);
    if (hpath)
        history(hist, &ev, H_LOAD, hpath);
    EditLine *el = el_init("looplab", stdin, stdout, stderr);
    el_set(el, EL_PROMPT, prompt);
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_HIST, history, hist);
    el_source(el, NULL);
    if (isatty(0))
        printf("looplab %s asyncio REPL on the mini-Python (see looplab help python)\n"
               "Use \"await\" directly instead of \"asyncio.run()\"; :trace on narrates the loop.\n",
               LOOPLAB_VERSION);
    sbuf input = {0};
    int count;
    const char *got;
    continuing = false;
    while ((got = el_gets(el, &count)) && count > 0) {
        bool blank = got[strspn(got, " \t\r\n")] == '\0';
        if (!continuing && blank)
            continue;
        if (!continuing) {
            char *t = xstrdup(got);
            t[strcspn(t, "\n")] = '\0';
            bool cmd = repl_command(vm, t + strspn(t, " \t"));
            bool quit = strcmp(t, "exit()") == 0 || strcmp(t, "quit()") == 0;
            if (cmd || quit)
                history(hist, &ev, H_ENTER, t);
            free(t);
            if (quit)
                break;
            if (cmd)
                continue;
        }
        sbuf_adds(&input, got);
        if (input.len && input.data[input.len - 1] != '\n')
            sbuf_addc(&input, '\n');
        if (incomplete(sbuf_str(&input), blank)) {
            continuing = true;
            continue;
        }
        continuing = false;
        char *entry = xstrdup(sbuf_str(&input));
        entry[strlen(entry) - 1] = '\0';
        history(hist, &ev, H_ENTER, entry);
        if (hpath)
            history(hist, &ev, H_SAVE, hpath);
        free(entry);
        run_input(vm, sbuf_str(&input));
        fflush(stdout);
        sbuf_reset(&input);
    }
    if (isatty(0))
        printf("\n");
    sbuf_free(&input);
    el_end(el);
    history_end(hist);
    free(hpath);
    aio_release(vm);
    py_vm_free(vm);
    return EXIT_OK;
}
