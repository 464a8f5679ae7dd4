/* narrate.c - one line of plain English per trace event: the visualizer's bottom line
 * and what `looplab run --trace` prints. Wording is for a junior: say what happened and
 * what it leads to ("-> ..."), with asyncio's own names where a learner will meet them. */
#include "trace/trace_impl.h"

#include <stdarg.h>
#include <string.h>

static const char *const state_names[TS_NSTATES] = {
    "pending", "ready", "running", "waiting", "done", "cancelled", "failed", "destroyed",
};

const char *trace_state_name(enum trace_task_state s)
{
    return (unsigned)s < TS_NSTATES ? state_names[s] : "?";
}

static const char *or_q(const char *s)
{
    return s ? s : "?";
}

/* before + N + after, or nothing when the line is unknown. */
static void at_line(sbuf *b, const char *before, int line, const char *after)
{
    if (line > 0)
        sbuf_printf(b, "%s%d%s", before, line, after);
}

/* Output text as a learner reads it: quoted, the final newline dropped, other newlines
 * and tabs shown as \n and \t, cut at 60 characters. */
static void quoted(sbuf *b, const char *s)
{
    size_t len = strlen(s), shown = 0;
    if (len > 0 && s[len - 1] == '\n')
        len--;
    sbuf_addc(b, '"');
    for (size_t i = 0; i < len; i++, shown++) {
        if (shown == 60) {
            sbuf_adds(b, "...");
            break;
        }
        if (s[i] == '\n')
            sbuf_adds(b, "\\n");
        else if (s[i] == '\t')
            sbuf_adds(b, "\\t");
        else
            sbuf_addc(b, s[i]);
    }
    sbuf_addc(b, '"');
}

static void narrate_task(sbuf *b, const struct trace_event *ev)
{
    const char *name = or_q(ev->name);
    switch ((enum trace_kind)ev->kind) {
    case TRACE_TASK_CREATED:
        sbuf_printf(b, "%s created for %s()", name, or_q(ev->text));
        at_line(b, " (line ", ev->line, ")");
        sbuf_adds(b, ", not running yet");
        break;
    case TRACE_TASK_STEP:
        sbuf_printf(b, "%s %s %s()", name, ev->sub ? "starts" : "resumes", or_q(ev->text));
        at_line(b, " at line ", ev->line, "");
        break;
    case TRACE_TASK_SUSPEND:
        sbuf_printf(b, "%s awaits %s", name, or_q(ev->text));
        at_line(b, " at line ", ev->line, "");
        sbuf_adds(b, " -> back to the loop");
        break;
    case TRACE_TASK_DONE:
        if (ev->sub == TRACE_CANCELLED)
            sbuf_printf(b, "%s cancelled%s%s", name, ev->text ? ": " : "", ev->text ? ev->text : "");
        else if (ev->sub == TRACE_RAISED)
            sbuf_printf(b, "%s failed: %s", name, or_q(ev->text));
        else
            sbuf_printf(b, "%s finished, returned %s", name, or_q(ev->text));
        break;
    case TRACE_CANCEL:
        if (ev->text)
            sbuf_printf(b, "%s.cancel(\"%s\")", name, ev->text);
        else
            sbuf_printf(b, "%s.cancel()", name);
        sbuf_adds(b, " -> CancelledError is thrown into it when it next runs");
        break;
    case TRACE_DESTROYED_PENDING:
        sbuf_printf(b, "%s was destroyed but it is pending! (nothing referenced it)", name);
        break;
    default:
        break;
    }
}

static const char *mask_word(int mask, const char *read, const char *write)
{
    return mask == TRACE_WRITE ? write : read;
}

static void narrate_poll(sbuf *b, double timeout)
{
    if (timeout == 0)
        sbuf_adds(b, "new iteration: callbacks are ready, check I/O without waiting");
    else if (timeout < 0)
        sbuf_adds(b, "new iteration: nothing ready and no timer, wait for I/O");
    else
        sbuf_printf(b, "new iteration: nothing ready, wait for the next timer (%.3f s) or I/O", timeout);
}

static void narrate_loop(sbuf *b, const struct trace_event *ev)
{
    const char *desc = or_q(ev->desc);
    switch ((enum trace_kind)ev->kind) {
    case TRACE_SOON:
        sbuf_printf(b, "call_soon: %s -> ready queue", desc);
        if (ev->name)
            sbuf_printf(b, ", %s is ready", ev->name);
        break;
    case TRACE_RUN:
        sbuf_printf(b, "loop runs the next ready callback: %s", desc);
        break;
    case TRACE_TIMER:
        sbuf_printf(b, "timer set for t=%.3f: %s", ev->x, desc);
        break;
    case TRACE_TIMER_FIRED:
        sbuf_printf(b, "timer fired -> %s joins the ready queue", desc);
        break;
    case TRACE_HANDLE_CANCELLED:
        sbuf_printf(b, "%s cancelled: %s will not run", ev->sub ? "timer" : "callback", desc);
        break;
    case TRACE_FD_ADD:
        sbuf_printf(b, "fd %d watched for %s: %s", ev->fd, mask_word(ev->sub, "reading", "writing"), desc);
        break;
    case TRACE_FD_REMOVE:
        sbuf_printf(b, "fd %d no longer watched for %s", ev->fd, mask_word(ev->sub, "reading", "writing"));
        break;
    case TRACE_FD_READY:
        sbuf_printf(b, "fd %d is %s -> %s joins the ready queue", ev->fd,
                    mask_word(ev->sub, "readable", "writable"), desc);
        break;
    case TRACE_POLL:
        narrate_poll(b, ev->x);
        break;
    case TRACE_CLOCK:
        sbuf_printf(b, "virtual clock jumps to t=%.3f (no real waiting)", ev->x);
        break;
    default:
        break;
    }
}

static void narrate_other(sbuf *b, const struct trace_event *ev)
{
    switch ((enum trace_kind)ev->kind) {
    case TRACE_BLOCKING:
        sbuf_printf(b, "%s blocks the whole loop for %.3f s: %s", ev->name ? ev->name : "the program", ev->x,
                    or_q(ev->text));
        at_line(b, " at line ", ev->line, "");
        break;
    case TRACE_CALLBACK_ERROR:
        sbuf_printf(b, "Exception in callback %s: %s", or_q(ev->desc), or_q(ev->text));
        break;
    case TRACE_NEVER_AWAITED:
        sbuf_printf(b, "coroutine '%s' was never awaited", or_q(ev->text));
        at_line(b, " (line ", ev->line, ")");
        break;
    case TRACE_OUTPUT:
        sbuf_adds(b, ev->sub == TRACE_STDERR ? "writes to stderr: " : "prints ");
        quoted(b, or_q(ev->text));
        break;
    default:
        break;
    }
}

size_t trace_narrate(const struct trace_event *ev, char *buf, size_t n)
{
    sbuf b = {0};
    sbuf_printf(&b, "t=%.3f  ", ev->t);
    switch ((enum trace_kind)ev->kind) {
    case TRACE_TASK_CREATED:
    case TRACE_TASK_STEP:
    case TRACE_TASK_SUSPEND:
    case TRACE_TASK_DONE:
    case TRACE_CANCEL:
    case TRACE_DESTROYED_PENDING:
        narrate_task(&b, ev);
        break;
    case TRACE_BLOCKING:
    case TRACE_CALLBACK_ERROR:
    case TRACE_NEVER_AWAITED:
    case TRACE_OUTPUT:
        narrate_other(&b, ev);
        break;
    default:
        narrate_loop(&b, ev);
        break;
    }
    size_t len = b.len;
    if (n > 0) {
        size_t m = len < n - 1 ? len : n - 1;
        memcpy(buf, sbuf_str(&b), m);
        buf[m] = '\0';
    }
    sbuf_free(&b);
    return len;
}

void trace_print(const struct trace *tr, FILE *f)
{
    char line[512];
    for (size_t k = 0; k < tr->n; k++) {
        trace_narrate(&tr->ev[k], line, sizeof line);
        fprintf(f, "%s\n", line);
    }
}
