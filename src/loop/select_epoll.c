/* select_epoll.c - the selector backend for Linux: one epoll instance, level-triggered,
 * like asyncio's EpollSelector. */
#include "loop/loop_impl.h"
#include "base/base.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <unistd.h>

struct sel {
    int epfd;
    struct epoll_event *evs;
    int cap;
};

sel *sel_create(void)
{
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0)
        return NULL;
    sel *s = xcalloc(1, sizeof *s);
    s->epfd = fd;
    return s;
}

void sel_free(sel *s)
{
    close(s->epfd);
    free(s->evs);
    free(s);
}

/* ADD and MOD are retried as each other: the kernel forgets an fd that was closed (and
 * its number reused) without our knowing, and the loop's table may lag behind it. */
int sel_set(sel *s, int fd, int old_mask, int new_mask)
{
    struct epoll_event ev = {0};
    ev.events = (new_mask & LOOP_READ ? EPOLLIN : 0u) | (new_mask & LOOP_WRITE ? EPOLLOUT : 0u);
    ev.data.fd = fd;
    if (new_mask == 0)
        return old_mask == 0 ? 0 : epoll_ctl(s->epfd, EPOLL_CTL_DEL, fd, &ev);
    int op = old_mask ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    if (epoll_ctl(s->epfd, op, fd, &ev) == 0)
        return 0;
    if (op == EPOLL_CTL_MOD && errno == ENOENT)
        return epoll_ctl(s->epfd, EPOLL_CTL_ADD, fd, &ev);
    if (op == EPOLL_CTL_ADD && errno == EEXIST)
        return epoll_ctl(s->epfd, EPOLL_CTL_MOD, fd, &ev);
    return -1;
}

int sel_poll(sel *s, double timeout, sel_event *out, int max)
{
    if (max > s->cap) {
        s->evs = xrealloc(s->evs, (size_t)max * sizeof *s->evs);
        s->cap = max;
    }
    int n = epoll_wait(s->epfd, s->evs, max, sel_timeout_ms(timeout));
    if (n < 0)
        return 0;   /* EINTR: the caller's next iteration recomputes everything */
    for (int i = 0; i < n; i++) {
        uint32_t e = s->evs[i].events;
        out[i].fd = s->evs[i].data.fd;
        /* As selectors.EpollSelector: anything but IN means writable, anything but OUT
         * means readable, so errors and hang-ups wake both sides. */
        out[i].mask = (e & ~(uint32_t)EPOLLIN ? LOOP_WRITE : 0) |
                      (e & ~(uint32_t)EPOLLOUT ? LOOP_READ : 0);
    }
    return n;
}

const char *sel_name(void)
{
    return "epoll";
}
