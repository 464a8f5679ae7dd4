/* bench_loop.c - the loop core (src/loop/) against libuv, in the same run:
 *   (a) a chain of N callbacks, each scheduling the next;
 *   (b) M timers with random deadlines (0-499 ms, the same ones for both), all fired;
 *   (c) M timers of which every other one is cancelled before it fires.
 * Each case runs REPEAT times; the best run counts. Wall and CPU time are printed; the
 * ratio is libuv / looplab on CPU time (above 1: looplab is faster), because the timer
 * cases sleep until their deadlines and the sleeping is the same for both.
 * Build: make -C bench/loop; run: bench/loop/build/bench_loop [N M]. */
#include "loop/loop.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#ifdef HAVE_LIBUV
#include <uv.h>
#endif

#define REPEAT 5
#define SPREAD_MS 500

static long chain_n = 1000000, timers_m = 200000;

/* ---- measuring ---- */

typedef struct sample {
    double wall, cpu;
} sample;

static double clock_s(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static sample now(void)
{
    return (sample){clock_s(CLOCK_MONOTONIC), clock_s(CLOCK_PROCESS_CPUTIME_ID)};
}

static sample since(sample t0)
{
    sample t1 = now();
    return (sample){t1.wall - t0.wall, t1.cpu - t0.cpu};
}

static sample best_of(sample (*run)(void))
{
    sample best = {1e30, 1e30};
    for (int i = 0; i < REPEAT; i++) {
        sample s = run();
        if (s.cpu < best.cpu)
            best = s;
    }
    return best;
}

static void print_row(const char *name, sample s, long ops)
{
    printf("  %-34s wall %8.1f ms   cpu %8.1f ms   %6.1f ns/op\n", name, s.wall * 1e3,
           s.cpu * 1e3, s.cpu * 1e9 / (double)ops);
}

/* The same pseudo-random deadlines for both loops (splitmix64). */
static int *deadlines_ms;

static void make_deadlines(void)
{
    deadlines_ms = malloc((size_t)timers_m * sizeof *deadlines_ms);
    uint64_t x = 12345;
    for (long i = 0; i < timers_m; i++) {
        uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        deadlines_ms[i] = (int)((z ^ (z >> 31)) % SPREAD_MS);
    }
}

static long fired;

static void fail(const char *what, long got, long want)
{
    fprintf(stderr, "bench_loop: %s: %ld callbacks, expected %ld\n", what, got, want);
    exit(1);
}

/* ---- looplab ---- */

static long chain_left;

static void ll_chain_step(loop *lp, void *arg)
{
    if (--chain_left > 0)
        loop_call_soon(lp, ll_chain_step, arg, NULL);
}

static sample ll_chain(void)
{
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    sample t0 = now();
    chain_left = chain_n;
    loop_call_soon(lp, ll_chain_step, NULL, NULL);
    loop_run(lp);   /* returns LOOP_STUCK once nothing is left, like uv_run's default mode */
    sample s = since(t0);
    if (chain_left != 0)
        fail("looplab chain", chain_n - chain_left, chain_n);
    loop_free(lp);
    return s;
}

static void ll_count(loop *lp, void *arg)
{
    (void)lp;
    (void)arg;
    fired++;
}

static sample ll_timers_on(loop_clock_kind clock, bool cancel_half)
{
    loop *lp = loop_new(clock);
    loop_ref *refs = cancel_half ? malloc((size_t)timers_m * sizeof *refs) : NULL;
    fired = 0;
    sample t0 = now();
    for (long i = 0; i < timers_m; i++) {
        loop_ref r = loop_call_later(lp, deadlines_ms[i] / 1e3, ll_count, NULL, NULL);
        if (refs)
            refs[i] = r;
    }
    if (refs)
        for (long i = 0; i < timers_m; i += 2)
            loop_cancel(lp, refs[i]);
    loop_run(lp);
    sample s = since(t0);
    long want = cancel_half ? timers_m / 2 : timers_m;
    if (fired != want)
        fail("looplab timers", fired, want);
    free(refs);
    loop_free(lp);
    return s;
}

static sample ll_timers(void) { return ll_timers_on(LOOP_CLOCK_REAL, false); }
static sample ll_timers_cancel(void) { return ll_timers_on(LOOP_CLOCK_REAL, true); }
static sample ll_timers_virtual(void) { return ll_timers_on(LOOP_CLOCK_VIRTUAL, false); }

/* ---- libuv ---- */
#ifdef HAVE_LIBUV

/* The chain as uvloop builds call_soon on libuv: a FIFO of callbacks drained by an idle
 * handle, one batch per loop iteration (what was queued when the batch started). */
typedef struct uvq {
    void (**fn)(struct uvq *);
    size_t head, len, mask;
    uv_idle_t idle;
} uvq;

static void uvq_push(uvq *q, void (*fn)(uvq *))
{
    if (q->len > q->mask) {
        size_t cap = (q->mask + 1) * 2;
        void (**buf)(uvq *) = malloc(cap * sizeof *buf);
        for (size_t i = 0; i < q->len; i++)
            buf[i] = q->fn[(q->head + i) & q->mask];
        free(q->fn);
        q->fn = buf;
        q->head = 0;
        q->mask = cap - 1;
    }
    q->fn[(q->head + q->len++) & q->mask] = fn;
}

static void uvq_run(uv_idle_t *idle)
{
    uvq *q = idle->data;
    size_t ntodo = q->len;
    for (size_t i = 0; i < ntodo; i++) {
        void (*fn)(uvq *) = q->fn[q->head];
        q->head = (q->head + 1) & q->mask;
        q->len--;
        fn(q);
    }
    if (!q->len)
        uv_idle_stop(idle);
}

static void uv_chain_step(uvq *q)
{
    if (--chain_left > 0) {
        uvq_push(q, uv_chain_step);
        uv_idle_start(&q->idle, uvq_run);
    }
}

static sample uv_chain_idle(void)
{
    uv_loop_t lp;
    uv_loop_init(&lp);
    uvq q = {.fn = malloc(64 * sizeof *q.fn), .mask = 63};
    uv_idle_init(&lp, &q.idle);
    q.idle.data = &q;
    sample t0 = now();
    chain_left = chain_n;
    uvq_push(&q, uv_chain_step);
    uv_idle_start(&q.idle, uvq_run);
    uv_run(&lp, UV_RUN_DEFAULT);
    sample s = since(t0);
    if (chain_left != 0)
        fail("libuv idle chain", chain_n - chain_left, chain_n);
    uv_close((uv_handle_t *)&q.idle, NULL);
    uv_run(&lp, UV_RUN_DEFAULT);
    uv_loop_close(&lp);
    free(q.fn);
    return s;
}

/* The chain in libuv's own idiom: each timer callback restarts a 0 ms timer. */
static void uv_timer_step(uv_timer_t *t)
{
    if (--chain_left > 0)
        uv_timer_start(t, uv_timer_step, 0, 0);
}

static sample uv_chain_timer(void)
{
    uv_loop_t lp;
    uv_loop_init(&lp);
    uv_timer_t t;
    uv_timer_init(&lp, &t);
    sample t0 = now();
    chain_left = chain_n;
    uv_timer_start(&t, uv_timer_step, 0, 0);
    uv_run(&lp, UV_RUN_DEFAULT);
    sample s = since(t0);
    if (chain_left != 0)
        fail("libuv timer chain", chain_n - chain_left, chain_n);
    uv_close((uv_handle_t *)&t, NULL);
    uv_run(&lp, UV_RUN_DEFAULT);
    uv_loop_close(&lp);
    return s;
}

static void uv_count(uv_timer_t *t)
{
    (void)t;
    fired++;
}

static sample uv_timers_run(bool cancel_half)
{
    uv_loop_t lp;
    uv_loop_init(&lp);
    uv_timer_t *ts = malloc((size_t)timers_m * sizeof *ts);
    fired = 0;
    sample t0 = now();
    uv_update_time(&lp);
    for (long i = 0; i < timers_m; i++) {
        uv_timer_init(&lp, &ts[i]);
        uv_timer_start(&ts[i], uv_count, (uint64_t)deadlines_ms[i], 0);
    }
    if (cancel_half)
        for (long i = 0; i < timers_m; i += 2)
            uv_timer_stop(&ts[i]);
    uv_run(&lp, UV_RUN_DEFAULT);
    sample s = since(t0);
    long want = cancel_half ? timers_m / 2 : timers_m;
    if (fired != want)
        fail("libuv timers", fired, want);
    for (long i = 0; i < timers_m; i++)
        uv_close((uv_handle_t *)&ts[i], NULL);
    uv_run(&lp, UV_RUN_DEFAULT);
    uv_loop_close(&lp);
    free(ts);
    return s;
}

static sample uv_timers(void) { return uv_timers_run(false); }
static sample uv_timers_cancel(void) { return uv_timers_run(true); }

#endif

/* ---- report ---- */

static void compare(const char *what, sample ll, sample uv)
{
    double r = uv.cpu / ll.cpu;
    printf("  => %s: libuv/looplab cpu ratio %.2fx (%s)\n", what, r,
           r >= 1.05 ? "looplab faster" : r > 0.95 ? "parity, within run-to-run noise"
                                                   : "looplab SLOWER");
}

int main(int argc, char **argv)
{
    if (argc > 1)
        chain_n = atol(argv[1]);
    if (argc > 2)
        timers_m = atol(argv[2]);
    make_deadlines();
    printf("loop core vs libuv: backend %s, best of %d runs\n", loop_backend_name(), REPEAT);
#ifdef HAVE_LIBUV
    printf("libuv %s\n", uv_version_string());
#else
    printf("libuv: not installed (apt-get install libuv1-dev), looplab figures only\n");
#endif

    printf("(a) chain of %ld callbacks, each scheduling the next\n", chain_n);
    sample a = best_of(ll_chain);
    print_row("looplab loop_call_soon", a, chain_n);
#ifdef HAVE_LIBUV
    sample ai = best_of(uv_chain_idle), at = best_of(uv_chain_timer);
    print_row("libuv idle + FIFO (uvloop style)", ai, chain_n);
    print_row("libuv 0 ms timer restart", at, chain_n);
    compare("chain vs best libuv", a, ai.cpu < at.cpu ? ai : at);
#endif

    printf("(b) %ld timers, random deadlines 0-%d ms, all fire\n", timers_m, SPREAD_MS - 1);
    sample b = best_of(ll_timers);
    print_row("looplab loop_call_later", b, timers_m);
#ifdef HAVE_LIBUV
    sample bu = best_of(uv_timers);
    print_row("libuv uv_timer_start", bu, timers_m);
    compare("timers", b, bu);
#endif

    printf("(c) %ld timers, every other one cancelled before firing\n", timers_m);
    sample c = best_of(ll_timers_cancel);
    print_row("looplab loop_cancel (lazy)", c, timers_m);
#ifdef HAVE_LIBUV
    sample cu = best_of(uv_timers_cancel);
    print_row("libuv uv_timer_stop", cu, timers_m);
    compare("timers with cancellation", c, cu);
#endif

    printf("(d) looplab only: case (b) on the virtual clock (no sleeping at all)\n");
    print_row("looplab virtual clock", best_of(ll_timers_virtual), timers_m);
    free(deadlines_ms);
    return 0;
}
