/* aio_internal.h - what the files of src/aio/ share: the per-VM asyncio state, the
 * callbacks handed to src/loop/, and the Future/Task layout. Not a public header. */
#ifndef LOOPLAB_AIO_INTERNAL_H
#define LOOPLAB_AIO_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "aio/aio.h"
#include "base/base.h"
#include "loop/loop.h"
#include "py/py.h"

typedef struct aio_state aio_state;

/* What a scheduled callback does when the loop runs it. */
enum aio_cb_kind {
    CB_STEP,     /* task.__step(exc): a = task, b = exception or V_UNDEF */
    CB_WAKEUP,   /* task.__wakeup(fut): a = task, b = future */
    CB_CALL1,    /* a(b): a future's done callback called with the future */
    CB_NATIVE,   /* fn(st, a, b): internal C callbacks (sleep timers, lanes) */
};

typedef struct aio_cb aio_cb;
typedef void (*aio_native_cb)(aio_state *st, py_val a, py_val b);
struct aio_cb {
    aio_cb *prev, *next;    /* the state's list of live callbacks (GC roots) */
    aio_state *st;
    int kind;
    py_val a, b;
    aio_native_cb native;
};


enum { FUT_PENDING, FUT_CANCELLED, FUT_FINISHED };

typedef struct aio_future {
    aio_state *st;
    uint8_t state;
    bool log_tb, blocking, is_task;
    py_val loop_obj, result, exception, cancel_msg, cancelled_exc, cancel_hook;
    py_val cbs;             /* list of done callbacks (a Task in it: its __wakeup), or None */
    /* Task */
    py_val coro, name, fut_waiter;   /* name None: "Task-<name_no>", made when asked for */
    int64_t name_no;
    bool must_cancel, log_destroy_pending;
    bool destroyed;         /* finalized by the GC: no longer a live task */
    int64_t num_cancels;
    uint64_t id;            /* task number for the trace */
    double sleep_for;       /* > 0: the future of asyncio.sleep(sleep_for) (trace text) */
} aio_future;

typedef struct aio_handle {
    aio_state *st;
    loop_ref ref;
    py_val fn, args;        /* V_UNDEF once cancelled */
    double when;
    bool timer, cancelled;
} aio_handle;

/* A lane (worker thread of an executor) -- see aio_lane.c. */
typedef struct aio_lane aio_lane;

struct aio_state {
    py_vm *vm;
    aio_options opt;
    loop *lp;                /* the event loop of the running asyncio.run, or NULL */
    py_val module, loop_obj, current_task;
    py_val *weak_tasks;      /* weak refs to every task not yet known dead */
    size_t ntasks, taskcap, tasks_at_compact;
    int64_t task_counter;
    uint64_t next_task_id;   /* trace ids: one per task, named or not */
    aio_cb live;             /* sentinel of the live-callback list */
    py_type *t_future, *t_task, *t_handle, *t_timer, *t_loop, *t_yield, *t_state, *t_sleep0;
    py_type *t_abstract_loop, *t_base_loop;
    py_val pending_exc;      /* KeyboardInterrupt/SystemExit escaping a callback */
    bool stopping;
    int depth_running;
    aio_lane *lanes;
    py_val lanes_idle;       /* future for shutdown_default_executor, or None */
    struct trace *trace;
    size_t narrated;         /* trace events already narrated (--trace) */
    bool own_trace;          /* opt.trace was made for the narration */
    int *socks;              /* fds opened by aio_sock.c and not yet closed */
    size_t nsocks, sockcap;
};

/* aio_core.c */
aio_state *aio_state_of(py_vm *vm);
py_val aio_cls(aio_state *st, const char *name);       /* a prelude class by name */
void aio_set_module(py_vm *vm, py_type *t, const char *module);  /* CPython's __module__ for a native type */
loop_ref aio_schedule(aio_state *st, int kind, py_val a, py_val b, double when, bool timer);
loop_ref aio_schedule_native(aio_state *st, aio_native_cb fn, py_val a, py_val b, double when, bool timer);
py_val aio_check_loop(aio_state *st);                  /* raise unless a loop is running */
void aio_report(aio_state *st, const char *message, py_val exc, const char *key, py_val obj);
void aio_reprlib(py_vm *vm, sbuf *b, py_val v);
void aio_format_callback(py_vm *vm, sbuf *b, py_val fn, py_val args, bool source);

/* add_reader/add_writer: a Handle running fn(*args) each iteration the fd is ready. */
py_val aio_watch_fd(aio_state *st, int fd, bool write, py_val fn, py_val args);

bool aio_is_sleep0(aio_state *st, py_val v);
py_val aio_sleep0_coro(aio_state *st, py_val v);

/* aio_sock.c */
void aio_sock_init(aio_state *st, py_val module);
void aio_sock_close_all(aio_state *st);
void aio_sock_free(aio_state *st);

/* aio_trace.c */
enum { AIO_TR_CREATED, AIO_TR_STEP, AIO_TR_SUSPEND, AIO_TR_RETURNED, AIO_TR_CANCELLED, AIO_TR_RAISED,
       AIO_TR_CANCEL, AIO_TR_DESTROYED };
void aio_trace_install(aio_state *st);
void aio_trace_release(aio_state *st);
void aio_trace_set_narrate(aio_state *st, FILE *f);
void aio_trace_attach(aio_state *st);
void aio_trace_callback_error(aio_state *st, py_val exc);
void aio_trace_never_awaited(aio_state *st, const char *name);
void aio_trace_task(aio_state *st, int what, py_val task, const char *text);
void aio_trace_blocking(aio_state *st, const char *what, double seconds);

/* aio_lane.c */
void aio_lane_init(aio_state *st, py_val module);
void aio_lanes_mark(py_vm *vm, aio_state *st);
void aio_lanes_free(aio_state *st);
bool aio_lane_sleep(aio_state *st, double seconds);

/* aio_future.c */
void aio_future_types(aio_state *st, py_val module);
py_val aio_future_new(aio_state *st);
py_val aio_task_new(aio_state *st, py_val coro, py_val name);
bool aio_is_future(aio_state *st, py_val v);
aio_future *aio_fut(py_val v);
void aio_future_set_result(aio_state *st, py_val fut, py_val v);
bool aio_future_cancel(aio_state *st, py_val fut, py_val msg);  /* dispatches Task.cancel */
void aio_task_step(aio_state *st, py_val task, py_val exc);
void aio_task_wakeup(aio_state *st, py_val task, py_val fut);
void aio_future_repr(aio_state *st, sbuf *b, py_val fut);
const char *aio_task_name(py_val task);

#endif
