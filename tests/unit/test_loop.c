/* test_loop.c - the event loop core: ordering as asyncio's _run_once gives it, timers
 * and their lazy cancellation, both clocks, fds, threadsafe wake-up, trace and lag.
 * Each test runs in its own process, so the globals below start fresh. */
#include "test.h"
#include "loop/loop.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* A log of what ran: each callback appends its arg as a small integer. */
static char ran[4096];
static size_t nran;
static int drops;

static void log_int(loop *lp, void *arg)
{
    (void)lp;
    if (nran + 16 < sizeof ran)
        nran += (size_t)snprintf(ran + nran, sizeof ran - nran, "%d ", (int)(intptr_t)arg);
}

static void count_drop(void *arg)
{
    (void)arg;
    drops++;
}

#define I(n) ((void *)(intptr_t)(n))

/* Runs iterations until nothing is left (LOOP_STUCK), at most `max`. */
static int drain(loop *lp, int max)
{
    int iterations = 0;
    while (iterations < max && loop_run_once(lp) >= 0)
        iterations++;
    return iterations;
}

TEST(loop_call_soon_is_fifo)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    for (int i = 1; i <= 5; i++)
        loop_call_soon(lp, log_int, I(i), NULL);
    EXPECT_EQ_INT(loop_ready_count(lp), 5);
    EXPECT_EQ_INT(loop_run_once(lp), 5);
    EXPECT_EQ_STR(ran, "1 2 3 4 5 ");
    EXPECT_EQ_INT(loop_run_once(lp), LOOP_STUCK);
    loop_free(lp);
}

static void schedule_child(loop *lp, void *arg)
{
    log_int(lp, arg);
    loop_call_soon(lp, log_int, I((int)(intptr_t)arg * 10), NULL);
}

TEST(loop_callbacks_scheduled_during_run_wait_for_next_iteration)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_soon(lp, schedule_child, I(1), NULL);
    loop_call_soon(lp, schedule_child, I(2), NULL);
    EXPECT_EQ_INT(loop_run_once(lp), 2);
    EXPECT_EQ_STR(ran, "1 2 ");
    EXPECT_EQ_INT(loop_ready_count(lp), 2);
    EXPECT_EQ_INT(loop_run_once(lp), 2);
    EXPECT_EQ_STR(ran, "1 2 10 20 ");
    loop_free(lp);
}

TEST(loop_equal_deadlines_fire_in_scheduling_order)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    for (int i = 1; i <= 6; i++)
        loop_call_at(lp, 1.0, log_int, I(i), NULL);
    loop_call_at(lp, 0.5, log_int, I(0), NULL);
    loop_call_at(lp, 2.0, log_int, I(9), NULL);
    loop_call_at(lp, 1.0, log_int, I(7), NULL);
    drain(lp, 10);
    EXPECT_EQ_STR(ran, "0 1 2 3 4 5 6 7 9 ");
    EXPECT_NEAR(loop_time(lp), 2.0, 0);
    loop_free(lp);
}

TEST(loop_timers_and_soon_interleave_as_asyncio)
{
    /* A due timer joins the ready queue behind what is already there, and a callback
     * scheduled by the timer waits for the next iteration. */
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_at(lp, 0.0, schedule_child, I(1), NULL);
    loop_call_soon(lp, log_int, I(2), NULL);
    EXPECT_EQ_INT(loop_run_once(lp), 2);
    EXPECT_EQ_STR(ran, "2 1 ");
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_EQ_STR(ran, "2 1 10 ");
    loop_free(lp);
}

static double when[5000];
static int last_fired = -1, misordered;

static void check_order(loop *lp, void *arg)
{
    int i = (int)(intptr_t)arg;
    if (loop_time(lp) != when[i])
        misordered++;
    if (last_fired >= 0 && (when[i] < when[last_fired] ||
                            (when[i] == when[last_fired] && i < last_fired)))
        misordered++;
    last_fired = i;
}

TEST(loop_random_timers_fire_in_deadline_order)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    uint64_t x = 42;
    for (int i = 0; i < 5000; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        when[i] = (double)(x >> 40 & 1023) / 16.0;   /* many ties on purpose */
        loop_call_at(lp, when[i], check_order, I(i), NULL);
    }
    drain(lp, 100000);
    EXPECT_EQ_INT(misordered, 0);
    loop_stats st;
    loop_get_stats(lp, &st);
    EXPECT_EQ_INT(st.callbacks, 5000);
    EXPECT_EQ_INT(st.lag.count, 5000);
    EXPECT_NEAR(st.lag.max, 0, 0);
    loop_free(lp);
}

TEST(loop_cancel_soon_handle_skips_it)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_soon(lp, log_int, I(1), count_drop);
    loop_ref r = loop_call_soon(lp, log_int, I(2), count_drop);
    loop_call_soon(lp, log_int, I(3), count_drop);
    EXPECT_TRUE(loop_is_pending(lp, r));
    EXPECT_TRUE(loop_cancel(lp, r));
    EXPECT_EQ_INT(drops, 1);   /* references released at cancel time, as Handle.cancel */
    EXPECT_FALSE(loop_cancel(lp, r));
    EXPECT_FALSE(loop_is_pending(lp, r));
    EXPECT_EQ_INT(loop_ready_count(lp), 3);   /* still queued, skipped when popped */
    EXPECT_EQ_INT(loop_run_once(lp), 2);
    EXPECT_EQ_STR(ran, "1 3 ");
    EXPECT_EQ_INT(drops, 3);
    loop_free(lp);
}

TEST(loop_timer_cancel_is_lazy)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_ref a = loop_call_at(lp, 1.0, log_int, I(1), count_drop);
    loop_call_at(lp, 2.0, log_int, I(2), count_drop);
    loop_ref c = loop_call_at(lp, 3.0, log_int, I(3), count_drop);
    EXPECT_TRUE(loop_cancel(lp, c));
    EXPECT_EQ_INT(loop_timer_count(lp), 3);   /* not at the head: stays */
    EXPECT_TRUE(loop_cancel(lp, a));
    EXPECT_EQ_INT(loop_timer_count(lp), 3);
    EXPECT_EQ_INT(drops, 2);
    EXPECT_EQ_INT(loop_run_once(lp), 1);      /* head a popped, jump to 2.0, run 2 */
    EXPECT_NEAR(loop_time(lp), 2.0, 0);
    EXPECT_EQ_INT(loop_timer_count(lp), 1);   /* c still there, cancelled */
    EXPECT_EQ_INT(loop_run_once(lp), LOOP_STUCK);
    EXPECT_EQ_INT(loop_timer_count(lp), 0);
    EXPECT_NEAR(loop_time(lp), 2.0, 0);       /* a cancelled timer moves no clock */
    EXPECT_EQ_STR(ran, "2 ");
    EXPECT_EQ_INT(drops, 3);
    loop_free(lp);
}

/* Schedules n timers at 10 + i and cancels those with i >= n - ncancel (the tail, so
 * head popping alone removes nothing). Returns the heap size after one iteration. */
static size_t heap_after_cancel(int n, int ncancel)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_ref *refs = malloc((size_t)n * sizeof *refs);
    for (int i = 0; i < n; i++)
        refs[i] = loop_call_at(lp, 10.0 + i, log_int, I(i), count_drop);
    for (int i = n - ncancel; i < n; i++)
        loop_cancel(lp, refs[i]);
    loop_call_soon(lp, log_int, I(-1), NULL);
    loop_run_once(lp);
    size_t left = loop_timer_count(lp);
    free(refs);
    loop_free(lp);
    return left;
}

TEST(loop_timer_heap_rebuilds_when_mostly_cancelled)
{
    /* asyncio: rebuild when len > 100 and cancelled / len > 0.5. */
    EXPECT_EQ_INT(heap_after_cancel(150, 100), 50);
    EXPECT_EQ_INT(heap_after_cancel(101, 51), 50);
    EXPECT_EQ_INT(heap_after_cancel(101, 50), 101);   /* exactly half: no */
    EXPECT_EQ_INT(heap_after_cancel(100, 99), 100);   /* not more than 100: no */
    EXPECT_EQ_INT(drops, 150 + 101 + 101 + 100);   /* every timer, cancelled or not */
}

TEST(loop_timer_rebuild_keeps_order)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_ref refs[300];
    for (int i = 0; i < 300; i++)
        refs[i] = loop_call_at(lp, (double)((i * 7919) % 300), log_int, I((i * 7919) % 300), NULL);
    for (int i = 0; i < 300; i++)
        if ((i * 7919) % 300 % 3 != 0)
            loop_cancel(lp, refs[i]);
    loop_run_once(lp);   /* rebuilds (200 of 300 cancelled), then fires t=0 */
    EXPECT_EQ_INT(loop_timer_count(lp), 99);
    drain(lp, 1000);
    char want[4096] = "";
    size_t n = 0;
    for (int t = 0; t < 300; t += 3)
        n += (size_t)snprintf(want + n, sizeof want - n, "%d ", t);
    EXPECT_EQ_STR(ran, want);
    loop_free(lp);
}

static void block_half_second(loop *lp, void *arg)
{
    log_int(lp, arg);
    loop_advance(lp, 0.5);
}

TEST(loop_virtual_clock_jumps_and_advances)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    EXPECT_NEAR(loop_time(lp), 0, 0);
    loop_call_later(lp, 5.0, block_half_second, I(1), NULL);
    loop_call_later(lp, 5.2, log_int, I(2), NULL);
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_NEAR(loop_time(lp), 5.5, 1e-12);   /* jumped to 5, then blocked 0.5 */
    EXPECT_EQ_INT(loop_run_once(lp), 1);      /* 5.2 is overdue: no jump needed */
    EXPECT_NEAR(loop_time(lp), 5.5, 1e-12);
    loop_stats st;
    loop_get_stats(lp, &st);
    EXPECT_EQ_INT(st.polls, 0);
    EXPECT_EQ_INT(st.sleeps, 0);
    loop_free(lp);
}

TEST(loop_lag_stats_in_virtual_time)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_at(lp, 1.0, block_half_second, I(1), NULL);
    loop_call_at(lp, 1.0, log_int, I(2), NULL);      /* runs at 1.5: lag 0.5 */
    loop_call_at(lp, 1.2, log_int, I(3), NULL);      /* runs at 1.5: lag 0.3 */
    drain(lp, 10);
    EXPECT_EQ_STR(ran, "1 2 3 ");
    loop_stats st;
    loop_get_stats(lp, &st);
    EXPECT_EQ_INT(st.lag.count, 3);
    EXPECT_NEAR(st.lag.max, 0.5, 1e-12);
    EXPECT_NEAR(st.lag.last, 0.3, 1e-12);
    EXPECT_NEAR(st.lag.mean, 0.8 / 3, 1e-12);
    loop_free(lp);
}

static double mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

TEST(loop_real_clock_sleeps_without_polling)
{
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    double t0 = mono(), lt0 = loop_time(lp);
    EXPECT_TRUE(lt0 >= t0 - 1e-6);
    loop_call_later(lp, 0.05, log_int, I(1), NULL);
    loop_call_later(lp, 0.02, log_int, I(2), NULL);
    drain(lp, 1000);
    EXPECT_EQ_STR(ran, "2 1 ");
    EXPECT_TRUE(mono() - t0 >= 0.05);
    EXPECT_TRUE(loop_time(lp) - lt0 >= 0.05);
    loop_stats st;
    loop_get_stats(lp, &st);
    EXPECT_EQ_INT(st.polls, 0);
    EXPECT_TRUE(st.sleeps >= 2);
    EXPECT_EQ_INT(st.lag.count, 2);
    EXPECT_TRUE(st.lag.max >= 0);
    loop_free(lp);
}

TEST(loop_real_advance_blocks)
{
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    double t0 = loop_time(lp);
    EXPECT_TRUE(loop_advance(lp, 0.03));
    EXPECT_TRUE(loop_time(lp) - t0 >= 0.03);
    loop_free(lp);
}

static int chain_left;

static void chain_step(loop *lp, void *arg)
{
    if (--chain_left > 0)
        loop_call_soon(lp, chain_step, arg, NULL);
}

TEST(loop_no_poll_syscall_without_fds)
{
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    chain_left = 1000;
    loop_call_soon(lp, chain_step, NULL, NULL);
    loop_call_later(lp, 0.001, log_int, I(1), NULL);
    drain(lp, 5000);
    loop_stats st;
    loop_get_stats(lp, &st);
    EXPECT_EQ_INT(chain_left, 0);
    EXPECT_EQ_INT(st.polls, 0);
    EXPECT_EQ_INT(st.backend_ops, 0);
    EXPECT_TRUE(st.iterations >= 1000);

    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    loop_add_writer(lp, p[1], log_int, I(7), NULL);
    loop_run_once(lp);
    loop_get_stats(lp, &st);
    EXPECT_EQ_INT(st.polls, 1);
    EXPECT_EQ_INT(st.backend_ops, 1);
    loop_remove_writer(lp, p[1]);
    loop_free(lp);
    close(p[0]);
    close(p[1]);
}

static int pipe_r = -1;
static char got[64];

static void read_pipe(loop *lp, void *arg)
{
    ssize_t n = read(pipe_r, got, sizeof got - 1);
    got[n > 0 ? n : 0] = '\0';
    log_int(lp, arg);
}

TEST(loop_pipe_reader_runs_when_readable)
{
    EXPECT_TRUE(strcmp(loop_backend_name(), "epoll") == 0 ||
                strcmp(loop_backend_name(), "poll") == 0 ||
                strcmp(loop_backend_name(), "kqueue") == 0);
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    pipe_r = p[0];
    loop_ref r = loop_add_reader(lp, p[0], read_pipe, I(1), count_drop);
    EXPECT_TRUE(r.id != 0);
    EXPECT_EQ_INT(loop_fd_count(lp), 1);
    loop_call_soon(lp, log_int, I(0), NULL);
    EXPECT_EQ_INT(loop_run_once(lp), 1);   /* timeout 0, nothing to read */
    EXPECT_EQ_INT(write(p[1], "hi", 2), 2);
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_EQ_STR(got, "hi");
    EXPECT_EQ_STR(ran, "0 1 ");
    EXPECT_TRUE(loop_is_pending(lp, r));   /* a reader stays registered */
    EXPECT_EQ_INT(write(p[1], "yo", 2), 2);
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_EQ_STR(got, "yo");
    EXPECT_EQ_INT(drops, 0);
    EXPECT_TRUE(loop_remove_reader(lp, p[0]));
    EXPECT_FALSE(loop_remove_reader(lp, p[0]));
    EXPECT_EQ_INT(drops, 1);
    EXPECT_EQ_INT(loop_fd_count(lp), 0);
    EXPECT_EQ_INT(loop_run_once(lp), LOOP_STUCK);
    loop_free(lp);
    close(p[0]);
    close(p[1]);
}

TEST(loop_reader_and_writer_on_one_fd)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    loop_add_writer(lp, p[1], log_int, I(2), count_drop);
    EXPECT_EQ_INT(loop_run_once(lp), 1);   /* a pipe's write end is writable */
    loop_add_reader(lp, p[0], log_int, I(1), count_drop);
    loop_add_reader(lp, p[0], log_int, I(3), count_drop);   /* replaces 1 */
    EXPECT_EQ_INT(drops, 1);
    EXPECT_EQ_INT(loop_fd_count(lp), 2);
    EXPECT_EQ_INT(write(p[1], "x", 1), 1);
    EXPECT_EQ_INT(loop_run_once(lp), 2);
    EXPECT_TRUE(strstr(ran, "3") && !strstr(ran, "1"));
    EXPECT_TRUE(loop_remove_writer(lp, p[1]));
    EXPECT_EQ_INT(loop_fd_count(lp), 1);
    loop_free(lp);   /* drops the remaining reader */
    EXPECT_EQ_INT(drops, 3);
    close(p[0]);
    close(p[1]);
}

static void remove_self(loop *lp, void *arg)
{
    (void)arg;
    log_int(lp, I(5));
    loop_remove_reader(lp, pipe_r);
    EXPECT_EQ_INT(drops, 0);   /* never dropped while its own callback runs */
}

TEST(loop_reader_removing_itself)
{
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    pipe_r = p[0];
    loop_add_reader(lp, p[0], remove_self, I(0), count_drop);
    EXPECT_EQ_INT(write(p[1], "x", 1), 1);
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_EQ_INT(drops, 1);
    EXPECT_EQ_INT(loop_fd_count(lp), 0);
    EXPECT_EQ_INT(loop_run_once(lp), LOOP_STUCK);
    loop_free(lp);
    close(p[0]);
    close(p[1]);
}

TEST(loop_cancelled_reader_unregisters_when_ready)
{
    /* _process_events: a cancelled reader handle removes its fd instead of running. */
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    loop_ref r = loop_add_reader(lp, p[0], log_int, I(1), count_drop);
    EXPECT_TRUE(loop_cancel(lp, r));
    EXPECT_EQ_INT(drops, 1);
    EXPECT_EQ_INT(loop_fd_count(lp), 1);
    EXPECT_EQ_INT(write(p[1], "x", 1), 1);
    EXPECT_EQ_INT(loop_run_once(lp), 0);
    EXPECT_EQ_INT(loop_fd_count(lp), 0);
    EXPECT_EQ_INT(drops, 1);
    EXPECT_EQ_STR(ran, "");
    loop_free(lp);
    close(p[0]);
    close(p[1]);
}

TEST(loop_virtual_clock_with_fds_looks_then_jumps)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    loop_add_reader(lp, p[0], log_int, I(1), NULL);
    loop_call_later(lp, 10.0, log_int, I(2), NULL);
    double t0 = mono();
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_TRUE(mono() - t0 < 5.0);           /* did not wait 10 real seconds */
    EXPECT_NEAR(loop_time(lp), 10.0, 0);
    EXPECT_EQ_STR(ran, "2 ");
    loop_stats st;
    loop_get_stats(lp, &st);
    EXPECT_EQ_INT(st.polls, 1);
    /* Data waiting: the fd is served now and the clock stands still. */
    loop_call_later(lp, 10.0, log_int, I(3), NULL);
    EXPECT_EQ_INT(write(p[1], "x", 1), 1);
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_NEAR(loop_time(lp), 10.0, 0);
    EXPECT_EQ_STR(ran, "2 1 ");
    loop_remove_reader(lp, p[0]);
    loop_free(lp);
    close(p[0]);
    close(p[1]);
}

static void stop_loop(loop *lp, void *arg)
{
    log_int(lp, arg);
    loop_stop(lp);
}

static void *worker(void *arg)
{
    loop *lp = arg;
    struct timespec ts = {0, 50 * 1000000L};
    nanosleep(&ts, NULL);
    loop_call_soon_threadsafe(lp, log_int, I(1), count_drop);
    loop_call_soon_threadsafe(lp, stop_loop, I(2), count_drop);
    return NULL;
}

TEST(loop_call_soon_threadsafe_wakes_blocked_loop)
{
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    EXPECT_EQ_INT(loop_hold_wakeup(lp), 0);
    EXPECT_EQ_INT(loop_fd_count(lp), 0);
    pthread_t t;
    double t0 = mono();
    EXPECT_EQ_INT(pthread_create(&t, NULL, worker, lp), 0);
    EXPECT_EQ_INT(loop_run(lp), 0);   /* blocks in the poll with no timer at all */
    pthread_join(t, NULL);
    EXPECT_TRUE(mono() - t0 >= 0.05);
    EXPECT_EQ_STR(ran, "1 2 ");
    EXPECT_EQ_INT(drops, 2);
    loop_release_wakeup(lp);
    EXPECT_EQ_INT(loop_run_once(lp), LOOP_STUCK);
    loop_free(lp);
}

TEST(loop_threadsafe_without_hold_runs_next_iteration)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_soon_threadsafe(lp, log_int, I(1), NULL);
    loop_call_soon_threadsafe(lp, log_int, I(2), NULL);
    EXPECT_EQ_INT(loop_run_once(lp), 2);
    EXPECT_EQ_STR(ran, "1 2 ");
    loop_call_soon_threadsafe(lp, log_int, I(3), count_drop);
    loop_free(lp);   /* never taken: still dropped */
    EXPECT_EQ_INT(drops, 1);
}

/* The trace, as one compact line per event. */
static char trace[4096];
static size_t ntrace;

static void record(void *ctx, const loop_event *ev)
{
    (void)ctx;
    ntrace += (size_t)snprintf(trace + ntrace, sizeof trace - ntrace, "%s", loop_event_name(ev->kind));
    if (ev->id)
        ntrace += (size_t)snprintf(trace + ntrace, sizeof trace - ntrace, " #%llu",
                                   (unsigned long long)ev->id);
    if (ev->kind == LOOP_EV_POLL_START || ev->kind == LOOP_EV_TIMER_SCHEDULED ||
        ev->kind == LOOP_EV_CLOCK_ADVANCED)
        ntrace += (size_t)snprintf(trace + ntrace, sizeof trace - ntrace, " %g", ev->when);
    ntrace += (size_t)snprintf(trace + ntrace, sizeof trace - ntrace, " @%g\n", ev->time);
}

static loop_ref to_cancel;

static void cancel_other(loop *lp, void *arg)
{
    log_int(lp, arg);
    loop_cancel(lp, to_cancel);
    loop_call_soon(lp, log_int, I(4), NULL);
}

TEST(loop_trace_of_a_small_scenario)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_set_trace(lp, record, NULL);
    loop_call_soon(lp, log_int, I(1), NULL);           /* #1 */
    loop_call_later(lp, 0.5, cancel_other, I(2), NULL); /* #2 */
    to_cancel = loop_call_later(lp, 1.0, log_int, I(3), NULL); /* #3 */
    drain(lp, 10);
    EXPECT_EQ_STR(ran, "1 2 4 ");
    EXPECT_EQ_STR(trace,
        "handle scheduled #1 @0\n"
        "timer scheduled #2 0.5 @0\n"
        "timer scheduled #3 1 @0\n"
        "poll start 0 @0\n"           /* something ready: timeout 0 */
        "poll end @0\n"
        "handle run #1 @0\n"
        "poll start 0.5 @0\n"
        "clock advanced 0.5 @0\n"
        "poll end @0.5\n"
        "timer fired #2 @0.5\n"
        "handle run #2 @0.5\n"
        "handle cancelled #3 @0.5\n"
        "handle scheduled #4 @0.5\n"
        "poll start 0 @0.5\n"
        "poll end @0.5\n"
        "handle run #4 @0.5\n");
    loop_free(lp);
}

static bool visit(void *ctx, const loop_handle_info *h)
{
    (void)ctx;
    if (nran + 16 < sizeof ran)
        nran += (size_t)snprintf(ran + nran, sizeof ran - nran, "%d%s ", (int)(intptr_t)h->arg,
                             h->cancelled ? "x" : "");
    return true;
}

TEST(loop_visitors_list_ready_and_timers_in_order)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_at(lp, 3.0, log_int, I(30), NULL);
    loop_ref c = loop_call_at(lp, 1.0, log_int, I(10), NULL);
    loop_call_at(lp, 2.0, log_int, I(20), NULL);
    loop_call_at(lp, 1.0, log_int, I(11), NULL);
    loop_call_soon(lp, log_int, I(1), NULL);
    loop_ref s = loop_call_soon(lp, log_int, I(2), NULL);
    loop_call_soon(lp, log_int, I(3), NULL);
    loop_cancel(lp, c);
    loop_cancel(lp, s);
    EXPECT_EQ_INT(loop_visit_timers(lp, visit, NULL), 4);
    EXPECT_EQ_STR(ran, "0x 11 20 30 ");
    nran = 0;
    ran[0] = '\0';
    EXPECT_EQ_INT(loop_visit_ready(lp, visit, NULL), 3);
    EXPECT_EQ_STR(ran, "1 0x 3 ");
    loop_free(lp);
}

static void nested(loop *lp, void *arg)
{
    (void)arg;
    EXPECT_TRUE(loop_is_running(lp));
    EXPECT_EQ_INT(loop_run_once(lp), LOOP_NESTED);
    EXPECT_EQ_INT(loop_current_id(lp), 1);
}

TEST(loop_refuses_nesting_and_reports_stuck)
{
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    EXPECT_EQ_INT(loop_run_once(lp), LOOP_STUCK);
    EXPECT_EQ_INT(loop_run(lp), LOOP_STUCK);
    loop_call_soon(lp, nested, NULL, NULL);
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_FALSE(loop_is_running(lp));
    EXPECT_EQ_INT(loop_current_id(lp), 0);
    loop_free(lp);
}

TEST(loop_stop_finishes_the_iteration)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_soon(lp, stop_loop, I(1), NULL);
    loop_call_soon(lp, schedule_child, I(2), NULL);
    loop_call_later(lp, 1.0, log_int, I(3), NULL);
    EXPECT_EQ_INT(loop_run(lp), 0);
    EXPECT_EQ_STR(ran, "1 2 ");           /* stop lets the current batch finish */
    EXPECT_EQ_INT(loop_ready_count(lp), 1);
    EXPECT_NEAR(loop_time(lp), 0, 0);
    loop_call_soon(lp, stop_loop, I(4), NULL);
    EXPECT_EQ_INT(loop_run(lp), 0);       /* the stop flag was cleared */
    EXPECT_EQ_STR(ran, "1 2 20 4 ");
    loop_free(lp);
}

static loop_ref self_ref;

static void cancel_self(loop *lp, void *arg)
{
    (void)arg;
    EXPECT_EQ_INT(drops, 1);   /* the first handle, after it ran */
    EXPECT_TRUE(loop_cancel(lp, self_ref));
    EXPECT_EQ_INT(drops, 1);   /* not while its own callback runs */
}

TEST(loop_drop_is_called_exactly_once)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_soon(lp, log_int, I(1), count_drop);          /* runs */
    self_ref = loop_call_soon(lp, cancel_self, NULL, count_drop);
    loop_run_once(lp);
    EXPECT_EQ_INT(drops, 2);
    EXPECT_FALSE(loop_cancel(lp, self_ref));   /* spent */
    loop_call_soon(lp, log_int, I(2), count_drop);
    loop_call_later(lp, 5, log_int, I(3), count_drop);
    loop_ref c = loop_call_later(lp, 6, log_int, I(4), count_drop);
    loop_cancel(lp, c);
    EXPECT_EQ_INT(drops, 3);
    loop_free(lp);
    EXPECT_EQ_INT(drops, 5);
}

TEST(loop_stale_refs_are_inert)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_ref old = loop_call_soon(lp, log_int, I(1), NULL);
    loop_run_once(lp);
    loop_ref fresh = loop_call_soon(lp, log_int, I(2), NULL);
    EXPECT_TRUE(fresh.h == old.h);   /* recycled from the free list */
    EXPECT_TRUE(fresh.id > old.id);
    EXPECT_FALSE(loop_cancel(lp, old));
    EXPECT_TRUE(loop_is_pending(lp, fresh));
    loop_run_once(lp);
    EXPECT_EQ_STR(ran, "1 2 ");
    loop_free(lp);
}

static loop *freeing;

static void reschedule_on_drop(void *arg)
{
    (void)arg;
    drops++;
    loop_ref r = loop_call_soon(freeing, log_int, I(9), count_drop);
    EXPECT_EQ_INT(r.id, 0);
}

TEST(loop_free_refuses_scheduling_from_drops)
{
    freeing = loop_new(LOOP_CLOCK_VIRTUAL);
    loop_call_soon(freeing, log_int, I(1), reschedule_on_drop);
    loop_call_later(freeing, 1, log_int, I(1), reschedule_on_drop);
    loop_free(freeing);
    EXPECT_EQ_INT(drops, 4);   /* two drops, each refusing (and dropping) one new call */
    EXPECT_EQ_STR(ran, "");
}

TEST(loop_many_handles_grow_queues)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    for (int i = 0; i < 3000; i++) {
        loop_call_soon(lp, log_int, I(0), count_drop);
        loop_call_later(lp, i % 17, log_int, I(0), count_drop);
    }
    EXPECT_EQ_INT(loop_run_once(lp), 3000 + 3000 / 17 + 1);
    drain(lp, 100);
    EXPECT_EQ_INT(drops, 6000);
    loop_free(lp);
}

static void read_and_remove(loop *lp, void *arg)
{
    char c;
    EXPECT_EQ_INT(read(pipe_r, &c, 1), 1);
    loop_remove_reader(lp, pipe_r);
    log_int(lp, arg);
}

TEST(loop_trace_of_fd_events)
{
    loop *lp = loop_new(LOOP_CLOCK_VIRTUAL);
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    pipe_r = p[0];
    loop_set_trace(lp, record, NULL);
    loop_add_reader(lp, p[0], read_and_remove, I(1), NULL);   /* #1 */
    EXPECT_EQ_INT(write(p[1], "x", 1), 1);
    EXPECT_EQ_INT(loop_run_once(lp), 1);
    EXPECT_EQ_INT(loop_run_once(lp), LOOP_STUCK);
    EXPECT_EQ_STR(trace,
        "fd registered #1 @0\n"
        "poll start -1 @0\n"          /* nothing ready, no timer: block on the fd */
        "poll end @0\n"
        "fd ready #1 @0\n"
        "handle run #1 @0\n"
        "fd unregistered #1 @0\n"
        "handle cancelled #1 @0\n");
    loop_free(lp);
    close(p[0]);
    close(p[1]);
}
