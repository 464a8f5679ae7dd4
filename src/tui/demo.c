/* demo.c - a lesson's demo, really run: the demo (and its other variant) runs on the
 * mini-Python and asyncio with the virtual clock, its trace is recorded, and the
 * visualizer replays it. `e` in the visualizer edits a copy and reruns it here. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "aio/aio.h"
#include "base/base.h"
#include "content/content.h"
#include "trace/trace.h"
#include "tui/tui.h"

/* Runs source on the virtual clock and returns its trace, or NULL when the program
 * does not compile (err then says why, with its line). */
struct trace *demo_trace(const char *name, const char *source, char *err, size_t errlen)
{
    struct trace *tr = trace_new();
    char *out, *errtext;
    int rc = aio_run_capture(name, source, true, tr, 20, &out, &errtext);
    bool refused = rc == 1 && (strstr(errtext, "SyntaxError") || strstr(errtext, "not supported by looplab"));
    if (refused) {
        /* "name:L:C: message" for a refusal; the last line for a SyntaxError. */
        const char *line = errtext, *p = errtext;
        if (!strstr(errtext, "not supported by looplab"))
            while ((p = strchr(p, '\n')) && p[1])
                line = ++p;
        snprintf(err, errlen, "%.*s", (int)strcspn(line, "\n"), line);
        trace_free(tr);
        tr = NULL;
    }
    free(out);
    free(errtext);
    return tr;
}

/* Opens the visualizer on a lesson's demo (and its blocking/non-blocking variant). */
bool demo_open(struct tui *t, const struct lesson *l)
{
    const struct demo *d = l->demo ? content_demo(t->c, l->demo) : NULL;
    if (!d) {
        tui_notice(t, "This lesson has no demo.");
        return false;
    }
    char err[300];
    struct trace *tr = demo_trace(d->file, d->source, err, sizeof err);
    if (!tr) {
        tui_notice(t, "The demo does not run: %s", err);
        return false;
    }
    struct screen *v = visualizer_new(t, d->id, d->source, tr);
    const struct demo *alt = l->demo_alt ? content_demo(t->c, l->demo_alt) : NULL;
    struct trace *atr = alt ? demo_trace(alt->file, alt->source, err, sizeof err) : NULL;
    if (atr)
        visualizer_add_variant(v, alt->id, alt->source, atr);
    tui_push(t, v);
    return true;
}
