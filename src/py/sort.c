/* sort.c - list.sort() as CPython 3.11 does it: timsort (natural runs, binary
 * insertion up to minrun, merges with galloping), making the same comparisons in
 * the same order. That order is visible: it decides which TypeError a list of
 * mixed types raises, what a __lt__ that prints shows, and what a list holds
 * after a comparison fails part way. Written from the algorithm's description in
 * CPython's listsort.txt; only "<" is ever used, through py_compare. */
#include <stdlib.h>
#include <string.h>

#include "py/ast.h"
#include "py/sort.h"

#define MIN_GALLOP 7
#define MAX_PENDING 85

typedef struct run { py_sort_item *base; int64_t len; int power; } run;

typedef struct timsort {
    py_vm *vm;
    py_sort_item *tmp;      /* merge scratch */
    int64_t tmpcap;
    int64_t min_gallop;
    py_sort_item *base;     /* the whole array, for run positions */
    int64_t len;
    int n;                  /* pending runs */
    run pending[MAX_PENDING];
} timsort;

/* key x < key y: 1, 0, or -1 with an exception pending. */
static int lt(timsort *ts, const py_sort_item *x, const py_sort_item *y)
{
    py_val r = py_compare(ts->vm, CMP_LT, x->key, y->key);
    if (py_is_err(r)) return -1;
    if (r.tag == V_BOOL) return (int)r.u.i;
    bool t = py_truthy(ts->vm, r);
    return py_exc_pending(ts->vm) ? -1 : t;
}

static void reverse_items(py_sort_item *lo, py_sort_item *hi)
{
    for (hi--; lo < hi; lo++, hi--) {
        py_sort_item t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

/* Sorts [lo, hi) by binary insertion, [lo, start) being sorted already. */
static int binary_insertion(timsort *ts, py_sort_item *lo, py_sort_item *hi, py_sort_item *start)
{
    if (lo == start) start++;
    for (; start < hi; start++) {
        py_sort_item pivot = *start;
        py_sort_item *l = lo, *r = start;
        do {  /* pivot >= all of [lo, l), pivot < all of [r, start) */
            py_sort_item *p = l + ((r - l) >> 1);
            int k = lt(ts, &pivot, p);
            if (k < 0) return -1;
            if (k) r = p;
            else l = p + 1;
        } while (l < r);
        memmove(l + 1, l, (size_t)(start - l) * sizeof *l);
        *l = pivot;
    }
    return 0;
}

/* Length of the run at lo: non-descending, or strictly descending (*desc). */
static int64_t count_run(timsort *ts, py_sort_item *lo, py_sort_item *hi, bool *desc)
{
    *desc = false;
    if (lo + 1 == hi) return 1;
    int k = lt(ts, lo + 1, lo);
    if (k < 0) return -1;
    int64_t n = 2;
    *desc = k;
    for (py_sort_item *p = lo + 2; p < hi; p++, n++) {
        k = lt(ts, p, p - 1);
        if (k < 0) return -1;
        if (k != *desc) break;
    }
    return n;
}

/* Where key goes in the sorted a[0..n): before equal elements (left) or after them
 * (right), searching out from hint by doubling steps, then bisecting. -1 on error. */
static int64_t gallop(timsort *ts, const py_sort_item *key, py_sort_item *a, int64_t n, int64_t hint, bool right)
{
    int64_t ofs = 1, lastofs = 0;
    /* "key goes after a[i]": for left, a[i] < key; for right, !(key < a[i]) */
    #define AFTER(i, out) do { \
        int k_ = right ? lt(ts, key, &a[i]) : lt(ts, &a[i], key); \
        if (k_ < 0) return -1; \
        out = right ? !k_ : k_; \
    } while (0)
    bool after;
    AFTER(hint, after);
    if (after) {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            bool a2;
            AFTER(hint + ofs, a2);
            if (!a2) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            bool a2;
            AFTER(hint - ofs, a2);
            if (a2) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        int64_t k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    /* a[lastofs] precedes key, a[ofs] does not: bisect between */
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        bool a2;
        AFTER(m, a2);
        if (a2) lastofs = m + 1;
        else ofs = m;
    }
    #undef AFTER
    return ofs;
}

static void need_tmp(timsort *ts, int64_t need)
{
    if (need <= ts->tmpcap) return;
    free(ts->tmp);
    ts->tmp = xmalloc((size_t)need * sizeof *ts->tmp);
    ts->tmpcap = need;
}

/* Merges a[0..na) and b = a + na [0..nb), na <= nb, copying a aside (merge_lo). */
static int merge_lo(timsort *ts, py_sort_item *pa, int64_t na, py_sort_item *pb, int64_t nb)
{
    need_tmp(ts, na);
    memcpy(ts->tmp, pa, (size_t)na * sizeof *pa);
    py_sort_item *dest = pa, *a = ts->tmp, *b = pb;
    int result = -1;
    *dest++ = *b++;
    if (--nb == 0) goto succeed;
    if (na == 1) goto copy_b;
    int64_t min_gallop = ts->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {  /* one at a time until a run wins min_gallop times in a row */
            int k = lt(ts, b, a);
            if (k < 0) goto fail;
            if (k) {
                *dest++ = *b++;
                bcount++;
                acount = 0;
                if (--nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                *dest++ = *a++;
                acount++;
                bcount = 0;
                if (--na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {  /* galloping */
            min_gallop -= min_gallop > 1;
            ts->min_gallop = min_gallop;
            int64_t k = gallop(ts, b, a, na, 0, true);
            if (k < 0) goto fail;
            acount = k;
            if (k) {
                memcpy(dest, a, (size_t)k * sizeof *a);
                dest += k;
                a += k;
                na -= k;
                if (na == 1) goto copy_b;
                if (na == 0) goto succeed;
            }
            *dest++ = *b++;
            if (--nb == 0) goto succeed;
            k = gallop(ts, a, b, nb, 0, false);
            if (k < 0) goto fail;
            bcount = k;
            if (k) {
                memmove(dest, b, (size_t)k * sizeof *b);
                dest += k;
                b += k;
                nb -= k;
                if (nb == 0) goto succeed;
            }
            *dest++ = *a++;
            if (--na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ts->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) memcpy(dest, a, (size_t)na * sizeof *a);
    return result;
copy_b:  /* a's last element goes after all of b */
    memmove(dest, b, (size_t)nb * sizeof *b);
    dest[nb] = *a;
    return 0;
}

/* The mirror image: na >= nb, copies b aside and merges from the right (merge_hi). */
static int merge_hi(timsort *ts, py_sort_item *pa, int64_t na, py_sort_item *pb, int64_t nb)
{
    need_tmp(ts, nb);
    memcpy(ts->tmp, pb, (size_t)nb * sizeof *pb);
    py_sort_item *dest = pb + nb - 1, *basea = pa, *baseb = ts->tmp;
    py_sort_item *a = pa + na - 1, *b = ts->tmp + nb - 1;
    int result = -1;
    *dest-- = *a--;
    if (--na == 0) goto succeed;
    if (nb == 1) goto copy_a;
    int64_t min_gallop = ts->min_gallop;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            int k = lt(ts, b, a);
            if (k < 0) goto fail;
            if (k) {
                *dest-- = *a--;
                acount++;
                bcount = 0;
                if (--na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                *dest-- = *b--;
                bcount++;
                acount = 0;
                if (--nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ts->min_gallop = min_gallop;
            int64_t k = gallop(ts, b, basea, na, na - 1, true);
            if (k < 0) goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest -= k;
                a -= k;
                memmove(dest + 1, a + 1, (size_t)k * sizeof *a);
                na -= k;
                if (na == 0) goto succeed;
            }
            *dest-- = *b--;
            if (--nb == 1) goto copy_a;
            k = gallop(ts, a, baseb, nb, nb - 1, false);
            if (k < 0) goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest -= k;
                b -= k;
                memcpy(dest + 1, b + 1, (size_t)k * sizeof *b);
                nb -= k;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;
            }
            *dest-- = *a--;
            if (--na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ts->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) memcpy(dest - (nb - 1), baseb, (size_t)nb * sizeof *baseb);
    return result;
copy_a:  /* b's first element goes before all of a */
    dest -= na;
    a -= na;
    memmove(dest + 1, a + 1, (size_t)na * sizeof *a);
    *dest = *b;
    return 0;
}

/* Merges the pending runs i and i + 1. */
static int merge_at(timsort *ts, int i)
{
    py_sort_item *a = ts->pending[i].base, *b = ts->pending[i + 1].base;
    int64_t na = ts->pending[i].len, nb = ts->pending[i + 1].len;
    ts->pending[i].len = na + nb;
    if (i == ts->n - 3) ts->pending[i + 1] = ts->pending[i + 2];
    ts->n--;
    int64_t k = gallop(ts, b, a, na, 0, true);  /* a's head already in place */
    if (k < 0) return -1;
    a += k;
    na -= k;
    if (na == 0) return 0;
    nb = gallop(ts, &a[na - 1], b, nb, nb - 1, false);  /* b's tail already in place */
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(ts, a, na, b, nb) : merge_hi(ts, a, na, b, nb);
}

/* The "power" of the boundary between two adjacent runs, [s1, s1 + n1) and
 * [s1 + n1, s1 + n1 + n2), in a list of n: the first bit where the binary
 * fractions of their midpoints over n differ (twice the midpoints, to keep them
 * whole). Runs merge bottom up, as in a balanced tree over those midpoints. */
static int power_of(int64_t s1, int64_t n1, int64_t n2, int64_t n)
{
    int power = 0;
    int64_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        power++;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return power;
}

/* Powersort (CPython 3.11): a new run of n2 is about to be pushed; merge the
 * runs below the top whose power exceeds the top one's, then record it. */
static int found_new_run(timsort *ts, int64_t n2)
{
    if (ts->n == 0) return 0;
    run *p = ts->pending;
    int power = power_of(p[ts->n - 1].base - ts->base, p[ts->n - 1].len, n2, ts->len);
    while (ts->n > 1 && p[ts->n - 2].power > power)
        if (merge_at(ts, ts->n - 2) < 0) return -1;
    p[ts->n - 1].power = power;
    return 0;
}

static int merge_force_collapse(timsort *ts)
{
    run *p = ts->pending;
    while (ts->n > 1) {
        int n = ts->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) n--;
        if (merge_at(ts, n) < 0) return -1;
    }
    return 0;
}

static int64_t min_run(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

int py_sort_items(py_vm *vm, py_sort_item *items, int64_t n)
{
    if (n < 2) return 0;
    timsort ts = {.vm = vm, .min_gallop = MIN_GALLOP, .base = items, .len = n};
    int result = -1;
    int64_t minrun = min_run(n), remaining = n;
    py_sort_item *lo = items;
    do {
        bool desc;
        int64_t len = count_run(&ts, lo, lo + remaining, &desc);
        if (len < 0) goto done;
        if (desc) reverse_items(lo, lo + len);
        if (len < minrun) {  /* extend a short run by binary insertion */
            int64_t force = remaining <= minrun ? remaining : minrun;
            if (binary_insertion(&ts, lo, lo + force, lo + len) < 0) goto done;
            len = force;
        }
        if (found_new_run(&ts, len) < 0) goto done;
        ts.pending[ts.n].base = lo;
        ts.pending[ts.n].len = len;
        ts.n++;
        lo += len;
        remaining -= len;
    } while (remaining);
    if (merge_force_collapse(&ts) < 0) goto done;
    result = 0;
done:
    free(ts.tmp);
    return result;
}
