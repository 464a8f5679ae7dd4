/* select_poll.c - the portable selector backend: poll(2) over a dense pollfd array,
 * with an fd -> slot index so add, modify and delete are O(1). */
#include "loop/loop_impl.h"
#include "base/base.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

struct sel {
    struct pollfd *pfds;
    size_t len, cap;
    int *slot;          /* fd -> index in pfds, -1 when absent */
    size_t slot_cap;
};

sel *sel_create(void)
{
    return xcalloc(1, sizeof(sel));
}

void sel_free(sel *s)
{
    free(s->pfds);
    free(s->slot);
    free(s);
}

static int *slot_of(sel *s, int fd)
{
    if ((size_t)fd >= s->slot_cap) {
        size_t cap = s->slot_cap ? s->slot_cap : 64;
        while (cap <= (size_t)fd)
            cap *= 2;
        s->slot = xrealloc(s->slot, cap * sizeof *s->slot);
        for (size_t i = s->slot_cap; i < cap; i++)
            s->slot[i] = -1;
        s->slot_cap = cap;
    }
    return &s->slot[fd];
}

static short poll_events(int mask)
{
    return (short)((mask & LOOP_READ ? POLLIN : 0) | (mask & LOOP_WRITE ? POLLOUT : 0));
}

/* Deletion moves the last entry into the hole. */
static void remove_slot(sel *s, int *slot)
{
    size_t i = (size_t)*slot;
    *slot = -1;
    if (i != --s->len) {
        s->pfds[i] = s->pfds[s->len];
        s->slot[s->pfds[i].fd] = (int)i;
    }
}

int sel_set(sel *s, int fd, int old_mask, int new_mask)
{
    (void)old_mask;
    if (fd < 0) {
        errno = EBADF;
        return -1;
    }
    int *slot = slot_of(s, fd);
    if (new_mask == 0) {
        if (*slot >= 0)
            remove_slot(s, slot);
        return 0;
    }
    if (*slot < 0) {
        if (s->len == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 16;
            s->pfds = xrealloc(s->pfds, s->cap * sizeof *s->pfds);
        }
        *slot = (int)s->len++;
        s->pfds[*slot].fd = fd;
    }
    s->pfds[*slot].events = poll_events(new_mask);
    s->pfds[*slot].revents = 0;
    return 0;
}

int sel_poll(sel *s, double timeout, sel_event *out, int max)
{
    int n = poll(s->pfds, (nfds_t)s->len, sel_timeout_ms(timeout));
    if (n <= 0)
        return 0;   /* timeout, or EINTR */
    int got = 0;
    for (size_t i = 0; i < s->len && got < max; i++) {
        unsigned e = (unsigned short)s->pfds[i].revents;
        if (!e)
            continue;
        /* As selectors.PollSelector: anything but POLLIN means writable, anything but
         * POLLOUT readable; so POLLERR, POLLHUP and POLLNVAL wake both sides. */
        out[got].fd = s->pfds[i].fd;
        out[got].mask = (e & ~(unsigned)POLLIN ? LOOP_WRITE : 0) |
                        (e & ~(unsigned)POLLOUT ? LOOP_READ : 0);
        got++;
    }
    return got;
}

const char *sel_name(void)
{
    return "poll";
}
