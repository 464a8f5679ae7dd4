/* trace_impl.h - the inside of a trace, shared by the files of src/trace/ only. */
#ifndef LOOPLAB_TRACE_IMPL_H
#define LOOPLAB_TRACE_IMPL_H

#include "base/base.h"
#include "trace/trace.h"

/* Emitter ids (nonzero uint64) to dense indices; open addressing, linear probing. */
struct trace_idmap {
    uint64_t *keys;   /* 0: empty slot */
    int32_t *vals;
    size_t cap, n;
};

/* Interned strings: each distinct string is stored once. */
struct trace_pool {
    char **slots;
    size_t cap, n;
};

struct trace_lanebuf {
    struct trace_span *spans;
    int n, cap;
};

/* A stretch of the transcript written to stderr. */
struct trace_range { size_t at, len; };

struct trace {
    struct trace_event *ev;
    size_t n, cap;
    struct trace_task *tasks;
    int ntasks, cap_tasks;
    struct trace_handle *handles;
    int nhandles, cap_handles;
    struct trace_idmap task_ids, handle_ids;
    struct trace_pool strings;
    sbuf out;                     /* the program's output, both streams */
    struct trace_range *err;      /* which parts of out went to stderr */
    size_t nerr, cap_err;
    struct trace_state head;      /* the state after every event so far */
    struct trace_state *snaps;    /* snaps[j]: the state after j * TRACE_SNAPSHOT_EVERY events */
    size_t nsnaps, cap_snaps;
    struct trace_lanebuf *lanes;  /* one per task, cap_tasks of them */
    double t_end;
};

/* reduce.c: applies one event to a state (the reducer's only transition). */
void trace_apply(const struct trace *tr, struct trace_state *st, const struct trace_event *ev);
/* Copies src into dst (deep), reusing dst's buffers. */
void trace_state_copy(struct trace_state *dst, const struct trace_state *src);

#endif
