/* test_trace.c - the trace model: the log, the reducer (ready queue, timer heap, task
 * states after each event), seeking with snapshots against plain replay, narration
 * word for word, output lines, timeline lanes, and the synthetic pillar traces. */
#include "test.h"
#include "base/base.h"
#include "trace/trace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ---- */

/* The ready queue as "desc | desc | ...". */
static const char *ready_str(const struct trace *tr, const struct trace_state *st)
{
    static char buf[1024];
    buf[0] = '\0';
    for (int i = 0; i < st->nready; i++) {
        if (i)
            strcat(buf, " | ");
        strcat(buf, trace_handle_at(tr, st->ready[i].handle)->desc);
    }
    return buf;
}

/* The timer heap in firing order as "0.100 desc | ...". */
static const char *timers_str(const struct trace *tr, const struct trace_state *st)
{
    static char buf[1024];
    buf[0] = '\0';
    for (int i = 0; i < st->ntimers; i++) {
        const struct trace_handle *h = trace_handle_at(tr, st->timers[i]);
        size_t n = strlen(buf);
        snprintf(buf + n, sizeof buf - n, "%s%.3f %s", i ? " | " : "", h->when, h->desc);
    }
    return buf;
}

/* Every task's state as one letter each: Pending Ready Xrunning Waiting Done Cancelled
 * Failed destroYed. */
static const char *states_str(const struct trace_state *st)
{
    static char buf[64];
    int i;
    for (i = 0; i < st->ntasks && i < 63; i++)
        buf[i] = "PRXWDCFY"[st->tasks[i].state];
    buf[i] = '\0';
    return buf;
}

static const char *narrate_at(const struct trace *tr, size_t k)
{
    static char buf[300];
    trace_narrate(trace_event_at(tr, k), buf, sizeof buf);
    return buf;
}

static bool same_state(const struct trace_state *a, const struct trace_state *b)
{
    if (a->k != b->k || a->now != b->now || a->lag != b->lag || a->iterations != b->iterations ||
        a->running != b->running || a->current != b->current || a->ntasks != b->ntasks ||
        a->nready != b->nready || a->ntimers != b->ntimers || a->nfds != b->nfds || a->out_len != b->out_len)
        return false;
    for (int i = 0; i < a->ntasks; i++) {
        const struct trace_task_view *x = &a->tasks[i], *y = &b->tasks[i];
        if (x->state != y->state || x->line != y->line || x->waiting != y->waiting || x->result != y->result ||
            x->cancelling != y->cancelling)
            return false;
    }
    for (int i = 0; i < a->nready; i++)
        if (a->ready[i].handle != b->ready[i].handle || a->ready[i].due != b->ready[i].due)
            return false;
    for (int i = 0; i < a->ntimers; i++)
        if (a->timers[i] != b->timers[i])
            return false;
    for (int i = 0; i < a->nfds; i++)
        if (a->fds[i].fd != b->fds[i].fd || a->fds[i].mask != b->fds[i].mask || a->fds[i].handle != b->fds[i].handle)
            return false;
    return true;
}

/* A small trace written out by hand: main creates two tasks; one sleeps 0.2, the other
 * sleeps 0.1 and prints. Events are numbered in the comments. */
static struct trace *small_trace(void)
{
    struct trace *tr = trace_new();
    trace_emit_task_created(tr, 0, 1, "Task-1", "main", 10);          /* 0 */
    trace_emit_soon(tr, 0, 100, 1, "Task.__step(Task-1)");             /* 1 */
    trace_emit_poll(tr, 0, 0);                                         /* 2 */
    trace_emit_run(tr, 0, 100);                                        /* 3 */
    trace_emit_task_step(tr, 0, 1, 10);                                /* 4 */
    trace_emit_task_created(tr, 0, 2, "Task-2", "slow", 3);           /* 5 */
    trace_emit_soon(tr, 0, 101, 2, "Task.__step(Task-2)");             /* 6 */
    trace_emit_task_created(tr, 0, 3, "Task-3", "fast", 6);           /* 7 */
    trace_emit_soon(tr, 0, 102, 3, "Task.__step(Task-3)");             /* 8 */
    trace_emit_task_suspend(tr, 0, 1, "gather", 12);                   /* 9 */
    trace_emit_poll(tr, 0, 0);                                         /* 10 */
    trace_emit_run(tr, 0, 101);                                        /* 11 */
    trace_emit_task_step(tr, 0, 2, 3);                                 /* 12 */
    trace_emit_timer(tr, 0, 103, 0.2, "end of Task-2's sleep(0.2)");   /* 13 */
    trace_emit_task_suspend(tr, 0, 2, "sleep 0.2", 4);                 /* 14 */
    trace_emit_run(tr, 0, 102);                                        /* 15 */
    trace_emit_task_step(tr, 0, 3, 6);                                 /* 16 */
    trace_emit_timer(tr, 0, 104, 0.1, "end of Task-3's sleep(0.1)");   /* 17 */
    trace_emit_task_suspend(tr, 0, 3, "sleep 0.1", 7);                 /* 18 */
    trace_emit_poll(tr, 0, 0.1);                                       /* 19 */
    trace_emit_clock(tr, 0, 0.1);                                      /* 20 */
    trace_emit_timer_fired(tr, 0.1, 104);                              /* 21 */
    trace_emit_run(tr, 0.1, 104);                                      /* 22 */
    trace_emit_soon(tr, 0.1, 105, 3, "Task.__wakeup(Task-3)");         /* 23 */
    trace_emit_poll(tr, 0.1, 0);                                       /* 24 */
    trace_emit_run(tr, 0.1, 105);                                      /* 25 */
    trace_emit_task_step(tr, 0.1, 3, 7);                               /* 26 */
    trace_emit_output(tr, 0.1, TRACE_STDOUT, "fast\n", 5);             /* 27 */
    trace_emit_task_done(tr, 0.1, 3, TRACE_RETURNED, "'fast'");        /* 28 */
    return tr;
}

/* ---- the reducer ---- */

TEST(trace_small_task_states_after_each_event)
{
    struct trace *tr = small_trace();
    static const char *const want[] = {
        "P", "R", "R", "R", "X", "XP", "XR", "XRP", "XRR", "WRR", "WRR", "WRR", "WXR", "WXR", "WWR",
        "WWR", "WWX", "WWX", "WWW", "WWW", "WWW", "WWW", "WWW", "WWR", "WWR", "WWR", "WWX", "WWX", "WWD",
    };
    EXPECT_EQ_INT(trace_len(tr), LL_ARRAY_LEN(want));
    struct trace_state st;
    trace_state_init(&st);
    trace_state_at(tr, 0, &st);
    EXPECT_EQ_STR(states_str(&st), "");
    for (size_t k = 0; k < LL_ARRAY_LEN(want); k++) {
        trace_state_at(tr, k + 1, &st);
        if (strcmp(states_str(&st), want[k]) != 0)
            test_fail(__FILE__, __LINE__, "after event %zu: got %s, expected %s", k, states_str(&st), want[k]);
    }
    EXPECT_EQ_STR(st.tasks[0].waiting, "gather");
    EXPECT_EQ_INT(st.tasks[0].line, 12);
    EXPECT_EQ_STR(st.tasks[1].waiting, "sleep 0.2");
    EXPECT_EQ_STR(st.tasks[2].result, "'fast'");
    EXPECT_EQ_INT(st.running, -1);
    trace_state_at(tr, 17, &st);
    EXPECT_EQ_INT(st.running, 2);
    EXPECT_EQ_INT(st.tasks[2].line, 6);
    trace_state_free(&st);
    trace_free(tr);
}

TEST(trace_ready_queue_is_fifo)
{
    struct trace *tr = small_trace();
    struct trace_state st;
    trace_state_init(&st);
    trace_state_at(tr, 9, &st);   /* after both creations */
    EXPECT_EQ_STR(ready_str(tr, &st), "Task.__step(Task-2) | Task.__step(Task-3)");
    trace_state_at(tr, 12, &st);  /* Task-2's step taken off the front */
    EXPECT_EQ_STR(ready_str(tr, &st), "Task.__step(Task-3)");
    EXPECT_EQ_INT(st.current, 1);
    EXPECT_EQ_STR(trace_handle_at(tr, st.current)->desc, "Task.__step(Task-2)");
    trace_state_at(tr, 22, &st);  /* the timer moved to the ready queue */
    EXPECT_EQ_STR(ready_str(tr, &st), "end of Task-3's sleep(0.1)");
    trace_state_at(tr, 24, &st);
    EXPECT_EQ_STR(ready_str(tr, &st), "Task.__wakeup(Task-3)");
    EXPECT_NEAR(st.now, 0.1, 1e-12);
    EXPECT_EQ_INT(st.iterations, 3);
    trace_state_free(&st);
    trace_free(tr);
}

TEST(trace_timer_heap_in_firing_order)
{
    struct trace *tr = trace_new();
    trace_emit_timer(tr, 0, 1, 0.3, "c");
    trace_emit_timer(tr, 0, 2, 0.1, "a1");
    trace_emit_timer(tr, 0, 3, 0.2, "b");
    trace_emit_timer(tr, 0, 4, 0.1, "a2");   /* same deadline: after a1 */
    trace_emit_timer(tr, 0, 5, 0.05, "first");
    struct trace_state st;
    trace_state_init(&st);
    trace_state_at(tr, 5, &st);
    EXPECT_EQ_STR(timers_str(tr, &st), "0.050 first | 0.100 a1 | 0.100 a2 | 0.200 b | 0.300 c");
    trace_emit_handle_cancelled(tr, 0, 2);
    trace_emit_clock(tr, 0, 0.1);
    trace_emit_timer_fired(tr, 0.1, 5);
    trace_emit_timer_fired(tr, 0.1, 4);
    trace_state_at(tr, trace_len(tr), &st);
    EXPECT_EQ_STR(timers_str(tr, &st), "0.200 b | 0.300 c");
    EXPECT_EQ_STR(ready_str(tr, &st), "first | a2");
    /* Lag: the callback due at 0.05 runs at 0.1. */
    trace_emit_run(tr, 0.1, 5);
    trace_state_at(tr, trace_len(tr), &st);
    EXPECT_NEAR(st.lag, 0.05, 1e-12);
    EXPECT_EQ_STR(ready_str(tr, &st), "a2");
    EXPECT_EQ_STR(narrate_at(tr, 5), "t=0.000  timer cancelled: a1 will not run");
    trace_state_free(&st);
    trace_free(tr);
}

TEST(trace_fds_and_blocking)
{
    struct trace *tr = trace_new();
    trace_emit_fd_add(tr, 0, 5, TRACE_READ, 9, "server: accept()");
    trace_emit_fd_add(tr, 0, 6, TRACE_WRITE, 10, "send rest");
    trace_emit_fd_ready(tr, 0.5, 5, TRACE_READ);
    trace_emit_fd_remove(tr, 0.5, 6, TRACE_WRITE);
    trace_emit_task_created(tr, 0.5, 1, "Task-1", "main", 1);
    trace_emit_task_step(tr, 0.5, 1, 2);
    trace_emit_blocking(tr, 0.5, 1, "time.sleep(1)", 1.0, 3);
    struct trace_state st;
    trace_state_init(&st);
    trace_state_at(tr, 3, &st);
    EXPECT_EQ_INT(st.nfds, 2);
    EXPECT_EQ_STR(ready_str(tr, &st), "server: accept()");
    trace_state_at(tr, trace_len(tr), &st);
    EXPECT_EQ_INT(st.nfds, 1);
    EXPECT_EQ_INT(st.fds[0].fd, 5);
    EXPECT_NEAR(st.now, 1.5, 1e-12);
    EXPECT_NEAR(trace_end_time(tr), 1.5, 1e-12);
    EXPECT_EQ_INT(st.tasks[0].line, 3);
    EXPECT_EQ_INT(st.tasks[0].state, TS_RUNNING);
    EXPECT_EQ_STR(narrate_at(tr, 0), "t=0.000  fd 5 watched for reading: server: accept()");
    EXPECT_EQ_STR(narrate_at(tr, 2), "t=0.500  fd 5 is readable -> server: accept() joins the ready queue");
    EXPECT_EQ_STR(narrate_at(tr, 3), "t=0.500  fd 6 no longer watched for writing");
    EXPECT_EQ_STR(narrate_at(tr, 6), "t=0.500  Task-1 blocks the whole loop for 1.000 s: time.sleep(1) at line 3");
    trace_state_free(&st);
    trace_free(tr);
}

TEST(trace_cancel_and_failures)
{
    struct trace *tr = trace_new();
    trace_emit_task_created(tr, 0, 7, "worker", "work", 4);
    trace_emit_task_created(tr, 0, 8, "Task-3", "boom", 9);
    trace_emit_cancel(tr, 0, 7, "bye");
    struct trace_state st;
    trace_state_init(&st);
    trace_state_at(tr, 3, &st);
    EXPECT_TRUE(st.tasks[0].cancelling);
    trace_emit_task_done(tr, 0, 7, TRACE_CANCELLED, "bye");
    trace_emit_task_done(tr, 0, 8, TRACE_RAISED, "ValueError: boom");
    trace_emit_destroyed_pending(tr, 0, 9);  /* an id never created: a placeholder */
    trace_state_at(tr, trace_len(tr), &st);
    EXPECT_EQ_STR(states_str(&st), "CFY");
    EXPECT_FALSE(st.tasks[0].cancelling);
    EXPECT_EQ_STR(st.tasks[1].result, "ValueError: boom");
    EXPECT_EQ_STR(trace_task_at(tr, 2)->name, "task #9");
    EXPECT_EQ_STR(narrate_at(tr, 2), "t=0.000  worker.cancel(\"bye\") -> CancelledError is thrown into it when it next runs");
    EXPECT_EQ_STR(narrate_at(tr, 3), "t=0.000  worker cancelled: bye");
    EXPECT_EQ_STR(narrate_at(tr, 4), "t=0.000  Task-3 failed: ValueError: boom");
    EXPECT_EQ_STR(narrate_at(tr, 5), "t=0.000  task #9 was destroyed but it is pending! (nothing referenced it)");
    trace_state_free(&st);
    trace_free(tr);
}

TEST(trace_strings_are_copied_and_interned)
{
    struct trace *tr = trace_new();
    char name[16], what[16];
    strcpy(name, "Task-1");
    strcpy(what, "sleep 1");
    trace_emit_task_created(tr, 0, 1, name, "main", 1);
    trace_emit_task_suspend(tr, 0, 1, what, 2);
    trace_emit_task_suspend(tr, 0, 1, "sleep 1", 3);
    strcpy(name, "XXXXXX");
    EXPECT_EQ_STR(trace_task_at(tr, 0)->name, "Task-1");
    EXPECT_TRUE(trace_event_at(tr, 1)->text == trace_event_at(tr, 2)->text);
    EXPECT_TRUE(trace_event_at(tr, 3) == NULL);
    trace_free(tr);
}

/* ---- seeking ---- */

TEST(trace_step_back_equals_replay)
{
    const char *demos[] = {"why-async", "why-async-blocking", "gather-vs-wait", "orphan-tasks"};
    struct trace_state a, b;
    trace_state_init(&a);
    trace_state_init(&b);
    for (size_t d = 0; d < LL_ARRAY_LEN(demos); d++) {
        struct trace *tr = trace_synthetic(demos[d], NULL);
        size_t n = trace_len(tr);
        trace_state_at(tr, n, &a);   /* walk to the end, then back one step at a time */
        for (size_t k = n + 1; k-- > 0;) {
            trace_state_at(tr, k, &a);
            trace_state_replay(tr, k, &b);
            if (!same_state(&a, &b))
                test_fail(__FILE__, __LINE__, "%s: state %zu differs after stepping back", demos[d], k);
        }
        trace_free(tr);
    }
    trace_state_free(&a);
    trace_state_free(&b);
}

TEST(trace_long_seek_equals_replay)
{
    struct trace *tr = trace_synthetic_long(10000);
    size_t n = trace_len(tr);
    EXPECT_TRUE(n >= 10000);
    EXPECT_TRUE(trace_task_count(tr) > 100);
    struct trace_state seek, inc, scratch;
    trace_state_init(&seek);
    trace_state_init(&inc);
    trace_state_init(&scratch);
    /* Every k: the snapshot seek against one replay from the start, advanced one event
     * at a time; and every so often against a literal replay from scratch. */
    trace_state_replay(tr, 0, &inc);
    for (size_t k = 0; k <= n; k++) {
        trace_state_at(tr, k, &seek);
        if (!same_state(&seek, &inc))
            test_fail(__FILE__, __LINE__, "state %zu: seek differs from replay", k);
        if (k % 101 == 0 || k % TRACE_SNAPSHOT_EVERY <= 1 || k % TRACE_SNAPSHOT_EVERY == TRACE_SNAPSHOT_EVERY - 1) {
            trace_state_replay(tr, k, &scratch);
            if (!same_state(&seek, &scratch))
                test_fail(__FILE__, __LINE__, "state %zu: seek differs from a replay from scratch", k);
        }
        trace_state_next(tr, &inc);
    }
    EXPECT_EQ_INT(inc.k, n);
    /* Random jumps, back and forth. */
    uint64_t r = 7;
    for (int i = 0; i < 300; i++) {
        r = r * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t k = (size_t)(r >> 33) % (n + 1);
        trace_state_at(tr, k, &seek);
        trace_state_replay(tr, k, &scratch);
        if (!same_state(&seek, &scratch))
            test_fail(__FILE__, __LINE__, "jump to %zu: seek differs from replay", k);
    }
    trace_state_free(&seek);
    trace_state_free(&inc);
    trace_state_free(&scratch);
    trace_free(tr);
}

/* ---- words ---- */

TEST(trace_narration_is_exact)
{
    struct trace *tr = small_trace();
    EXPECT_EQ_STR(narrate_at(tr, 0), "t=0.000  Task-1 created for main() (line 10), not running yet");
    EXPECT_EQ_STR(narrate_at(tr, 1), "t=0.000  call_soon: Task.__step(Task-1) -> ready queue, Task-1 is ready");
    EXPECT_EQ_STR(narrate_at(tr, 2), "t=0.000  new iteration: callbacks are ready, check I/O without waiting");
    EXPECT_EQ_STR(narrate_at(tr, 3), "t=0.000  loop runs the next ready callback: Task.__step(Task-1)");
    EXPECT_EQ_STR(narrate_at(tr, 4), "t=0.000  Task-1 starts main() at line 10");
    EXPECT_EQ_STR(narrate_at(tr, 9), "t=0.000  Task-1 awaits gather at line 12 -> back to the loop");
    EXPECT_EQ_STR(narrate_at(tr, 13), "t=0.000  timer set for t=0.200: end of Task-2's sleep(0.2)");
    EXPECT_EQ_STR(narrate_at(tr, 19), "t=0.000  new iteration: nothing ready, wait for the next timer (0.100 s) or I/O");
    EXPECT_EQ_STR(narrate_at(tr, 20), "t=0.000  virtual clock jumps to t=0.100 (no real waiting)");
    EXPECT_EQ_STR(narrate_at(tr, 21), "t=0.100  timer fired -> end of Task-3's sleep(0.1) joins the ready queue");
    EXPECT_EQ_STR(narrate_at(tr, 26), "t=0.100  Task-3 resumes fast() at line 7");
    EXPECT_EQ_STR(narrate_at(tr, 27), "t=0.100  prints \"fast\"");
    EXPECT_EQ_STR(narrate_at(tr, 28), "t=0.100  Task-3 finished, returned 'fast'");
    trace_emit_poll(tr, 0.1, -1);
    EXPECT_EQ_STR(narrate_at(tr, 29), "t=0.100  new iteration: nothing ready and no timer, wait for I/O");
    trace_emit_soon(tr, 0.1, 200, 0, "print_later()");
    EXPECT_EQ_STR(narrate_at(tr, 30), "t=0.100  call_soon: print_later() -> ready queue");
    trace_emit_callback_error(tr, 0.1, 200, "ZeroDivisionError: division by zero");
    EXPECT_EQ_STR(narrate_at(tr, 31), "t=0.100  Exception in callback print_later(): ZeroDivisionError: division by zero");
    trace_emit_never_awaited(tr, 0.1, "f", 5);
    EXPECT_EQ_STR(narrate_at(tr, 32), "t=0.100  coroutine 'f' was never awaited (line 5)");
    trace_emit_output(tr, 0.1, TRACE_STDERR, "a\tb\nc\n", 6);
    EXPECT_EQ_STR(narrate_at(tr, 33), "t=0.100  writes to stderr: \"a\\tb\\nc\"");
    trace_emit_handle_cancelled(tr, 0.1, 200);
    EXPECT_EQ_STR(narrate_at(tr, 34), "t=0.100  callback cancelled: print_later() will not run");
    trace_emit_cancel(tr, 0.1, 2, NULL);
    EXPECT_EQ_STR(narrate_at(tr, 35), "t=0.100  Task-2.cancel() -> CancelledError is thrown into it when it next runs");
    /* A small buffer is cut, but the full length is returned, like snprintf. */
    char small[12];
    size_t need = trace_narrate(trace_event_at(tr, 0), small, sizeof small);
    EXPECT_EQ_STR(small, "t=0.000  Ta");
    EXPECT_EQ_INT(need, strlen("t=0.000  Task-1 created for main() (line 10), not running yet"));
    EXPECT_EQ_STR(trace_state_name(TS_WAITING), "waiting");
    trace_free(tr);
}

TEST(trace_output_tail_lines)
{
    struct trace *tr = trace_new();
    trace_emit_output(tr, 0, TRACE_STDOUT, "one\ntwo\n", 8);
    trace_emit_output(tr, 0, TRACE_STDERR, "err\n", 4);
    trace_emit_output(tr, 0, TRACE_STDOUT, "par", 3);
    trace_emit_output(tr, 0, TRACE_STDOUT, "tial\n\nlast\n", 11);
    struct trace_state st;
    trace_state_init(&st);
    struct trace_line l[8];
    trace_state_at(tr, 0, &st);
    EXPECT_EQ_INT(trace_output_tail(tr, &st, l, 8), 0);
    trace_state_at(tr, 3, &st);
    int n = trace_output_tail(tr, &st, l, 8);
    EXPECT_EQ_INT(n, 4);
    EXPECT_TRUE(l[0].len == 3 && memcmp(l[0].s, "one", 3) == 0 && !l[0].err);
    EXPECT_TRUE(l[2].len == 3 && memcmp(l[2].s, "err", 3) == 0 && l[2].err);
    EXPECT_TRUE(l[3].len == 3 && memcmp(l[3].s, "par", 3) == 0);
    trace_state_at(tr, 4, &st);
    n = trace_output_tail(tr, &st, l, 3);
    EXPECT_EQ_INT(n, 3);
    EXPECT_TRUE(l[0].len == 7 && memcmp(l[0].s, "partial", 7) == 0);
    EXPECT_EQ_INT(l[1].len, 0);
    EXPECT_TRUE(l[2].len == 4 && memcmp(l[2].s, "last", 4) == 0);
    trace_state_free(&st);
    trace_free(tr);
}

/* ---- timeline ---- */

TEST(trace_lanes_show_blocking_as_serial_running)
{
    struct trace *tr = trace_synthetic("why-async-blocking", NULL);
    const struct trace_span *sp;
    int n = trace_lane(tr, 2, &sp);   /* Task-3, "b" */
    /* pending, ready, running (0.1 to 0.2: blocked in time.sleep), done */
    EXPECT_EQ_INT(n, 4);
    EXPECT_EQ_INT(sp[0].state, TS_PENDING);
    EXPECT_EQ_INT(sp[1].state, TS_READY);
    EXPECT_NEAR(sp[1].t0, 0.0, 1e-12);
    EXPECT_NEAR(sp[1].t1, 0.1, 1e-12);
    EXPECT_EQ_INT(sp[2].state, TS_RUNNING);
    EXPECT_NEAR(sp[2].t0, 0.1, 1e-12);
    EXPECT_NEAR(sp[2].t1, 0.2, 1e-12);
    EXPECT_EQ_INT(sp[3].state, TS_DONE);
    EXPECT_TRUE(sp[3].k1 == SIZE_MAX);
    EXPECT_TRUE(sp[1].k1 == sp[2].k0);
    /* The span boundaries are the states where the change shows. */
    struct trace_state st;
    trace_state_init(&st);
    trace_state_at(tr, sp[2].k0, &st);
    EXPECT_EQ_INT(st.tasks[2].state, TS_RUNNING);
    trace_state_at(tr, sp[2].k0 - 1, &st);
    EXPECT_EQ_INT(st.tasks[2].state, TS_READY);
    trace_state_free(&st);
    EXPECT_EQ_INT(trace_lane(tr, 99, &sp), 0);
    trace_free(tr);
}

TEST(trace_lanes_non_blocking_wait_together)
{
    struct trace *tr = trace_synthetic("why-async", NULL);
    for (int task = 1; task <= 3; task++) {
        const struct trace_span *sp;
        int n = trace_lane(tr, task, &sp);
        /* pending, ready, running, waiting 0..0.1, ready, running, done */
        EXPECT_EQ_INT(n, 7);
        EXPECT_EQ_INT(sp[3].state, TS_WAITING);
        EXPECT_NEAR(sp[3].t0, 0.0, 1e-12);
        EXPECT_NEAR(sp[3].t1, 0.1, 1e-12);
        EXPECT_EQ_INT(sp[6].state, TS_DONE);
    }
    trace_free(tr);
}

/* ---- the synthetic pillar traces ---- */

/* Each synthetic trace prints exactly what CPython 3.11 prints for the demo. */
TEST(trace_synthetic_output_matches_cpython)
{
    static const struct { const char *id, *out; } cases[] = {
        {"why-async", "a: start\nb: start\nc: start\na: done\nb: done\nc: done\ntotal 0.1s\n"},
        {"why-async-blocking", "a: start\na: done\nb: start\nb: done\nc: start\nc: done\ntotal 0.3s\n"},
        {"gather-vs-wait",
         "gather: results come back in argument order\n  0.1s fast finished\n  0.3s slow finished\n"
         "  0.3s results: ['slow', 'fast']\nwait(FIRST_COMPLETED): returns at the first finish\n"
         "  0.4s fast finished\n  0.4s done: 1, pending: 1\n"
         "wait(timeout=0.1): returns (done, pending), cancels nothing\n"
         "  0.5s done: 0, pending: 1, slow cancelled? False\n  0.6s slow finished\n"
         "  the task kept running; await it: slow\n"},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(cases); i++) {
        struct trace *tr = trace_synthetic(cases[i].id, NULL);
        EXPECT_EQ_STR(trace_output(tr, NULL), cases[i].out);
        trace_free(tr);
    }
    struct trace *tr = trace_synthetic("orphan-tasks", NULL);
    const char *out = trace_output(tr, NULL);
    EXPECT_TRUE(strncmp(out, "tasks alive: 4\norphan: finally ran\nTask was destroyed but it is pending!\n", 71) == 0);
    EXPECT_TRUE(strstr(out, "after gc.collect(): 3\nkept: woke up\nbackground set: 0 - main returns\n"
                            "napper: cancelled by asyncio.run at shutdown\n") != NULL);
    trace_free(tr);
}

TEST(trace_synthetic_end_states)
{
    struct trace_state st;
    trace_state_init(&st);
    struct trace *tr = trace_synthetic("orphan-tasks", NULL);
    trace_state_at(tr, trace_len(tr), &st);
    EXPECT_EQ_STR(states_str(&st), "DYCD");
    EXPECT_EQ_INT(st.ntimers, 0);
    EXPECT_EQ_INT(st.nready, 0);
    trace_free(tr);
    tr = trace_synthetic("gather-vs-wait", NULL);
    trace_state_at(tr, trace_len(tr), &st);
    EXPECT_EQ_STR(states_str(&st), "DDDDD");
    EXPECT_NEAR(st.now, 0.6, 1e-9);
    trace_free(tr);
    /* Any other demo: main runs once, from its def line. */
    tr = trace_synthetic("event-loop", "import asyncio\n\n\nasync def main():\n    pass\n");
    trace_state_at(tr, trace_len(tr), &st);
    EXPECT_EQ_STR(states_str(&st), "D");
    EXPECT_EQ_INT(trace_task_at(tr, 0)->def_line, 4);
    trace_free(tr);
    trace_state_free(&st);
}

TEST(trace_blocking_demo_lag_grows)
{
    struct trace *tr = trace_synthetic("why-async-blocking", NULL);
    struct trace_state st;
    trace_state_init(&st);
    double maxlag = 0;
    for (size_t k = 0; k <= trace_len(tr); k++) {
        trace_state_at(tr, k, &st);
        maxlag = st.lag > maxlag ? st.lag : maxlag;
    }
    /* Task-4's first step was queued at 0 and ran at 0.2. */
    EXPECT_NEAR(maxlag, 0.2, 1e-9);
    trace_state_free(&st);
    trace_free(tr);
}
