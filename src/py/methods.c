/* methods.c - methods of the builtin types (str, list, tuple, dict, set, int, float,
 * coroutine) and the two string formatting languages ('%' and str.format). */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "py/pyfmt.h"
#include "py/vm.h"

int dict_update_from(py_vm *vm, py_dict *d, py_val src);

#define SELF_STR AS_STR(args[0])
#define WANT(name, lo, hi) do { if (want_args(vm, name, nargs - 1, lo, hi) < 0) return py_err(); } while (0)

static int need_str(py_vm *vm, py_val v, const char *what)
{
    if (is_kind(v, K_STR)) return 0;
    raise_type(vm, vm->e_type, "%s", what);
    return -1;
}

/* ---------------- str ---------------- */

static py_val str_case(py_vm *vm, py_val *args, int nargs, int mode)
{
    (void)nargs;
    py_str *s = SELF_STR;
    sbuf b = {0};
    bool word_start = true;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c >= 0x80) { sbuf_addc(&b, (char)c); word_start = false; continue; }
        char o = (char)c;
        switch (mode) {
        case 0: o = (char)toupper(c); break;
        case 1: o = (char)tolower(c); break;
        case 2: o = (char)(word_start ? toupper(c) : tolower(c)); break;
        case 3: o = (char)(i == 0 ? toupper(c) : tolower(c)); break;
        case 4: o = (char)(isupper(c) ? tolower(c) : toupper(c)); break;
        }
        word_start = !isalpha(c);
        sbuf_addc(&b, o);
    }
    return str_from_sbuf(vm, &b);
}
static py_val m_upper(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, 0); }
static py_val m_lower(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, 1); }
static py_val m_title(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, 2); }
static py_val m_capitalize(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, 3); }
static py_val m_swapcase(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, 4); }

static py_val str_pred(py_vm *vm, py_val *args, int (*pred)(int), bool cased)
{
    (void)vm;
    py_str *s = SELF_STR;
    if (s->len == 0) return py_bool(false);
    bool any_cased = false;
    for (int64_t i = 0; i < s->len; i++) {
        int c = (unsigned char)s->data[i];
        if (cased) {
            if (isalpha(c)) { any_cased = true; if (!pred(c)) return py_bool(false); }
        } else if (c >= 0x80 || !pred(c)) return py_bool(false);
    }
    return py_bool(cased ? any_cased : true);
}
static py_val m_isdigit(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return str_pred(vm, a, isdigit, false); }
static py_val m_isalpha(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return str_pred(vm, a, isalpha, false); }
static py_val m_isalnum(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return str_pred(vm, a, isalnum, false); }
static py_val m_isspace(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return str_pred(vm, a, isspace, false); }
static py_val m_isupper(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return str_pred(vm, a, isupper, true); }
static py_val m_islower(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)n; (void)kw; return str_pred(vm, a, islower, true); }

static py_val m_istitle(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    py_str *s = SELF_STR;
    bool prev_cased = false, any = false;
    for (int64_t i = 0; i < s->len; i++) {
        int c = (unsigned char)s->data[i];
        if (isupper(c)) { if (prev_cased) return py_bool(false); prev_cased = true; any = true; }
        else if (islower(c)) { if (!prev_cased) return py_bool(false); prev_cased = true; any = true; }
        else prev_cased = false;
    }
    return py_bool(any);
}

static py_val m_isidentifier(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    py_str *s = SELF_STR;
    if (!s->len || isdigit((unsigned char)s->data[0])) return py_bool(false);
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (!(isalnum(c) || c == '_' || c >= 0x80)) return py_bool(false);
    }
    return py_bool(true);
}

static bool in_chars(const char *chars, int64_t n, char c)
{
    if (!chars) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    return memchr(chars, c, (size_t)n) != NULL;
}

static py_val str_strip(py_vm *vm, py_val *args, int nargs, int which, const char *name)
{
    WANT(name, 0, 1);
    py_str *s = SELF_STR;
    const char *chars = NULL;
    int64_t nc = 0;
    if (nargs == 2 && args[1].tag != V_NONE) {
        if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "%s arg must be None or str", name);
        chars = AS_STR(args[1])->data;
        nc = AS_STR(args[1])->len;
    }
    int64_t a = 0, b = s->len;
    if (which & 1) while (a < b && in_chars(chars, nc, s->data[a])) a++;
    if (which & 2) while (b > a && in_chars(chars, nc, s->data[b - 1])) b--;
    if (a == 0 && b == s->len) return args[0];
    return py_obj_val(str_new(vm, s->data + a, (size_t)(b - a)));
}
static py_val m_strip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_strip(vm, a, n, 3, "strip"); }
static py_val m_lstrip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_strip(vm, a, n, 1, "lstrip"); }
static py_val m_rstrip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_strip(vm, a, n, 2, "rstrip"); }

static py_val str_split(py_vm *vm, py_val *args, int nargs, py_dict *kw, bool right)
{
    py_val sepv = nargs > 1 ? args[1] : py_kwarg(vm, kw, "sep");
    py_val maxv = nargs > 2 ? args[2] : py_kwarg(vm, kw, "maxsplit");
    WANT(right ? "rsplit" : "split", 0, 2);
    int64_t maxsplit = -1;
    if (maxv.tag != V_UNDEF && int_index(vm, maxv, &maxsplit) < 0) return py_err();
    py_str *s = SELF_STR;
    py_list *out = list_new(vm, 0);
    if (sepv.tag == V_UNDEF || sepv.tag == V_NONE) {
        if (!right) {
            int64_t i = 0;
            while (i < s->len) {
                while (i < s->len && isspace((unsigned char)s->data[i])) i++;
                if (i >= s->len) break;
                if (maxsplit >= 0 && out->len == maxsplit) {
                    int64_t e = s->len;
                    while (e > i && isspace((unsigned char)s->data[e - 1])) e--;
                    list_push(vm, out, py_obj_val(str_new(vm, s->data + i, (size_t)(e - i))));
                    break;
                }
                int64_t j = i;
                while (j < s->len && !isspace((unsigned char)s->data[j])) j++;
                list_push(vm, out, py_obj_val(str_new(vm, s->data + i, (size_t)(j - i))));
                i = j;
            }
            return py_obj_val(out);
        }
        int64_t i = s->len;
        while (i > 0) {
            while (i > 0 && isspace((unsigned char)s->data[i - 1])) i--;
            if (i <= 0) break;
            if (maxsplit >= 0 && out->len == maxsplit) {
                int64_t b = 0;
                while (b < i && isspace((unsigned char)s->data[b])) b++;
                list_push(vm, out, py_obj_val(str_new(vm, s->data + b, (size_t)(i - b))));
                break;
            }
            int64_t j = i;
            while (j > 0 && !isspace((unsigned char)s->data[j - 1])) j--;
            list_push(vm, out, py_obj_val(str_new(vm, s->data + j, (size_t)(i - j))));
            i = j;
        }
        for (int64_t a = 0, b = out->len - 1; a < b; a++, b--) { py_val t = out->items[a]; out->items[a] = out->items[b]; out->items[b] = t; }
        return py_obj_val(out);
    }
    if (need_str(vm, sepv, "must be str or None") < 0) return py_err();
    py_str *sep = AS_STR(sepv);
    if (sep->len == 0) return raise_type(vm, vm->e_value, "empty separator");
    if (!right) {
        int64_t i = 0;
        for (;;) {
            const char *hit = maxsplit >= 0 && out->len == maxsplit ? NULL
                            : py_memmem(s->data + i, (size_t)(s->len - i), sep->data, (size_t)sep->len);
            if (!hit) { list_push(vm, out, py_obj_val(str_new(vm, s->data + i, (size_t)(s->len - i)))); break; }
            int64_t j = hit - s->data;
            list_push(vm, out, py_obj_val(str_new(vm, s->data + i, (size_t)(j - i))));
            i = j + sep->len;
        }
        return py_obj_val(out);
    }
    int64_t end = s->len;
    for (;;) {
        int64_t j = -1;
        if (!(maxsplit >= 0 && out->len == maxsplit))
            for (int64_t k = end - sep->len; k >= 0; k--)
                if (memcmp(s->data + k, sep->data, (size_t)sep->len) == 0) { j = k; break; }
        if (j < 0) { list_push(vm, out, py_obj_val(str_new(vm, s->data, (size_t)end))); break; }
        list_push(vm, out, py_obj_val(str_new(vm, s->data + j + sep->len, (size_t)(end - j - sep->len))));
        end = j;
    }
    for (int64_t a = 0, b = out->len - 1; a < b; a++, b--) { py_val t = out->items[a]; out->items[a] = out->items[b]; out->items[b] = t; }
    return py_obj_val(out);
}
static py_val m_split(py_vm *vm, py_val *a, int n, py_dict *kw) { return str_split(vm, a, n, kw, false); }
static py_val m_rsplit(py_vm *vm, py_val *a, int n, py_dict *kw) { return str_split(vm, a, n, kw, true); }

static py_val m_splitlines(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val keep = nargs > 1 ? args[1] : py_kwarg(vm, kw, "keepends");
    bool keepends = py_truthy(vm, keep);
    py_str *s = SELF_STR;
    py_list *out = list_new(vm, 0);
    int64_t i = 0;
    while (i < s->len) {
        int64_t j = i;
        while (j < s->len && s->data[j] != '\n' && s->data[j] != '\r') j++;
        int64_t e = j;
        if (j < s->len) { if (s->data[j] == '\r' && j + 1 < s->len && s->data[j + 1] == '\n') j++; j++; }
        list_push(vm, out, py_obj_val(str_new(vm, s->data + i, (size_t)((keepends ? j : e) - i))));
        i = j;
    }
    return py_obj_val(out);
}

static py_val m_join(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("join", 1, 1);
    py_val l = seq_to_list(vm, args[1]);
    if (py_is_err(l)) {
        if (exc_matches(vm, vm->exc, vm->e_type)) { py_exc_take(vm); return raise_type(vm, vm->e_type, "can only join an iterable"); }
        return l;
    }
    py_str *sep = SELF_STR;
    sbuf b = {0};
    for (int64_t i = 0; i < AS_LIST(l)->len; i++) {
        py_val x = AS_LIST(l)->items[i];
        if (!is_kind(x, K_STR)) {
            sbuf_free(&b);
            return raise_type(vm, vm->e_type, "sequence item %lld: expected str instance, %s found", (long long)i, py_type_name(vm, x));
        }
        if (i) sbuf_add(&b, sep->data, (size_t)sep->len);
        sbuf_add(&b, AS_STR(x)->data, (size_t)AS_STR(x)->len);
        if (STR_TOO_BIG(vm, b.len)) { sbuf_free(&b); return raise_mem_cap(vm); }
    }
    return str_from_sbuf(vm, &b);
}

static py_val m_replace(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("replace", 2, 3);
    if (!is_kind(args[1], K_STR) || !is_kind(args[2], K_STR))
        return raise_type(vm, vm->e_type, "replace() argument %d must be str, not %s", is_kind(args[1], K_STR) ? 2 : 1,
                          py_type_name(vm, is_kind(args[1], K_STR) ? args[2] : args[1]));
    int64_t count = -1;
    if (nargs == 4 && int_index(vm, args[3], &count) < 0) return py_err();
    py_str *s = SELF_STR, *old = AS_STR(args[1]), *new = AS_STR(args[2]);
    sbuf b = {0};
    int64_t i = 0, done = 0;
    if (old->len == 0) {
        const char *p = s->data, *end = s->data + s->len;
        while (p <= end) {
            if (count < 0 || done < count) { sbuf_add(&b, new->data, (size_t)new->len); done++; }
            if (STR_TOO_BIG(vm, b.len)) { sbuf_free(&b); return raise_mem_cap(vm); }
            if (p == end) break;
            const char *q = p + 1;
            while (q < end && ((unsigned char)*q & 0xC0) == 0x80) q++;
            sbuf_add(&b, p, (size_t)(q - p));
            p = q;
        }
        return str_from_sbuf(vm, &b);
    }
    while (i <= s->len) {
        const char *hit = (count >= 0 && done >= count) ? NULL : py_memmem(s->data + i, (size_t)(s->len - i), old->data, (size_t)old->len);
        if (!hit) { sbuf_add(&b, s->data + i, (size_t)(s->len - i)); break; }
        int64_t j = hit - s->data;
        sbuf_add(&b, s->data + i, (size_t)(j - i));
        sbuf_add(&b, new->data, (size_t)new->len);
        if (STR_TOO_BIG(vm, b.len)) { sbuf_free(&b); return raise_mem_cap(vm); }
        i = j + old->len;
        done++;
    }
    return str_from_sbuf(vm, &b);
}

/* Resolves optional start/end arguments (code points) to byte offsets. */
static int str_range(py_vm *vm, py_str *s, py_val *args, int nargs, int first, int64_t *bs, int64_t *be)
{
    int64_t st = 0, en = s->cplen;
    if (nargs > first && args[first].tag != V_NONE) { if (int_index(vm, args[first], &st) < 0) return -1; }
    if (nargs > first + 1 && args[first + 1].tag != V_NONE) { if (int_index(vm, args[first + 1], &en) < 0) return -1; }
    if (st < 0) { st += s->cplen; if (st < 0) st = 0; }
    if (en < 0) { en += s->cplen; if (en < 0) en = 0; }
    if (st > s->cplen) st = s->cplen + 1;
    if (en > s->cplen) en = s->cplen;
    if (st > s->cplen) { *bs = s->len + 1; *be = s->len; return 0; }
    *bs = utf8_offset(s, st) - s->data;
    *be = utf8_offset(s, en) - s->data;
    return 0;
}

static int64_t find_sub(py_str *s, py_str *sub, int64_t bs, int64_t be, bool right)
{
    if (bs > be || be - bs < sub->len) return (bs <= be && sub->len == 0) ? (right ? be : bs) : -1;
    if (!right) {
        const char *h = py_memmem(s->data + bs, (size_t)(be - bs), sub->data, (size_t)sub->len);
        return h ? h - s->data : -1;
    }
    for (int64_t k = be - sub->len; k >= bs; k--)
        if (memcmp(s->data + k, sub->data, (size_t)sub->len) == 0) return k;
    return -1;
}

static py_val str_find(py_vm *vm, py_val *args, int nargs, bool right, bool raise, const char *name)
{
    WANT(name, 1, 3);
    if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "must be str, not %s", py_type_name(vm, args[1]));
    py_str *s = SELF_STR;
    int64_t bs, be;
    if (str_range(vm, s, args, nargs, 2, &bs, &be) < 0) return py_err();
    int64_t r = find_sub(s, AS_STR(args[1]), bs, be, right);
    if (r < 0) {
        if (raise) return raise_type(vm, vm->e_value, "substring not found");
        return py_int(-1);
    }
    return py_int(utf8_count(s->data, r));
}
static py_val m_find(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_find(vm, a, n, false, false, "find"); }
static py_val m_rfind(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_find(vm, a, n, true, false, "rfind"); }
static py_val m_sindex(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_find(vm, a, n, false, true, "index"); }
static py_val m_rindex(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_find(vm, a, n, true, true, "rindex"); }

static py_val m_scount(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("count", 1, 3);
    if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "must be str, not %s", py_type_name(vm, args[1]));
    py_str *s = SELF_STR, *sub = AS_STR(args[1]);
    int64_t bs, be;
    if (str_range(vm, s, args, nargs, 2, &bs, &be) < 0) return py_err();
    if (bs > be) return py_int(0);
    if (sub->len == 0) return py_int(utf8_count(s->data + bs, be - bs) + 1);
    int64_t n = 0;
    for (int64_t i = bs; i + sub->len <= be;) {
        const char *h = py_memmem(s->data + i, (size_t)(be - i), sub->data, (size_t)sub->len);
        if (!h) break;
        n++;
        i = h - s->data + sub->len;
    }
    return py_int(n);
}

static py_val str_fix(py_vm *vm, py_val *args, int nargs, bool end, const char *name)
{
    WANT(name, 1, 3);
    py_str *s = SELF_STR;
    int64_t bs, be;
    if (str_range(vm, s, args, nargs, 2, &bs, &be) < 0) return py_err();
    py_val p = args[1];
    py_val one[1] = {p};
    py_val *list = one;
    int64_t n = 1;
    if (is_kind(p, K_TUPLE)) { list = AS_TUPLE(p)->items; n = AS_TUPLE(p)->len; }
    for (int64_t i = 0; i < n; i++) {
        if (!is_kind(list[i], K_STR))
            return raise_type(vm, vm->e_type, "%s first arg must be str or a tuple of str, not %s", name, py_type_name(vm, list[i]));
        py_str *x = AS_STR(list[i]);
        if (be - bs < x->len) continue;
        if (memcmp(s->data + (end ? be - x->len : bs), x->data, (size_t)x->len) == 0) return py_bool(true);
    }
    return py_bool(false);
}
static py_val m_startswith(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_fix(vm, a, n, false, "startswith"); }
static py_val m_endswith(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_fix(vm, a, n, true, "endswith"); }

static py_val m_removeprefix(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("removeprefix", 1, 1);
    py_str *s = SELF_STR, *p = AS_STR(args[1]);
    if (s->len >= p->len && memcmp(s->data, p->data, (size_t)p->len) == 0) return py_obj_val(str_new(vm, s->data + p->len, (size_t)(s->len - p->len)));
    return args[0];
}

static py_val m_removesuffix(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("removesuffix", 1, 1);
    py_str *s = SELF_STR, *p = AS_STR(args[1]);
    if (p->len && s->len >= p->len && memcmp(s->data + s->len - p->len, p->data, (size_t)p->len) == 0)
        return py_obj_val(str_new(vm, s->data, (size_t)(s->len - p->len)));
    return args[0];
}

static py_val str_pad(py_vm *vm, py_val *args, int nargs, int how, const char *name)
{
    WANT(name, 1, 2);
    int64_t width;
    if (int_index(vm, args[1], &width) < 0) return py_err();
    const char *fill = " ";
    size_t fl = 1;
    if (nargs == 3) {
        if (!is_kind(args[2], K_STR) || AS_STR(args[2])->cplen != 1)
            return raise_type(vm, vm->e_type, "The fill character must be exactly one character long");
        fill = AS_STR(args[2])->data;
        fl = (size_t)AS_STR(args[2])->len;
    }
    py_str *s = SELF_STR;
    if (width <= s->cplen) return args[0];
    int64_t pad = width - s->cplen, left = how == 0 ? 0 : how == 1 ? pad : pad / 2 + (pad & width & 1);
    if (STR_TOO_BIG(vm, (uint64_t)pad / 4 * fl)) return raise_mem_cap(vm);
    sbuf b = {0};
    for (int64_t i = 0; i < left; i++) sbuf_add(&b, fill, fl);
    sbuf_add(&b, s->data, (size_t)s->len);
    for (int64_t i = 0; i < pad - left; i++) sbuf_add(&b, fill, fl);
    return str_from_sbuf(vm, &b);
}
static py_val m_ljust(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_pad(vm, a, n, 0, "ljust"); }
static py_val m_rjust(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_pad(vm, a, n, 1, "rjust"); }
static py_val m_center(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_pad(vm, a, n, 2, "center"); }

static py_val m_zfill(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("zfill", 1, 1);
    int64_t width;
    if (int_index(vm, args[1], &width) < 0) return py_err();
    py_str *s = SELF_STR;
    if (width <= s->cplen) return args[0];
    if (STR_TOO_BIG(vm, width)) return raise_mem_cap(vm);
    sbuf b = {0};
    int64_t start = 0;
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) { sbuf_addc(&b, s->data[0]); start = 1; }
    for (int64_t i = 0; i < width - s->cplen; i++) sbuf_addc(&b, '0');
    sbuf_add(&b, s->data + start, (size_t)(s->len - start));
    return str_from_sbuf(vm, &b);
}

static py_val str_partition(py_vm *vm, py_val *args, int nargs, bool right)
{
    WANT(right ? "rpartition" : "partition", 1, 1);
    if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "must be str, not %s", py_type_name(vm, args[1]));
    py_str *s = SELF_STR, *sep = AS_STR(args[1]);
    if (sep->len == 0) return raise_type(vm, vm->e_value, "empty separator");
    int64_t j = find_sub(s, sep, 0, s->len, right);
    py_tuple *t = tuple_new(vm, 3);
    py_val empty = py_obj_val(str_intern(vm, "", 0));
    if (j < 0) {
        t->items[0] = right ? empty : args[0];
        t->items[1] = empty;
        t->items[2] = right ? args[0] : empty;
        return py_obj_val(t);
    }
    t->items[0] = py_obj_val(str_new(vm, s->data, (size_t)j));
    t->items[1] = args[1];
    t->items[2] = py_obj_val(str_new(vm, s->data + j + sep->len, (size_t)(s->len - j - sep->len)));
    return py_obj_val(t);
}
static py_val m_partition(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_partition(vm, a, n, false); }
static py_val m_rpartition(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_partition(vm, a, n, true); }

static py_val m_format(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    return py_str_format_method(vm, SELF_STR, args + 1, nargs - 1, kw);
}

static py_val m_encode(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)args; (void)nargs; (void)kw;
    return raise_type(vm, vm->e_type, "bytes are not supported by looplab");
}

/* ---------------- '%' formatting ---------------- */

/* One more decimal digit of a width or precision, saturating at INT_MAX (a field that
 * wide is refused against the memory cap anyway). */
static int add_digit(int v, char c)
{
    return v > (INT_MAX - 9) / 10 ? INT_MAX : v * 10 + (c - '0');
}

py_val py_percent_format(py_vm *vm, py_str *fmt, py_val args)
{
    py_val *items = &args;
    int64_t n = 1, k = 0;
    bool is_map = is_kind(args, K_DICT);
    if (is_kind(args, K_TUPLE)) { items = AS_TUPLE(args)->items; n = AS_TUPLE(args)->len; }
    sbuf b = {0};
    const char *p = fmt->data, *end = p + fmt->len;
    char err[200];
    while (p < end) {
        if (*p != '%') { sbuf_addc(&b, *p++); continue; }
        p++;
        if (p >= end) { sbuf_free(&b); return raise_type(vm, vm->e_value, "incomplete format"); }
        py_val v;
        bool have_v = false;
        if (*p == '(') {
            const char *q = strchr(p, ')');
            if (!q || !is_map) { sbuf_free(&b); return raise_type(vm, vm->e_type, "format requires a mapping"); }
            py_val key = py_obj_val(str_new(vm, p + 1, (size_t)(q - p - 1)));
            v = py_getitem(vm, args, key);
            if (py_is_err(v)) { sbuf_free(&b); return v; }
            have_v = true;
            p = q + 1;
        }
        char flags[8] = {0};
        int nf = 0;
        while (p < end && strchr("-+ 0#", *p) && nf < 7) flags[nf++] = *p++;
        int width = -1, prec = -1;
        if (p < end && *p == '*') {
            if (k >= n) { sbuf_free(&b); return raise_type(vm, vm->e_type, "not enough arguments for format string"); }
            py_val w = items[k++];
            if (w.tag != V_INT && w.tag != V_BOOL) { sbuf_free(&b); return raise_type(vm, vm->e_type, "* wants int"); }
            if (w.u.i < 0) { if (nf < 7) flags[nf++] = '-'; w.u.i = w.u.i == INT64_MIN ? INT64_MAX : -w.u.i; }
            width = w.u.i > INT_MAX ? INT_MAX : (int)w.u.i;
            p++;
        } else if (p < end && isdigit((unsigned char)*p)) {
            width = 0;
            while (p < end && isdigit((unsigned char)*p)) width = add_digit(width, *p++);
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            while (p < end && isdigit((unsigned char)*p)) prec = add_digit(prec, *p++);
        }
        if ((width > 0 && STR_TOO_BIG(vm, width)) || (prec > 0 && STR_TOO_BIG(vm, prec))) {
            sbuf_free(&b);
            return raise_mem_cap(vm);
        }
        if (p >= end) { sbuf_free(&b); return raise_type(vm, vm->e_value, "incomplete format"); }
        char conv = *p++;
        if (conv == '%') { sbuf_addc(&b, '%'); continue; }
        if (!have_v) {
            if (k >= n) { sbuf_free(&b); return raise_type(vm, vm->e_type, "not enough arguments for format string"); }
            v = is_map ? args : items[k++];
        }
        int r = 0;
        switch (conv) {
        case 's': case 'r': case 'a': {
            py_val s = conv == 's' ? py_str_of(vm, v) : py_repr(vm, v);
            if (py_is_err(s)) { sbuf_free(&b); return s; }
            py_str *x = AS_STR(s);
            int64_t len = x->cplen;
            const char *data = x->data;
            int64_t bytes = x->len;
            if (prec >= 0 && prec < len) { bytes = utf8_offset(x, prec) - x->data; len = prec; }
            bool left = strchr(flags, '-') != NULL;
            if (!left) for (int64_t i = len; i < width; i++) sbuf_addc(&b, ' ');
            sbuf_add(&b, data, (size_t)bytes);
            if (left) for (int64_t i = len; i < width; i++) sbuf_addc(&b, ' ');
            break;
        }
        case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
            if (v.tag == V_FLOAT && (conv == 'd' || conv == 'i' || conv == 'u')) {
                if (isnan(v.u.f) || isinf(v.u.f)) { sbuf_free(&b); return raise_type(vm, vm->e_overflow, "cannot convert float infinity to integer"); }
                r = pyfmt_percent_int(&b, (int64_t)v.u.f, flags, width, prec, conv, err, sizeof err);
            } else if (v.tag == V_INT || v.tag == V_BOOL) {
                r = pyfmt_percent_int(&b, v.u.i, flags, width, prec, conv, err, sizeof err);
            } else if (v.tag == V_FLOAT) {
                r = pyfmt_percent_float(&b, v.u.f, flags, width, prec, conv, err, sizeof err);
            } else {
                sbuf_free(&b);
                if (conv == 'x' || conv == 'X' || conv == 'o')
                    return raise_type(vm, vm->e_type, "%%%c format: an integer is required, not %s", conv, py_type_name(vm, v));
                return raise_type(vm, vm->e_type, "%%%c format: a real number is required, not %s", conv, py_type_name(vm, v));
            }
            break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            if (v.tag == V_FLOAT || v.tag == V_INT || v.tag == V_BOOL)
                r = pyfmt_percent_float(&b, v.tag == V_FLOAT ? v.u.f : (double)v.u.i, flags, width, prec, conv, err, sizeof err);
            else { sbuf_free(&b); return raise_type(vm, vm->e_type, "must be real number, not %s", py_type_name(vm, v)); }
            break;
        case 'c': {
            if (is_kind(v, K_STR) && AS_STR(v)->cplen == 1) sbuf_add(&b, AS_STR(v)->data, (size_t)AS_STR(v)->len);
            else if (v.tag == V_INT) r = pyfmt_percent_int(&b, v.u.i, flags, width, prec, 'c', err, sizeof err);
            else { sbuf_free(&b); return raise_type(vm, vm->e_type, "%%c requires int or char"); }
            break;
        }
        default:
            sbuf_free(&b);
            return raise_type(vm, vm->e_value, "unsupported format character '%c' (0x%x) at index %lld", conv, (unsigned)(unsigned char)conv,
                              (long long)(p - 1 - fmt->data));
        }
        if (r < 0) { sbuf_free(&b); return raise_pyfmt(vm, r, err); }
        if (STR_TOO_BIG(vm, b.len)) { sbuf_free(&b); return raise_mem_cap(vm); }
    }
    if (!is_map && k < n && !(n == 1 && is_kind(args, K_DICT))) {
        sbuf_free(&b);
        return raise_type(vm, vm->e_type, "not all arguments converted during string formatting");
    }
    return str_from_sbuf(vm, &b);
}

/* ---------------- str.format ---------------- */

static py_val format_field_value(py_vm *vm, const char *name, size_t n, py_val *args, int nargs, py_dict *kw, int *auto_idx)
{
    size_t i = 0;
    while (i < n && name[i] != '.' && name[i] != '[') i++;
    py_val v;
    if (i == 0) {
        if (*auto_idx < 0) return raise_type(vm, vm->e_value, "cannot switch from manual field specification to automatic field numbering");
        if (*auto_idx >= nargs) return raise_type(vm, vm->e_index, "Replacement index %d out of range for positional args tuple", *auto_idx);
        v = args[(*auto_idx)++];
    } else if (isdigit((unsigned char)name[0])) {
        int idx = atoi(name);
        if (*auto_idx > 0) return raise_type(vm, vm->e_value, "cannot switch from automatic field numbering to manual field specification");
        *auto_idx = -1;
        if (idx >= nargs) return raise_type(vm, vm->e_index, "Replacement index %d out of range for positional args tuple", idx);
        v = args[idx];
    } else {
        py_val key = py_obj_val(str_new(vm, name, i));
        v = kw ? dict_get_str(kw, AS_STR(key)) : undef_val();
        if (v.tag == V_UNDEF) { exc_set_pending(vm, exc_make(vm, vm->e_key, &key, 1)); return py_err(); }
    }
    while (i < n) {
        if (name[i] == '.') {
            size_t j = ++i;
            while (j < n && name[j] != '.' && name[j] != '[') j++;
            v = py_getattr_str(vm, v, str_intern(vm, name + i, j - i));
            i = j;
        } else {
            size_t j = ++i;
            while (j < n && name[j] != ']') j++;
            py_val key;
            bool digits = j > i;
            for (size_t k = i; k < j; k++) digits &= isdigit((unsigned char)name[k]) != 0;
            key = digits ? py_int(atoll(name + i)) : py_obj_val(str_new(vm, name + i, j - i));
            v = py_getitem(vm, v, key);
            i = j + 1;
        }
        if (py_is_err(v)) return v;
    }
    return v;
}

py_val py_str_format_method(py_vm *vm, py_str *fmt, py_val *args, int nargs, py_dict *kw)
{
    sbuf b = {0};
    const char *p = fmt->data, *end = p + fmt->len;
    int auto_idx = 0;
    while (p < end) {
        if (*p == '{' && p + 1 < end && p[1] == '{') { sbuf_addc(&b, '{'); p += 2; continue; }
        if (*p == '}' && p + 1 < end && p[1] == '}') { sbuf_addc(&b, '}'); p += 2; continue; }
        if (*p == '}') { sbuf_free(&b); return raise_type(vm, vm->e_value, "Single '}' encountered in format string"); }
        if (*p != '{') { sbuf_addc(&b, *p++); continue; }
        const char *q = ++p;
        int depth = 0;
        while (q < end && (*q != '}' || depth)) { if (*q == '{') depth++; else if (*q == '}') depth--; q++; }
        if (q >= end) { sbuf_free(&b); return raise_type(vm, vm->e_value, "expected '}' before end of string"); }
        const char *name_end = p;
        while (name_end < q && *name_end != '!' && *name_end != ':') name_end++;
        py_val v = format_field_value(vm, p, (size_t)(name_end - p), args, nargs, kw, &auto_idx);
        if (py_is_err(v)) { sbuf_free(&b); return v; }
        const char *s = name_end;
        char conv = 0;
        if (s < q && *s == '!') { conv = s[1]; s += 2; }
        py_val spec = undef_val();
        if (s < q && *s == ':') {
            py_str *sub = str_new(vm, s + 1, (size_t)(q - s - 1));
            spec = memchr(sub->data, '{', (size_t)sub->len) ? py_str_format_method(vm, sub, args, nargs, kw) : py_obj_val(sub);
            if (py_is_err(spec)) { sbuf_free(&b); return spec; }
        }
        if (conv == 'r' || conv == 'a') v = py_repr(vm, v);
        else if (conv == 's') v = py_str_of(vm, v);
        else if (conv) { sbuf_free(&b); return raise_type(vm, vm->e_value, "Unknown conversion specifier %c", conv); }
        if (py_is_err(v)) { sbuf_free(&b); return v; }
        py_val r = py_format(vm, v, spec);
        if (py_is_err(r)) { sbuf_free(&b); return r; }
        sbuf_add(&b, AS_STR(r)->data, (size_t)AS_STR(r)->len);
        p = q + 1;
    }
    return str_from_sbuf(vm, &b);
}

/* ---------------- list ---------------- */

#define SELF_LIST AS_LIST(args[0])

static py_val l_append(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("list.append", 1, 1);
    list_push(vm, SELF_LIST, args[1]);
    return py_none();
}

static py_val l_extend(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("list.extend", 1, 1);
    py_val items = seq_to_list(vm, args[1]);
    if (py_is_err(items)) return items;
    for (int64_t i = 0; i < AS_LIST(items)->len; i++) list_push(vm, SELF_LIST, AS_LIST(items)->items[i]);
    return py_none();
}

static py_val l_pop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("pop", 0, 1);
    py_list *l = SELF_LIST;
    int64_t i = -1;
    if (nargs == 2 && int_index(vm, args[1], &i) < 0) return py_err();
    if (l->len == 0) return raise_type(vm, vm->e_index, "pop from empty list");
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) return raise_type(vm, vm->e_index, "pop index out of range");
    py_val v = l->items[i];
    mem_move(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(py_val));
    l->len--;
    return v;
}

static py_val l_insert(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 3) return raise_type(vm, vm->e_type, "insert expected 2 arguments, got %d", nargs - 1);
    py_list *l = SELF_LIST;
    int64_t i;
    if (int_index(vm, args[1], &i) < 0) return py_err();
    if (i < 0) { i += l->len; if (i < 0) i = 0; }
    if (i > l->len) i = l->len;
    list_push(vm, l, args[2]);
    mem_move(l->items + i + 1, l->items + i, (size_t)(l->len - 1 - i) * sizeof(py_val));
    l->items[i] = args[2];
    return py_none();
}

static int64_t list_find(py_vm *vm, py_list *l, py_val x)
{
    for (int64_t i = 0; i < l->len; i++) {
        int r = py_eq(vm, l->items[i], x);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

static py_val l_remove(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("list.remove", 1, 1);
    py_list *l = SELF_LIST;
    int64_t i = list_find(vm, l, args[1]);
    if (i == -2) return py_err();
    if (i < 0) return raise_type(vm, vm->e_value, "list.remove(x): x not in list");
    mem_move(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(py_val));
    l->len--;
    return py_none();
}

static py_val seq_index(py_vm *vm, py_val *args, int nargs, const char *what)
{
    WANT("index", 1, 3);
    py_val s = args[0];
    py_val *items = is_kind(s, K_LIST) ? AS_LIST(s)->items : AS_TUPLE(s)->items;
    int64_t n = is_kind(s, K_LIST) ? AS_LIST(s)->len : AS_TUPLE(s)->len;
    int64_t st = 0, en = n;
    if (nargs > 2 && int_index(vm, args[2], &st) < 0) return py_err();
    if (nargs > 3 && int_index(vm, args[3], &en) < 0) return py_err();
    if (st < 0) { st += n; if (st < 0) st = 0; }
    if (en < 0) { en += n; if (en < 0) en = 0; }
    for (int64_t i = st; i < en && i < n; i++) {
        int r = py_eq(vm, items[i], args[1]);
        if (r < 0) return py_err();
        if (r) return py_int(i);
    }
    if (strcmp(what, "list") == 0) {
        sbuf b = {0};
        py_repr_into(vm, &b, args[1], 0);
        py_val e = raise_type(vm, vm->e_value, "%s is not in list", sbuf_str(&b));
        sbuf_free(&b);
        return e;
    }
    return raise_type(vm, vm->e_value, "tuple.index(x): x not in tuple");
}
static py_val l_index(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return seq_index(vm, a, n, "list"); }
static py_val t_index(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return seq_index(vm, a, n, "tuple"); }

static py_val seq_count(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("count", 1, 1);
    py_val s = args[0];
    py_val *items = is_kind(s, K_LIST) ? AS_LIST(s)->items : AS_TUPLE(s)->items;
    int64_t n = is_kind(s, K_LIST) ? AS_LIST(s)->len : AS_TUPLE(s)->len, c = 0;
    for (int64_t i = 0; i < n; i++) {
        int r = py_eq(vm, items[i], args[1]);
        if (r < 0) return py_err();
        c += r;
    }
    return py_int(c);
}

static py_val l_sort(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs != 1) return raise_type(vm, vm->e_type, "sort() takes no positional arguments");
    py_list *l = SELF_LIST;
    /* sort a copy so that mutation during the sort cannot corrupt the list */
    int64_t n = l->len;
    py_list *copy = list_new(vm, n);
    mem_copy(copy->items, l->items, (size_t)n * sizeof(py_val));
    copy->len = n;
    if (sort_values(vm, copy->items, n, py_kwarg(vm, kw, "key"), py_truthy(vm, py_kwarg(vm, kw, "reverse"))) < 0) return py_err();
    mem_copy(l->items, copy->items, (size_t)(n < l->len ? n : l->len) * sizeof(py_val));
    return py_none();
}

static py_val l_reverse(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("reverse", 0, 0);
    py_list *l = SELF_LIST;
    for (int64_t a = 0, b = l->len - 1; a < b; a++, b--) { py_val t = l->items[a]; l->items[a] = l->items[b]; l->items[b] = t; }
    return py_none();
}

static py_val l_copy(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("copy", 0, 0);
    return seq_to_list(vm, args[0]);
}

static py_val l_clear(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("clear", 0, 0);
    SELF_LIST->len = 0;
    return py_none();
}

/* ---------------- dict ---------------- */

#define SELF_DICT AS_DICT(args[0])

static py_val d_get(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("get", 1, 2);
    py_val v;
    int r = dict_lookup(vm, SELF_DICT, args[1], &v);
    if (r < 0) return py_err();
    return r ? v : (nargs == 3 ? args[2] : py_none());
}

static py_val d_view(py_vm *vm, py_val *args, int nargs, int kind)
{
    if (want_args(vm, "keys", nargs - 1, 0, 0) < 0) return py_err();
    return iter_new(vm, kind, args[0]);
}
static py_val d_keys(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return d_view(vm, a, n, IT_DICT_VIEW_K); }
static py_val d_values(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return d_view(vm, a, n, IT_DICT_VIEW_V); }
static py_val d_items(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return d_view(vm, a, n, IT_DICT_VIEW_I); }

static py_val d_setdefault(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("setdefault", 1, 2);
    py_val v;
    int r = dict_lookup(vm, SELF_DICT, args[1], &v);
    if (r < 0) return py_err();
    if (r) return v;
    v = nargs == 3 ? args[2] : py_none();
    if (dict_set(vm, SELF_DICT, args[1], v) < 0) return py_err();
    return v;
}

static py_val d_pop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("pop", 1, 2);
    py_val v;
    int r = dict_lookup(vm, SELF_DICT, args[1], &v);
    if (r < 0) return py_err();
    if (!r) {
        if (nargs == 3) return args[2];
        exc_set_pending(vm, exc_make(vm, vm->e_key, &args[1], 1));
        return py_err();
    }
    py_tmp_push(vm, v);
    dict_del(vm, SELF_DICT, args[1]);
    return v;
}

static py_val d_popitem(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("popitem", 0, 0);
    py_dict *d = SELF_DICT;
    for (int64_t i = d->nentries - 1; i >= 0; i--) {
        if (d->entries[i].key.tag == V_UNDEF) continue;
        py_tuple *t = tuple_new(vm, 2);
        t->items[0] = d->entries[i].key;
        t->items[1] = d->entries[i].val;
        dict_del(vm, d, t->items[0]);
        return py_obj_val(t);
    }
    return raise_type(vm, vm->e_key, "'popitem(): dictionary is empty'");
}

static py_val d_update(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    WANT("update", 0, 1);
    if (nargs == 2 && dict_update_from(vm, SELF_DICT, args[1]) < 0) return py_err();
    if (kw && dict_update_from(vm, SELF_DICT, py_obj_val(kw)) < 0) return py_err();
    return py_none();
}

static py_val d_copy(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("copy", 0, 0);
    py_dict *d = dict_new(vm);
    if (dict_update_from(vm, d, args[0]) < 0) return py_err();
    return py_obj_val(d);
}

static py_val d_clear(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("clear", 0, 0);
    py_dict *d = SELF_DICT;
    d->nentries = d->count = 0;
    for (int64_t i = 0; i < d->isize; i++) d->index[i] = -1;
    d->version++;
    return py_none();
}

static py_val d_fromkeys(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("fromkeys", 1, 2);
    py_dict *d = dict_new(vm);
    py_val l = seq_to_list(vm, args[1]);
    if (py_is_err(l)) return l;
    for (int64_t i = 0; i < AS_LIST(l)->len; i++)
        if (dict_set(vm, d, AS_LIST(l)->items[i], nargs == 3 ? args[2] : py_none()) < 0) return py_err();
    return py_obj_val(d);
}

/* ---------------- set ---------------- */

#define SELF_SET AS_SET(args[0])

static py_val s_add(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("set.add", 1, 1);
    return set_add(vm, SELF_SET, args[1]) < 0 ? py_err() : py_none();
}

static py_val s_discard(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("set.discard", 1, 1);
    return set_discard(vm, SELF_SET, args[1]) < 0 ? py_err() : py_none();
}

static py_val s_remove(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("set.remove", 1, 1);
    int r = set_discard(vm, SELF_SET, args[1]);
    if (r < 0) return py_err();
    if (r == 0) { exc_set_pending(vm, exc_make(vm, vm->e_key, &args[1], 1)); return py_err(); }
    return py_none();
}

static py_val s_pop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("pop", 0, 0);
    py_set *s = SELF_SET;
    for (int64_t i = 0; i <= s->mask; i++) {
        if (s->table[i].used != 1) continue;
        py_val k = s->table[i].key;
        s->table[i].used = 2;
        s->table[i].key = undef_val();
        s->used--;
        return k;
    }
    return raise_type(vm, vm->e_key, "'pop from an empty set'");
}

static py_val to_set(py_vm *vm, py_val v)
{
    if (is_kind(v, K_SET)) return v;
    py_val a[1] = {v};
    return vm_call(vm, py_obj_val(vm->t_set), a, 1, NULL);
}

static py_val set_multi(py_vm *vm, py_val *args, int nargs, int op, bool inplace)
{
    py_val acc = args[0];
    if (!inplace) {
        py_val a[1] = {acc};
        acc = vm_call(vm, py_obj_val(vm->t_set), a, 1, NULL);
        if (py_is_err(acc)) return acc;
        if (AS_SET(args[0])->frozen) { AS_SET(acc)->frozen = true; acc.u.o->type = vm->t_frozenset; }
    }
    for (int i = 1; i < nargs; i++) {
        py_val other = to_set(vm, args[i]);
        if (py_is_err(other)) return other;
        py_val r = py_binop(vm, op, acc, other, true);
        if (py_is_err(r)) return r;
    }
    return inplace ? py_none() : acc;
}
static py_val s_union(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_multi(vm, a, n, 10, false); }
static py_val s_inter(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_multi(vm, a, n, 9, false); }
static py_val s_diff(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_multi(vm, a, n, 1, false); }
static py_val s_symdiff(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_multi(vm, a, n, 11, false); }
static py_val s_update(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_multi(vm, a, n, 10, true); }
static py_val s_inter_up(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_multi(vm, a, n, 9, true); }
static py_val s_diff_up(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_multi(vm, a, n, 1, true); }

static py_val set_cmp(py_vm *vm, py_val *args, int nargs, int op, const char *name)
{
    WANT(name, 1, 1);
    py_val other = to_set(vm, args[1]);
    if (py_is_err(other)) return other;
    return py_compare(vm, op, args[0], other);
}
static py_val s_issubset(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_cmp(vm, a, n, 1, "issubset"); }
static py_val s_issuperset(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_cmp(vm, a, n, 5, "issuperset"); }

static py_val s_isdisjoint(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("isdisjoint", 1, 1);
    py_val other = to_set(vm, args[1]);
    if (py_is_err(other)) return other;
    py_val r = py_binop(vm, 9, args[0], other, false);
    if (py_is_err(r)) return r;
    return py_bool(AS_SET(r)->used == 0);
}

static py_val s_copy(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("copy", 0, 0);
    return set_multi(vm, args, 1, 10, false);
}

static py_val s_clear(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("clear", 0, 0);
    py_set *s = SELF_SET;
    memset(s->table, 0, (size_t)(s->mask + 1) * sizeof(py_sentry));
    s->used = s->fill = 0;
    return py_none();
}

/* ---------------- numbers, coroutines ---------------- */

static py_val i_bit_length(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("bit_length", 0, 0);
    uint64_t m = args[0].u.i < 0 ? (uint64_t)0 - (uint64_t)args[0].u.i : (uint64_t)args[0].u.i;
    int n = 0;
    while (m) { n++; m >>= 1; }
    return py_int(n);
}

static py_val f_is_integer(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("is_integer", 0, 0);
    double f = args[0].u.f;
    return py_bool(isfinite(f) && f == floor(f));
}

static py_val c_send(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("send", 1, 1);
    int st;
    py_val r = coro_resume(vm, AS_CORO(args[0]), args[1], undef_val(), &st);
    if (st == PY_CORO_RETURN) {
        py_val e = exc_make(vm, vm->e_stopiter, &r, 1);
        if (!py_is_err(e)) exc_set_pending(vm, e);
        return py_err();
    }
    return r;
}

static py_val c_throw(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("throw", 1, 3);
    py_val out;
    enum py_coro_result st = py_coro_throw(vm, args[0], args[1], &out);
    if (st == PY_CORO_RETURN) {
        py_val e = exc_make(vm, vm->e_stopiter, &out, 1);
        if (!py_is_err(e)) exc_set_pending(vm, e);
        return py_err();
    }
    return out;
}

static py_val c_close(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("close", 0, 0);
    return py_coro_close(vm, args[0]) < 0 ? py_err() : py_none();
}

static py_val gen_next(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("__next__", 0, 0);
    py_val x;
    int r = py_next(vm, args[0], &x);
    if (r < 0) return py_err();
    if (r == 0) { exc_set_pending(vm, exc_make(vm, vm->e_stopiter, NULL, 0)); return py_err(); }
    return x;
}

static void add(py_vm *vm, py_type *t, const char *name, py_native_fn fn) { py_type_add_method(vm, t, name, fn); }

void methods_init(py_vm *vm)
{
    static const struct { const char *n; py_native_fn f; } str_m[] = {
        {"upper", m_upper}, {"lower", m_lower}, {"title", m_title}, {"capitalize", m_capitalize},
        {"swapcase", m_swapcase}, {"casefold", m_lower}, {"isdigit", m_isdigit}, {"isdecimal", m_isdigit},
        {"isnumeric", m_isdigit}, {"isalpha", m_isalpha}, {"isalnum", m_isalnum}, {"isspace", m_isspace},
        {"isupper", m_isupper}, {"islower", m_islower}, {"isidentifier", m_isidentifier}, {"istitle", m_istitle},
        {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip}, {"split", m_split},
        {"rsplit", m_rsplit}, {"splitlines", m_splitlines}, {"join", m_join}, {"replace", m_replace},
        {"find", m_find}, {"rfind", m_rfind}, {"index", m_sindex}, {"rindex", m_rindex}, {"count", m_scount},
        {"startswith", m_startswith}, {"endswith", m_endswith}, {"removeprefix", m_removeprefix},
        {"removesuffix", m_removesuffix}, {"ljust", m_ljust}, {"rjust", m_rjust}, {"center", m_center},
        {"zfill", m_zfill}, {"partition", m_partition}, {"rpartition", m_rpartition}, {"format", m_format},
        {"encode", m_encode},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(str_m); i++) add(vm, vm->t_str, str_m[i].n, str_m[i].f);
    static const struct { const char *n; py_native_fn f; } list_m[] = {
        {"append", l_append}, {"extend", l_extend}, {"pop", l_pop}, {"insert", l_insert}, {"remove", l_remove},
        {"index", l_index}, {"count", seq_count}, {"sort", l_sort}, {"reverse", l_reverse}, {"copy", l_copy},
        {"clear", l_clear},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(list_m); i++) add(vm, vm->t_list, list_m[i].n, list_m[i].f);
    add(vm, vm->t_tuple, "index", t_index);
    add(vm, vm->t_tuple, "count", seq_count);
    static const struct { const char *n; py_native_fn f; } dict_m[] = {
        {"get", d_get}, {"keys", d_keys}, {"values", d_values}, {"items", d_items}, {"setdefault", d_setdefault},
        {"pop", d_pop}, {"popitem", d_popitem}, {"update", d_update}, {"copy", d_copy}, {"clear", d_clear},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(dict_m); i++) add(vm, vm->t_dict, dict_m[i].n, dict_m[i].f);
    py_prop *fk = py_alloc_obj(vm, sizeof(py_prop), K_PROP, vm->t_prop);
    fk->kind = 2;
    fk->fget = py_native_new(vm, "fromkeys", d_fromkeys);
    dict_set_str(vm, vm->t_dict->dict, str_intern_c(vm, "fromkeys"), py_obj_val(fk));
    static const struct { const char *n; py_native_fn f; } set_m[] = {
        {"add", s_add}, {"discard", s_discard}, {"remove", s_remove}, {"pop", s_pop}, {"union", s_union},
        {"intersection", s_inter}, {"difference", s_diff}, {"symmetric_difference", s_symdiff},
        {"update", s_update}, {"intersection_update", s_inter_up}, {"difference_update", s_diff_up},
        {"issubset", s_issubset}, {"issuperset", s_issuperset}, {"isdisjoint", s_isdisjoint},
        {"copy", s_copy}, {"clear", s_clear},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(set_m); i++) {
        add(vm, vm->t_set, set_m[i].n, set_m[i].f);
        add(vm, vm->t_frozenset, set_m[i].n, set_m[i].f);
    }
    add(vm, vm->t_int, "bit_length", i_bit_length);
    add(vm, vm->t_bool, "bit_length", i_bit_length);
    add(vm, vm->t_float, "is_integer", f_is_integer);
    add(vm, vm->t_coro, "send", c_send);
    add(vm, vm->t_coro, "throw", c_throw);
    add(vm, vm->t_coro, "close", c_close);
    add(vm, vm->t_gen, "send", c_send);
    add(vm, vm->t_gen, "close", c_close);
    add(vm, vm->t_gen, "__next__", gen_next);
}
