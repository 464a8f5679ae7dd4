/* longtrace.c - a long, consistent synthetic trace for speed and reducer tests: a small
 * simulated loop (FIFO ready queue, timers by deadline then scheduling order) running
 * tasks that sleep, yield, print, block, finish, get cancelled, and a reader on an fd.
 * Deterministic: choices come from a fixed SplitMix64 sequence. */
#include "trace/trace_impl.h"

#include <stdlib.h>
#include <string.h>

enum { SIM_TASKS = 48, SIM_FD = 7 };

struct sim_entry {            /* a queued callback */
    uint64_t handle;
    int task;                 /* task it wakes, or -1 (the fd reader) */
    bool timer_cb;            /* a sleep's timer callback: it queues the wake-up */
    double deadline;          /* timers only */
};

struct sim {
    struct trace *tr;
    double t;
    uint64_t rng, next_handle, next_task;
    struct sim_entry *ready, *timers;
    int nready, ntimers, cap;
    uint64_t task_id[SIM_TASKS];
    uint64_t task_timer[SIM_TASKS];   /* the sleep timer a task waits on, or 0 */
};

static unsigned sim_rand(struct sim *m, unsigned n)
{
    m->rng = hash_splitmix64(m->rng);
    return (unsigned)(m->rng % n);
}

static void sim_soon(struct sim *m, int task, const char *verb)
{
    char desc[48];
    snprintf(desc, sizeof desc, "Task.%s(Task-%llu)", verb, (unsigned long long)m->task_id[task]);
    uint64_t h = ++m->next_handle;
    trace_emit_soon(m->tr, m->t, h, m->task_id[task], desc);
    m->ready[m->nready++] = (struct sim_entry){h, task, false, 0};
}

static void sim_spawn(struct sim *m, int slot)
{
    m->task_id[slot] = ++m->next_task;
    char name[32];
    snprintf(name, sizeof name, "Task-%llu", (unsigned long long)m->task_id[slot]);
    trace_emit_task_created(m->tr, m->t, m->task_id[slot], name, slot % 2 ? "worker" : "poller", 3 + slot % 5);
    m->task_timer[slot] = 0;
    sim_soon(m, slot, "__step");
}

/* Inserts a timer keeping (deadline, scheduling order). */
static void sim_timer(struct sim *m, int task, double delay)
{
    uint64_t h = ++m->next_handle;
    char desc[48];
    snprintf(desc, sizeof desc, "end of Task-%llu's sleep(%g)", (unsigned long long)m->task_id[task], delay);
    trace_emit_timer(m->tr, m->t, h, m->t + delay, desc);
    int i = m->ntimers;
    while (i > 0 && m->timers[i - 1].deadline > m->t + delay) {
        m->timers[i] = m->timers[i - 1];
        i--;
    }
    m->timers[i] = (struct sim_entry){h, task, true, m->t + delay};
    m->ntimers++;
    m->task_timer[task] = h;
}

/* Cancels a task sleeping on a timer: the timer goes, the task is woken to end. */
static void sim_cancel_one(struct sim *m, int by)
{
    int victim = (by + 1 + (int)sim_rand(m, SIM_TASKS - 1)) % SIM_TASKS;
    int i = 0;
    while (i < m->ntimers && m->timers[i].handle != m->task_timer[victim])
        i++;
    if (!m->task_timer[victim] || i == m->ntimers)
        return;  /* not asleep, or its timer already fired */
    memmove(&m->timers[i], &m->timers[i + 1], (size_t)(m->ntimers - i - 1) * sizeof *m->timers);
    m->ntimers--;
    trace_emit_cancel(m->tr, m->t, m->task_id[victim], NULL);
    trace_emit_handle_cancelled(m->tr, m->t, m->task_timer[victim]);
    m->task_timer[victim] = (uint64_t)-1;  /* marks "cancelled, ends when it runs" */
    sim_soon(m, victim, "__wakeup");
}

/* One step of a task: it does something, then waits or ends. */
static void sim_step(struct sim *m, int task)
{
    uint64_t id = m->task_id[task];
    trace_emit_task_step(m->tr, m->t, id, 3 + task % 5);
    if (m->task_timer[task] == (uint64_t)-1) {
        trace_emit_task_done(m->tr, m->t, id, TRACE_CANCELLED, NULL);
        sim_spawn(m, task);
        return;
    }
    m->task_timer[task] = 0;
    char text[64];
    switch (sim_rand(m, 8)) {
    case 0:
        snprintf(text, sizeof text, "Task-%llu at %.3f\n", (unsigned long long)id, m->t);
        trace_emit_output(m->tr, m->t, TRACE_STDOUT, text, strlen(text));
        break;
    case 1:
        trace_emit_blocking(m->tr, m->t, id, "time.sleep(0.001)", 0.001, 4);
        m->t += 0.001;
        break;
    case 2:
        trace_emit_task_done(m->tr, m->t, id, TRACE_RETURNED, "None");
        sim_spawn(m, task);
        return;
    case 3:
        trace_emit_task_suspend(m->tr, m->t, id, "sleep 0", 5);
        sim_soon(m, task, "__step");
        return;
    case 4:
        sim_cancel_one(m, task);
        break;
    default:
        break;
    }
    double delay = 0.01 * (1 + sim_rand(m, 20));
    sim_timer(m, task, delay);
    trace_emit_task_suspend(m->tr, m->t, id, "sleep", 6);
}

/* One loop iteration: poll (jumping the clock when idle), fire due timers, run what was
 * ready at that point. */
static void sim_iteration(struct sim *m)
{
    double timeout = m->nready ? 0 : m->ntimers ? m->timers[0].deadline - m->t : -1;
    trace_emit_poll(m->tr, m->t, timeout);
    if (timeout > 0) {
        trace_emit_clock(m->tr, m->t, m->timers[0].deadline);
        m->t = m->timers[0].deadline;
    }
    if (sim_rand(m, 16) == 0) {
        trace_emit_fd_ready(m->tr, m->t, SIM_FD, TRACE_READ);
        m->ready[m->nready++] = (struct sim_entry){1, -1, false, 0};
    }
    while (m->ntimers && m->timers[0].deadline <= m->t) {
        trace_emit_timer_fired(m->tr, m->t, m->timers[0].handle);
        m->ready[m->nready++] = m->timers[0];
        memmove(&m->timers[0], &m->timers[1], (size_t)(m->ntimers - 1) * sizeof *m->timers);
        m->ntimers--;
    }
    int n = m->nready;
    struct sim_entry *batch = xmalloc((size_t)(n ? n : 1) * sizeof *batch);
    memcpy(batch, m->ready, (size_t)n * sizeof *batch);
    m->nready = 0;
    for (int i = 0; i < n; i++) {
        trace_emit_run(m->tr, m->t, batch[i].handle);
        if (batch[i].task < 0)
            continue;
        if (batch[i].timer_cb)
            sim_soon(m, batch[i].task, "__wakeup");
        else
            sim_step(m, batch[i].task);
    }
    free(batch);
}

struct trace *trace_synthetic_long(size_t nevents)
{
    struct sim m = {.tr = trace_new(), .rng = 42, .next_handle = 1, .cap = SIM_TASKS * 4};
    m.ready = xcalloc((size_t)m.cap, sizeof *m.ready);
    m.timers = xcalloc((size_t)m.cap, sizeof *m.timers);
    trace_emit_fd_add(m.tr, 0, SIM_FD, TRACE_READ, 1, "server: accept()");
    for (int i = 0; i < SIM_TASKS; i++)
        sim_spawn(&m, i);
    while (trace_len(m.tr) < nevents)
        sim_iteration(&m);
    trace_emit_fd_remove(m.tr, m.t, SIM_FD, TRACE_READ);
    free(m.ready);
    free(m.timers);
    return m.tr;
}
