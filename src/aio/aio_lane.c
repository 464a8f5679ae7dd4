/* aio_lane.c - run_in_executor and to_thread: each job runs on a worker lane (a
 * py_lane: its own C stack and fiber) beside the loop. A lane's time.sleep blocks only
 * that lane: it is switched out and resumed by a timer at its wake-up time, while the
 * loop goes on. One lane or the loop runs Python at a time (the GIL); the result
 * reaches the asyncio future through call_soon, as call_soon_threadsafe would. Lanes
 * start with call_soon (a new thread gets the GIL when the loop thread releases it).
 * Not modelled: preempting the loop thread's own CPU work every 5 ms. */
#include <stdlib.h>
#include <string.h>

#include "aio/aio_internal.h"

struct aio_lane {
    aio_lane *next;
    py_lane *lane;
    py_val fut;
    aio_state *st;
};

void aio_lanes_mark(py_vm *vm, aio_state *st)
{
    for (aio_lane *l = st->lanes; l; l = l->next) {
        py_gc_mark(vm, l->fut);
        py_lane_mark(vm, l->lane);
    }
    py_gc_mark(vm, st->lanes_idle);
}

static aio_lane *lane_of(aio_state *st, py_lane *pl)
{
    for (aio_lane *l = st->lanes; l; l = l->next) if (l->lane == pl) return l;
    return NULL;
}

static void lane_unlink(aio_state *st, aio_lane *dead)
{
    for (aio_lane **p = &st->lanes; *p; p = &(*p)->next) {
        if (*p == dead) { *p = dead->next; break; }
    }
}

/* futures._copy_future_state into the asyncio future, unless it was cancelled. */
static void lane_deliver(aio_state *st, py_val fut, py_val box)
{
    py_vm *vm = st->vm;
    aio_future *f = aio_fut(fut);
    if (f->state != FUT_PENDING) return;
    py_val *items;
    py_tuple_view(box, &items);
    py_val m = py_getattr(vm, fut, items[0].tag == V_BOOL && items[0].u.i ? "set_exception" : "set_result");
    if (!py_is_err(m)) py_call(vm, m, &items[1], 1, (py_val){V_UNDEF, {0}});
    if (py_exc_pending(vm)) py_exc_take(vm);
}

static void lane_idle_check(aio_state *st)
{
    if (st->lanes || st->lanes_idle.tag != V_OBJ) return;
    py_val fut = st->lanes_idle;
    st->lanes_idle = py_none();
    if (aio_fut(fut)->state == FUT_PENDING) aio_future_set_result(st, fut, py_none());
}

/* Gives the GIL to a lane until it sleeps or finishes. */
static void lane_step(aio_state *st, aio_lane *l)
{
    py_vm *vm = st->vm;
    if (py_lane_resume(vm, l->lane) == 0) return;
    bool failed;
    py_val r = py_lane_result(l->lane, &failed);
    py_val box = py_tuple_new(vm, 2, (py_val[]){py_bool(failed), r});
    aio_schedule_native(st, lane_deliver, l->fut, box, 0, false);
    lane_unlink(st, l);
    py_lane_free(vm, l->lane);
    free(l);
    lane_idle_check(st);
}

static void lane_cb(aio_state *st, py_val key, py_val unused)
{
    (void)unused;
    for (aio_lane *l = st->lanes; l; l = l->next) {
        if (l->fut.u.o == key.u.o) { lane_step(st, l); return; }
    }
}

/* _lane_start(fut, func, args): a new lane for func(*args), completing fut. */
static py_val m_lane_start(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    aio_state *st = aio_state_of(vm);
    if (nargs != 3) return py_raise(vm, "TypeError", "_lane_start(fut, func, args)");
    aio_lane *l = xmalloc(sizeof *l);
    l->st = st;
    l->fut = args[0];
    l->lane = py_lane_new(vm, args[1], args[2]);
    l->next = st->lanes;
    st->lanes = l;
    aio_schedule_native(st, lane_cb, args[0], py_none(), 0, false);
    return py_none();
}

/* time.sleep inside a lane: the lane is switched out until its wake-up time. */
bool aio_lane_sleep(aio_state *st, double seconds)
{
    py_lane *pl = py_lane_current(st->vm);
    if (!pl || !st->lp) return false;
    aio_lane *l = lane_of(st, pl);
    if (!l) return false;
    aio_schedule_native(st, lane_cb, l->fut, py_none(), loop_time(st->lp) + seconds, true);
    py_lane_yield(st->vm);
    return true;
}

/* _lanes_idle(): a future done once no executor job is left (shutdown_default_executor). */
static py_val m_lanes_idle(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    aio_state *st = aio_state_of(vm);
    py_val fut = aio_future_new(st);
    if (!st->lanes) aio_future_set_result(st, fut, py_none());
    else st->lanes_idle = fut;
    return fut;
}

void aio_lane_init(aio_state *st, py_val module)
{
    py_module_add_fn(st->vm, module, "_lane_start", m_lane_start);
    py_module_add_fn(st->vm, module, "_lanes_idle", m_lanes_idle);
}

void aio_lanes_free(aio_state *st)
{
    while (st->lanes) {
        aio_lane *l = st->lanes;
        st->lanes = l->next;
        py_lane_free(st->vm, l->lane);
        free(l);
    }
}
