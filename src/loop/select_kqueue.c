/* select_kqueue.c - the selector backend for the BSDs and macOS: one kqueue, with a
 * read filter and a write filter per fd, like asyncio's KqueueSelector. Each filter
 * reports on its own, so one fd may give two events in one poll. */
#include "loop/loop_impl.h"
#include "base/base.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/event.h>
#include <sys/time.h>
#include <unistd.h>

struct sel {
    int kq;
    struct kevent *evs;
    int cap;
};

sel *sel_create(void)
{
    int kq = kqueue();
    if (kq < 0)
        return NULL;
    if (fcntl(kq, F_SETFD, FD_CLOEXEC) < 0) {
        int err = errno;
        close(kq);
        errno = err;
        return NULL;
    }
    sel *s = xcalloc(1, sizeof *s);
    s->kq = kq;
    return s;
}

void sel_free(sel *s)
{
    close(s->kq);
    free(s->evs);
    free(s);
}

/* One change per kevent() call: with no event list, a failing change would otherwise
 * hide whether the changes after it were applied. */
static int change(sel *s, int fd, short filter, unsigned short flags)
{
    struct kevent kev;
    EV_SET(&kev, (uintptr_t)fd, filter, flags, 0, 0, NULL);
    return kevent(s->kq, &kev, 1, NULL, 0, NULL);
}

/* Adding reports the first failure; deleting goes on past failures (the fd may be
 * closed already, and the kernel then dropped its filters itself). */
int sel_set(sel *s, int fd, int old_mask, int new_mask)
{
    int rc = 0;
    if ((new_mask & LOOP_READ) && !(old_mask & LOOP_READ) &&
        change(s, fd, EVFILT_READ, EV_ADD) < 0)
        return -1;
    if ((new_mask & LOOP_WRITE) && !(old_mask & LOOP_WRITE) &&
        change(s, fd, EVFILT_WRITE, EV_ADD) < 0) {
        int err = errno;
        if (!(old_mask & LOOP_READ) && (new_mask & LOOP_READ))
            change(s, fd, EVFILT_READ, EV_DELETE);
        errno = err;
        return -1;
    }
    if (!(new_mask & LOOP_READ) && (old_mask & LOOP_READ) &&
        change(s, fd, EVFILT_READ, EV_DELETE) < 0)
        rc = -1;
    if (!(new_mask & LOOP_WRITE) && (old_mask & LOOP_WRITE) &&
        change(s, fd, EVFILT_WRITE, EV_DELETE) < 0)
        rc = -1;
    return rc;
}

int sel_poll(sel *s, double timeout, sel_event *out, int max)
{
    if (max > s->cap) {
        s->evs = xrealloc(s->evs, (size_t)max * sizeof *s->evs);
        s->cap = max;
    }
    /* Milliseconds rounded up, like the other backends, so all three batch timers the
     * same way. */
    int ms = sel_timeout_ms(timeout);
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    int n = kevent(s->kq, NULL, 0, s->evs, max, ms < 0 ? NULL : &ts);
    if (n < 0)
        return 0;   /* EINTR */
    int got = 0;
    for (int i = 0; i < n; i++) {
        const struct kevent *kev = &s->evs[i];
        if (kev->filter != EVFILT_READ && kev->filter != EVFILT_WRITE)
            continue;
        out[got].fd = (int)kev->ident;
        out[got].mask = kev->filter == EVFILT_READ ? LOOP_READ : LOOP_WRITE;
        got++;
    }
    return got;
}

const char *sel_name(void)
{
    return "kqueue";
}
