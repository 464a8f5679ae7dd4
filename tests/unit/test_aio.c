/* test_aio.c - the asyncio layer driven from C: ordering of tasks and callbacks, the
 * virtual clock, and the narrated trace, each checked line by line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aio/aio.h"
#include "test.h"
#include "trace/trace.h"

/* Runs src with asyncio installed; returns stdout (and the narration in *narr). */
static char *run_prog(const char *src, bool virtual_clock, char **narr, int *rc)
{
    FILE *out = tmpfile(), *err = tmpfile(), *nar = tmpfile();
    py_config cfg = {0};
    cfg.path = cfg.abs_path = "prog.py";
    cfg.out = out;
    cfg.err = err;
    py_vm *vm = py_vm_new(&cfg);
    aio_options opt = {0};
    opt.virtual_clock = virtual_clock;
    opt.narrate = narr ? nar : NULL;
    aio_install(vm, &opt);
    *rc = py_run_file(vm, src, false);
    aio_release(vm);
    py_vm_free(vm);
    char *text[2] = {NULL, NULL};
    FILE *fs[2] = {out, nar};
    for (int i = 0; i < 2; i++) {
        fflush(fs[i]);
        long n = ftell(fs[i]);
        rewind(fs[i]);
        text[i] = calloc(1, (size_t)n + 1);
        if (n > 0 && fread(text[i], 1, (size_t)n, fs[i]) != (size_t)n) text[i][0] = 0;
        fclose(fs[i]);
    }
    fclose(err);
    if (narr) *narr = text[1];
    else free(text[1]);
    return text[0];
}

TEST(aio_task_order_and_virtual_time)
{
    const char *src =
        "import asyncio\n"
        "async def child(n):\n"
        "    await asyncio.sleep(n)\n"
        "    print('child', n)\n"
        "    return n\n"
        "async def main():\n"
        "    loop = asyncio.get_running_loop()\n"
        "    loop.call_soon(print, 'soon')\n"
        "    t = asyncio.create_task(child(2))\n"
        "    print('created')\n"
        "    r = await asyncio.gather(t, child(1))\n"
        "    print(r, loop.time())\n"
        "asyncio.run(main())\n";
    int rc;
    char *out = run_prog(src, true, NULL, &rc);
    EXPECT_EQ_INT(rc, 0);
    /* virtual time: exactly 2 s plus the per-instruction charge (well under 1 ms) */
    EXPECT_TRUE(strncmp(out, "created\nsoon\nchild 1\nchild 2\n[2, 1] 2.0", 37) == 0);
    free(out);
}

TEST(aio_wait_for_timeout_cancels_inner)
{
    const char *src =
        "import asyncio\n"
        "async def slow():\n"
        "    try:\n"
        "        await asyncio.sleep(10)\n"
        "    except asyncio.CancelledError:\n"
        "        print('inner cancelled')\n"
        "        raise\n"
        "async def main():\n"
        "    try:\n"
        "        await asyncio.wait_for(slow(), 0.5)\n"
        "    except TimeoutError:\n"
        "        print('timeout', round(asyncio.get_running_loop().time(), 1))\n"
        "asyncio.run(main())\n";
    int rc;
    char *out = run_prog(src, true, NULL, &rc);
    EXPECT_EQ_INT(rc, 0);
    EXPECT_EQ_STR(out, "inner cancelled\ntimeout 0.5\n");
    free(out);
}

TEST(aio_trace_narration_lines)
{
    const char *src =
        "import asyncio\n"
        "async def main():\n"
        "    await asyncio.sleep(0)\n"
        "asyncio.run(main())\n";
    int rc;
    char *narr = NULL;
    char *out = run_prog(src, true, &narr, &rc);
    EXPECT_EQ_INT(rc, 0);
    const char *want =
        "t=0.000  Task-1 created for main() (line 2), not running yet\n"
        "t=0.000  call_soon: Task.__step(Task-1) -> ready queue, Task-1 is ready\n"
        "t=0.000  new iteration: callbacks are ready, check I/O without waiting\n"
        "t=0.000  loop runs the next ready callback: Task.__step(Task-1)\n"
        "t=0.000  Task-1 starts main() at line 2\n"
        "t=0.000  Task-1 awaits sleep 0 at line 3 -> back to the loop\n"
        "t=0.000  call_soon: Task.__step(Task-1) -> ready queue, Task-1 is ready\n"
        "t=0.000  new iteration: callbacks are ready, check I/O without waiting\n"
        "t=0.000  loop runs the next ready callback: Task.__step(Task-1)\n"
        "t=0.000  Task-1 resumes main() at line 3\n"
        "t=0.000  call_soon: done callback _run_until_complete_cb() -> ready queue\n"
        "t=0.000  Task-1 finished, returned None\n";
    EXPECT_TRUE(narr && strncmp(narr, want, strlen(want)) == 0);
    free(out);
    free(narr);
}

TEST(aio_executor_lane_sleeps_alone)
{
    const char *src =
        "import asyncio, time\n"
        "def job():\n"
        "    time.sleep(0.2)\n"
        "    return 'job'\n"
        "async def tick():\n"
        "    await asyncio.sleep(0.1)\n"
        "    print('tick', round(asyncio.get_running_loop().time(), 1))\n"
        "async def main():\n"
        "    r = await asyncio.gather(asyncio.to_thread(job), tick())\n"
        "    print(r, round(asyncio.get_running_loop().time(), 1))\n"
        "asyncio.run(main())\n";
    int rc;
    char *out = run_prog(src, true, NULL, &rc);
    EXPECT_EQ_INT(rc, 0);
    EXPECT_EQ_STR(out, "tick 0.1\n['job', None] 0.2\n");
    free(out);
}

TEST(aio_run_demo_fills_trace)
{
    const char *src =
        "import asyncio\n"
        "async def main():\n"
        "    await asyncio.sleep(0.1)\n"
        "asyncio.run(main())\n";
    struct trace *tr = trace_new();
    FILE *saved = stdout;
    (void)saved;
    int rc = aio_run_demo("demo.py", src, true, tr);
    EXPECT_EQ_INT(rc, 0);
    EXPECT_TRUE(trace_len(tr) > 5);
    const struct trace_event *ev = trace_event_at(tr, 0);
    EXPECT_TRUE(ev && ev->kind == TRACE_TASK_CREATED);
    EXPECT_TRUE(ev && ev->name && strcmp(ev->name, "Task-1") == 0);
    bool fired = false;
    for (size_t k = 0; k < trace_len(tr); k++)
        if (trace_event_at(tr, k)->kind == TRACE_TIMER_FIRED) fired = true;
    EXPECT_TRUE(fired);
    EXPECT_NEAR(trace_end_time(tr), 0.1, 0.01);
    trace_free(tr);
}
