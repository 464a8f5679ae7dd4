/* shell.c - `looplab shell`: a prompt for looplab commands on libedit, with tab
 * completion drawn from the command table and the curriculum, and history kept across
 * runs in the data directory. */
#include <ctype.h>
#include <histedit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "cli/cli.h"
#include "content/content.h"
#include "store/store.h"

static const struct content *shell_content;

static const char *prompt(EditLine *el)
{
    (void)el;
    return "looplab> ";
}

/* Options named in a command's usage and help text ("--level", "--json", ...). */
static void add_options(sbuf *words, const char *text)
{
    for (const char *p = strstr(text, "--"); p; p = strstr(p + 2, "--")) {
        const char *e = p + 2;
        while (isalnum((unsigned char)*e) || *e == '-')
            e++;
        if (e - p > 2) {
            sbuf_add(words, p, (size_t)(e - p));
            sbuf_addc(words, '\n');
        }
    }
}

/* Every word that fits after `line` (the text before the word being completed). */
static char *candidates(const char *line)
{
    sbuf w = {0};
    char first[64] = "";
    sscanf(line, "%63s", first);
    bool first_word = true;
    for (const char *p = line; *p; p++)
        if (isspace((unsigned char)*p))
            first_word = false;
    static const char *const globals = "--db --profile --content --plain --no-color --help";
    if (first_word) {
        for (size_t i = 0; i < ncommands; i++)
            if (commands[i].run)
                sbuf_printf(&w, "%s\n", commands[i].name);
        sbuf_adds(&w, "exit\n");
        return sbuf_take(&w);
    }
    const struct command *c = command_find(first);
    if (c) {
        add_options(&w, c->usage);
        add_options(&w, c->help);
    }
    add_options(&w, globals);
    if (c && (strcmp(c->name, "learn") == 0 || strcmp(c->name, "quiz") == 0 || strcmp(c->name, "demo") == 0 ||
              strcmp(c->name, "present") == 0))
        for (int i = 0; i < shell_content->nlessons; i++)
            sbuf_printf(&w, "%s\n", shell_content->lessons[i].id);
    if (c && strcmp(c->name, "help") == 0) {
        for (size_t i = 0; i < ncommands; i++)
            sbuf_printf(&w, "%s\n", commands[i].name);
        sbuf_adds(&w, "python\n");
    }
    if (strstr(line, "--level "))
        sbuf_adds(&w, "junior\nmid\nsenior\n");
    return sbuf_take(&w);
}

/* Tab: completes the word under the cursor, or lists the choices when several fit. */
static unsigned char complete(EditLine *el, int ch)
{
    (void)ch;
    const LineInfo *li = el_line(el);
    const char *start = li->cursor;
    while (start > li->buffer && !isspace((unsigned char)start[-1]))
        start--;
    size_t len = (size_t)(li->cursor - start);
    char *before = xstrndup(li->buffer, (size_t)(start - li->buffer));
    char *all = candidates(before);
    free(before);
    char *match[64];
    int n = 0;
    size_t common = 0;
    for (char *save = NULL, *word = strtok_r(all, "\n", &save); word && n < 64; word = strtok_r(NULL, "\n", &save)) {
        if (strncmp(word, start, len) != 0)
            continue;
        bool dup = false;
        for (int i = 0; i < n; i++)
            dup |= strcmp(match[i], word) == 0;
        if (dup)
            continue;
        if (n == 0)
            common = strlen(word);
        else
            while (common > 0 && strncmp(match[0], word, common) != 0)
                common--;
        match[n++] = word;
    }
    unsigned char rc = CC_REFRESH;
    if (n == 1) {
        el_insertstr(el, match[0] + len);
        el_insertstr(el, " ");
    } else if (n > 1 && common > len) {
        char *part = xstrndup(match[0] + len, common - len);
        el_insertstr(el, part);
        free(part);
    } else if (n > 1) {
        printf("\n");
        for (int i = 0; i < n; i++)
            printf("%s%s", match[i], i + 1 < n ? "  " : "\n");
        rc = CC_REDISPLAY;
    } else
        rc = CC_REFRESH_BEEP;
    free(all);
    return rc;
}

/* Splits a line into words; single and double quotes group. Returns the count. */
static int split(char *line, char **argv, int max)
{
    int n = 0;
    char *out = line;
    for (char *p = line; *p && n < max;) {
        while (isspace((unsigned char)*p))
            p++;
        if (!*p)
            break;
        argv[n++] = out;
        char quote = 0;
        for (; *p && (quote || !isspace((unsigned char)*p)); p++) {
            if (!quote && (*p == '"' || *p == '\''))
                quote = *p;
            else if (quote && *p == quote)
                quote = 0;
            else
                *out++ = *p;
        }
        if (*p)
            p++;
        *out++ = '\0';
    }
    return n;
}

static char *history_path(struct app *app)
{
    char *db = app->db_path ? xstrdup(app->db_path) : store_default_path();
    if (!db)
        return NULL;
    char *slash = strrchr(db, '/');
    char *path = slash ? xasprintf("%.*s/shell_history", (int)(slash - db), db) : xstrdup("shell_history");
    free(db);
    return path;
}

/* Runs one command line as `looplab [globals] WORDS...`. */
static int run_line(struct app *app, char *line)
{
    char *words[64];
    int n = split(line, words, 60);
    if (n == 0)
        return 0;
    char *argv[72];
    int argc = 0;
    argv[argc++] = (char *)"looplab";
    if (app->db_path) {
        argv[argc++] = (char *)"--db";
        argv[argc++] = (char *)app->db_path;
    }
    argv[argc++] = (char *)"--profile";
    argv[argc++] = (char *)app->profile;
    for (int i = 0; i < app->npacks; i++) {
        argv[argc++] = (char *)"--content";
        argv[argc++] = (char *)app->packs[i];
    }
    if (app->plain)
        argv[argc++] = (char *)"--plain";
    for (int i = 0; i < n; i++)
        argv[argc++] = words[i];
    argv[argc] = NULL;
    fflush(stdout);
    return cli_main(argc, argv);
}

int cmd_shell(struct app *app, int argc, char **argv)
{
    (void)argv;
    if (argc > 0) {
        cli_error("shell takes no arguments");
        return EXIT_USAGE;
    }
    shell_content = app_content(app);
    HistEvent ev;
    History *hist = history_init();
    history(hist, &ev, H_SETSIZE, 1000);
    history(hist, &ev, H_SETUNIQUE, 1);
    char *hpath = history_path(app);
    if (hpath) {
        char *dir = xstrdup(hpath);
        char *slash = strrchr(dir, '/');
        if (slash && slash != dir) {
            *slash = '\0';
            mkdir_p(dir, 0700);
        }
        free(dir);
        history(hist, &ev, H_LOAD, hpath);
    }
    EditLine *el = el_init("looplab", stdin, stdout, stderr);
    el_set(el, EL_PROMPT, prompt);
    el_set(el, EL_EDITOR, "emacs");
    el_set(el, EL_HIST, history, hist);
    el_set(el, EL_ADDFN, "looplab-complete", "complete a command, lesson or option", complete);
    el_set(el, EL_BIND, "^I", "looplab-complete", NULL);
    el_source(el, NULL);
    if (isatty(0))
        printf("looplab shell: type commands without 'looplab'; Tab completes, exit leaves.\n");
    int count;
    const char *got;
    while ((got = el_gets(el, &count)) && count > 0) {
        char *line = xstrdup(got);
        line[strcspn(line, "\n")] = '\0';
        char *t = line + strspn(line, " \t");
        if (strcmp(t, "exit") == 0 || strcmp(t, "quit") == 0) {
            free(line);
            break;
        }
        if (*t) {
            history(hist, &ev, H_ENTER, t);
            if (hpath)
                history(hist, &ev, H_SAVE, hpath);
            int rc = run_line(app, t);
            if (rc != 0)
                printf("(exit %d)\n", rc);
        }
        free(line);
    }
    el_end(el);
    history_end(hist);
    free(hpath);
    return EXIT_OK;
}
