/* trace.c - the event log: interning, id maps, the emit functions, and the bookkeeping
 * done as each event is committed (the live state, snapshots, timeline lanes). */
#include "trace/trace_impl.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- id maps ---- */

static size_t idmap_slot(const struct trace_idmap *m, uint64_t id)
{
    size_t i = (size_t)hash_splitmix64(id) & (m->cap - 1);
    while (m->keys[i] && m->keys[i] != id)
        i = (i + 1) & (m->cap - 1);
    return i;
}

/* The dense index of id, or -1. */
static int idmap_get(const struct trace_idmap *m, uint64_t id)
{
    if (m->cap == 0)
        return -1;
    size_t i = idmap_slot(m, id);
    return m->keys[i] ? m->vals[i] : -1;
}

static void idmap_put(struct trace_idmap *m, uint64_t id, int val);

/* Doubles the table (kept at most half full, so probes stay short). */
static void idmap_grow(struct trace_idmap *m)
{
    struct trace_idmap old = *m;
    m->cap = old.cap ? old.cap * 2 : 64;
    m->keys = xcalloc(m->cap, sizeof *m->keys);
    m->vals = xcalloc(m->cap, sizeof *m->vals);
    m->n = 0;
    for (size_t i = 0; i < old.cap; i++)
        if (old.keys[i])
            idmap_put(m, old.keys[i], old.vals[i]);
    free(old.keys);
    free(old.vals);
}

static void idmap_put(struct trace_idmap *m, uint64_t id, int val)
{
    if ((m->n + 1) * 2 > m->cap)
        idmap_grow(m);
    size_t i = idmap_slot(m, id);
    if (!m->keys[i])
        m->n++;
    m->keys[i] = id;
    m->vals[i] = val;
}

static void idmap_free(struct trace_idmap *m)
{
    free(m->keys);
    free(m->vals);
}

/* ---- interned strings ---- */

static void pool_grow(struct trace_pool *p);

/* The pool's copy of s[0..len), made on first sight. NULL stays NULL. */
static const char *pool_intern(struct trace_pool *p, const char *s, size_t len)
{
    if (!s)
        return NULL;
    if ((p->n + 1) * 2 > p->cap)
        pool_grow(p);
    size_t i = (size_t)hash_fnv1a(s, len, HASH_FNV_INIT) & (p->cap - 1);
    for (; p->slots[i]; i = (i + 1) & (p->cap - 1))
        if (strncmp(p->slots[i], s, len) == 0 && p->slots[i][len] == '\0')
            return p->slots[i];
    p->slots[i] = xstrndup(s, len);
    p->n++;
    return p->slots[i];
}

static void pool_grow(struct trace_pool *p)
{
    struct trace_pool old = *p;
    p->cap = old.cap ? old.cap * 2 : 256;
    p->slots = xcalloc(p->cap, sizeof *p->slots);
    for (size_t k = 0; k < old.cap; k++) {
        if (!old.slots[k])
            continue;
        size_t i = (size_t)hash_fnv1a(old.slots[k], strlen(old.slots[k]), HASH_FNV_INIT) & (p->cap - 1);
        while (p->slots[i])
            i = (i + 1) & (p->cap - 1);
        p->slots[i] = old.slots[k];
    }
    free(old.slots);
}

static const char *intern(struct trace *tr, const char *s)
{
    return s ? pool_intern(&tr->strings, s, strlen(s)) : NULL;
}

/* ---- lifecycle ---- */

struct trace *trace_new(void)
{
    struct trace *tr = xcalloc(1, sizeof *tr);
    trace_state_init(&tr->head);
    tr->cap_snaps = 8;
    tr->snaps = xcalloc(tr->cap_snaps, sizeof *tr->snaps);
    trace_state_init(&tr->snaps[0]);
    tr->nsnaps = 1;
    return tr;
}

void trace_free(struct trace *tr)
{
    if (!tr)
        return;
    for (size_t i = 0; i < tr->strings.cap; i++)
        free(tr->strings.slots[i]);
    free(tr->strings.slots);
    for (size_t i = 0; i < tr->nsnaps; i++)
        trace_state_free(&tr->snaps[i]);
    for (int i = 0; i < tr->ntasks; i++)
        free(tr->lanes[i].spans);
    trace_state_free(&tr->head);
    idmap_free(&tr->task_ids);
    idmap_free(&tr->handle_ids);
    sbuf_free(&tr->out);
    free(tr->snaps);
    free(tr->lanes);
    free(tr->err);
    free(tr->ev);
    free(tr->tasks);
    free(tr->handles);
    free(tr);
}

/* ---- tasks and handles ---- */

/* The index of task `id`, registering it (with a placeholder name) if new. */
static int task_index(struct trace *tr, uint64_t id)
{
    if (id == 0)
        return -1;
    int i = idmap_get(&tr->task_ids, id);
    if (i >= 0)
        return i;
    if (tr->ntasks == tr->cap_tasks) {
        int cap = tr->cap_tasks ? tr->cap_tasks * 2 : 16;
        tr->tasks = xrealloc(tr->tasks, (size_t)cap * sizeof *tr->tasks);
        tr->lanes = xrealloc(tr->lanes, (size_t)cap * sizeof *tr->lanes);
        memset(tr->lanes + tr->cap_tasks, 0, (size_t)(cap - tr->cap_tasks) * sizeof *tr->lanes);
        tr->cap_tasks = cap;
    }
    i = tr->ntasks++;
    char name[40];
    snprintf(name, sizeof name, "task #%llu", (unsigned long long)id);
    tr->tasks[i] = (struct trace_task){id, intern(tr, name), intern(tr, "?"), 0};
    idmap_put(&tr->task_ids, id, i);
    return i;
}

/* The index of handle `id`, registering it (described "?") if new. */
static int handle_index(struct trace *tr, uint64_t id)
{
    if (id == 0)
        return -1;
    int i = idmap_get(&tr->handle_ids, id);
    if (i >= 0)
        return i;
    if (tr->nhandles == tr->cap_handles) {
        tr->cap_handles = tr->cap_handles ? tr->cap_handles * 2 : 32;
        tr->handles = xrealloc(tr->handles, (size_t)tr->cap_handles * sizeof *tr->handles);
    }
    i = tr->nhandles++;
    tr->handles[i] = (struct trace_handle){id, intern(tr, "?"), -1, 0, false};
    idmap_put(&tr->handle_ids, id, i);
    return i;
}

/* Whether task i has had a step already (its lane has a running span). */
static bool task_has_run(const struct trace *tr, int i)
{
    for (int k = 0; k < tr->lanes[i].n; k++)
        if (tr->lanes[i].spans[k].state == TS_RUNNING)
            return true;
    return false;
}

/* ---- committing events ---- */

/* A new event of `kind` at the end of the log, fields at their "unused" values. */
static struct trace_event *event_new(struct trace *tr, enum trace_kind kind, double t)
{
    if (tr->n == tr->cap) {
        tr->cap = tr->cap ? tr->cap * 2 : 256;
        tr->ev = xrealloc(tr->ev, tr->cap * sizeof *tr->ev);
    }
    struct trace_event *ev = &tr->ev[tr->n];
    *ev = (struct trace_event){.kind = (uint8_t)kind, .task = -1, .handle = -1, .fd = -1,
                               .seq = (uint32_t)tr->n, .t = t};
    return ev;
}

/* Fills in the names an event refers to, so it can be narrated alone. */
static void event_names(const struct trace *tr, struct trace_event *ev)
{
    if (ev->task >= 0)
        ev->name = tr->tasks[ev->task].name;
    if (ev->handle >= 0)
        ev->desc = tr->handles[ev->handle].desc;
}

static void lane_push(struct trace_lanebuf *l, enum trace_task_state s, size_t k, double t)
{
    if (l->n > 0) {
        l->spans[l->n - 1].k1 = k;
        l->spans[l->n - 1].t1 = t;
    }
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->spans = xrealloc(l->spans, (size_t)l->cap * sizeof *l->spans);
    }
    l->spans[l->n++] = (struct trace_span){s, k, SIZE_MAX, t, INFINITY};
}

/* Appends the event for good: advances the live state, extends the task's lane when
 * its state changed, and keeps a snapshot every TRACE_SNAPSHOT_EVERY events. */
static void commit(struct trace *tr, struct trace_event *ev)
{
    event_names(tr, ev);
    tr->n++;
    int task = ev->task;
    bool known = task >= 0 && task < tr->head.ntasks;
    enum trace_task_state before = known ? tr->head.tasks[task].state : TS_NSTATES;
    trace_apply(tr, &tr->head, ev);
    if (task >= 0 && task < tr->head.ntasks && tr->head.tasks[task].state != before)
        lane_push(&tr->lanes[task], tr->head.tasks[task].state, tr->head.k, ev->t);
    tr->t_end = tr->head.now > tr->t_end ? tr->head.now : tr->t_end;
    if (tr->head.k % TRACE_SNAPSHOT_EVERY != 0)
        return;
    if (tr->nsnaps == tr->cap_snaps) {
        tr->cap_snaps *= 2;
        tr->snaps = xrealloc(tr->snaps, tr->cap_snaps * sizeof *tr->snaps);
    }
    struct trace_state *s = &tr->snaps[tr->nsnaps++];
    trace_state_init(s);
    trace_state_copy(s, &tr->head);
}

/* ---- emit functions (see trace.h for what each event means) ---- */

void trace_emit_task_created(struct trace *tr, double t, uint64_t task, const char *name,
                             const char *coro, int line)
{
    int i = task_index(tr, task);
    if (i < 0)
        return;
    tr->tasks[i].name = intern(tr, name ? name : "?");
    tr->tasks[i].coro = intern(tr, coro ? coro : "?");
    tr->tasks[i].def_line = line;
    struct trace_event *ev = event_new(tr, TRACE_TASK_CREATED, t);
    ev->task = i;
    ev->line = line;
    ev->text = tr->tasks[i].coro;
    commit(tr, ev);
}

void trace_emit_task_step(struct trace *tr, double t, uint64_t task, int line)
{
    struct trace_event *ev = event_new(tr, TRACE_TASK_STEP, t);
    ev->task = task_index(tr, task);
    ev->line = line;
    ev->sub = ev->task >= 0 && !task_has_run(tr, ev->task);
    ev->text = ev->task >= 0 ? tr->tasks[ev->task].coro : NULL;
    commit(tr, ev);
}

void trace_emit_task_suspend(struct trace *tr, double t, uint64_t task, const char *what, int line)
{
    struct trace_event *ev = event_new(tr, TRACE_TASK_SUSPEND, t);
    ev->task = task_index(tr, task);
    ev->line = line;
    ev->text = intern(tr, what ? what : "?");
    commit(tr, ev);
}

void trace_emit_task_done(struct trace *tr, double t, uint64_t task, enum trace_outcome how,
                          const char *text)
{
    struct trace_event *ev = event_new(tr, TRACE_TASK_DONE, t);
    ev->task = task_index(tr, task);
    ev->sub = (uint8_t)how;
    ev->text = intern(tr, text);
    commit(tr, ev);
}

void trace_emit_cancel(struct trace *tr, double t, uint64_t task, const char *msg)
{
    struct trace_event *ev = event_new(tr, TRACE_CANCEL, t);
    ev->task = task_index(tr, task);
    ev->text = intern(tr, msg);
    commit(tr, ev);
}

void trace_emit_soon(struct trace *tr, double t, uint64_t handle, uint64_t task, const char *desc)
{
    int h = handle_index(tr, handle);
    int ti = task_index(tr, task);
    if (h < 0)
        return;
    tr->handles[h].desc = intern(tr, desc ? desc : "?");
    tr->handles[h].task = ti;
    tr->handles[h].timer = false;
    struct trace_event *ev = event_new(tr, TRACE_SOON, t);
    ev->handle = h;
    ev->task = ti;
    commit(tr, ev);
}

void trace_emit_run(struct trace *tr, double t, uint64_t handle)
{
    struct trace_event *ev = event_new(tr, TRACE_RUN, t);
    ev->handle = handle_index(tr, handle);
    commit(tr, ev);
}

void trace_emit_timer(struct trace *tr, double t, uint64_t handle, double when, const char *desc)
{
    int h = handle_index(tr, handle);
    if (h < 0)
        return;
    tr->handles[h].desc = intern(tr, desc ? desc : "?");
    tr->handles[h].when = when;
    tr->handles[h].timer = true;
    struct trace_event *ev = event_new(tr, TRACE_TIMER, t);
    ev->handle = h;
    ev->x = when;
    commit(tr, ev);
}

/* The events that name only a handle. */
static void emit_handle_event(struct trace *tr, enum trace_kind kind, double t, uint64_t handle)
{
    struct trace_event *ev = event_new(tr, kind, t);
    ev->handle = handle_index(tr, handle);
    if (ev->handle >= 0) {
        ev->x = tr->handles[ev->handle].when;
        ev->sub = tr->handles[ev->handle].timer;
    }
    commit(tr, ev);
}

void trace_emit_timer_fired(struct trace *tr, double t, uint64_t handle)
{
    emit_handle_event(tr, TRACE_TIMER_FIRED, t, handle);
}

void trace_emit_handle_cancelled(struct trace *tr, double t, uint64_t handle)
{
    emit_handle_event(tr, TRACE_HANDLE_CANCELLED, t, handle);
}

void trace_emit_fd_add(struct trace *tr, double t, int fd, int mask, uint64_t handle, const char *desc)
{
    int h = handle_index(tr, handle);
    if (h >= 0)
        tr->handles[h].desc = intern(tr, desc ? desc : "?");
    struct trace_event *ev = event_new(tr, TRACE_FD_ADD, t);
    ev->fd = fd;
    ev->sub = (uint8_t)mask;
    ev->handle = h;
    commit(tr, ev);
}

/* The handle watching (fd, mask) in the live state, or -1. */
static int fd_handle(const struct trace *tr, int fd, int mask)
{
    for (int i = 0; i < tr->head.nfds; i++)
        if (tr->head.fds[i].fd == fd && tr->head.fds[i].mask == mask)
            return tr->head.fds[i].handle;
    return -1;
}

void trace_emit_fd_remove(struct trace *tr, double t, int fd, int mask)
{
    struct trace_event *ev = event_new(tr, TRACE_FD_REMOVE, t);
    ev->fd = fd;
    ev->sub = (uint8_t)mask;
    ev->handle = fd_handle(tr, fd, mask);
    commit(tr, ev);
}

void trace_emit_fd_ready(struct trace *tr, double t, int fd, int mask)
{
    struct trace_event *ev = event_new(tr, TRACE_FD_READY, t);
    ev->fd = fd;
    ev->sub = (uint8_t)mask;
    ev->handle = fd_handle(tr, fd, mask);
    commit(tr, ev);
}

void trace_emit_poll(struct trace *tr, double t, double timeout)
{
    struct trace_event *ev = event_new(tr, TRACE_POLL, t);
    ev->x = timeout;
    commit(tr, ev);
}

void trace_emit_clock(struct trace *tr, double t, double to)
{
    struct trace_event *ev = event_new(tr, TRACE_CLOCK, t);
    ev->x = to;
    commit(tr, ev);
}

void trace_emit_blocking(struct trace *tr, double t, uint64_t task, const char *what, double seconds,
                         int line)
{
    struct trace_event *ev = event_new(tr, TRACE_BLOCKING, t);
    ev->task = task_index(tr, task);
    ev->text = intern(tr, what ? what : "?");
    ev->x = seconds > 0 ? seconds : 0;
    ev->line = line;
    commit(tr, ev);
}

void trace_emit_callback_error(struct trace *tr, double t, uint64_t handle, const char *text)
{
    struct trace_event *ev = event_new(tr, TRACE_CALLBACK_ERROR, t);
    ev->handle = handle_index(tr, handle);
    ev->text = intern(tr, text ? text : "?");
    commit(tr, ev);
}

void trace_emit_destroyed_pending(struct trace *tr, double t, uint64_t task)
{
    struct trace_event *ev = event_new(tr, TRACE_DESTROYED_PENDING, t);
    ev->task = task_index(tr, task);
    commit(tr, ev);
}

void trace_emit_never_awaited(struct trace *tr, double t, const char *coro, int line)
{
    struct trace_event *ev = event_new(tr, TRACE_NEVER_AWAITED, t);
    ev->text = intern(tr, coro ? coro : "?");
    ev->line = line;
    commit(tr, ev);
}

void trace_emit_output(struct trace *tr, double t, enum trace_stream stream, const char *text, size_t len)
{
    if (stream == TRACE_STDERR && len > 0) {
        if (tr->nerr == tr->cap_err) {
            tr->cap_err = tr->cap_err ? tr->cap_err * 2 : 8;
            tr->err = xrealloc(tr->err, tr->cap_err * sizeof *tr->err);
        }
        tr->err[tr->nerr++] = (struct trace_range){tr->out.len, len};
    }
    sbuf_add(&tr->out, text, len);
    struct trace_event *ev = event_new(tr, TRACE_OUTPUT, t);
    ev->sub = (uint8_t)stream;
    ev->text = pool_intern(&tr->strings, text, len);
    ev->x = (double)len;
    commit(tr, ev);
}

/* ---- reading ---- */

size_t trace_len(const struct trace *tr)
{
    return tr->n;
}

const struct trace_event *trace_event_at(const struct trace *tr, size_t k)
{
    return k < tr->n ? &tr->ev[k] : NULL;
}

int trace_task_count(const struct trace *tr)
{
    return tr->ntasks;
}

const struct trace_task *trace_task_at(const struct trace *tr, int task)
{
    return task >= 0 && task < tr->ntasks ? &tr->tasks[task] : NULL;
}

const struct trace_handle *trace_handle_at(const struct trace *tr, int handle)
{
    return handle >= 0 && handle < tr->nhandles ? &tr->handles[handle] : NULL;
}

double trace_end_time(const struct trace *tr)
{
    return tr->t_end;
}

const char *trace_output(const struct trace *tr, size_t *len)
{
    if (len)
        *len = tr->out.len;
    return sbuf_str(&tr->out);
}

int trace_lane(const struct trace *tr, int task, const struct trace_span **spans)
{
    if (task < 0 || task >= tr->ntasks) {
        *spans = NULL;
        return 0;
    }
    *spans = tr->lanes[task].spans;
    return tr->lanes[task].n;
}
