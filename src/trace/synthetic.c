/* synthetic.c - hand-written traces of the pillar demos, event for event what CPython
 * 3.11 does when it runs them (checked against an instrumented run of CPython's
 * pure-Python asyncio), plus a long generated trace for speed tests. They stand in for
 * src/aio until it emits real traces, and they show the asyncio layer which events to
 * emit for each operation: the small helpers below are the recipes (create_task,
 * await sleep, a future's callbacks, a blocking call, a loop iteration).
 *
 * Left out on purpose: the two internal tasks asyncio.run starts at shutdown
 * (shutdown_asyncgens, shutdown_default_executor); the trace ends when the loop stops
 * after main. */
#include "trace/trace_impl.h"

#include <stdlib.h>
#include <string.h>

#define SYN_MAX_TASKS 16

struct syn {
    struct trace *tr;
    double t;
    uint64_t next_handle;
    int ntasks;
    uint64_t step[SYN_MAX_TASKS + 1];  /* per task id: the handle that runs it next */
    char names[SYN_MAX_TASKS + 1][24];
};

static const char *name_of(struct syn *s, int task)
{
    return s->names[task];
}

/* asyncio.create_task(coro()): the Task exists, its first __step is queued. */
static int syn_task(struct syn *s, const char *coro, int def_line)
{
    int id = ++s->ntasks;
    snprintf(s->names[id], sizeof s->names[id], "Task-%d", id);
    trace_emit_task_created(s->tr, s->t, (uint64_t)id, s->names[id], coro, def_line);
    char desc[48];
    snprintf(desc, sizeof desc, "Task.__step(%s)", s->names[id]);
    s->step[id] = ++s->next_handle;
    trace_emit_soon(s->tr, s->t, s->step[id], (uint64_t)id, desc);
    return id;
}

/* A plain callback joins the ready queue; returns its handle. */
static uint64_t syn_soon(struct syn *s, const char *desc)
{
    uint64_t h = ++s->next_handle;
    trace_emit_soon(s->tr, s->t, h, 0, desc);
    return h;
}

/* A future the task awaits is done: its callback Task.__wakeup is queued. */
static void syn_wake(struct syn *s, int task)
{
    char desc[48];
    snprintf(desc, sizeof desc, "Task.__wakeup(%s)", name_of(s, task));
    s->step[task] = ++s->next_handle;
    trace_emit_soon(s->tr, s->t, s->step[task], (uint64_t)task, desc);
}

/* The loop runs the task's queued __step/__wakeup; the coroutine resumes at line. */
static void syn_resume(struct syn *s, int task, int line)
{
    trace_emit_run(s->tr, s->t, s->step[task]);
    trace_emit_task_step(s->tr, s->t, (uint64_t)task, line);
}

/* await asyncio.sleep(delay) with delay > 0: a timer, then the task yields. */
static uint64_t syn_sleep(struct syn *s, int task, double delay, int line)
{
    char desc[64], what[32];
    snprintf(desc, sizeof desc, "end of %s's sleep(%g)", name_of(s, task), delay);
    snprintf(what, sizeof what, "sleep %g", delay);
    uint64_t h = ++s->next_handle;
    trace_emit_timer(s->tr, s->t, h, s->t + delay, desc);
    trace_emit_task_suspend(s->tr, s->t, (uint64_t)task, what, line);
    return h;
}

/* A loop iteration that finds callbacks ready. */
static void syn_iter(struct syn *s)
{
    trace_emit_poll(s->tr, s->t, 0);
}

/* A loop iteration with nothing ready: poll until the next timer, the virtual clock
 * jumps there. */
static void syn_idle(struct syn *s, double to)
{
    trace_emit_poll(s->tr, s->t, to - s->t);
    trace_emit_clock(s->tr, s->t, to);
    s->t = to;
}

/* A due sleep timer fires, and (after the timers) its callback runs, which sets the
 * sleep's future and so queues the sleeper's wake-up. */
static void syn_timer_wakes(struct syn *s, uint64_t timer, int task)
{
    trace_emit_run(s->tr, s->t, timer);
    syn_wake(s, task);
}

static void syn_print(struct syn *s, const char *text)
{
    trace_emit_output(s->tr, s->t, TRACE_STDOUT, text, strlen(text));
}

static void syn_done(struct syn *s, int task, const char *result)
{
    trace_emit_task_done(s->tr, s->t, (uint64_t)task, TRACE_RETURNED, result);
}

/* main() returned: asyncio.run's _run_until_complete_cb is queued, runs in the next
 * iteration and stops the loop. */
static void syn_main_returns(struct syn *s, int main_task)
{
    syn_done(s, main_task, "None");
    uint64_t h = syn_soon(s, "asyncio.run: stop the loop (main() is done)");
    syn_iter(s);
    trace_emit_run(s->tr, s->t, h);
}

/* download(name) of why-async finishes (its second half, after the sleep): prints,
 * returns its letter, and gather's done callback for it is queued (returned). */
static uint64_t download_finishes(struct syn *s, int task, int i)
{
    char text[48];
    snprintf(text, sizeof text, "%c: done\n", 'a' + i);
    syn_print(s, text);
    snprintf(text, sizeof text, "'%c'", 'a' + i);
    syn_done(s, task, text);
    snprintf(text, sizeof text, "gather's callback for Task-%d", task);
    return syn_soon(s, text);
}

/* The three downloads with asyncio.sleep: all start and sleep in one iteration, the
 * timers fire together, all finish in one iteration. */
static void downloads_sleeping(struct syn *s, const int dl[3], uint64_t gathered[3])
{
    uint64_t timer[3];
    for (int i = 0; i < 3; i++) {
        char text[32];
        syn_resume(s, dl[i], 4);
        snprintf(text, sizeof text, "%c: start\n", 'a' + i);
        syn_print(s, text);
        timer[i] = syn_sleep(s, dl[i], 0.1, 6);
    }
    syn_idle(s, 0.1);
    for (int i = 0; i < 3; i++)
        trace_emit_timer_fired(s->tr, s->t, timer[i]);
    for (int i = 0; i < 3; i++)
        syn_timer_wakes(s, timer[i], dl[i]);
    syn_iter(s);
    for (int i = 0; i < 3; i++) {
        syn_resume(s, dl[i], 6);
        gathered[i] = download_finishes(s, dl[i], i);
    }
}

/* The three downloads with time.sleep: each holds the loop 0.1 s and finishes in its
 * first step, so they run one after another in the same iteration. */
static void downloads_blocking(struct syn *s, const int dl[3], uint64_t gathered[3])
{
    for (int i = 0; i < 3; i++) {
        char text[32];
        syn_resume(s, dl[i], 5);
        snprintf(text, sizeof text, "%c: start\n", 'a' + i);
        syn_print(s, text);
        trace_emit_blocking(s->tr, s->t, (uint64_t)dl[i], "time.sleep(0.1)", 0.1, 7);
        s->t += 0.1;
        gathered[i] = download_finishes(s, dl[i], i);
    }
}

/* why-async.py, or why-async-blocking.py (time.sleep instead of asyncio.sleep; every
 * line from `import time` on is one further down). */
static void build_why_async(struct syn *s, bool blocking)
{
    int d = blocking ? 1 : 0, dl[3];
    uint64_t gathered[3];
    int main_task = syn_task(s, "main", 11 + d);
    syn_iter(s);
    syn_resume(s, main_task, 11 + d);
    for (int i = 0; i < 3; i++)
        dl[i] = syn_task(s, "download", 4 + d);
    trace_emit_task_suspend(s->tr, s->t, (uint64_t)main_task, "gather", 15 + d);
    syn_iter(s);
    if (blocking)
        downloads_blocking(s, dl, gathered);
    else
        downloads_sleeping(s, dl, gathered);
    syn_iter(s);
    for (int i = 0; i < 3; i++)
        trace_emit_run(s->tr, s->t, gathered[i]);
    syn_wake(s, main_task);  /* the last child's callback completes gather's future */
    syn_iter(s);
    syn_resume(s, main_task, 15 + d);
    syn_print(s, blocking ? "total 0.3s\n" : "total 0.1s\n");
    syn_main_returns(s, main_task);
}

/* A job() of gather-vs-wait.py finishes: it prints and returns its name. */
static void job_finishes(struct syn *s, int task, const char *name)
{
    char text[64];
    syn_resume(s, task, 10);
    snprintf(text, sizeof text, "  %.1fs %s finished\n", s->t, name);
    syn_print(s, text);
    snprintf(text, sizeof text, "'%s'", name);
    syn_done(s, task, text);
}

/* The first part of gather-vs-wait.py: gather(job("slow", 0.3), job("fast", 0.1)). */
static void gather_half(struct syn *s, int main_task)
{
    syn_print(s, "gather: results come back in argument order\n");
    int slow = syn_task(s, "job", 9), fast = syn_task(s, "job", 9);
    trace_emit_task_suspend(s->tr, s->t, (uint64_t)main_task, "gather", 19);
    syn_iter(s);
    syn_resume(s, slow, 9);
    uint64_t ts = syn_sleep(s, slow, 0.3, 10);
    syn_resume(s, fast, 9);
    uint64_t tf = syn_sleep(s, fast, 0.1, 10);
    syn_idle(s, 0.1);
    trace_emit_timer_fired(s->tr, s->t, tf);
    syn_timer_wakes(s, tf, fast);
    syn_iter(s);
    job_finishes(s, fast, "fast");
    uint64_t g1 = syn_soon(s, "gather's callback for Task-3");
    syn_iter(s);
    trace_emit_run(s->tr, s->t, g1);
    syn_idle(s, 0.3);
    trace_emit_timer_fired(s->tr, s->t, ts);
    syn_timer_wakes(s, ts, slow);
    syn_iter(s);
    job_finishes(s, slow, "slow");
    uint64_t g2 = syn_soon(s, "gather's callback for Task-2");
    syn_iter(s);
    trace_emit_run(s->tr, s->t, g2);
    syn_wake(s, main_task);
    syn_iter(s);
    syn_resume(s, main_task, 19);
    syn_print(s, "  0.3s results: ['slow', 'fast']\n");
}

/* The second part: wait(FIRST_COMPLETED) on two new jobs returns at the first finish. */
static int first_completed_part(struct syn *s, int main_task, uint64_t *slow_timer)
{
    syn_print(s, "wait(FIRST_COMPLETED): returns at the first finish\n");
    int slow = syn_task(s, "job", 9), fast = syn_task(s, "job", 9);
    trace_emit_task_suspend(s->tr, s->t, (uint64_t)main_task, "wait(FIRST_COMPLETED)", 25);
    syn_iter(s);
    syn_resume(s, slow, 9);
    *slow_timer = syn_sleep(s, slow, 0.3, 10);
    syn_resume(s, fast, 9);
    uint64_t tf = syn_sleep(s, fast, 0.1, 10);
    syn_idle(s, 0.4);
    trace_emit_timer_fired(s->tr, s->t, tf);
    syn_timer_wakes(s, tf, fast);
    syn_iter(s);
    job_finishes(s, fast, "fast");
    uint64_t done = syn_soon(s, "wait's callback for Task-5");
    syn_iter(s);
    trace_emit_run(s->tr, s->t, done);
    syn_wake(s, main_task);
    syn_iter(s);
    syn_resume(s, main_task, 25);
    syn_print(s, "  0.4s done: 1, pending: 1\n");
    return slow;
}

/* The last part: wait(timeout=0.1) returns with the slow job still running; main then
 * awaits the job itself. */
static void timeout_part(struct syn *s, int main_task, int slow, uint64_t slow_timer)
{
    syn_print(s, "wait(timeout=0.1): returns (done, pending), cancels nothing\n");
    uint64_t to = ++s->next_handle;
    trace_emit_timer(s->tr, s->t, to, s->t + 0.1, "wait's timeout 0.1");
    trace_emit_task_suspend(s->tr, s->t, (uint64_t)main_task, "wait(timeout=0.1)", 30);
    syn_idle(s, 0.5);
    trace_emit_timer_fired(s->tr, s->t, to);
    syn_timer_wakes(s, to, main_task);
    syn_iter(s);
    syn_resume(s, main_task, 30);
    syn_print(s, "  0.5s done: 0, pending: 1, slow cancelled? False\n");
    trace_emit_task_suspend(s->tr, s->t, (uint64_t)main_task, "Task-4", 33);
    syn_idle(s, 0.6);
    trace_emit_timer_fired(s->tr, s->t, slow_timer);
    syn_timer_wakes(s, slow_timer, slow);
    syn_iter(s);
    job_finishes(s, slow, "slow");
    syn_wake(s, main_task);  /* main awaits Task-4 itself */
    syn_iter(s);
    syn_resume(s, main_task, 33);
    syn_print(s, "  the task kept running; await it: slow\n");
}

static void build_gather_vs_wait(struct syn *s)
{
    int main_task = syn_task(s, "main", 15);
    syn_iter(s);
    syn_resume(s, main_task, 15);
    gather_half(s, main_task);
    uint64_t slow_timer;
    int slow = first_completed_part(s, main_task, &slow_timer);
    timeout_part(s, main_task, slow, slow_timer);
    syn_main_returns(s, main_task);
}

/* orphan-tasks.py: main's first step, up to `await asyncio.sleep(0.2)`. Returns the
 * napper's timer. */
static uint64_t orphan_start(struct syn *s, int main_task, int orphan, int napper, int kept, uint64_t *kept_timer)
{
    syn_iter(s);
    syn_resume(s, orphan, 7);
    trace_emit_task_suspend(s->tr, s->t, (uint64_t)orphan, "Future", 10);
    syn_resume(s, napper, 15);
    uint64_t nap_timer = syn_sleep(s, napper, 10, 17);
    syn_resume(s, kept, 15);
    *kept_timer = syn_sleep(s, kept, 0.1, 17);
    syn_resume(s, main_task, 31);
    syn_print(s, "tasks alive: 4\n");
    /* gc.collect(): nothing references Task-2 or its future, so both are collected; the
     * coroutine is closed (its finally runs) and the task reports it was pending. */
    syn_print(s, "orphan: finally ran\n");
    trace_emit_destroyed_pending(s->tr, s->t, (uint64_t)orphan);
    const char *msg = "Task was destroyed but it is pending!\n"
                      "task: <Task pending name='Task-2' coro=<wait_on_private_future() done, defined at "
                      "orphan-tasks.py:7> wait_for=<Future pending cb=[Task.task_wakeup()]>>\n";
    trace_emit_output(s->tr, s->t, TRACE_STDERR, msg, strlen(msg));
    syn_print(s, "after gc.collect(): 3\n");
    return nap_timer;
}

/* asyncio.run cancels what is left (the napper), then runs the loop until it ends. */
static void orphan_shutdown(struct syn *s, int napper, uint64_t nap_timer)
{
    trace_emit_cancel(s->tr, s->t, (uint64_t)napper, NULL);
    syn_wake(s, napper);
    syn_iter(s);
    syn_resume(s, napper, 17);
    trace_emit_handle_cancelled(s->tr, s->t, nap_timer);  /* sleep's finally: h.cancel() */
    syn_print(s, "napper: cancelled by asyncio.run at shutdown\n");
    trace_emit_task_done(s->tr, s->t, (uint64_t)napper, TRACE_CANCELLED, NULL);
    uint64_t g = syn_soon(s, "gather's callback for Task-3");
    syn_iter(s);
    trace_emit_run(s->tr, s->t, g);
    uint64_t stop = syn_soon(s, "asyncio.run: stop the loop (leftovers are done)");
    syn_iter(s);
    trace_emit_run(s->tr, s->t, stop);
}

static void build_orphan_tasks(struct syn *s)
{
    int main_task = syn_task(s, "main", 24);
    syn_iter(s);
    syn_resume(s, main_task, 24);
    int orphan = syn_task(s, "wait_on_private_future", 7);
    int napper = syn_task(s, "nap", 15);
    int kept = syn_task(s, "nap", 15);
    /* await asyncio.sleep(0): a bare yield; Task.__step queues itself again. */
    trace_emit_task_suspend(s->tr, s->t, (uint64_t)main_task, "sleep 0", 31);
    s->step[main_task] = ++s->next_handle;
    trace_emit_soon(s->tr, s->t, s->step[main_task], (uint64_t)main_task, "Task.__step(Task-1)");
    uint64_t kept_timer, nap_timer = orphan_start(s, main_task, orphan, napper, kept, &kept_timer);
    uint64_t main_timer = syn_sleep(s, main_task, 0.2, 35);
    syn_idle(s, 0.1);
    trace_emit_timer_fired(s->tr, s->t, kept_timer);
    syn_timer_wakes(s, kept_timer, kept);
    syn_iter(s);
    syn_resume(s, kept, 17);
    syn_print(s, "kept: woke up\n");
    syn_done(s, kept, "None");
    uint64_t discard = syn_soon(s, "background.discard(Task-4)");
    syn_iter(s);
    trace_emit_run(s->tr, s->t, discard);
    syn_idle(s, 0.2);
    trace_emit_timer_fired(s->tr, s->t, main_timer);
    syn_timer_wakes(s, main_timer, main_task);
    syn_iter(s);
    syn_resume(s, main_task, 35);
    syn_print(s, "background set: 0 - main returns\n");
    syn_main_returns(s, main_task);
    orphan_shutdown(s, napper, nap_timer);
}

/* The 1-based line of the first line of src starting with prefix, or 0. */
static int find_line(const char *src, const char *prefix)
{
    size_t n = strlen(prefix);
    int line = 1;
    for (const char *p = src; p && *p; line++) {
        while (*p == ' ')
            p++;
        if (strncmp(p, prefix, n) == 0)
            return line;
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    return 0;
}

/* Any other demo: main is created, runs once, returns. */
static void build_generic(struct syn *s, const char *source)
{
    int def = source ? find_line(source, "async def main") : 0;
    int main_task = syn_task(s, "main", def);
    syn_iter(s);
    syn_resume(s, main_task, def);
    syn_main_returns(s, main_task);
}

struct trace *trace_synthetic(const char *demo_id, const char *source)
{
    struct syn s = {.tr = trace_new()};
    const char *id = demo_id ? demo_id : "";
    if (strcmp(id, "why-async") == 0)
        build_why_async(&s, false);
    else if (strcmp(id, "why-async-blocking") == 0)
        build_why_async(&s, true);
    else if (strcmp(id, "gather-vs-wait") == 0)
        build_gather_vs_wait(&s);
    else if (strcmp(id, "orphan-tasks") == 0)
        build_orphan_tasks(&s);
    else
        build_generic(&s, source);
    return s.tr;
}
