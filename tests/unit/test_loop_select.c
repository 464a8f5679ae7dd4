/* test_loop_select.c - the private selector API (src/loop/select_*.c) of whichever
 * backend this build compiled in: `make LOOP_BACKEND=poll BUILD=build/poll
 * build/poll/unit-tests` runs the same tests against poll(2). */
#include "test.h"
#include "loop/loop_impl.h"

#include <time.h>
#include <unistd.h>

/* Polls with a zero timeout; returns the mask reported for fd (0 if none). */
static int mask_for(sel *s, int fd)
{
    sel_event ev[8];
    int n = sel_poll(s, 0, ev, 8), mask = 0;
    for (int i = 0; i < n; i++)
        if (ev[i].fd == fd)
            mask |= ev[i].mask;
    return mask;
}

TEST(loop_select_reports_read_and_write)
{
    sel *s = sel_create();
    EXPECT_TRUE(s != NULL);
    EXPECT_EQ_STR(sel_name(), loop_backend_name());
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    EXPECT_EQ_INT(sel_set(s, p[0], 0, LOOP_READ), 0);
    EXPECT_EQ_INT(sel_set(s, p[1], 0, LOOP_WRITE), 0);
    EXPECT_EQ_INT(mask_for(s, p[0]), 0);
    EXPECT_EQ_INT(mask_for(s, p[1]), LOOP_WRITE);
    EXPECT_EQ_INT(write(p[1], "x", 1), 1);
    EXPECT_EQ_INT(mask_for(s, p[0]), LOOP_READ);
    EXPECT_EQ_INT(sel_set(s, p[1], LOOP_WRITE, 0), 0);   /* delete */
    EXPECT_EQ_INT(mask_for(s, p[1]), 0);
    EXPECT_EQ_INT(sel_set(s, p[0], LOOP_READ, 0), 0);
    EXPECT_EQ_INT(mask_for(s, p[0]), 0);
    sel_free(s);
    close(p[0]);
    close(p[1]);
}

TEST(loop_select_modifies_interest)
{
    sel *s = sel_create();
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    EXPECT_EQ_INT(sel_set(s, p[1], 0, LOOP_READ), 0);   /* never readable */
    EXPECT_EQ_INT(mask_for(s, p[1]), 0);
    EXPECT_EQ_INT(sel_set(s, p[1], LOOP_READ, LOOP_READ | LOOP_WRITE), 0);
    EXPECT_EQ_INT(mask_for(s, p[1]) & LOOP_WRITE, LOOP_WRITE);
    EXPECT_EQ_INT(sel_set(s, p[1], LOOP_READ | LOOP_WRITE, LOOP_READ), 0);
    EXPECT_EQ_INT(mask_for(s, p[1]), 0);
    sel_free(s);
    close(p[0]);
    close(p[1]);
}

TEST(loop_select_hangup_wakes_the_reader)
{
    sel *s = sel_create();
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    EXPECT_EQ_INT(sel_set(s, p[0], 0, LOOP_READ), 0);
    close(p[1]);   /* EOF: the reader must run to see it */
    EXPECT_TRUE(mask_for(s, p[0]) & LOOP_READ);
    sel_free(s);
    close(p[0]);
}

TEST(loop_select_timeout_waits)
{
    sel *s = sel_create();
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    EXPECT_EQ_INT(sel_set(s, p[0], 0, LOOP_READ), 0);
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    sel_event ev[1];
    EXPECT_EQ_INT(sel_poll(s, 0.02, ev, 1), 0);
    clock_gettime(CLOCK_MONOTONIC, &b);
    EXPECT_TRUE((double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9 >= 0.02);
    sel_free(s);
    close(p[0]);
    close(p[1]);
}

TEST(loop_select_timeout_rounds_up_to_ms)
{
    EXPECT_EQ_INT(sel_timeout_ms(-1), -1);
    EXPECT_EQ_INT(sel_timeout_ms(0), 0);
    EXPECT_EQ_INT(sel_timeout_ms(1e-7), 1);
    EXPECT_EQ_INT(sel_timeout_ms(0.0101), 11);
    EXPECT_EQ_INT(sel_timeout_ms(86400), 86400000);
}

TEST(loop_fd_reused_after_close_registers_again)
{
    /* epoll forgets a closed fd on its own; the loop must not be confused when the same
     * number comes back while its table still lists it. */
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    int p[2];
    EXPECT_EQ_INT(pipe(p), 0);
    loop_ref r = loop_add_reader(lp, p[0], NULL, NULL, NULL);
    EXPECT_TRUE(r.id != 0);
    close(p[0]);
    EXPECT_TRUE(loop_remove_reader(lp, p[0]));   /* backend error ignored */
    int q[2];
    EXPECT_EQ_INT(pipe(q), 0);
    loop_ref w = loop_add_writer(lp, q[1], NULL, NULL, NULL);
    EXPECT_TRUE(w.id != 0);
    EXPECT_TRUE(loop_remove_writer(lp, q[1]));
    loop_free(lp);
    close(p[1]);
    close(q[0]);
    close(q[1]);
}

TEST(loop_add_reader_refuses_bad_fd)
{
    loop *lp = loop_new(LOOP_CLOCK_REAL);
    loop_ref r = loop_add_reader(lp, -1, NULL, NULL, NULL);
    EXPECT_EQ_INT(r.id, 0);
    EXPECT_EQ_INT(loop_fd_count(lp), 0);
    loop_free(lp);
}
