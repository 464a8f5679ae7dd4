/* methods.c - methods of the builtin types (str, list, tuple, dict, set, int, float,
 * coroutine) and the two string formatting languages ('%' and str.format). */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "py/pyfmt.h"
#include "py/ast.h"
#include "py/bigint.h"
#include "py/pyfmt_internal.h"
#include "py/unicode_db.h"
#include "py/vm.h"

int dict_update_from(py_vm *vm, py_dict *d, py_val src);

#define SELF_STR AS_STR(args[0])
/* Checks a method's argument count (nargs counts self). A method taking exactly zero
 * or one argument words its error as METH_NOARGS / METH_O do, naming self's type
 * ("list.copy() takes no arguments (1 given)"); others as _PyArg_CheckPositional
 * ("pop expected at most 1 argument, got 2"); WANT_PT as PyArg_ParseTuple
 * ("count() takes at most 3 arguments (5 given)"). */
static int want_method(py_vm *vm, py_val self, const char *name, int nargs, int lo, int hi, int style)
{
    if (nargs >= lo && nargs <= hi) return 0;
    if (style == ARGS_METH && !strchr(name, '.')) {
        char q[128];
        snprintf(q, sizeof q, "%s.%s", py_type_name(vm, self), name);
        return want_args_as(vm, q, nargs, lo, hi, style);
    }
    return want_args_as(vm, name, nargs, lo, hi, style);
}
#define WANT(name, lo, hi) do { \
    if (want_method(vm, args[0], name, nargs - 1, lo, hi, (lo) == (hi) && (lo) <= 1 ? ARGS_METH : ARGS_EXPECTED) < 0) \
        return py_err(); \
} while (0)
#define WANT_PT(name, lo, hi) do { if (want_method(vm, args[0], name, nargs - 1, lo, hi, ARGS_TUPLE) < 0) return py_err(); } while (0)

static int need_str(py_vm *vm, py_val v, const char *what)
{
    if (is_kind(v, K_STR)) return 0;
    raise_type(vm, vm->e_type, "%s", what);
    return -1;
}

/* ---------------- str ---------------- */

/* The code points of a str (decoded once; ASCII strings skip the decoding). */
typedef struct cps { uint32_t *v; int64_t n; } cps;

static cps str_cps(py_str *s)
{
    /* sized by bytes, not cplen: a malformed sequence must not overrun the array */
    cps c = {xmalloc(((size_t)s->len + 1) * sizeof(uint32_t)), 0};
    for (size_t i = 0; i < (size_t)s->len;) {
        uint32_t cp;
        i += fmt_utf8_decode(s->data + i, (size_t)s->len - i, &cp);
        c.v[c.n++] = cp & ~FMT_BAD_BYTE;
    }
    return c;
}

/* handle_capital_sigma: U+03A3 lowers to final sigma after a cased letter (case-
 * ignorable ones skipped) that no cased letter follows. */
static uint32_t lower_sigma(const cps *c, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && uni_iscaseignorable(c->v[j])) j--;
    bool final = j >= 0 && uni_iscased(c->v[j]);
    if (final && i + 1 < c->n) {
        j = i + 1;
        while (j < c->n && uni_iscaseignorable(c->v[j])) j++;
        final = j == c->n || !uni_iscased(c->v[j]);
    }
    return final ? 0x3C2 : 0x3C3;
}

static int lower_at(const cps *c, int64_t i, uint32_t out[3])
{
    if (c->v[i] == 0x3A3) { out[0] = lower_sigma(c, i); return 1; }
    return uni_lower(c->v[i], out);
}

enum { CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

/* str.upper/lower/title/capitalize/swapcase/casefold with Unicode's full mappings. */
static py_val str_case(py_vm *vm, py_val *args, int nargs, int mode, const char *name)
{
    WANT(name, 0, 0);
    py_str *s = SELF_STR;
    cps c = str_cps(s);
    sbuf b = {0};
    bool prev_cased = false;
    for (int64_t i = 0; i < c.n; i++) {
        uint32_t out[3], cp = c.v[i];
        int n;
        switch (mode) {
        case CASE_UPPER: n = uni_upper(cp, out); break;
        case CASE_LOWER: n = lower_at(&c, i, out); break;
        case CASE_TITLE:
            n = prev_cased ? lower_at(&c, i, out) : uni_title(cp, out);
            prev_cased = uni_iscased(cp);
            break;
        case CASE_CAPITALIZE: n = i == 0 ? uni_title(cp, out) : lower_at(&c, i, out); break;
        case CASE_SWAP:
            if (uni_isupper(cp)) n = lower_at(&c, i, out);
            else if (uni_islower(cp)) n = uni_upper(cp, out);
            else { out[0] = cp; n = 1; }
            break;
        default: n = uni_fold(cp, out); break;
        }
        for (int k = 0; k < n; k++) fmt_utf8_encode(&b, out[k]);
    }
    free(c.v);
    return str_from_sbuf(vm, &b);
}
static py_val m_upper(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, CASE_UPPER, "upper"); }
static py_val m_lower(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, CASE_LOWER, "lower"); }
static py_val m_title(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, CASE_TITLE, "title"); }
static py_val m_capitalize(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, CASE_CAPITALIZE, "capitalize"); }
static py_val m_swapcase(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, CASE_SWAP, "swapcase"); }
static py_val m_casefold(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_case(vm, a, n, CASE_FOLD, "casefold"); }

static bool cp_isdecimal(uint32_t cp) { return pyfmt_unicode_decimal(cp) >= 0; }
static bool cp_isalnum(uint32_t cp) { return uni_isalpha(cp) || uni_isnumeric(cp) || uni_isdigit(cp) || cp_isdecimal(cp); }
static bool cp_isascii(uint32_t cp) { return cp < 0x80; }

/* True when s is not empty and every code point passes (isascii: empty passes). */
static py_val str_all(py_vm *vm, py_val *args, int nargs, bool (*pred)(uint32_t), bool empty, const char *name)
{
    WANT(name, 0, 0);
    py_str *s = SELF_STR;
    if (s->len == 0) return py_bool(empty);
    for (size_t i = 0; i < (size_t)s->len;) {
        uint32_t cp;
        i += fmt_utf8_decode(s->data + i, (size_t)s->len - i, &cp);
        if (!pred(cp & ~FMT_BAD_BYTE)) return py_bool(false);
    }
    return py_bool(true);
}
static py_val m_isdigit(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_all(vm, a, n, uni_isdigit, false, "isdigit"); }
static py_val m_isdecimal(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_all(vm, a, n, cp_isdecimal, false, "isdecimal"); }
static py_val m_isnumeric(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_all(vm, a, n, uni_isnumeric, false, "isnumeric"); }
static py_val m_isalpha(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_all(vm, a, n, uni_isalpha, false, "isalpha"); }
static py_val m_isalnum(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_all(vm, a, n, cp_isalnum, false, "isalnum"); }
static py_val m_isspace(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_all(vm, a, n, pyfmt_unicode_isspace, false, "isspace"); }
static py_val m_isascii(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_all(vm, a, n, cp_isascii, true, "isascii"); }
static py_val m_isprintable(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_all(vm, a, n, pyfmt_unicode_isprintable, true, "isprintable"); }

/* isupper / islower: some cased letter, and none of the other case (nor titlecase). */
static py_val str_cased(py_vm *vm, py_val *args, int nargs, bool upper, const char *name)
{
    WANT(name, 0, 0);
    py_str *s = SELF_STR;
    bool cased = false;
    for (size_t i = 0; i < (size_t)s->len;) {
        uint32_t cp;
        i += fmt_utf8_decode(s->data + i, (size_t)s->len - i, &cp);
        cp &= ~FMT_BAD_BYTE;
        if ((upper ? uni_islower(cp) : uni_isupper(cp)) || uni_istitle(cp)) return py_bool(false);
        if (upper ? uni_isupper(cp) : uni_islower(cp)) cased = true;
    }
    return py_bool(cased);
}
static py_val m_isupper(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_cased(vm, a, n, true, "isupper"); }
static py_val m_islower(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_cased(vm, a, n, false, "islower"); }

static py_val m_istitle(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("istitle", 0, 0);
    py_str *s = SELF_STR;
    bool prev_cased = false, any = false;
    for (size_t i = 0; i < (size_t)s->len;) {
        uint32_t cp;
        i += fmt_utf8_decode(s->data + i, (size_t)s->len - i, &cp);
        cp &= ~FMT_BAD_BYTE;
        if (uni_isupper(cp) || uni_istitle(cp)) { if (prev_cased) return py_bool(false); prev_cased = any = true; }
        else if (uni_islower(cp)) { if (!prev_cased) return py_bool(false); prev_cased = any = true; }
        else prev_cased = false;
    }
    return py_bool(any);
}

static py_val m_isidentifier(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("isidentifier", 0, 0);
    py_str *s = SELF_STR;
    if (!s->len) return py_bool(false);
    bool first = true;
    for (size_t i = 0; i < (size_t)s->len; first = false) {
        uint32_t cp;
        i += fmt_utf8_decode(s->data + i, (size_t)s->len - i, &cp);
        cp &= ~FMT_BAD_BYTE;
        if (!(first ? uni_isxidstart(cp) || cp == '_' : uni_isxidcontinue(cp))) return py_bool(false);
    }
    return py_bool(true);
}

/* The code point at byte i of s[0..len); returns its length in bytes. */
static size_t cp_at(const char *s, size_t len, size_t i, uint32_t *cp)
{
    size_t n = fmt_utf8_decode(s + i, len - i, cp);
    *cp &= ~FMT_BAD_BYTE;
    return n;
}

/* The code point that ends at byte i (> 0) of s; returns where it starts. */
static size_t cp_before(const char *s, size_t len, size_t i, uint32_t *cp)
{
    size_t k = i - 1;
    while (k > 0 && i - k < 4 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    if (k + cp_at(s, len, k, cp) != i) { k = i - 1; *cp = (unsigned char)s[k]; }
    return k;
}

/* Bytes of the whitespace code point at byte i (Py_UNICODE_ISSPACE), or 0. */
static size_t space_at(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) return (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) ? 1 : 0;
    uint32_t cp;
    size_t n = cp_at(s, len, i, &cp);
    return pyfmt_unicode_isspace(cp) ? n : 0;
}

/* Where the whitespace code point ending at byte i starts, or i if it is not one. */
static size_t space_before(const char *s, size_t len, size_t i)
{
    uint32_t cp;
    size_t k = cp_before(s, len, i, &cp);
    return pyfmt_unicode_isspace(cp) ? k : i;
}

static bool cp_in(const uint32_t *set, size_t n, uint32_t cp)
{
    for (size_t i = 0; i < n; i++) if (set[i] == cp) return true;
    return false;
}

static py_val str_strip(py_vm *vm, py_val *args, int nargs, int which, const char *name)
{
    WANT(name, 0, 1);
    py_str *s = SELF_STR;
    cps chars = {NULL, 0};
    if (nargs == 2 && args[1].tag != V_NONE) {
        if (!is_kind(args[1], K_STR)) return raise_type(vm, vm->e_type, "%s arg must be None or str", name);
        chars = str_cps(AS_STR(args[1]));
    }
    size_t len = (size_t)s->len, a = 0, b = len;
    while ((which & 1) && a < b) {
        uint32_t cp;
        size_t n = cp_at(s->data, len, a, &cp);
        if (chars.v ? !cp_in(chars.v, (size_t)chars.n, cp) : !pyfmt_unicode_isspace(cp)) break;
        a += n;
    }
    while ((which & 2) && b > a) {
        uint32_t cp;
        size_t k = cp_before(s->data, len, b, &cp);
        if (chars.v ? !cp_in(chars.v, (size_t)chars.n, cp) : !pyfmt_unicode_isspace(cp)) break;
        b = k;
    }
    free(chars.v);
    if (a == 0 && b == len) return args[0];
    return py_obj_val(str_new(vm, s->data + a, b - a));
}
static py_val m_strip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_strip(vm, a, n, 3, "strip"); }
static py_val m_lstrip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_strip(vm, a, n, 1, "lstrip"); }
static py_val m_rstrip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return str_strip(vm, a, n, 2, "rstrip"); }

static py_val str_split(py_vm *vm, py_val *args, int nargs, py_dict *kw, bool right)
{
    py_val sepv = nargs > 1 ? args[1] : py_kwarg(vm, kw, "sep");
    py_val maxv = nargs > 2 ? args[2] : py_kwarg(vm, kw, "maxsplit");
    WANT_PT(right ? "rsplit" : "split", 0, 2);
    int64_t maxsplit = -1;
    if (maxv.tag != V_UNDEF && int_index(vm, maxv, &maxsplit) < 0) return py_err();
    py_str *s = SELF_STR;
    py_list *out = list_new(vm, 0);
    if (sepv.tag == V_UNDEF || sepv.tag == V_NONE) {
        size_t len = (size_t)s->len, n;
        if (!right) {
            size_t i = 0;
            while (i < len) {
                while (i < len && (n = space_at(s->data, len, i)) > 0) i += n;
                if (i >= len) break;
                if (maxsplit >= 0 && out->len == maxsplit) {  /* the rest keeps its trailing space */
                    list_push(vm, out, py_obj_val(str_new(vm, s->data + i, len - i)));
                    break;
                }
                size_t j = i;
                while (j < len && space_at(s->data, len, j) == 0) { uint32_t cp; j += cp_at(s->data, len, j, &cp); }
                list_push(vm, out, py_obj_val(str_new(vm, s->data + i, j - i)));
                i = j;
            }
            return py_obj_val(out);
        }
        size_t i = len, k;
        while (i > 0) {
            while (i > 0 && (k = space_before(s->data, len, i)) != i) i = k;
            if (i == 0) break;
            if (maxsplit >= 0 && out->len == maxsplit) {  /* the rest keeps its leading space */
                list_push(vm, out, py_obj_val(str_new(vm, s->data, i)));
                break;
            }
            size_t j = i;
            while (j > 0 && space_before(s->data, len, j) == j) { uint32_t cp; j = cp_before(s->data, len, j, &cp); }
            list_push(vm, out, py_obj_val(str_new(vm, s->data + j, i - j)));
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
    WANT_PT("splitlines", 0, 1);
    py_val keep = nargs > 1 ? args[1] : py_kwarg(vm, kw, "keepends");
    bool keepends = py_truthy(vm, keep);
    py_str *s = SELF_STR;
    py_list *out = list_new(vm, 0);
    size_t len = (size_t)s->len, i = 0;
    while (i < len) {
        /* line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029 */
        size_t j = i, e = len, n = 0;
        while (j < len) {
            uint32_t cp;
            n = cp_at(s->data, len, j, &cp);
            if (cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85 ||
                cp == 0x2028 || cp == 0x2029) {
                e = j;
                if (cp == '\r' && j + 1 < len && s->data[j + 1] == '\n') n++;
                break;
            }
            j += n;
        }
        size_t next = e < len ? e + n : len;
        list_push(vm, out, py_obj_val(str_new(vm, s->data + i, (keepends ? next : (e < len ? e : len)) - i)));
        i = next;
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
    WANT_PT(name, 1, 3);
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
    WANT_PT("count", 1, 3);
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
    WANT_PT(name, 1, 3);
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

static py_val m_format_map(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("format_map", 1, 1);
    if (!is_kind(args[1], K_DICT))
        return raise_type(vm, vm->e_type, "'%s' object is not subscriptable", py_type_name(vm, args[1]));
    return py_str_format_method(vm, SELF_STR, NULL, 0, AS_DICT(args[1]));
}

/* expandtabs: each tab becomes the spaces up to the next multiple of tabsize columns;
 * newlines and carriage returns start a new column count. */
static py_val m_expandtabs(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    WANT_PT("expandtabs", 0, 1);
    py_val tv = nargs > 1 ? args[1] : py_kwarg(vm, kw, "tabsize");
    int64_t tab = 8;
    if (tv.tag != V_UNDEF && int_index(vm, tv, &tab) < 0) return py_err();
    py_str *s = SELF_STR;
    sbuf b = {0};
    int64_t col = 0;
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == '\t') {
            if (tab > 0) {
                int64_t n = tab - col % tab;
                for (int64_t k = 0; k < n; k++) sbuf_addc(&b, ' ');
                col += n;
            }
            continue;
        }
        sbuf_addc(&b, (char)c);
        if (c == '\n' || c == '\r') col = 0;
        else if ((c & 0xC0) != 0x80) col++;  /* count code points, not UTF-8 bytes */
    }
    return str_from_sbuf(vm, &b);
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
        /* only "%%" is a literal percent; "%5%" takes an argument and is then refused */
        if (*p == '%') { sbuf_addc(&b, '%'); p++; continue; }
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
            if (p < end && *p == '*') {
                if (k >= n) { sbuf_free(&b); return raise_type(vm, vm->e_type, "not enough arguments for format string"); }
                py_val pv = items[k++];
                if (pv.tag != V_INT && pv.tag != V_BOOL) { sbuf_free(&b); return raise_type(vm, vm->e_type, "* wants int"); }
                prec = pv.u.i < 0 ? 0 : pv.u.i > INT32_MAX ? INT32_MAX : (int)pv.u.i;
                p++;
            }
            while (p < end && isdigit((unsigned char)*p)) prec = add_digit(prec, *p++);
        }
        if ((width > 0 && STR_TOO_BIG(vm, width)) || (prec > 0 && STR_TOO_BIG(vm, prec))) {
            sbuf_free(&b);
            return raise_mem_cap(vm);
        }
        if (p >= end) { sbuf_free(&b); return raise_type(vm, vm->e_value, "incomplete format"); }
        char conv = *p++;
        if (!have_v) {
            if (k >= n) { sbuf_free(&b); return raise_type(vm, vm->e_type, "not enough arguments for format string"); }
            v = is_map ? args : items[k++];
        }
        int r = 0;
        switch (conv) {
        case 's': case 'r': case 'a': {
            py_val s = conv == 's' ? py_str_of(vm, v) : conv == 'r' ? py_repr(vm, v) : py_ascii(vm, v);
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
                r = pyfmt_percent_float(&b, v.u.f, flags, width, prec, conv, err, sizeof err);
            } else if (v.tag == V_INT || v.tag == V_BOOL) {
                r = pyfmt_percent_int(&b, v.u.i, flags, width, prec, conv, err, sizeof err);
            } else if (bigint_is(v)) {
                r = bigint_percent(vm, &b, v, flags, width, prec, conv, err, sizeof err);
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
            if (bigint_is(v))
                r = bigint_percent(vm, &b, v, flags, width, prec, conv, err, sizeof err);
            else if (v.tag == V_FLOAT || v.tag == V_INT || v.tag == V_BOOL)
                r = pyfmt_percent_float(&b, v.tag == V_FLOAT ? v.u.f : (double)v.u.i, flags, width, prec, conv, err, sizeof err);
            else { sbuf_free(&b); return raise_type(vm, vm->e_type, "must be real number, not %s", py_type_name(vm, v)); }
            break;
        case 'c': {
            if (is_kind(v, K_STR) && AS_STR(v)->cplen == 1) pyfmt_percent_str(&b, AS_STR(v)->data, (size_t)AS_STR(v)->len, flags, width, -1);
            else if (v.tag == V_INT || v.tag == V_BOOL) r = pyfmt_percent_int(&b, v.u.i, flags, width, prec, conv, err, sizeof err);
            else if (bigint_is(v)) r = bigint_percent(vm, &b, v, flags, width, prec, conv, err, sizeof err);
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

/* str.format as CPython's unicode_format.h: the same parse, the same errors in
 * the same order. auto numbering state: 0 unset, 1 automatic, 2 manual. */
typedef struct fmt_state {
    py_val *args;  /* NULL for format_map */
    int nargs;
    py_dict *kw;
    int an_state, an_next;
} fmt_state;

/* The digits of s[0..n) as an index; -1 if not all digits (or empty). */
static int64_t fmt_index(py_vm *vm, const char *s, size_t n, bool *err)
{
    *err = false;
    if (n == 0) return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return -1;
        if (v > (INT64_MAX - 9) / 10) {
            raise_type(vm, vm->e_value, "Too many decimal digits in format string");
            *err = true;
            return -1;
        }
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static py_val format_field_value(py_vm *vm, const char *name, size_t n, fmt_state *st)
{
    size_t i = 0;
    while (i < n && name[i] != '.' && name[i] != '[') i++;
    bool err;
    int64_t idx = fmt_index(vm, name, i, &err);
    if (err) return py_err();
    bool empty = i == 0, numeric = empty || idx >= 0;
    if (numeric) {
        if (st->an_state == 0) st->an_state = empty ? 1 : 2;
        if (st->an_state == 2 && empty)
            return raise_type(vm, vm->e_value, "cannot switch from manual field specification to automatic field numbering");
        if (st->an_state == 1 && !empty)
            return raise_type(vm, vm->e_value, "cannot switch from automatic field numbering to manual field specification");
        if (empty) idx = st->an_next++;
    }
    py_val v;
    if (!numeric) {
        py_val key = py_obj_val(str_new(vm, name, i));
        v = st->kw ? dict_get_str(st->kw, AS_STR(key)) : undef_val();
        if (v.tag == V_UNDEF) { exc_set_pending(vm, exc_make(vm, vm->e_key, &key, 1)); return py_err(); }
    } else {
        if (!st->args) return raise_type(vm, vm->e_value, "Format string contains positional fields");
        if (idx >= st->nargs) return raise_type(vm, vm->e_index, "Replacement index %lld out of range for positional args tuple", (long long)idx);
        v = st->args[idx];
    }
    while (i < n) {
        char c = name[i++];
        size_t j = i;
        if (c == '.') {
            while (j < n && name[j] != '.' && name[j] != '[') j++;
        } else if (c == '[') {
            while (j < n && name[j] != ']') j++;
            if (j >= n) return raise_type(vm, vm->e_value, "Missing ']' in format string");
        } else {
            return raise_type(vm, vm->e_value, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (j == i) return raise_type(vm, vm->e_value, "Empty attribute in format string");
        if (c == '.') {
            v = py_getattr_str(vm, v, str_intern(vm, name + i, j - i));
            i = j;
        } else {
            int64_t k = fmt_index(vm, name + i, j - i, &err);
            if (err) return py_err();
            v = py_getitem(vm, v, k >= 0 ? py_int(k) : py_obj_val(str_new(vm, name + i, j - i)));
            i = j + 1;
        }
        if (py_is_err(v)) return v;
    }
    return v;
}

static py_val format_build(py_vm *vm, const char *p, const char *end, fmt_state *st, int depth)
{
    if (depth <= 0) return raise_type(vm, vm->e_value, "Max string recursion exceeded");
    sbuf b = {0};
    #define FAIL(...) do { sbuf_free(&b); return raise_type(vm, vm->e_value, __VA_ARGS__); } while (0)
    while (p < end) {
        if (*p == '}') {
            if (p + 1 < end && p[1] == '}') { sbuf_addc(&b, '}'); p += 2; continue; }
            FAIL("Single '}' encountered in format string");
        }
        if (*p != '{') { sbuf_addc(&b, *p++); continue; }
        if (p + 1 == end) FAIL("Single '{' encountered in format string");
        if (p[1] == '{') { sbuf_addc(&b, '{'); p += 2; continue; }
        /* the field: a name (brackets skipped whole), then !c, then :spec */
        const char *name = ++p;
        char c = 0;
        while (p < end) {
            c = *p++;
            if (c == '{') FAIL("unexpected '{' in field name");
            if (c == '[') {
                while (p < end && *p != ']') p++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        const char *name_end = p - 1;
        uint32_t conv = 0;
        const char *spec = NULL, *spec_end = NULL;
        bool expand = false;
        if (c == '!' || c == ':') {
            if (p == end && c == '!') FAIL("end of string while looking for conversion specifier");
            bool done = false;
            if (c == '!') {
                p += fmt_utf8_decode(p, (size_t)(end - p), &conv);  /* a code point */
                if (p < end) {
                    char d = *p++;
                    if (d == '}') done = true;
                    else if (d != ':') FAIL("expected ':' after conversion specifier");
                }
            }
            if (!done) {
                spec = p;
                int count = 1;
                while (p < end) {
                    char d = *p++;
                    if (d == '{') { expand = true; count++; }
                    else if (d == '}' && --count == 0) break;
                }
                if (count) FAIL("unmatched '{' in format spec");
                spec_end = p - 1;
            }
        } else if (c != '}') {
            FAIL("expected '}' before end of string");
        }
        py_val v = format_field_value(vm, name, (size_t)(name_end - name), st);
        if (py_is_err(v)) { sbuf_free(&b); return v; }
        py_tmp_push(vm, v);
        if (conv == 'r') v = py_repr(vm, v);
        else if (conv == 'a') v = py_ascii(vm, v);
        else if (conv == 's') v = py_str_of(vm, v);
        else if (conv) {
            sbuf_free(&b);
            if (conv > 32 && conv < 127) return raise_type(vm, vm->e_value, "Unknown conversion specifier %c", (char)conv);
            return raise_type(vm, vm->e_value, "Unknown conversion specifier \\x%x", (unsigned)conv);
        }
        if (py_is_err(v)) { sbuf_free(&b); return v; }
        py_tmp_push(vm, v);
        py_val sv = undef_val();
        if (spec) {
            sv = expand ? format_build(vm, spec, spec_end, st, depth - 1) : py_obj_val(str_new(vm, spec, (size_t)(spec_end - spec)));
            if (py_is_err(sv)) { sbuf_free(&b); return sv; }
        }
        py_val r = py_format(vm, v, sv);
        if (py_is_err(r)) { sbuf_free(&b); return r; }
        sbuf_add(&b, AS_STR(r)->data, (size_t)AS_STR(r)->len);
    }
    #undef FAIL
    return str_from_sbuf(vm, &b);
}

py_val py_str_format_method(py_vm *vm, py_str *fmt, py_val *args, int nargs, py_dict *kw)
{
    fmt_state st = {.args = args, .nargs = nargs, .kw = kw};
    return format_build(vm, fmt->data, fmt->data + fmt->len, &st, 2);
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

/* range.index / range.count: arithmetic for ints, a scan comparing with == otherwise. */
static py_val range_find(py_vm *vm, py_val *args, int nargs, bool count)
{
    WANT(count ? "count" : "index", 1, 1);
    py_range *r = (py_range *)args[0].u.o;
    py_val x = args[1];
    int64_t len = 0, at = -1, found = 0;
    if (r->step > 0 && r->start < r->stop) len = (r->stop - r->start - 1) / r->step + 1;
    if (r->step < 0 && r->start > r->stop) len = (r->start - r->stop - 1) / -r->step + 1;
    if (bigint_is(x)) {  /* never in a range of int64 values */
        if (count) return py_int(0);
        sbuf b = {0};
        if (bigint_str_into(vm, &b, x) < 0) { sbuf_free(&b); return py_err(); }
        py_val e = raise_type(vm, vm->e_value, "%s is not in range", sbuf_str(&b));
        sbuf_free(&b);
        return e;
    }
    if (x.tag == V_INT || x.tag == V_BOOL) {
        int64_t v = x.u.i;
        bool in = r->step > 0 ? (v >= r->start && v < r->stop) : (v <= r->start && v > r->stop);
        if (in && (v - r->start) % r->step == 0) { at = (v - r->start) / r->step; found = 1; }
    } else {
        for (int64_t i = 0; i < len; i++) {
            int e = py_eq(vm, py_int(r->start + i * r->step), x);
            if (e < 0) return py_err();
            if (e && at < 0) at = i;
            found += e;
        }
    }
    if (count) return py_int(found);
    if (at >= 0) return py_int(at);
    if (x.tag != V_INT && x.tag != V_BOOL) return raise_type(vm, vm->e_value, "sequence.index(x): x not in sequence");
    return raise_type(vm, vm->e_value, "%lld is not in range", (long long)x.u.i);
}
static py_val r_index(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return range_find(vm, a, n, false); }
static py_val r_count(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return range_find(vm, a, n, true); }

static py_val l_sort(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs > 3) WANT_PT("sort", 0, 2);  /* CPython counts all arguments here, then refuses positionals */
    if (nargs != 1) return raise_type(vm, vm->e_type, "sort() takes no positional arguments");
    py_list *l = SELF_LIST;
    /* As CPython: the list is empty while it sorts (its items sort in a copy); a key
     * function that changes it gets "list modified during sort", and the sorted
     * items come back either way. */
    int64_t n = l->len, cap = l->cap;
    py_list *copy = list_new(vm, n);
    mem_copy(copy->items, l->items, (size_t)n * sizeof(py_val));
    copy->len = n;
    py_val *items = l->items;
    l->items = NULL;
    l->len = l->cap = 0;
    int r = sort_values(vm, copy->items, n, py_kwarg(vm, kw, "key"), py_truthy(vm, py_kwarg(vm, kw, "reverse")));
    bool modified = l->len != 0 || l->items != NULL;
    if (l->items) py_mem(vm, l->items, (size_t)l->cap * sizeof(py_val), 0);
    l->items = items;
    l->len = n;
    l->cap = cap;
    mem_copy(l->items, copy->items, (size_t)n * sizeof(py_val));
    if (r < 0) return py_err();
    if (modified) return raise_type(vm, vm->e_value, "list modified during sort");
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
    WANT(kind == IT_DICT_VIEW_K ? "keys" : kind == IT_DICT_VIEW_V ? "values" : "items", 0, 0);
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
    return raise_type(vm, vm->e_key, "popitem(): dictionary is empty");
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

/* set.pop: from where the last pop left off (CPython's finger), wrapping around. */
static py_val s_pop(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("pop", 0, 0);
    py_set *s = SELF_SET;
    if (s->used == 0) return raise_type(vm, vm->e_key, "pop from an empty set");
    int64_t i = s->finger & s->mask;
    while (s->table[i].used != 1) i = i == s->mask ? 0 : i + 1;
    py_val k = s->table[i].key;
    s->table[i].used = 2;
    s->table[i].key = undef_val();
    s->used--;
    s->finger = i + 1;
    return k;
}

static py_val to_set(py_vm *vm, py_val v)
{
    if (is_kind(v, K_SET)) return v;
    py_val a[1] = {v};
    return vm_call(vm, py_obj_val(vm->t_set), a, 1, NULL);
}

static py_val set_result(py_set *r) { return r ? py_obj_val(r) : py_err(); }

static py_val s_union(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    py_set *r = set_copy(vm, SELF_SET);
    for (int i = 1; r && i < nargs; i++)
        if (!(is_kind(args[i], K_SET) && AS_SET(args[i]) == SELF_SET) && set_update_from(vm, r, args[i]) < 0) r = NULL;
    return set_result(r);
}

static py_set *intersect_all(py_vm *vm, py_val *args, int nargs)
{
    if (nargs == 1) return set_copy(vm, SELF_SET);
    py_set *r = SELF_SET;
    for (int i = 1; r && i < nargs; i++) r = set_intersection(vm, r, args[i]);
    return r;
}
static py_val s_inter(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return set_result(intersect_all(vm, a, n)); }

static py_val s_inter_up(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    py_set *t = intersect_all(vm, args, nargs);
    if (!t) return py_err();
    if (t != SELF_SET) set_swap_bodies(SELF_SET, t);
    return py_none();
}

static py_val s_diff(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs == 1) return set_result(set_copy(vm, SELF_SET));
    py_set *r = set_difference(vm, SELF_SET, args[1]);
    for (int i = 2; r && i < nargs; i++)
        if (set_difference_update(vm, r, args[i]) < 0) r = NULL;
    return set_result(r);
}

static py_val s_diff_up(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    for (int i = 1; i < nargs; i++)
        if (set_difference_update(vm, SELF_SET, args[i]) < 0) return py_err();
    return py_none();
}

static py_val s_update(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    for (int i = 1; i < nargs; i++)
        if (set_update_from(vm, SELF_SET, args[i]) < 0) return py_err();
    return py_none();
}

static py_val s_symdiff(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("symmetric_difference", 1, 1);
    return set_result(set_symmetric_difference(vm, SELF_SET, args[1]));
}

static py_val s_symdiff_up(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("symmetric_difference_update", 1, 1);
    return set_symmetric_difference_update(vm, SELF_SET, args[1]) < 0 ? py_err() : py_none();
}

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
    if (SELF_SET->frozen) return args[0];  /* a frozenset's copy is itself */
    return set_result(set_copy(vm, SELF_SET));
}

static py_val s_clear(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("clear", 0, 0);
    set_clear_all(vm, SELF_SET);
    return py_none();
}

/* ---------------- numbers, coroutines ---------------- */

static py_val i_bit_length(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("bit_length", 0, 0);
    return py_int(bigint_bit_length(args[0]));
}

static py_val f_is_integer(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("is_integer", 0, 0);
    double f = args[0].u.f;
    return py_bool(isfinite(f) && f == floor(f));
}

/* int.real/.imag/.numerator/.denominator, float.real/.imag: properties. A bool's
 * are ints, as in CPython (True.real is 1). */
static py_val i_real(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return bigint_is(args[0]) ? args[0] : py_int(args[0].u.i);
}

static py_val i_zero(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)args; (void)nargs; (void)kw;
    return py_int(0);
}

static py_val i_one(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)args; (void)nargs; (void)kw;
    return py_int(1);
}

static py_val f_real(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    return args[0];
}

static py_val f_zero(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)args; (void)nargs; (void)kw;
    return py_float(0.0);
}

static py_val i_conjugate(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("conjugate", 0, 0);
    return bigint_is(args[0]) ? args[0] : py_int(args[0].u.i);
}

static py_val f_conjugate(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("conjugate", 0, 0);
    return args[0];
}

static py_val i_bit_count(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("bit_count", 0, 0);
    return py_int(bigint_bit_count(args[0]));
}

static py_val ratio(py_vm *vm, int64_t num, int64_t den)
{
    py_tuple *t = tuple_new(vm, 2);
    t->items[0] = py_int(num);
    t->items[1] = py_int(den);
    return py_obj_val(t);
}

static py_val i_as_integer_ratio(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("as_integer_ratio", 0, 0);
    if (bigint_is(args[0])) {
        py_val items[2] = {args[0], py_int(1)};
        return py_tuple_new(vm, 2, items);
    }
    return ratio(vm, args[0].u.i, 1);
}

/* The exact value as numerator/denominator in lowest terms (the denominator a
 * power of two); one that needs more than 64 bits is an OverflowError here. */
static py_val f_as_integer_ratio(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("as_integer_ratio", 0, 0);
    double f = args[0].u.f;
    if (isinf(f)) return raise_type(vm, vm->e_overflow, "cannot convert Infinity to integer ratio");
    if (isnan(f)) return raise_type(vm, vm->e_value, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(f, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    int64_t num = (int64_t)m, den = 1;
    if (e > 0) {
        if (e >= 63 || (num ? llabs(num) > (INT64_MAX >> e) : false)) {  /* an integer beyond int64 */
            py_val items[2] = {bigint_from_double(vm, f), py_int(1)};
            return py_is_err(items[0]) ? items[0] : py_tuple_new(vm, 2, items);
        }
        num *= (int64_t)1 << e;
    } else if (e < 0) {
        while (e < 0 && num % 2 == 0 && num) { num /= 2; e++; }
        if (num == 0) e = 0;
        if (-e >= 63) {
            py_val items[2] = {py_int(num), bigint_binop(vm, BINOP_LSHIFT, py_int(1), py_int(-e))};
            return py_is_err(items[1]) ? items[1] : py_tuple_new(vm, 2, items);
        }
        den = (int64_t)1 << -e;
    }
    return ratio(vm, num, den);
}

/* str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None. */
static py_val m_maketrans(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs < 1 || nargs > 3)
        return raise_type(vm, vm->e_type, "maketrans expected at %s %d argument%s, got %d", nargs < 1 ? "least" : "most",
                          nargs < 1 ? 1 : 3, nargs < 1 ? "" : "s", nargs);
    py_dict *d = dict_new(vm);
    py_val r = py_obj_val(d);
    py_tmp_push(vm, r);
    if (nargs == 1) {
        if (!is_kind(args[0], K_DICT))
            return raise_type(vm, vm->e_type, "if you give only one argument to maketrans it must be a dict");
        py_dict *src = AS_DICT(args[0]);
        for (int64_t i = 0; i < src->nentries; i++) {
            py_val k = src->entries[i].key;
            if (k.tag == V_UNDEF) continue;
            if (is_kind(k, K_STR)) {
                if (AS_STR(k)->cplen != 1)
                    return raise_type(vm, vm->e_value, "string keys in translate table must be of length 1");
                uint32_t cp;
                fmt_utf8_decode(AS_STR(k)->data, (size_t)AS_STR(k)->len, &cp);
                k = py_int(cp);
            } else if (k.tag != V_INT && k.tag != V_BOOL) {
                return raise_type(vm, vm->e_type, "keys in translate table must be strings or integers");
            }
            if (dict_set(vm, d, py_int(k.u.i), src->entries[i].val) < 0) return py_err();
        }
        return r;
    }
    for (int i = 0; i < nargs; i++)
        if (!is_kind(args[i], K_STR))
            return raise_type(vm, vm->e_type, "maketrans() argument %d must be str, not %s", i + 1, py_type_name(vm, args[i]));
    py_str *x = AS_STR(args[0]), *y = AS_STR(args[1]);
    if (x->cplen != y->cplen) return raise_type(vm, vm->e_value, "the first two maketrans arguments must have equal length");
    const char *p = x->data, *q = y->data;
    for (int64_t i = 0; i < x->cplen; i++) {
        uint32_t a, b;
        p += fmt_utf8_decode(p, (size_t)(x->data + x->len - p), &a);
        q += fmt_utf8_decode(q, (size_t)(y->data + y->len - q), &b);
        if (dict_set(vm, d, py_int(a), py_int(b)) < 0) return py_err();
    }
    if (nargs == 3) {
        py_str *z = AS_STR(args[2]);
        for (const char *t = z->data; t < z->data + z->len;) {
            uint32_t c;
            t += fmt_utf8_decode(t, (size_t)(z->data + z->len - t), &c);
            if (dict_set(vm, d, py_int(c), py_none()) < 0) return py_err();
        }
    }
    return r;
}

/* str.translate(table): each character through table[ord(c)]; a LookupError keeps it. */
static py_val m_translate(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("translate", 1, 1);
    py_str *s = SELF_STR;
    py_val table = args[1];
    sbuf b = {0};
    for (const char *p = s->data; p < s->data + s->len;) {
        uint32_t c;
        size_t n = fmt_utf8_decode(p, (size_t)(s->data + s->len - p), &c);
        py_val v;
        int found;
        if (is_kind(table, K_DICT)) {
            found = dict_lookup(vm, AS_DICT(table), py_int(c), &v);
            if (found < 0) { sbuf_free(&b); return py_err(); }
        } else {
            v = py_getitem(vm, table, py_int(c));
            found = 1;
            if (py_is_err(v)) {
                if (!exc_matches(vm, vm->exc, vm->e_lookup)) { sbuf_free(&b); return v; }
                py_exc_take(vm);
                found = 0;
            }
        }
        if (!found) {
            sbuf_add(&b, p, n);
        } else if (v.tag == V_NONE) {
        } else if (v.tag == V_INT || v.tag == V_BOOL) {
            if (v.u.i < 0 || v.u.i > 0x10FFFF) { sbuf_free(&b); return raise_type(vm, vm->e_value, "character mapping must be in range(0x110000)"); }
            fmt_utf8_encode(&b, (uint32_t)v.u.i);
        } else if (is_kind(v, K_STR)) {
            sbuf_add(&b, AS_STR(v)->data, (size_t)AS_STR(v)->len);
        } else {
            sbuf_free(&b);
            return raise_type(vm, vm->e_type, "character mapping must return integer, None or str");
        }
        p += n;
    }
    return str_from_sbuf(vm, &b);
}

/* range.start / .stop / .step */
static py_val r_start(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)n; (void)kw; return py_int(((py_range *)a[0].u.o)->start); }
static py_val r_stop(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)n; (void)kw; return py_int(((py_range *)a[0].u.o)->stop); }
static py_val r_step(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)vm; (void)n; (void)kw; return py_int(((py_range *)a[0].u.o)->step); }

/* byteorder and signed of int.to_bytes / int.from_bytes; -1 after raising. */
static int byte_args(py_vm *vm, py_val order, py_val sig, bool *little, bool *is_signed)
{
    *little = false;
    if (order.tag != V_UNDEF) {
        if (!is_kind(order, K_STR))
            return raise_type(vm, vm->e_type, "to_bytes() argument 'byteorder' must be str, not %s", py_type_name(vm, order)), -1;
        if (strcmp(AS_STR(order)->data, "little") == 0) *little = true;
        else if (strcmp(AS_STR(order)->data, "big") != 0)
            return raise_type(vm, vm->e_value, "byteorder must be either 'little' or 'big'"), -1;
    }
    *is_signed = sig.tag != V_UNDEF && py_truthy(vm, sig);
    return 0;
}

/* int.to_bytes(length=1, byteorder='big', *, signed=False) */
static py_val i_to_bytes(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    WANT("to_bytes", 0, 2);
    py_val len = nargs > 1 ? args[1] : py_kwarg(vm, kw, "length");
    py_val order = nargs > 2 ? args[2] : py_kwarg(vm, kw, "byteorder");
    bool little, sig;
    if (byte_args(vm, order, py_kwarg(vm, kw, "signed"), &little, &sig) < 0) return py_err();
    int64_t n = 1;
    if (len.tag != V_UNDEF) {
        if (int_index(vm, len, &n) < 0) return py_err();
        if (n < 0) return raise_type(vm, vm->e_value, "length argument must be non-negative");
    }
    if (bigint_is(args[0])) return bigint_to_bytes(vm, args[0], n, little, sig);
    int64_t v = args[0].u.i;
    if (v < 0 && !sig) return raise_type(vm, vm->e_overflow, "can't convert negative int to unsigned");
    /* fits in n bytes? */
    bool fits;
    if (n >= 8) fits = true;
    else if (sig) fits = n > 0 && v >= -((int64_t)1 << (8 * n - 1)) && v < ((int64_t)1 << (8 * n - 1));
    else fits = (uint64_t)v < ((uint64_t)1 << (8 * n));
    if (n == 0) fits = v == 0;
    if (!fits) return raise_type(vm, vm->e_overflow, "int too big to convert");
    if ((size_t)n > vm->mem_cap) return raise_type(vm, vm->e_memory, "looplab's memory cap exceeded");
    char *buf = xmalloc((size_t)n + 1);
    for (int64_t i = 0; i < n; i++) {
        unsigned char byte = i < 8 ? (unsigned char)((uint64_t)v >> (8 * i)) : (v < 0 ? 0xFF : 0);
        buf[little ? i : n - 1 - i] = (char)byte;
    }
    py_str *r = bytes_new(vm, buf, (size_t)n);
    free(buf);
    return py_obj_val(r);
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False) */
static py_val i_from_bytes(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    WANT("from_bytes", 1, 2);
    py_val src = args[1];
    py_val order = nargs > 2 ? args[2] : py_kwarg(vm, kw, "byteorder");
    bool little, sig;
    if (byte_args(vm, order, py_kwarg(vm, kw, "signed"), &little, &sig) < 0) return py_err();
    if (!is_kind(src, K_BYTES)) {
        py_val b = vm_call(vm, py_obj_val(vm->t_bytes), &src, 1, NULL);  /* a list of ints works too */
        if (py_is_err(b)) return b;
        src = b;
    }
    py_str *b = AS_STR(src);
    int64_t n = b->len, i = 0;
    #define BYTE(k) ((unsigned char)b->data[little ? n - 1 - (k) : (k)])
    unsigned char fill = sig && n && (BYTE(0) & 0x80) ? 0xFF : 0;
    while (n - i > 8 && BYTE(i) == fill) i++;  /* sign or zero extension */
    if (n - i > 8) goto big;
    int64_t m = n - i;
    uint64_t v = 0;
    for (; i < n; i++) v = (v << 8) | BYTE(i);
    #undef BYTE
    if (m == 0) return py_int(0);
    bool top = (v >> (8 * m - 1)) & 1;
    if (!sig) {
        if (m == 8 && top) goto big;
        return py_int((int64_t)v);
    }
    if (m == 8) {
        if ((fill == 0xFF) != top) goto big;  /* more than 64 bits of value */
        return py_int((int64_t)v);
    }
    if (top) v |= ~(uint64_t)0 << (8 * m);
    return py_int((int64_t)v);
big:
    return bigint_from_bytes(vm, (const unsigned char *)b->data, b->len, little, sig);
}

static void add_prop(py_vm *vm, py_type *t, const char *name, py_native_fn fn)
{
    py_prop *p = py_alloc_obj(vm, sizeof(py_prop), K_PROP, vm->t_prop);
    p->kind = 0;
    p->fget = py_native_new(vm, name, fn);
    dict_set_str(vm, t->dict, str_intern_c(vm, name), py_obj_val(p));
}

static py_val c_send(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("send", 1, 1);
    int st;
    py_val r = coro_resume(vm, AS_CORO(args[0]), args[1], undef_val(), &st);
    if (st == PY_CORO_RETURN) {
        py_val e = r.tag == V_NONE ? exc_make(vm, vm->e_stopiter, NULL, 0) : exc_make(vm, vm->e_stopiter, &r, 1);
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
        py_val e = out.tag == V_NONE ? exc_make(vm, vm->e_stopiter, NULL, 0) : exc_make(vm, vm->e_stopiter, &out, 1);
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

static py_val iter_self(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("__iter__", 0, 0);
    return args[0];
}

static void add(py_vm *vm, py_type *t, const char *name, py_native_fn fn) { py_type_add_method(vm, t, name, fn); }

void methods_init(py_vm *vm)
{
    static const struct { const char *n; py_native_fn f; } str_m[] = {
        {"upper", m_upper}, {"lower", m_lower}, {"title", m_title}, {"capitalize", m_capitalize},
        {"swapcase", m_swapcase}, {"casefold", m_casefold}, {"isdigit", m_isdigit}, {"isdecimal", m_isdecimal},
        {"isnumeric", m_isnumeric}, {"isalpha", m_isalpha}, {"isalnum", m_isalnum}, {"isspace", m_isspace},
        {"isascii", m_isascii}, {"isprintable", m_isprintable},
        {"isupper", m_isupper}, {"islower", m_islower}, {"isidentifier", m_isidentifier}, {"istitle", m_istitle},
        {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip}, {"split", m_split},
        {"rsplit", m_rsplit}, {"splitlines", m_splitlines}, {"join", m_join}, {"replace", m_replace},
        {"find", m_find}, {"rfind", m_rfind}, {"index", m_sindex}, {"rindex", m_rindex}, {"count", m_scount},
        {"startswith", m_startswith}, {"endswith", m_endswith}, {"removeprefix", m_removeprefix},
        {"removesuffix", m_removesuffix}, {"ljust", m_ljust}, {"rjust", m_rjust}, {"center", m_center},
        {"zfill", m_zfill}, {"partition", m_partition}, {"rpartition", m_rpartition}, {"format", m_format},
        {"encode", str_encode_method}, {"format_map", m_format_map}, {"expandtabs", m_expandtabs},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(str_m); i++) add(vm, vm->t_str, str_m[i].n, str_m[i].f);
    static const struct { const char *n; py_native_fn f; } list_m[] = {
        {"append", l_append}, {"extend", l_extend}, {"pop", l_pop}, {"insert", l_insert}, {"remove", l_remove},
        {"index", l_index}, {"count", seq_count}, {"sort", l_sort}, {"reverse", l_reverse}, {"copy", l_copy},
        {"clear", l_clear},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(list_m); i++) add(vm, vm->t_list, list_m[i].n, list_m[i].f);
    bytes_init_methods(vm);
    add(vm, vm->t_tuple, "index", t_index);
    add(vm, vm->t_tuple, "count", seq_count);
    add(vm, vm->t_range, "index", r_index);
    add(vm, vm->t_range, "count", r_count);
    add(vm, vm->t_dict_keys, "isdisjoint", dictview_isdisjoint);
    add(vm, vm->t_dict_items, "isdisjoint", dictview_isdisjoint);
    static const struct { const char *n; py_native_fn f; } dict_m[] = {
        {"get", d_get}, {"keys", d_keys}, {"values", d_values}, {"items", d_items}, {"setdefault", d_setdefault},
        {"pop", d_pop}, {"popitem", d_popitem}, {"update", d_update}, {"copy", d_copy}, {"clear", d_clear},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(dict_m); i++) add(vm, vm->t_dict, dict_m[i].n, dict_m[i].f);
    py_prop *fk = py_alloc_obj(vm, sizeof(py_prop), K_PROP, vm->t_prop);
    fk->kind = 2;
    fk->fget = py_native_new(vm, "fromkeys", d_fromkeys);
    dict_set_str(vm, vm->t_dict->dict, str_intern_c(vm, "fromkeys"), py_obj_val(fk));
    static const struct { const char *n; py_native_fn f; bool frozen_too; } set_m[] = {
        {"add", s_add, false}, {"discard", s_discard, false}, {"remove", s_remove, false}, {"pop", s_pop, false},
        {"union", s_union, true}, {"intersection", s_inter, true}, {"difference", s_diff, true},
        {"symmetric_difference", s_symdiff, true}, {"update", s_update, false},
        {"intersection_update", s_inter_up, false}, {"difference_update", s_diff_up, false},
        {"symmetric_difference_update", s_symdiff_up, false}, {"issubset", s_issubset, true},
        {"issuperset", s_issuperset, true}, {"isdisjoint", s_isdisjoint, true}, {"copy", s_copy, true},
        {"clear", s_clear, false},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(set_m); i++) {
        add(vm, vm->t_set, set_m[i].n, set_m[i].f);
        if (set_m[i].frozen_too) add(vm, vm->t_frozenset, set_m[i].n, set_m[i].f);
    }
    add(vm, vm->t_int, "bit_length", i_bit_length);
    add(vm, vm->t_bool, "bit_length", i_bit_length);
    add(vm, vm->t_float, "is_integer", f_is_integer);
    py_type *ints[] = {vm->t_int, vm->t_bool};
    for (int i = 0; i < 2; i++) {
        add_prop(vm, ints[i], "real", i_real);
        add_prop(vm, ints[i], "imag", i_zero);
        add_prop(vm, ints[i], "numerator", i_real);
        add_prop(vm, ints[i], "denominator", i_one);
        add(vm, ints[i], "conjugate", i_conjugate);
        add(vm, ints[i], "bit_count", i_bit_count);
        add(vm, ints[i], "as_integer_ratio", i_as_integer_ratio);
        add(vm, ints[i], "to_bytes", i_to_bytes);
        py_prop *fb = py_alloc_obj(vm, sizeof(py_prop), K_PROP, vm->t_prop);
        fb->kind = 2;  /* classmethod */
        fb->fget = py_native_new(vm, "from_bytes", i_from_bytes);
        dict_set_str(vm, ints[i]->dict, str_intern_c(vm, "from_bytes"), py_obj_val(fb));
    }
    add_prop(vm, vm->t_range, "start", r_start);
    add_prop(vm, vm->t_range, "stop", r_stop);
    add_prop(vm, vm->t_range, "step", r_step);
    add(vm, vm->t_str, "translate", m_translate);
    py_prop *mt = py_alloc_obj(vm, sizeof(py_prop), K_PROP, vm->t_prop);
    mt->kind = 1;  /* staticmethod */
    mt->fget = py_native_new(vm, "maketrans", m_maketrans);
    dict_set_str(vm, vm->t_str->dict, str_intern_c(vm, "maketrans"), py_obj_val(mt));
    add_prop(vm, vm->t_float, "real", f_real);
    add_prop(vm, vm->t_float, "imag", f_zero);
    add(vm, vm->t_float, "conjugate", f_conjugate);
    add(vm, vm->t_float, "as_integer_ratio", f_as_integer_ratio);
    add(vm, vm->t_coro, "send", c_send);
    add(vm, vm->t_coro, "throw", c_throw);
    add(vm, vm->t_coro, "close", c_close);
    gen_init_types(vm);
    add(vm, vm->t_iter, "__next__", gen_next);
    add(vm, vm->t_iter, "__iter__", iter_self);
}
