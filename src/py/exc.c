/* exc.c - exceptions: the builtin hierarchy, raising from C, __context__ chaining,
 * traceback entries, exception groups (split/subgroup and except*'s re-raise rule),
 * and printing uncaught exceptions exactly in CPython 3.11's layout, carets included. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "py/ast.h"
#include "py/vm.h"


bool py_exc_pending(py_vm *vm) { return vm->exc.tag != V_UNDEF; }

py_val py_exc_take(py_vm *vm)
{
    py_val e = vm->exc;
    vm->exc = undef_val();
    return e;
}

void py_exc_restore(py_vm *vm, py_val e) { vm->exc = e; }

/* The exception being handled: the running fiber's, else its callers'. */
py_val exc_current_handled(py_vm *vm)
{
    for (py_fiber *f = vm->fiber; f; f = f->caller)
        if (f->exc_info.tag == V_OBJ) return f->exc_info;
    return py_none();
}

void exc_set_pending(py_vm *vm, py_val exc)
{
    if (py_is_err(exc)) return;
    py_val handled = exc_current_handled(vm);
    if (handled.tag == V_OBJ && handled.u.o != exc.u.o && is_kind(exc, K_INST)) {
        /* avoid a cycle: cut the chain where exc already appears */
        py_val o = handled;
        while (is_kind(o, K_INST)) {
            py_val ctx = AS_INST(o)->context;
            if (ctx.tag == V_OBJ && ctx.u.o == exc.u.o) { AS_INST(o)->context = py_none(); break; }
            o = ctx;
        }
        AS_INST(exc)->context = handled;
    }
    vm->exc = exc;
}

py_val exc_make(py_vm *vm, py_type *t, py_val *args, int nargs)
{
    return vm_call(vm, py_obj_val(t), args, nargs, NULL);
}

py_val exc_new(py_vm *vm, py_type *t, const char *msg)
{
    py_val m = py_obj_val(str_new(vm, msg, strlen(msg)));
    return exc_make(vm, t, &m, 1);
}

py_val raise_type(py_vm *vm, py_type *t, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    py_val saved = vm->exc;
    vm->exc = undef_val();
    py_val e = exc_new(vm, t, buf);
    if (py_is_err(e)) return e;
    (void)saved;
    exc_set_pending(vm, e);
    return py_err();
}

py_val py_raise(py_vm *vm, const char *type, const char *fmt, ...)
{
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    py_val t = py_builtin(vm, type);
    if (!is_kind(t, K_TYPE)) t = py_obj_val(vm->e_runtime);
    return raise_type(vm, AS_TYPE(t), "%s", buf);
}

py_val py_raise_val(py_vm *vm, py_val e)
{
    if (is_kind(e, K_TYPE) && (AS_TYPE(e)->flags & TF_EXC)) {
        e = exc_make(vm, AS_TYPE(e), NULL, 0);
        if (py_is_err(e)) return e;
    }
    if (!is_kind(e, K_INST) || !(e.u.o->type->flags & TF_EXC))
        return raise_type(vm, vm->e_type, "exceptions must derive from BaseException");
    exc_set_pending(vm, e);
    return py_err();
}

bool exc_matches(py_vm *vm, py_val exc, py_type *t)
{
    (void)vm;
    return exc.tag == V_OBJ && type_is_sub(exc.u.o->type, t);
}

bool py_isinstance(py_vm *vm, py_val v, py_val cls)
{
    if (!is_kind(cls, K_TYPE)) return false;
    py_type *t = py_type_of(vm, v);
    if (AS_TYPE(cls) == vm->t_int && t == vm->t_bool) return true;
    return type_is_sub(t, AS_TYPE(cls));
}

void exc_add_tb(py_vm *vm, py_val exc, py_code *code, int ip)
{
    if (!is_kind(exc, K_INST)) return;
    py_tb *tb = py_alloc_obj(vm, sizeof(py_tb), K_TB, vm->t_tb);
    tb->code = code;
    tb->ip = ip;
    tb->locals = undef_val();
    tb->next = AS_INST(exc)->tb;
    AS_INST(exc)->tb = py_obj_val(tb);
}

/* str(exc) as CPython: '' / str(arg) / str(args); KeyError uses repr. */
py_val exc_str(py_vm *vm, py_val exc)
{
    py_inst *e = AS_INST(exc);
    if (e->hdr.type->flags & TF_BASEGROUP) {
        int64_t n = is_kind(e->eg_excs, K_TUPLE) ? AS_TUPLE(e->eg_excs)->len : 0;
        sbuf b = {0};
        if (py_str_into(vm, &b, e->eg_msg) < 0) { sbuf_free(&b); return py_err(); }
        sbuf_printf(&b, " (%lld sub-exception%s)", (long long)n, n == 1 ? "" : "s");
        return str_from_sbuf(vm, &b);
    }
    if (!is_kind(e->args, K_TUPLE) || AS_TUPLE(e->args)->len == 0) return py_obj_val(str_intern(vm, "", 0));
    if (type_is_sub(e->hdr.type, vm->e_oserror) && is_kind(e->eg_msg, K_TUPLE)) {
        sbuf b = {0};   /* "[Errno 2] No such file: 'name'" */
        py_val *info = AS_TUPLE(e->eg_msg)->items;
        sbuf_printf(&b, "[Errno ");
        if (py_str_into(vm, &b, info[0]) < 0) { sbuf_free(&b); return py_err(); }
        sbuf_printf(&b, "] ");
        if (py_str_into(vm, &b, info[1]) < 0) { sbuf_free(&b); return py_err(); }
        for (int i = 2; i < 4 && info[2].tag != V_NONE; i++) {
            if (i == 3 && info[3].tag == V_NONE) break;
            sbuf_printf(&b, i == 3 ? " -> " : ": ");
            py_val r = py_repr(vm, info[i]);
            if (py_is_err(r)) { sbuf_free(&b); return r; }
            sbuf_add(&b, AS_STR(r)->data, (size_t)AS_STR(r)->len);
        }
        return str_from_sbuf(vm, &b);
    }
    if (AS_TUPLE(e->args)->len == 1) {
        py_val a = AS_TUPLE(e->args)->items[0];
        if (type_is_sub(e->hdr.type, vm->e_key)) return py_repr(vm, a);
        return py_str_of(vm, a);
    }
    return py_str_of(vm, e->args);
}

/* ---------------- exception groups ---------------- */

py_val exc_group_new(py_vm *vm, py_type *t, py_val msg, py_val excs)
{
    if (!is_kind(msg, K_STR))
        return raise_type(vm, vm->e_type, "argument 1 must be str, not %s", py_type_name(vm, msg));
    if (!is_kind(excs, K_LIST) && !is_kind(excs, K_TUPLE))
        return raise_type(vm, vm->e_type, "second argument (exceptions) must be a sequence");
    py_val tup = seq_to_tuple(vm, excs);
    if (py_is_err(tup)) return tup;
    int64_t n = AS_TUPLE(tup)->len;
    if (n == 0) return raise_type(vm, vm->e_value, "second argument (exceptions) must be a non-empty sequence");
    bool all_exc = true;
    for (int64_t i = 0; i < n; i++) {
        py_val x = AS_TUPLE(tup)->items[i];
        if (!is_kind(x, K_INST) || !(x.u.o->type->flags & TF_EXC))
            return raise_type(vm, vm->e_value, "Item %lld of second argument (exceptions) is not an exception", (long long)i);
        if (!type_is_sub(x.u.o->type, vm->e_exc)) all_exc = false;
    }
    if (t == vm->e_basegroup && all_exc) t = vm->e_group;
    if (type_is_sub(t, vm->e_exc) && !all_exc) {
        if (t == vm->e_group) return raise_type(vm, vm->e_type, "Cannot nest BaseExceptions in an ExceptionGroup");
        return raise_type(vm, vm->e_type, "Cannot nest BaseExceptions in '%s'", t->name->data);
    }
    py_inst *o = py_alloc_obj(vm, sizeof(py_inst), K_INST, t);
    o->cause = o->context = py_none();
    o->tb = o->notes = undef_val();
    o->eg_msg = msg;
    o->eg_excs = tup;
    py_tuple *args = tuple_new(vm, 2);
    args->items[0] = msg;
    args->items[1] = excs;
    o->args = py_obj_val(args);
    return py_obj_val(o);
}

static void copy_meta(py_val to, py_val from)
{
    py_inst *a = AS_INST(to), *b = AS_INST(from);
    a->tb = b->tb;
    a->cause = b->cause;
    a->context = b->context;
    a->notes = b->notes;
    a->suppress_context = b->suppress_context;
}

typedef struct matcher {
    int kind;             /* 0 types, 1 predicate, 2 leaf-identity set */
    py_val cond;
    py_obj **ids;
    int nids;
} matcher;

static int match_one(py_vm *vm, matcher *m, py_val e)
{
    if (m->kind == 2) {
        for (int i = 0; i < m->nids; i++) if (m->ids[i] == e.u.o) return 1;
        return 0;
    }
    if (m->kind == 1) {
        py_val r = vm_call(vm, m->cond, &e, 1, NULL);
        if (py_is_err(r)) return -1;
        return py_truthy(vm, r);
    }
    if (is_kind(m->cond, K_TUPLE)) {
        for (int64_t i = 0; i < AS_TUPLE(m->cond)->len; i++)
            if (type_is_sub(e.u.o->type, AS_TYPE(AS_TUPLE(m->cond)->items[i]))) return 1;
        return 0;
    }
    return type_is_sub(e.u.o->type, AS_TYPE(m->cond));
}

static py_val derive(py_vm *vm, py_val eg, py_list *items)
{
    py_val g = exc_group_new(vm, eg.u.o->type == vm->e_group ? vm->e_group : vm->e_basegroup, AS_INST(eg)->eg_msg,
                             py_obj_val(items));
    if (py_is_err(g)) return g;
    copy_meta(g, eg);
    return g;
}

/* Splits eg by m into *match and *rest (None when empty). */
static int split_rec(py_vm *vm, py_val eg, matcher *m, py_val *match, py_val *rest)
{
    int self = match_one(vm, m, eg);
    if (self < 0) return -1;
    if (self) { *match = eg; *rest = py_none(); return 0; }
    if (!(eg.u.o->type->flags & TF_BASEGROUP)) { *match = py_none(); *rest = eg; return 0; }
    py_list *ml = list_new(vm, 0), *rl = list_new(vm, 0);
    py_tuple *ex = AS_TUPLE(AS_INST(eg)->eg_excs);
    for (int64_t i = 0; i < ex->len; i++) {
        py_val a, b;
        if (split_rec(vm, ex->items[i], m, &a, &b) < 0) return -1;
        if (a.tag != V_NONE) list_push(vm, ml, a);
        if (b.tag != V_NONE) list_push(vm, rl, b);
    }
    *match = ml->len ? derive(vm, eg, ml) : py_none();
    if (py_is_err(*match)) return -1;
    py_tmp_push(vm, *match);
    *rest = rl->len ? derive(vm, eg, rl) : py_none();
    if (py_is_err(*rest)) return -1;
    return 0;
}

py_val exc_group_split(py_vm *vm, py_val eg, py_val cond, py_val *rest)
{
    matcher m = {0};
    m.cond = cond;
    if (is_kind(cond, K_TYPE) || is_kind(cond, K_TUPLE)) m.kind = 0;
    else m.kind = 1;
    py_val match;
    if (split_rec(vm, eg, &m, &match, rest) < 0) return py_err();
    return match;
}

static void collect_leaves(py_val e, py_obj ***ids, int *n, int *cap)
{
    if (!is_kind(e, K_INST)) return;
    if (e.u.o->type->flags & TF_BASEGROUP) {
        py_tuple *t = AS_TUPLE(AS_INST(e)->eg_excs);
        for (int64_t i = 0; i < t->len; i++) collect_leaves(t->items[i], ids, n, cap);
        return;
    }
    if (*n == *cap) { *cap = *cap ? *cap * 2 : 16; *ids = xrealloc(*ids, (size_t)*cap * sizeof **ids); }
    (*ids)[(*n)++] = e.u.o;
}

/* except*'s final step (CPython's _PyExc_PrepReraiseStar). */
py_val exc_prep_reraise_star(py_vm *vm, py_val orig, py_val raised);
py_val exc_prep_reraise_star(py_vm *vm, py_val orig, py_val raised)
{
    py_list *l = AS_LIST(raised);
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) n += l->items[i].tag != V_NONE;
    if (n == 0) return py_none();
    if (!(orig.u.o->type->flags & TF_BASEGROUP)) {
        for (int64_t i = 0; i < l->len; i++) if (l->items[i].tag != V_NONE) return l->items[i];
    }
    py_list *raised_list = list_new(vm, 0), *reraised = list_new(vm, 0);
    py_inst *o = AS_INST(orig);
    for (int64_t i = 0; i < l->len; i++) {
        py_val e = l->items[i];
        if (e.tag == V_NONE) continue;
        py_inst *x = AS_INST(e);
        bool same = x->tb.u.o == o->tb.u.o && x->tb.tag == o->tb.tag && x->cause.u.o == o->cause.u.o &&
                    x->context.u.o == o->context.u.o && x->notes.u.o == o->notes.u.o;
        list_push(vm, same ? reraised : raised_list, e);
    }
    py_val reraised_eg = py_none();
    if (reraised->len) {
        matcher m = {.kind = 2};
        int cap = 0;
        for (int64_t i = 0; i < reraised->len; i++) collect_leaves(reraised->items[i], &m.ids, &m.nids, &cap);
        py_val rest;
        int r = split_rec(vm, orig, &m, &reraised_eg, &rest);
        free(m.ids);
        if (r < 0) return py_err();
    }
    if (raised_list->len == 0) return reraised_eg;
    if (reraised_eg.tag != V_NONE) list_push(vm, raised_list, reraised_eg);
    if (raised_list->len == 1) return raised_list->items[0];
    return exc_group_new(vm, vm->e_basegroup, py_obj_val(str_intern(vm, "", 0)), py_obj_val(raised_list));
}

/* ---------------- printing ---------------- */

typedef struct printer {
    py_vm *vm;
    sbuf out;
    int depth;         /* exception group nesting */
    bool need_close;
    py_obj *seen[256];
    int nseen;
} printer;

/* Appends text with each line prefixed by the group margin. */
static void emit(printer *p, const char *text, char margin)
{
    const char *s = text;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s + 1) : strlen(s);
        for (int i = 0; i < p->depth; i++) sbuf_adds(&p->out, "  ");
        if (p->depth) { sbuf_addc(&p->out, margin ? margin : '|'); sbuf_addc(&p->out, ' '); }
        sbuf_add(&p->out, s, n);
        s += n;
    }
}

/* The source line number `line` (1-based) of the program, or NULL. */
static const char *source_line(py_vm *vm, int line, size_t *len)
{
    const char *s = vm->source;
    if (!s || line < 1) return NULL;
    for (int i = 1; i < line && s; i++) {
        s = strchr(s, '\n');
        if (s) s++;
    }
    if (!s || !*s) return NULL;
    const char *e = strchr(s, '\n');
    *len = e ? (size_t)(e - s) : strlen(s);
    return s;
}

static int char_offset(const char *line, size_t len, int byte)
{
    if (byte > (int)len) byte = (int)len;
    return (int)utf8_count(line, byte);
}

/* Caret anchors for a one-line segment (the rules of CPython 3.11's C traceback printer,
 * extract_anchors_from_expr, for BinOp / Subscript). */
static bool caret_anchors(const char *seg, size_t seglen, int *left, int *right)
{
    char *src = xstrndup(seg, seglen);
    struct py_arena *arena = NULL;
    py_node *e = py_parse_expression(src, &arena);
    bool ok = false;
    if (e && e->kind == N_BINOP) {
        /* the operator is the first non-blank after the left operand, skipping the ')'s
         * that close it; '**' and '//' are two characters */
        int rs = e->b->col, la = e->a->end_col, ra = la + 1;
        for (int i = e->a->end_col; i < rs; i++) {
            if (src[i] == ' ' || src[i] == '\t' || src[i] == '\f') continue;
            la = i;
            ra = i + 1;
            if (i + 1 < rs && src[i + 1] != ' ' && src[i + 1] != '\t' && src[i + 1] != '\f') ra++;
            if (i + 1 < rs && src[i] == ')') continue;
            break;
        }
        *left = char_offset(src, seglen, la);
        *right = char_offset(src, seglen, ra);
        ok = true;
    } else if (e && e->kind == N_SUBSCRIPT) {
        int la = e->a->end_col, ra = e->b->end_col + 1;
        while (la < (int)seglen && src[la] != '[') la++;
        while (ra < (int)seglen && src[ra] != ']') ra++;
        if (ra < (int)seglen) ra++;
        *left = char_offset(src, seglen, la);
        *right = char_offset(src, seglen, ra);
        ok = true;
    }
    py_arena_free(arena);
    free(src);
    return ok;
}

static void print_frame(printer *p, py_code *code, int ip)
{
    py_vm *vm = p->vm;
    py_loc loc = code->locs[ip < code->ncode ? ip : code->ncode - 1];
    char head[1200];
    snprintf(head, sizeof head, "  File \"%s\", line %d, in %s\n", code->filename->data, loc.line, code->name->data);
    emit(p, head, 0);
    size_t len;
    /* only the program's source is at hand: built-in preludes show no line */
    if (vm->abs_path && strcmp(code->filename->data, vm->abs_path) != 0) return;
    const char *line = source_line(vm, loc.line, &len);
    if (!line) return;
    size_t a = 0, b = len;
    while (a < b && (line[a] == ' ' || line[a] == '\t' || line[a] == '\f')) a++;
    while (b > a && line[b - 1] == '\r') b--;  /* CPython keeps trailing blanks (and so may show carets) */
    if (a == b) return;
    sbuf row = {0};
    sbuf_adds(&row, "    ");
    sbuf_add(&row, line + a, b - a);
    sbuf_addc(&row, '\n');
    int stripped_len = (int)utf8_count(line + a, (int64_t)(b - a));
    int stripped_chars = (int)utf8_count(line, (int64_t)a);
    if (loc.end_line >= loc.line && loc.line > 0 && (loc.col > 0 || loc.end_col > 0)) {
        int start = char_offset(line, len, loc.col), end = char_offset(line, len, loc.end_col);
        bool have = false;
        int left = 0, right = 0;
        if (loc.line == loc.end_line) {
            size_t sb = (size_t)(loc.col < (int)len ? loc.col : (int)len);
            size_t eb = (size_t)(loc.end_col < (int)len ? loc.end_col : (int)len);
            if (eb > sb) have = caret_anchors(line + sb, eb - sb, &left, &right);
        } else {
            end = (int)utf8_count(line, (int64_t)b);
        }
        if (end - start < stripped_len || (have && right - left > 0)) {
            sbuf_adds(&row, "    ");
            for (int i = 0; i < start - stripped_chars; i++) sbuf_addc(&row, ' ');
            if (have) {
                for (int i = 0; i < left; i++) sbuf_addc(&row, '~');
                for (int i = left; i < right; i++) sbuf_addc(&row, '^');
                for (int i = right; i < end - start; i++) sbuf_addc(&row, '~');
            } else {
                for (int i = start; i < end; i++) sbuf_addc(&row, '^');
            }
            sbuf_addc(&row, '\n');
        }
    }
    emit(p, sbuf_str(&row), 0);
    sbuf_free(&row);
}

static void print_tb(printer *p, py_val tb)
{
    /* CPython collapses runs of the same line into "[Previous line repeated N more times]" */
    py_code *last_code = NULL;
    int last_line = -1, count = 0;
    for (; is_kind(tb, K_TB); tb = ((py_tb *)tb.u.o)->next) {
        py_tb *t = (py_tb *)tb.u.o;
        int line = t->code->locs[t->ip].line;
        if (t->code == last_code && line == last_line) {
            count++;
            if (count > 3) continue;
        } else {
            if (count > 3) {
                char buf[100];
                snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", count - 3, count - 3 == 1 ? "" : "s");
                emit(p, buf, 0);
            }
            last_code = t->code;
            last_line = line;
            count = 1;
        }
        print_frame(p, t->code, t->ip);
    }
    if (count > 3) {
        char buf[100];
        snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", count - 3, count - 3 == 1 ? "" : "s");
        emit(p, buf, 0);
    }
}

static void print_exc_only(printer *p, py_val exc)
{
    py_vm *vm = p->vm;
    py_type *t = exc.u.o->type;
    sbuf line = {0};
    py_val mod = dict_get_str(t->dict, vm->s_module);
    py_val qn = dict_get_str(t->dict, vm->s_qualname);
    const char *name = is_kind(qn, K_STR) ? AS_STR(qn)->data : t->name->data;
    if (is_kind(mod, K_STR) && strcmp(AS_STR(mod)->data, "__main__") != 0 && strcmp(AS_STR(mod)->data, "builtins") != 0)
        sbuf_printf(&line, "%s.", AS_STR(mod)->data);
    sbuf_adds(&line, name);
    py_val s = py_str_of(vm, exc);
    if (py_is_err(s)) {
        py_exc_take(vm);
        sbuf_adds(&line, ": <exception str() failed>");
    } else if (AS_STR(s)->len) {
        sbuf_adds(&line, ": ");
        sbuf_add(&line, AS_STR(s)->data, (size_t)AS_STR(s)->len);
    }
    const char *suggestion = py_suggestion(vm, exc);
    if (suggestion) sbuf_printf(&line, ". Did you mean: '%s'?", suggestion);
    sbuf_addc(&line, '\n');
    emit(p, sbuf_str(&line), 0);
    sbuf_free(&line);
    py_val notes = AS_INST(exc)->notes;
    if (is_kind(notes, K_LIST)) {
        for (int64_t i = 0; i < AS_LIST(notes)->len; i++) {
            py_val n = py_str_of(vm, AS_LIST(notes)->items[i]);
            if (py_is_err(n)) { py_exc_take(vm); continue; }
            sbuf b = {0};
            sbuf_add(&b, AS_STR(n)->data, (size_t)AS_STR(n)->len);
            sbuf_addc(&b, '\n');
            emit(p, sbuf_str(&b), 0);
            sbuf_free(&b);
        }
    }
}

static bool seen(printer *p, py_obj *o)
{
    for (int i = 0; i < p->nseen; i++) if (p->seen[i] == o) return true;
    if (p->nseen < 256) p->seen[p->nseen++] = o;
    return false;
}

static void format_exc(printer *p, py_val exc, bool chain);

static void format_one(printer *p, py_val exc)
{
    py_inst *e = AS_INST(exc);
    if (!(exc.u.o->type->flags & TF_BASEGROUP)) {
        if (is_kind(e->tb, K_TB)) {
            emit(p, "Traceback (most recent call last):\n", 0);
            print_tb(p, e->tb);
        }
        print_exc_only(p, exc);
        return;
    }
    bool top = p->depth == 0;
    if (top) p->depth++;
    if (is_kind(e->tb, K_TB)) {
        emit(p, "Exception Group Traceback (most recent call last):\n", top ? '+' : 0);
        print_tb(p, e->tb);
    }
    print_exc_only(p, exc);
    py_tuple *ex = AS_TUPLE(e->eg_excs);
    int64_t n = ex->len > 15 ? 16 : ex->len;
    p->need_close = false;
    for (int64_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last) p->need_close = true;
        bool truncated = i >= 15;
        char title[64];
        if (truncated) snprintf(title, sizeof title, "...");
        else snprintf(title, sizeof title, "%lld", (long long)(i + 1));
        for (int k = 0; k < p->depth; k++) sbuf_adds(&p->out, "  ");
        sbuf_printf(&p->out, "%s+---------------- %s ----------------\n", i == 0 ? "+-" : "  ", title);
        p->depth++;
        if (!truncated) format_exc(p, ex->items[i], true);
        else {
            char buf[80];
            snprintf(buf, sizeof buf, "and %lld more exception%s\n", (long long)(ex->len - 15), ex->len - 15 > 1 ? "s" : "");
            emit(p, buf, 0);
        }
        if (last && p->need_close) {
            for (int k = 0; k < p->depth; k++) sbuf_adds(&p->out, "  ");
            sbuf_adds(&p->out, "+------------------------------------\n");
            p->need_close = false;
        }
        p->depth--;
    }
    if (top) p->depth = 0;
}

static void format_exc(printer *p, py_val exc, bool chain)
{
    py_val list[64];
    const char *msgs[64];
    int n = 0;
    py_val e = exc;
    while (is_kind(e, K_INST) && n < 64) {
        seen(p, e.u.o);
        py_inst *x = AS_INST(e);
        py_val next = undef_val();
        const char *msg = NULL;
        if (chain && is_kind(x->cause, K_INST) && !seen(p, x->cause.u.o)) {
            next = x->cause;
            msg = "\nThe above exception was the direct cause of the following exception:\n\n";
        } else if (chain && is_kind(x->context, K_INST) && !x->suppress_context && !seen(p, x->context.u.o)) {
            next = x->context;
            msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
        }
        list[n] = e;
        msgs[n] = msg;
        n++;
        e = next;
    }
    for (int i = n - 1; i >= 0; i--) {
        format_one(p, list[i]);
        if (i > 0 && msgs[i - 1]) emit(p, msgs[i - 1], 0);
    }
}

void exc_print(py_vm *vm, py_val exc, FILE *f)
{
    printer p = {0};
    p.vm = vm;
    vm->gc_paused++;
    format_exc(&p, exc, true);
    vm->gc_paused--;
    fputs(sbuf_str(&p.out), f);
    sbuf_free(&p.out);
}

/* sys.unraisablehook's default prints the exception without its chain. */
void exc_print_unchained(py_vm *vm, py_val exc)
{
    printer p = {0};
    p.vm = vm;
    vm->gc_paused++;
    format_exc(&p, exc, false);
    vm->gc_paused--;
    py_output(vm, 2, sbuf_str(&p.out), p.out.len);
    sbuf_free(&p.out);
    fflush(vm->err);
}

void py_print_exception(py_vm *vm, py_val exc)
{
    printer p = {0};
    p.vm = vm;
    vm->gc_paused++;
    format_exc(&p, exc, true);
    vm->gc_paused--;
    py_output(vm, 2, sbuf_str(&p.out), p.out.len);
    sbuf_free(&p.out);
    fflush(vm->err);
}

/* ---------------- builtin exception types ---------------- */

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]), 2 to 5 arguments:
 * errno, strerror and the file names are kept aside (in eg_msg, unused by an
 * OSError), and with a file name args keeps the first two, as in CPython. */
void exc_oserror_args(py_vm *vm, py_inst *e)
{
    if (!type_is_sub(e->hdr.type, vm->e_oserror) || !is_kind(e->args, K_TUPLE)) return;
    py_tuple *a = AS_TUPLE(e->args);
    if (a->len < 2 || a->len > 5) return;
    py_tuple *info = tuple_new(vm, 4);
    info->items[0] = a->items[0];
    info->items[1] = a->items[1];
    info->items[2] = a->len >= 3 ? a->items[2] : py_none();
    info->items[3] = a->len == 5 ? a->items[4] : py_none();
    e->eg_msg = py_obj_val(info);
    if (a->len >= 3 && a->items[2].tag != V_NONE) {
        py_tuple *t = tuple_new(vm, 2);
        t->items[0] = a->items[0];
        t->items[1] = a->items[1];
        e->args = py_obj_val(t);
    }
}

/* An OSError made from an errno becomes the subclass for it (OSError(2, ...) is a
 * FileNotFoundError), as in CPython on Linux. */
py_type *exc_oserror_subclass(py_vm *vm, py_type *t, py_val *args, int nargs)
{
    if (t != vm->e_oserror || nargs < 2 || nargs > 5 || args[0].tag != V_INT) return t;
    static const struct { int err; const char *name; } map[] = {
        {EAGAIN, "BlockingIOError"}, {EALREADY, "BlockingIOError"}, {EINPROGRESS, "BlockingIOError"},
        {EWOULDBLOCK, "BlockingIOError"}, {ECHILD, "ChildProcessError"}, {EPIPE, "BrokenPipeError"},
        {ESHUTDOWN, "BrokenPipeError"}, {ECONNABORTED, "ConnectionAbortedError"},
        {ECONNREFUSED, "ConnectionRefusedError"}, {ECONNRESET, "ConnectionResetError"}, {EEXIST, "FileExistsError"},
        {ENOENT, "FileNotFoundError"}, {EISDIR, "IsADirectoryError"}, {ENOTDIR, "NotADirectoryError"},
        {EINTR, "InterruptedError"}, {EACCES, "PermissionError"}, {EPERM, "PermissionError"},
        {ESRCH, "ProcessLookupError"}, {ETIMEDOUT, "TimeoutError"},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(map); i++) {
        if (args[0].u.i != map[i].err) continue;
        py_val sub = dict_get_str(vm->builtins, str_intern_c(vm, map[i].name));
        if (is_kind(sub, K_TYPE)) return AS_TYPE(sub);
    }
    return t;
}

static py_val exc_init(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    if (nargs < 1) return py_none();
    py_inst *e = AS_INST(args[0]);
    if (kw && kw->count)
        return raise_type(vm, vm->e_type, "%s() takes no keyword arguments", e->hdr.type->name->data);
    py_tuple *t = tuple_new(vm, nargs - 1);
    for (int i = 1; i < nargs; i++) t->items[i - 1] = args[i];
    e->args = py_obj_val(t);
    exc_oserror_args(vm, e);
    return py_none();
}

static py_val group_new_native(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 3) return raise_type(vm, vm->e_type, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs - 1);
    return exc_group_new(vm, AS_TYPE(args[0]), args[1], args[2]);
}

static py_val exc_with_traceback(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)vm; (void)kw;
    if (nargs == 2) AS_INST(args[0])->tb = args[1];
    return args[0];
}

static py_val exc_add_note(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2 || !is_kind(args[1], K_STR))
        return raise_type(vm, vm->e_type, "note must be a str, not '%s'", nargs == 2 ? py_type_name(vm, args[1]) : "NoneType");
    py_inst *e = AS_INST(args[0]);
    if (!is_kind(e->notes, K_LIST)) e->notes = py_obj_val(list_new(vm, 0));
    list_push(vm, AS_LIST(e->notes), args[1]);
    return py_none();
}

static py_val group_split(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2) return raise_type(vm, vm->e_type, "split() takes exactly one argument");
    py_val rest;
    py_val m = exc_group_split(vm, args[0], args[1], &rest);
    if (py_is_err(m)) return m;
    py_tuple *t = tuple_new(vm, 2);
    t->items[0] = m;
    t->items[1] = rest;
    return py_obj_val(t);
}

static py_val group_subgroup(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2) return raise_type(vm, vm->e_type, "subgroup() takes exactly one argument");
    py_val rest;
    return exc_group_split(vm, args[0], args[1], &rest);
}

static py_val group_derive(py_vm *vm, py_val *args, int nargs, py_dict *kw)
{
    (void)kw;
    if (nargs != 2) return raise_type(vm, vm->e_type, "derive() takes exactly one argument");
    return exc_group_new(vm, args[0].u.o->type == vm->e_group ? vm->e_group : vm->e_basegroup, AS_INST(args[0])->eg_msg, args[1]);
}

static py_type *mk(py_vm *vm, const char *name, py_type *base)
{
    py_type *t = type_new(vm, name, base, K_INST);
    t->flags |= TF_EXC | TF_BUILTIN;
    dict_set_str(vm, vm->builtins, t->name, py_obj_val(t));
    return t;
}

static void add_method(py_vm *vm, py_type *t, const char *name, py_native_fn fn)
{
    py_type_add_method(vm, t, name, fn);
}

void exc_init_types(py_vm *vm)
{
    py_type *b = vm->e_base = mk(vm, "BaseException", vm->t_object);
    add_method(vm, b, "__init__", exc_init);
    add_method(vm, b, "with_traceback", exc_with_traceback);
    add_method(vm, b, "add_note", exc_add_note);
    vm->e_basegroup = mk(vm, "BaseExceptionGroup", b);
    vm->e_basegroup->flags |= TF_BASEGROUP | TF_GROUPROOT;
    add_method(vm, vm->e_basegroup, "__new__", group_new_native);
    add_method(vm, vm->e_basegroup, "split", group_split);
    add_method(vm, vm->e_basegroup, "subgroup", group_subgroup);
    add_method(vm, vm->e_basegroup, "derive", group_derive);
    vm->e_genexit = mk(vm, "GeneratorExit", b);
    vm->e_kbint = mk(vm, "KeyboardInterrupt", b);
    vm->e_sysexit = mk(vm, "SystemExit", b);
    py_type *e = vm->e_exc = mk(vm, "Exception", b);
    vm->e_arith = mk(vm, "ArithmeticError", e);
    mk(vm, "FloatingPointError", vm->e_arith);
    vm->e_overflow = mk(vm, "OverflowError", vm->e_arith);
    vm->e_zero = mk(vm, "ZeroDivisionError", vm->e_arith);
    vm->e_assert = mk(vm, "AssertionError", e);
    vm->e_attr = mk(vm, "AttributeError", e);
    vm->e_group = mk(vm, "ExceptionGroup", e);
    vm->e_group->flags |= TF_BASEGROUP;
    vm->e_group->dict = vm->e_basegroup->dict;
    vm->e_import = mk(vm, "ImportError", e);
    vm->e_modnotfound = mk(vm, "ModuleNotFoundError", vm->e_import);
    vm->e_eof = mk(vm, "EOFError", e);
    vm->e_lookup = mk(vm, "LookupError", e);
    vm->e_index = mk(vm, "IndexError", vm->e_lookup);
    vm->e_key = mk(vm, "KeyError", vm->e_lookup);
    vm->e_memory = mk(vm, "MemoryError", e);
    vm->e_name = mk(vm, "NameError", e);
    vm->e_unbound = mk(vm, "UnboundLocalError", vm->e_name);
    vm->e_oserror = mk(vm, "OSError", e);
    vm->e_timeout = mk(vm, "TimeoutError", vm->e_oserror);
    py_type *conn = mk(vm, "ConnectionError", vm->e_oserror);
    vm->e_connrefused = mk(vm, "ConnectionRefusedError", conn);
    vm->e_connreset = mk(vm, "ConnectionResetError", conn);
    vm->e_brokenpipe = mk(vm, "BrokenPipeError", conn);
    mk(vm, "ConnectionAbortedError", conn);
    vm->e_permission = mk(vm, "PermissionError", vm->e_oserror);
    static const char *const os_subs[] = {"BlockingIOError", "ChildProcessError", "FileExistsError", "FileNotFoundError",
                                          "InterruptedError", "IsADirectoryError", "NotADirectoryError", "ProcessLookupError"};
    for (size_t i = 0; i < LL_ARRAY_LEN(os_subs); i++) mk(vm, os_subs[i], vm->e_oserror);
    dict_set_str(vm, vm->builtins, str_intern_c(vm, "EnvironmentError"), py_obj_val(vm->e_oserror));
    dict_set_str(vm, vm->builtins, str_intern_c(vm, "IOError"), py_obj_val(vm->e_oserror));
    mk(vm, "BufferError", e);
    mk(vm, "ReferenceError", e);
    mk(vm, "SystemError", e);
    vm->e_runtime = mk(vm, "RuntimeError", e);
    vm->e_notimpl = mk(vm, "NotImplementedError", vm->e_runtime);
    vm->e_recursion = mk(vm, "RecursionError", vm->e_runtime);
    vm->e_stopiter = mk(vm, "StopIteration", e);
    vm->e_stopasync = mk(vm, "StopAsyncIteration", e);
    vm->e_syntax = mk(vm, "SyntaxError", e);
    mk(vm, "TabError", mk(vm, "IndentationError", vm->e_syntax));
    vm->e_type = mk(vm, "TypeError", e);
    vm->e_value = mk(vm, "ValueError", e);
    vm->e_unicode = mk(vm, "UnicodeError", vm->e_value);
    vm->e_unicode_decode = mk(vm, "UnicodeDecodeError", vm->e_unicode);
    vm->e_unicode_encode = mk(vm, "UnicodeEncodeError", vm->e_unicode);
    mk(vm, "UnicodeTranslateError", vm->e_unicode);
    py_type *w = mk(vm, "Warning", e);
    static const char *const warnings[] = {"BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
                                           "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
                                           "SyntaxWarning", "UnicodeWarning", "UserWarning"};
    for (size_t i = 0; i < LL_ARRAY_LEN(warnings); i++) mk(vm, warnings[i], w);
}

