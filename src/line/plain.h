/* plain.h - the plain-text front end: rendered Markdown and simple tables on stdout,
 * for --plain, pipes, screen readers and scripts. */
#ifndef LOOPLAB_PLAIN_H
#define LOOPLAB_PLAIN_H

#include <stdbool.h>
#include <stdio.h>

/* Columns to lay text out in: the terminal's width (at most 100), else 80. */
int plain_width(void);
/* Prints Markdown laid out for `width` columns, each line prefixed by `indent` spaces. */
void plain_markdown(FILE *f, const char *markdown, int width, int indent);
/* Reads one line from stdin without its newline; NULL at end of input. */
char *plain_read_line(void);
/* Prints `text` padded with spaces to `cols` display columns. */
void plain_pad(FILE *f, const char *text, int cols);

#endif
