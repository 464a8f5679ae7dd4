/* bytes.c - the immutable `bytes` type of the mini-Python: literals, the constructor,
 * repr, the codecs looplab knows (utf-8, ascii, latin-1) with CPython's error messages,
 * and the methods stream code uses. A bytes object shares py_str's layout (kind
 * K_BYTES, cplen == len), so hashing, concatenation and comparison reuse str's code. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

#include "py/vm.h"

const char *py_memmem(const char *h, size_t hn, const char *n, size_t nn);

#define SELF AS_STR(args[0])
#define WANT(name, lo, hi) do { if (want_args(vm, name, nargs - 1, lo, hi) < 0) return py_err(); } while (0)

py_str *bytes_new(py_vm *vm, const char *s, size_t n)
{
    py_str *o = py_alloc_obj(vm, sizeof(py_str) + n + 1, K_BYTES, vm->t_bytes);
    if (n) mem_copy(o->data, s, n);
    o->data[n] = 0;
    o->len = o->cplen = (int64_t)n;
    return o;
}

static py_val bytes_from_sbuf(py_vm *vm, sbuf *b)
{
    py_val v = py_obj_val(bytes_new(vm, b->data ? b->data : "", b->len));
    sbuf_free(b);
    return v;
}

py_val py_bytes_new(py_vm *vm, const char *s, size_t n) { return py_obj_val(bytes_new(vm, s, n)); }

const char *py_bytes_data(py_val v, size_t *len)
{
    if (!is_kind(v, K_BYTES)) return NULL;
    if (len) *len = (size_t)AS_STR(v)->len;
    return AS_STR(v)->data;
}

/* repr as CPython's bytes_repr: single quotes unless the data has ' and no ". */
void bytes_repr_into(sbuf *b, const char *s, size_t n)
{
    char q = '\'';
    if (memchr(s, '\'', n) && !memchr(s, '"', n)) q = '"';
    sbuf_addc(b, 'b');
    sbuf_addc(b, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)q || c == '\\') { sbuf_addc(b, '\\'); sbuf_addc(b, (char)c); }
        else if (c == '\t') sbuf_adds(b, "\\t");
        else if (c == '\n') sbuf_adds(b, "\\n");
        else if (c == '\r') sbuf_adds(b, "\\r");
        else if (c < ' ' || c >= 0x7f) sbuf_printf(b, "\\x%02x", c);
        else sbuf_addc(b, (char)c);
    }
    sbuf_addc(b, q);
}

py_val bytes_index(py_vm *vm, py_str *s, int64_t i)
{
    if (i < 0) i += s->len;
    if (i < 0 || i >= s->len) return raise_type(vm, vm->e_index, "index out of range");
    return py_int((unsigned char)s->data[i]);
}

/* `x in b`: an int in range(256) or a bytes substring. */
py_val bytes_contains(py_vm *vm, py_str *h, py_val item)
{
    if (item.tag == V_INT || item.tag == V_BOOL) {
        if (item.u.i < 0 || item.u.i > 255) return raise_type(vm, vm->e_value, "byte must be in range(0, 256)");
        return py_bool(memchr(h->data, (int)item.u.i, (size_t)h->len) != NULL);
    }
    if (!is_kind(item, K_BYTES))
        return raise_type(vm, vm->e_type, "a bytes-like object is required, not '%s'", py_type_name(vm, item));
    py_str *n = AS_STR(item);
    return py_bool(py_memmem(h->data, (size_t)h->len, n->data, (size_t)n->len) != NULL);
}

/* ---------------- codecs ---------------- */

enum codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 };
enum errmode { ERR_STRICT, ERR_IGNORE, ERR_REPLACE };

/* Normalises an encoding name as Python's codec lookup does for the ones we know. */
static int codec_of(py_vm *vm, py_val v, enum codec *out, const char **name)
{
    if (v.tag == V_UNDEF) { *out = CODEC_UTF8; *name = "utf-8"; return 0; }
    if (!is_kind(v, K_STR)) {
        raise_type(vm, vm->e_type, "str() argument 'encoding' must be str, not %s", py_type_name(vm, v));
        return -1;
    }
    char low[32];
    size_t n = 0;
    for (const char *p = AS_STR(v)->data; *p && n + 1 < sizeof low; p++)
        low[n++] = *p == '_' ? '-' : (char)tolower((unsigned char)*p);
    low[n] = 0;
    if (!strcmp(low, "utf-8") || !strcmp(low, "utf8") || !strcmp(low, "u8")) { *out = CODEC_UTF8; *name = "utf-8"; return 0; }
    if (!strcmp(low, "ascii") || !strcmp(low, "us-ascii")) { *out = CODEC_ASCII; *name = "ascii"; return 0; }
    if (!strcmp(low, "latin-1") || !strcmp(low, "latin1") || !strcmp(low, "iso-8859-1") || !strcmp(low, "l1")) {
        *out = CODEC_LATIN1; *name = "latin-1"; return 0;
    }
    raise_type(vm, vm->e_lookup, "unknown encoding: %s", AS_STR(v)->data);
    return -1;
}

static int errmode_of(py_vm *vm, py_val v, enum errmode *out)
{
    *out = ERR_STRICT;
    if (v.tag == V_UNDEF) return 0;
    const char *s = is_kind(v, K_STR) ? AS_STR(v)->data : "";
    if (!strcmp(s, "strict")) return 0;
    if (!strcmp(s, "ignore")) { *out = ERR_IGNORE; return 0; }
    if (!strcmp(s, "replace")) { *out = ERR_REPLACE; return 0; }
    raise_type(vm, vm->e_lookup, "unknown error handler name '%s'", s);
    return -1;
}

/* Length of the valid UTF-8 sequence at s[0..n), or 0 with *why and *bad (bytes of the
 * invalid sequence) set, as CPython's decoder reports it. */
static size_t utf8_seq(const unsigned char *s, size_t n, const char **why, size_t *bad)
{
    unsigned char c = s[0];
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) return 1;
    if (c < 0xC2 || c > 0xF4) { *why = "invalid start byte"; *bad = 1; return 0; }
    if (c < 0xE0) need = 1;
    else if (c < 0xF0) { need = 2; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else { need = 3; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    for (size_t k = 1; k <= need; k++) {
        if (k >= n) { *why = "unexpected end of data"; *bad = k; return 0; }
        unsigned char d = s[k];
        unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h) { *why = "invalid continuation byte"; *bad = k; return 0; }
    }
    return need + 1;
}

static py_val decode_error(py_vm *vm, const char *codec, const unsigned char *s, size_t pos, size_t bad, const char *why)
{
    py_type *t = vm->e_unicode_decode;
    if (bad == 1) return raise_type(vm, t, "'%s' codec can't decode byte 0x%02x in position %zu: %s", codec, s[pos], pos, why);
    return raise_type(vm, t, "'%s' codec can't decode bytes in position %zu-%zu: %s", codec, pos, pos + bad - 1, why);
}

static void put_cp(sbuf *b, unsigned cp)
{
    if (cp < 0x80) sbuf_addc(b, (char)cp);
    else if (cp < 0x800) { sbuf_addc(b, (char)(0xC0 | (cp >> 6))); sbuf_addc(b, (char)(0x80 | (cp & 0x3F))); }
    else { sbuf_addc(b, (char)(0xE0 | (cp >> 12))); sbuf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F))); sbuf_addc(b, (char)(0x80 | (cp & 0x3F))); }
}

/* bytes -> str in the given codec. */
static py_val decode(py_vm *vm, py_str *src, enum codec codec, const char *cname, enum errmode mode)
{
    const unsigned char *s = (const unsigned char *)src->data;
    size_t n = (size_t)src->len;
    sbuf b = {0};
    for (size_t i = 0; i < n;) {
        if (codec == CODEC_LATIN1) { put_cp(&b, s[i++]); continue; }
        size_t k = 1, bad = 1;
        const char *why = "ordinal not in range(128)";
        if (codec == CODEC_UTF8) k = utf8_seq(s + i, n - i, &why, &bad);
        else if (s[i] >= 0x80) k = 0;
        if (k) { sbuf_add(&b, (const char *)s + i, k); i += k; continue; }
        if (mode == ERR_STRICT) { sbuf_free(&b); return decode_error(vm, cname, s, i, bad, why); }
        if (mode == ERR_REPLACE) put_cp(&b, 0xFFFD);
        i += bad == 1 || codec != CODEC_UTF8 ? 1 : bad;
    }
    return str_from_sbuf(vm, &b);
}

/* str -> bytes in the given codec; errors name the character as CPython does. */
static py_val encode(py_vm *vm, py_str *src, enum codec codec, const char *cname, enum errmode mode)
{
    if (codec == CODEC_UTF8) return py_obj_val(bytes_new(vm, src->data, (size_t)src->len));
    unsigned limit = codec == CODEC_ASCII ? 128 : 256;
    const unsigned char *s = (const unsigned char *)src->data;
    sbuf b = {0};
    int64_t pos = 0;
    for (int64_t i = 0; i < src->len; pos++) {
        unsigned cp = s[i], len = 1;
        if (cp >= 0xF0) { cp &= 0x07; len = 4; } else if (cp >= 0xE0) { cp &= 0x0F; len = 3; } else if (cp >= 0xC0) { cp &= 0x1F; len = 2; }
        for (unsigned k = 1; k < len && i + k < (unsigned)src->len; k++) cp = (cp << 6) | (s[i + k] & 0x3F);
        i += len;
        if (cp < limit) { sbuf_addc(&b, (char)cp); continue; }
        if (mode == ERR_REPLACE) sbuf_addc(&b, '?');
        if (mode != ERR_STRICT) continue;
        sbuf_free(&b);
        char ch[16];
        if (cp <= 0xFF) snprintf(ch, sizeof ch, "\\x%02x", cp);
        else if (cp <= 0xFFFF) snprintf(ch, sizeof ch, "\\u%04x", cp);
        else snprintf(ch, sizeof ch, "\\U%08x", cp);
        return raise_type(vm, vm->e_unicode_encode, "'%s' codec can't encode character '%s' in position %lld: ordinal not in range(%u)",
                          cname, ch, (long long)pos, limit);
    }
    return bytes_from_sbuf(vm, &b);
}

/* Reads (encoding, errors) from positions first.. or keywords. */
static int codec_args(py_vm *vm, py_val *args, int nargs, py_dict *kw, int first, enum codec *c, const char **name,
                      enum errmode *mode)
{
    py_val enc = nargs > first ? args[first] : py_kwarg(vm, kw, "encoding");
    py_val err = nargs > first + 1 ? args[first + 1] : py_kwarg(vm, kw, "errors");
    if (codec_of(vm, enc, c, name) < 0) return -1;
    return errmode_of(vm, err, mode);
}

/* str.encode(encoding='utf-8', errors='strict') */
py_val str_encode_method(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    WANT("encode", 0, 2);
    enum codec c;
    enum errmode m;
    const char *name;
    if (codec_args(vm, args, nargs, kw, 1, &c, &name, &m) < 0) return py_err();
    return encode(vm, SELF, c, name, m);
}

/* str(b, encoding[, errors]) */
py_val bytes_to_str(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    for (int i = 0; i < 2; i++) {  /* the arguments are checked before the object */
        const char *an = i ? "errors" : "encoding";
        py_val a = nargs > i + 1 ? args[i + 1] : py_kwarg(vm, kw, an);
        if (a.tag != V_UNDEF && !is_kind(a, K_STR))
            return raise_type(vm, vm->e_type, "str() argument '%s' must be str, not %s", an, py_type_name(vm, a));
    }
    if (!is_kind(args[0], K_BYTES))
        return raise_type(vm, vm->e_type, "decoding to str: need a bytes-like object, %s found", py_type_name(vm, args[0]));
    enum codec c;
    enum errmode m;
    const char *name;
    if (codec_args(vm, args, nargs, kw, 1, &c, &name, &m) < 0) return py_err();
    return decode(vm, AS_STR(args[0]), c, name, m);
}

/* ---------------- constructor ---------------- */

static int byte_value(py_vm *vm, py_val v, unsigned char *out)
{
    if (v.tag != V_INT && v.tag != V_BOOL) {
        raise_type(vm, vm->e_type, "'%s' object cannot be interpreted as an integer", py_type_name(vm, v));
        return -1;
    }
    if (v.u.i < 0 || v.u.i > 255) { raise_type(vm, vm->e_value, "bytes must be in range(0, 256)"); return -1; }
    *out = (unsigned char)v.u.i;
    return 0;
}

/* bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding), bytes(bytes) */
py_val ctor_bytes(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    py_val enc = nargs > 1 ? args[1] : py_kwarg(vm, kw, "encoding");
    if (want_args(vm, "bytes", nargs, 0, 3) < 0) return py_err();
    if (nargs == 0) return py_obj_val(bytes_new(vm, "", 0));
    py_val x = args[0];
    if (is_kind(x, K_STR)) {
        if (enc.tag == V_UNDEF) return raise_type(vm, vm->e_type, "string argument without an encoding");
        enum codec c;
        enum errmode m;
        const char *name;
        if (codec_args(vm, args, nargs, kw, 1, &c, &name, &m) < 0) return py_err();
        return encode(vm, AS_STR(x), c, name, m);
    }
    if (enc.tag != V_UNDEF) return raise_type(vm, vm->e_type, "encoding without a string argument");
    if (is_kind(x, K_BYTES)) return x;
    if (is_kind(x, K_BIGINT)) return raise_type(vm, vm->e_overflow, "cannot fit 'int' into an index-sized integer");
    if (x.tag == V_INT || x.tag == V_BOOL) {
        if (x.u.i < 0) return raise_type(vm, vm->e_value, "negative count");
        if ((size_t)x.u.i > vm->mem_cap) return raise_type(vm, vm->e_memory, "looplab's memory cap exceeded");
        py_str *r = py_alloc_obj(vm, sizeof(py_str) + (size_t)x.u.i + 1, K_BYTES, vm->t_bytes);
        memset(r->data, 0, (size_t)x.u.i + 1);
        r->len = r->cplen = x.u.i;
        return py_obj_val(r);
    }
    if (x.tag == V_FLOAT || x.tag == V_NONE)
        return raise_type(vm, vm->e_type, "cannot convert '%s' object to bytes", py_type_name(vm, x));
    py_val it = py_iter(vm, x);
    if (py_is_err(it)) {
        py_exc_take(vm);
        return raise_type(vm, vm->e_type, "cannot convert '%s' object to bytes", py_type_name(vm, x));
    }
    py_tmp_push(vm, it);
    sbuf b = {0};
    for (;;) {
        py_val v;
        int r = py_next(vm, it, &v);
        if (r == 0) break;
        unsigned char c;
        if (r < 0 || byte_value(vm, v, &c) < 0) { sbuf_free(&b); return py_err(); }
        sbuf_addc(&b, (char)c);
    }
    return bytes_from_sbuf(vm, &b);
}

/* ---------------- methods ---------------- */

static int need_bytes(py_vm *vm, py_val v)
{
    if (is_kind(v, K_BYTES)) return 0;
    raise_type(vm, vm->e_type, "a bytes-like object is required, not '%s'", py_type_name(vm, v));
    return -1;
}

static py_val b_decode(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    WANT("decode", 0, 2);
    enum codec c;
    enum errmode m;
    const char *name;
    if (codec_args(vm, args, nargs, kw, 1, &c, &name, &m) < 0) return py_err();
    return decode(vm, SELF, c, name, m);
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

static py_val b_split(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    WANT("split", 0, 2);
    py_val sepv = nargs > 1 ? args[1] : py_kwarg(vm, kw, "sep");
    py_val maxv = nargs > 2 ? args[2] : py_kwarg(vm, kw, "maxsplit");
    int64_t maxsplit = -1;
    if (maxv.tag != V_UNDEF && int_index(vm, maxv, &maxsplit) < 0) return py_err();
    py_str *s = SELF;
    py_list *out = list_new(vm, 0);
    py_tmp_push(vm, py_obj_val(out));
    const char *p = s->data, *end = p + s->len;
    if (sepv.tag == V_UNDEF || sepv.tag == V_NONE) {
        for (;;) {
            while (p < end && is_ws(*p)) p++;
            if (p == end) break;
            const char *q = p;
            if (maxsplit == 0) q = end;
            else while (q < end && !is_ws(*q)) q++;
            list_push(vm, out, py_obj_val(bytes_new(vm, p, (size_t)(q - p))));
            if (maxsplit > 0) maxsplit--;
            p = q;
        }
        return py_obj_val(out);
    }
    if (need_bytes(vm, sepv) < 0) return py_err();
    py_str *sep = AS_STR(sepv);
    if (sep->len == 0) return raise_type(vm, vm->e_value, "empty separator");
    for (;;) {
        const char *q = maxsplit-- == 0 ? NULL : py_memmem(p, (size_t)(end - p), sep->data, (size_t)sep->len);
        if (!q) { list_push(vm, out, py_obj_val(bytes_new(vm, p, (size_t)(end - p)))); break; }
        list_push(vm, out, py_obj_val(bytes_new(vm, p, (size_t)(q - p))));
        p = q + sep->len;
    }
    return py_obj_val(out);
}

static py_val b_strip_any(py_vm *vm, py_val *args, int nargs, int which, const char *name)
{
    WANT(name, 0, 1);
    py_str *s = SELF, *chars = NULL;
    if (nargs == 2 && args[1].tag != V_NONE) {
        if (need_bytes(vm, args[1]) < 0) return py_err();
        chars = AS_STR(args[1]);
    }
    int64_t a = 0, b = s->len;
#define STRIPPED(c) (chars ? memchr(chars->data, (c), (size_t)chars->len) != NULL : is_ws(c))
    if (which & 1) while (a < b && STRIPPED(s->data[a])) a++;
    if (which & 2) while (b > a && STRIPPED(s->data[b - 1])) b--;
#undef STRIPPED
    if (a == 0 && b == s->len) return args[0];
    return py_obj_val(bytes_new(vm, s->data + a, (size_t)(b - a)));
}
static py_val b_strip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return b_strip_any(vm, a, n, 3, "strip"); }
static py_val b_lstrip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return b_strip_any(vm, a, n, 1, "lstrip"); }
static py_val b_rstrip(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return b_strip_any(vm, a, n, 2, "rstrip"); }

static py_val b_fix(py_vm *vm, py_val *args, int nargs, bool end, const char *name)
{
    WANT(name, 1, 1);
    py_str *s = SELF;
    py_val one[1] = {args[1]};
    py_val *list = one;
    int64_t n = 1;
    if (is_kind(args[1], K_TUPLE)) { list = AS_TUPLE(args[1])->items; n = AS_TUPLE(args[1])->len; }
    for (int64_t i = 0; i < n; i++) {
        if (!is_kind(list[i], K_BYTES))
            return raise_type(vm, vm->e_type, "%s first arg must be bytes or a tuple of bytes, not %s", name, py_type_name(vm, list[i]));
        py_str *x = AS_STR(list[i]);
        if (s->len < x->len) continue;
        if (memcmp(s->data + (end ? s->len - x->len : 0), x->data, (size_t)x->len) == 0) return py_bool(true);
    }
    return py_bool(false);
}
static py_val b_startswith(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return b_fix(vm, a, n, false, "startswith"); }
static py_val b_endswith(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return b_fix(vm, a, n, true, "endswith"); }

static py_val b_case(py_vm *vm, py_val *args, bool upper)
{
    py_str *s = SELF;
    py_str *r = bytes_new(vm, s->data, (size_t)s->len);
    for (int64_t i = 0; i < r->len; i++) {
        unsigned char c = (unsigned char)r->data[i];
        if (c < 0x80) r->data[i] = (char)(upper ? toupper(c) : tolower(c));
    }
    return py_obj_val(r);
}
static py_val b_upper(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; (void)n; return b_case(vm, a, true); }
static py_val b_lower(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; (void)n; return b_case(vm, a, false); }

static py_val b_join(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("join", 1, 1);
    py_val items = seq_to_list(vm, args[1]);
    if (py_is_err(items)) return items;
    py_tmp_push(vm, items);
    py_str *sep = SELF;
    sbuf b = {0};
    for (int64_t i = 0; i < AS_LIST(items)->len; i++) {
        py_val x = AS_LIST(items)->items[i];
        if (!is_kind(x, K_BYTES)) {
            sbuf_free(&b);
            return raise_type(vm, vm->e_type, "sequence item %lld: expected a bytes-like object, %s found", (long long)i, py_type_name(vm, x));
        }
        if (i) sbuf_add(&b, sep->data, (size_t)sep->len);
        sbuf_add(&b, AS_STR(x)->data, (size_t)AS_STR(x)->len);
    }
    return bytes_from_sbuf(vm, &b);
}

/* The needle of find/index/count: bytes, or an int in range(256). */
static int needle_of(py_vm *vm, py_val v, char *one, const char **p, size_t *n)
{
    if (v.tag == V_INT || v.tag == V_BOOL) {
        if (v.u.i < 0 || v.u.i > 255) { raise_type(vm, vm->e_value, "byte must be in range(0, 256)"); return -1; }
        *one = (char)v.u.i;
        *p = one;
        *n = 1;
        return 0;
    }
    if (!is_kind(v, K_BYTES)) {
        raise_type(vm, vm->e_type, "argument should be integer or bytes-like object, not '%s'", py_type_name(vm, v));
        return -1;
    }
    *p = AS_STR(v)->data;
    *n = (size_t)AS_STR(v)->len;
    return 0;
}

/* [start, end) of a find/count call, clamped as slice indices. */
static int span_of(py_vm *vm, py_val *args, int nargs, int first, int64_t len, int64_t *bs, int64_t *be)
{
    int64_t st = 0, en = len;
    if (nargs > first && args[first].tag != V_NONE && int_index(vm, args[first], &st) < 0) return -1;
    if (nargs > first + 1 && args[first + 1].tag != V_NONE && int_index(vm, args[first + 1], &en) < 0) return -1;
    if (st < 0) { st += len; if (st < 0) st = 0; }
    if (en < 0) { en += len; if (en < 0) en = 0; }
    if (en > len) en = len;
    *bs = st;
    *be = en;
    return 0;
}

static py_val b_find_any(py_vm *vm, py_val *args, int nargs, bool right, bool raise, const char *name)
{
    WANT(name, 1, 3);
    char one;
    const char *nd;
    size_t nn;
    int64_t bs, be;
    py_str *s = SELF;
    if (needle_of(vm, args[1], &one, &nd, &nn) < 0 || span_of(vm, args, nargs, 2, s->len, &bs, &be) < 0) return py_err();
    int64_t found = -1;
    if (bs <= be && be - bs >= (int64_t)nn) {
        if (!right) {
            const char *h = py_memmem(s->data + bs, (size_t)(be - bs), nd, nn);
            found = h ? h - s->data : -1;
        } else {
            for (int64_t k = be - (int64_t)nn; k >= bs; k--)
                if (memcmp(s->data + k, nd, nn) == 0) { found = k; break; }
        }
    }
    if (found < 0 && raise) return raise_type(vm, vm->e_value, "subsection not found");
    return py_int(found);
}
static py_val b_find(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return b_find_any(vm, a, n, false, false, "find"); }
static py_val b_rfind(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return b_find_any(vm, a, n, true, false, "rfind"); }
static py_val b_index(py_vm *vm, py_val *a, int n, py_dict *kw) { (void)kw; return b_find_any(vm, a, n, false, true, "index"); }

static py_val b_count(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("count", 1, 3);
    char one;
    const char *nd;
    size_t nn;
    int64_t bs, be;
    py_str *s = SELF;
    if (needle_of(vm, args[1], &one, &nd, &nn) < 0 || span_of(vm, args, nargs, 2, s->len, &bs, &be) < 0) return py_err();
    if (bs > be) return py_int(0);
    if (nn == 0) return py_int(be - bs + 1);
    int64_t n = 0;
    for (int64_t i = bs; i + (int64_t)nn <= be;) {
        const char *h = py_memmem(s->data + i, (size_t)(be - i), nd, nn);
        if (!h) break;
        n++;
        i = h - s->data + (int64_t)nn;
    }
    return py_int(n);
}

static py_val b_replace(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("replace", 2, 3);
    if (need_bytes(vm, args[1]) < 0 || need_bytes(vm, args[2]) < 0) return py_err();
    int64_t count = -1;
    if (nargs > 3 && int_index(vm, args[3], &count) < 0) return py_err();
    py_str *s = SELF, *old = AS_STR(args[1]), *new = AS_STR(args[2]);
    sbuf b = {0};
    const char *p = s->data, *end = p + s->len;
    while (count != 0) {
        const char *q;
        if (old->len == 0) q = p <= end ? p : NULL;
        else q = py_memmem(p, (size_t)(end - p), old->data, (size_t)old->len);
        if (!q) break;
        sbuf_add(&b, p, (size_t)(q - p));
        sbuf_add(&b, new->data, (size_t)new->len);
        if (old->len == 0) { if (q < end) sbuf_addc(&b, *q); p = q + 1; }
        else p = q + old->len;
        count--;
    }
    if (p < end) sbuf_add(&b, p, (size_t)(end - p));
    return bytes_from_sbuf(vm, &b);
}

static py_val b_hex(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    WANT("hex", 0, 0);
    sbuf b = {0};
    for (int64_t i = 0; i < SELF->len; i++) sbuf_printf(&b, "%02x", (unsigned char)SELF->data[i]);
    return str_from_sbuf(vm, &b);
}

static py_val b_isdigit(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)nargs; (void)kw;
    if (SELF->len == 0) return py_bool(false);
    for (int64_t i = 0; i < SELF->len; i++) if (!isdigit((unsigned char)SELF->data[i])) return py_bool(false);
    return py_bool(true);
}

void bytes_init_methods(py_vm *vm)
{
    static const struct { const char *n; py_native_fn f; } m[] = {
        {"decode", b_decode}, {"split", b_split}, {"strip", b_strip}, {"lstrip", b_lstrip}, {"rstrip", b_rstrip},
        {"startswith", b_startswith}, {"endswith", b_endswith}, {"upper", b_upper}, {"lower", b_lower},
        {"join", b_join}, {"find", b_find}, {"rfind", b_rfind}, {"index", b_index}, {"count", b_count},
        {"replace", b_replace}, {"hex", b_hex}, {"isdigit", b_isdigit},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(m); i++) py_type_add_method(vm, vm->t_bytes, m[i].n, m[i].f);
}
