/* reduce.c - the reducer: what the loop looked like after k events. One transition
 * (trace_apply), state copies for snapshots, and the seek that replays from the nearest
 * snapshot (see "The reducer" in trace.h). */
#include "trace/trace_impl.h"

#include <stdlib.h>
#include <string.h>

void trace_state_init(struct trace_state *st)
{
    memset(st, 0, sizeof *st);
    st->running = -1;
    st->current = -1;
}

void trace_state_free(struct trace_state *st)
{
    free(st->tasks);
    free(st->ready);
    free(st->timers);
    free(st->fds);
    trace_state_init(st);
}

/* Makes room for n elements of size sz in *p, whose capacity is *cap. */
static void reserve(void **p, int *cap, int n, size_t sz)
{
    if (n <= *cap)
        return;
    int c = *cap ? *cap : 8;
    while (c < n)
        c *= 2;
    *p = xrealloc(*p, (size_t)c * sz);
    *cap = c;
}

void trace_state_copy(struct trace_state *dst, const struct trace_state *src)
{
    reserve((void **)&dst->tasks, &dst->cap_tasks, src->ntasks, sizeof *dst->tasks);
    reserve((void **)&dst->ready, &dst->cap_ready, src->nready, sizeof *dst->ready);
    reserve((void **)&dst->timers, &dst->cap_timers, src->ntimers, sizeof *dst->timers);
    reserve((void **)&dst->fds, &dst->cap_fds, src->nfds, sizeof *dst->fds);
    if (src->ntasks)
        memcpy(dst->tasks, src->tasks, (size_t)src->ntasks * sizeof *dst->tasks);
    if (src->nready)
        memcpy(dst->ready, src->ready, (size_t)src->nready * sizeof *dst->ready);
    if (src->ntimers)
        memcpy(dst->timers, src->timers, (size_t)src->ntimers * sizeof *dst->timers);
    if (src->nfds)
        memcpy(dst->fds, src->fds, (size_t)src->nfds * sizeof *dst->fds);
    struct trace_state keep = *dst;
    *dst = *src;
    dst->tasks = keep.tasks;
    dst->ready = keep.ready;
    dst->timers = keep.timers;
    dst->fds = keep.fds;
    dst->cap_tasks = keep.cap_tasks;
    dst->cap_ready = keep.cap_ready;
    dst->cap_timers = keep.cap_timers;
    dst->cap_fds = keep.cap_fds;
}

/* Task i's view, created (pending) if the state has not seen it yet; NULL for -1. */
static struct trace_task_view *task_view(struct trace_state *st, int i)
{
    if (i < 0)
        return NULL;
    if (i >= st->ntasks) {
        reserve((void **)&st->tasks, &st->cap_tasks, i + 1, sizeof *st->tasks);
        for (int k = st->ntasks; k <= i; k++)
            st->tasks[k] = (struct trace_task_view){TS_PENDING, 0, NULL, NULL, false};
        st->ntasks = i + 1;
    }
    return &st->tasks[i];
}

static bool finished(enum trace_task_state s)
{
    return s == TS_DONE || s == TS_CANCELLED || s == TS_FAILED || s == TS_DESTROYED;
}

static void ready_push(struct trace_state *st, int handle, double due)
{
    if (handle < 0)
        return;
    reserve((void **)&st->ready, &st->cap_ready, st->nready + 1, sizeof *st->ready);
    st->ready[st->nready++] = (struct trace_ready){handle, due};
}

/* Removes handle from the ready queue (searching from the front, where the loop takes
 * from); returns whether it was there, and its due time in *due. */
static bool ready_remove(struct trace_state *st, int handle, double *due)
{
    for (int i = 0; i < st->nready; i++) {
        if (st->ready[i].handle != handle)
            continue;
        *due = st->ready[i].due;
        memmove(&st->ready[i], &st->ready[i + 1], (size_t)(st->nready - i - 1) * sizeof *st->ready);
        st->nready--;
        return true;
    }
    return false;
}

/* Inserts a timer in firing order: by deadline, then by handle index, which is the
 * order of scheduling (a handle gets its index when first seen). */
static void timer_insert(const struct trace *tr, struct trace_state *st, int handle)
{
    double when = tr->handles[handle].when;
    int lo = 0, hi = st->ntimers;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        double w = tr->handles[st->timers[mid]].when;
        if (w < when || (w == when && st->timers[mid] < handle))
            lo = mid + 1;
        else
            hi = mid;
    }
    reserve((void **)&st->timers, &st->cap_timers, st->ntimers + 1, sizeof *st->timers);
    memmove(&st->timers[lo + 1], &st->timers[lo], (size_t)(st->ntimers - lo) * sizeof *st->timers);
    st->timers[lo] = handle;
    st->ntimers++;
}

static bool timer_remove(struct trace_state *st, int handle)
{
    for (int i = 0; i < st->ntimers; i++) {
        if (st->timers[i] != handle)
            continue;
        memmove(&st->timers[i], &st->timers[i + 1], (size_t)(st->ntimers - i - 1) * sizeof *st->timers);
        st->ntimers--;
        return true;
    }
    return false;
}

static void fd_set_watch(struct trace_state *st, int fd, int mask, int handle, bool add)
{
    for (int i = 0; i < st->nfds; i++) {
        if (st->fds[i].fd != fd || st->fds[i].mask != mask)
            continue;
        if (add)
            st->fds[i].handle = handle;
        else {
            memmove(&st->fds[i], &st->fds[i + 1], (size_t)(st->nfds - i - 1) * sizeof *st->fds);
            st->nfds--;
        }
        return;
    }
    if (!add)
        return;
    reserve((void **)&st->fds, &st->cap_fds, st->nfds + 1, sizeof *st->fds);
    st->fds[st->nfds++] = (struct trace_fd){fd, mask, handle};
}

/* The task events: each changes only the state of ev->task. */
static void apply_task(struct trace_state *st, const struct trace_event *ev)
{
    struct trace_task_view *tv = task_view(st, ev->task);
    if (!tv)
        return;
    switch ((enum trace_kind)ev->kind) {
    case TRACE_TASK_CREATED:
        *tv = (struct trace_task_view){TS_PENDING, ev->line, NULL, NULL, false};
        break;
    case TRACE_TASK_STEP:
        tv->state = TS_RUNNING;
        tv->line = ev->line ? ev->line : tv->line;
        tv->waiting = NULL;
        st->running = ev->task;
        break;
    case TRACE_TASK_SUSPEND:
        tv->state = TS_WAITING;
        tv->waiting = ev->text;
        tv->line = ev->line ? ev->line : tv->line;
        break;
    case TRACE_TASK_DONE:
        tv->state = ev->sub == TRACE_CANCELLED ? TS_CANCELLED : ev->sub == TRACE_RAISED ? TS_FAILED : TS_DONE;
        tv->result = ev->text;
        tv->waiting = NULL;
        tv->cancelling = false;
        break;
    case TRACE_CANCEL:
        tv->cancelling = !finished(tv->state);
        break;
    case TRACE_DESTROYED_PENDING:
        tv->state = TS_DESTROYED;
        break;
    default:
        break;
    }
    if (st->running == ev->task && ev->kind != TRACE_TASK_STEP && tv->state != TS_RUNNING)
        st->running = -1;
}

/* The loop's own events: queues, timers, fds, the clock. */
static void apply_loop(const struct trace *tr, struct trace_state *st, const struct trace_event *ev)
{
    double due;
    switch ((enum trace_kind)ev->kind) {
    case TRACE_SOON:
        ready_push(st, ev->handle, ev->t);
        if (ev->task >= 0 && !finished(task_view(st, ev->task)->state))
            task_view(st, ev->task)->state = TS_READY;
        break;
    case TRACE_RUN:
        st->current = ev->handle;
        if (ready_remove(st, ev->handle, &due))
            st->lag = ev->t - due > 0 ? ev->t - due : 0;
        break;
    case TRACE_TIMER:
        if (ev->handle >= 0) {
            timer_remove(st, ev->handle);
            timer_insert(tr, st, ev->handle);
        }
        break;
    case TRACE_TIMER_FIRED:
        timer_remove(st, ev->handle);
        ready_push(st, ev->handle, ev->x);
        break;
    case TRACE_HANDLE_CANCELLED:
        if (!timer_remove(st, ev->handle))
            ready_remove(st, ev->handle, &due);
        break;
    case TRACE_FD_ADD:
    case TRACE_FD_REMOVE:
        fd_set_watch(st, ev->fd, ev->sub, ev->handle, ev->kind == TRACE_FD_ADD);
        break;
    case TRACE_FD_READY:
        ready_push(st, ev->handle, ev->t);
        break;
    case TRACE_POLL:
        st->iterations++;
        st->current = -1;
        break;
    case TRACE_CLOCK:
        st->now = ev->x;
        break;
    case TRACE_BLOCKING:
        st->now = ev->t + ev->x;
        if (ev->task >= 0 && ev->line)
            task_view(st, ev->task)->line = ev->line;
        break;
    case TRACE_OUTPUT:
        st->out_len += (size_t)ev->x;
        break;
    default:
        break;
    }
}

void trace_apply(const struct trace *tr, struct trace_state *st, const struct trace_event *ev)
{
    st->now = ev->t;
    switch ((enum trace_kind)ev->kind) {
    case TRACE_TASK_CREATED:
    case TRACE_TASK_STEP:
    case TRACE_TASK_SUSPEND:
    case TRACE_TASK_DONE:
    case TRACE_CANCEL:
    case TRACE_DESTROYED_PENDING:
        apply_task(st, ev);
        break;
    default:
        apply_loop(tr, st, ev);
        break;
    }
    st->k++;
}

void trace_state_at(const struct trace *tr, size_t k, struct trace_state *st)
{
    if (k > tr->n)
        k = tr->n;
    size_t j = k / TRACE_SNAPSHOT_EVERY;
    if (j >= tr->nsnaps)
        j = tr->nsnaps - 1;
    trace_state_copy(st, &tr->snaps[j]);
    for (size_t e = st->k; e < k; e++)
        trace_apply(tr, st, &tr->ev[e]);
}

void trace_state_next(const struct trace *tr, struct trace_state *st)
{
    if (st->k < tr->n)
        trace_apply(tr, st, &tr->ev[st->k]);
}

void trace_state_replay(const struct trace *tr, size_t k, struct trace_state *st)
{
    if (k > tr->n)
        k = tr->n;
    trace_state_copy(st, &tr->snaps[0]);
    for (size_t e = 0; e < k; e++)
        trace_apply(tr, st, &tr->ev[e]);
}

/* Whether transcript byte `at` was written to stderr. */
static bool on_stderr(const struct trace *tr, size_t at)
{
    size_t lo = 0, hi = tr->nerr;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (tr->err[mid].at + tr->err[mid].len <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < tr->nerr && tr->err[lo].at <= at;
}

int trace_output_tail(const struct trace *tr, const struct trace_state *st, struct trace_line *lines, int max)
{
    const char *out = sbuf_str(&tr->out);
    size_t end = st->out_len < tr->out.len ? st->out_len : tr->out.len;
    int n = 0;
    if (end == 0)
        return 0;
    /* A transcript ending in a newline has no partial last line to show. */
    size_t stop = out[end - 1] == '\n' ? end - 1 : end;
    while (n < max) {
        size_t start = stop;
        while (start > 0 && out[start - 1] != '\n')
            start--;
        lines[n++] = (struct trace_line){out + start, (int)(stop - start), on_stderr(tr, start)};
        if (start == 0)
            break;
        stop = start - 1;
    }
    for (int i = 0; i < n / 2; i++) {
        struct trace_line tmp = lines[i];
        lines[i] = lines[n - 1 - i];
        lines[n - 1 - i] = tmp;
    }
    return n;
}
