/* plain.c - see plain.h. */
#include "line/plain.h"

#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "base/base.h"
#include "content/doc.h"

int plain_width(void)
{
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
        return ws.ws_col > 100 ? 100 : ws.ws_col;
    const char *cols = getenv("COLUMNS");
    int c = cols ? atoi(cols) : 0;
    return c >= 20 && c <= 100 ? c : 80;
}

void plain_markdown(FILE *f, const char *markdown, int width, int indent)
{
    struct doc d;
    struct doc_opts o = {.width = width - indent, .ascii = false, .marks = true};
    o.ascii = strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
    doc_render(&d, markdown, &o);
    for (int i = 0; i < d.n; i++)
        fprintf(f, "%*s%s\n", d.lines[i].text[0] ? indent : 0, "", d.lines[i].text);
    doc_free(&d);
}

char *plain_read_line(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = getline(&line, &cap, stdin);
    if (n < 0) {
        free(line);
        return NULL;
    }
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        line[--n] = '\0';
    return line;
}

void plain_pad(FILE *f, const char *text, int cols)
{
    fputs(text, f);
    for (int w = doc_width(text, (int)strlen(text)); w < cols; w++)
        fputc(' ', f);
}
