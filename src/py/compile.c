/* compile.c - AST to bytecode. Two passes per module: a symbol table pass that gives
 * every name its scope the way CPython's symtable does (locals, globals, cells and
 * free variables for closures and nonlocal; comprehensions are functions of their
 * own as in 3.11; class bodies keep names in a dict), then code generation with a
 * per-instruction location table (line and column range, for tracebacks). */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/ast.h"
#include "py/bigint.h"
#include "py/compile.h"
#include "py/vm.h"

const char *const py_opcode_names[OP__COUNT] = {
#define OP(name, effect, doc) #name,
#include "py/opcodes.h"
#undef OP
};

/* ---------------- symbol table ---------------- */

enum { SC_MODULE, SC_FUNC, SC_CLASS, SC_COMP };
enum { F_ASSIGN = 1, F_PARAM = 2, F_GLOBAL = 4, F_NONLOCAL = 8, F_USE = 16 };
enum { R_LOCAL, R_GLOBAL_EXPLICIT, R_GLOBAL_IMPLICIT, R_FREE, R_CELL };

typedef struct sym { const char *name; int flags; int res; py_node *decl; /* its global/nonlocal statement */ } sym;

typedef struct scope {
    int type;
    struct scope *parent;
    py_node *node;
    sym *syms;
    int nsyms, capsyms;
    struct scope **kids;
    int nkids, capkids;
    int kid_cursor;          /* codegen walks kids in creation order */
    bool needs_class_cell;   /* class body: a method uses super() / __class__ */
    bool uses_super;
    bool is_coro;
    bool is_gen;             /* a yield in its own body: a generator (async def: an async generator) */
} scope;

typedef struct compiler compiler;

static sym *sym_find(scope *s, const char *name)
{
    for (int i = 0; i < s->nsyms; i++)
        if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
    return NULL;
}

static sym *sym_add(scope *s, const char *name, int flags)
{
    sym *y = sym_find(s, name);
    if (!y) {
        if (s->nsyms == s->capsyms) {
            s->capsyms = s->capsyms ? s->capsyms * 2 : 16;
            s->syms = xrealloc(s->syms, (size_t)s->capsyms * sizeof *s->syms);
        }
        y = &s->syms[s->nsyms++];
        y->name = name;
        y->flags = 0;
        y->res = R_GLOBAL_IMPLICIT;
        y->decl = NULL;
    }
    y->flags |= flags;
    return y;
}

static scope *scope_new(int type, scope *parent, py_node *node)
{
    scope *s = xcalloc(1, sizeof *s);
    s->type = type;
    s->parent = parent;
    s->node = node;
    if (parent) {
        if (parent->nkids == parent->capkids) {
            parent->capkids = parent->capkids ? parent->capkids * 2 : 4;
            parent->kids = xrealloc(parent->kids, (size_t)parent->capkids * sizeof *parent->kids);
        }
        parent->kids[parent->nkids++] = s;
    }
    return s;
}

static void scope_free(scope *s)
{
    for (int i = 0; i < s->nkids; i++) scope_free(s->kids[i]);
    free(s->kids);
    free(s->syms);
    free(s);
}

struct compiler {
    py_vm *vm;
    jmp_buf fail;
    char *err;
    size_t errlen;
    int err_line, err_col, err_end_line, err_end_col;
    scope *top;
    struct unit *u;
    bool interactive;   /* REPL input: top-level expressions are displayed, await allowed */
    bool top_await;     /* an await was compiled at the top level of interactive input */
    int st_depth;       /* statement + expression nesting in the symbol-table pass */
    int st_comp_iter;   /* inside a comprehension's iterable expression (no := there) */
};

/* CPython's symtable counts nested statements and expressions against three times
 * the recursion limit: deeper code is "RecursionError: maximum recursion depth
 * exceeded during compilation" (reported with line -1, not as a SyntaxError). */
#define AST_DEPTH_LIMIT 3000
static void st_deeper(compiler *c)
{
    if (++c->st_depth > AST_DEPTH_LIMIT) {
        snprintf(c->err, c->errlen, "RecursionError: maximum recursion depth exceeded during compilation");
        c->err_line = -1;
        c->err_col = c->err_end_line = c->err_end_col = 0;
        longjmp(c->fail, 1);
    }
}

LL_NORETURN static void comp_error(compiler *c, py_node *n, const char *fmt, ...) LL_PRINTF(3, 4);
static void comp_error(compiler *c, py_node *n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err, c->errlen, fmt, ap);
    va_end(ap);
    c->err_line = n ? n->line : 0;
    c->err_col = n ? n->col + 1 : 0;
    c->err_end_line = n ? n->end_line : 0;  /* CPython marks the whole node */
    c->err_end_col = n ? n->end_col + 1 : 0;
    longjmp(c->fail, 1);
}

static void st_expr(compiler *c, scope *s, py_node *n);
static void st_stmts(compiler *c, scope *s, py_node **l, int n);

static void st_target(compiler *c, scope *s, py_node *t)
{
    if (!t) return;
    switch (t->kind) {
    case N_NAME: {
        sym *y = sym_find(s, t->str);
        if (y && (y->flags & F_GLOBAL)) return;
        sym_add(s, t->str, F_ASSIGN);
        return;
    }
    case N_TUPLE: case N_LIST:
        for (int i = 0; i < t->n; i++) st_target(c, s, t->list[i]);
        return;
    case N_STARRED: st_target(c, s, t->a); return;
    default: st_expr(c, s, t);
    }
}

static void st_args_defaults(compiler *c, scope *s, py_node *args)
{
    for (int i = 0; i < args->n; i++) st_expr(c, s, args->list[i]->a);
    for (int i = 0; i < args->n2; i++) st_expr(c, s, args->list2[i]->a);
}

/* Declares a function's parameters; a name used twice is CPython's symtable error. */
static void st_param(compiler *c, scope *fs, py_node *arg)
{
    sym *y = sym_find(fs, arg->str);
    if (y && (y->flags & F_PARAM)) comp_error(c, arg, "duplicate argument '%s' in function definition", arg->str);
    sym_add(fs, arg->str, F_PARAM);
}

static void st_params(compiler *c, scope *fs, py_node *args)
{
    for (int i = 0; i < args->n; i++) st_param(c, fs, args->list[i]);
    if (args->b) st_param(c, fs, args->b);
    for (int i = 0; i < args->n2; i++) st_param(c, fs, args->list2[i]);
    if (args->c) st_param(c, fs, args->c);
}

/* x := v binds x where an assignment would, except inside a comprehension: there
 * it binds in the nearest enclosing function or module (PEP 572), the comprehension
 * scopes in between reaching it as nonlocal (or global at module level). */
static void st_namedexpr_target(compiler *c, scope *s, py_node *n)
{
    const char *name = n->a->str;
    if (c->st_comp_iter) comp_error(c, n, "assignment expression cannot be used in a comprehension iterable expression");
    if (s->type != SC_COMP) { st_target(c, s, n->a); return; }
    scope *e = s;
    for (; e->type == SC_COMP; e = e->parent) {
        sym *y = sym_find(e, name);
        if (y && (y->flags & F_ASSIGN))
            comp_error(c, n->a, "assignment expression cannot rebind comprehension iteration variable '%s'", name);
    }
    if (e->type == SC_CLASS) comp_error(c, n->a, "assignment expression within a comprehension cannot be used in a class body");
    sym *outer = sym_find(e, name);
    bool global = e->type == SC_MODULE || (outer && (outer->flags & F_GLOBAL));
    if (!global) sym_add(e, name, F_ASSIGN);
    else if (e->type == SC_MODULE) sym_add(e, name, F_ASSIGN);
    for (scope *p = s; p != e; p = p->parent) sym_add(p, name, global ? F_GLOBAL : F_NONLOCAL);
}

/* Comprehension: the first iterator belongs to the enclosing scope, the rest to a
 * new function scope whose parameter is ".0". */
static void st_comp(compiler *c, scope *s, py_node *n)
{
    /* the comprehension's scope is made first: code generation takes it from the
     * kids before it compiles the first iterator (whose lambdas come after it) */
    scope *cs = scope_new(SC_COMP, s, n);
    c->st_comp_iter++;
    st_expr(c, s, n->list[0]->b);
    c->st_comp_iter--;
    cs->is_coro = false;
    sym_add(cs, ".0", F_PARAM);
    for (int i = 0; i < n->n; i++) {
        py_node *g = n->list[i];
        if (i > 0) { c->st_comp_iter++; st_expr(c, cs, g->b); c->st_comp_iter--; }
        st_target(c, cs, g->a);
        for (int k = 0; k < g->n; k++) st_expr(c, cs, g->list[k]);
    }
    st_expr(c, cs, n->a);
    if (n->b) st_expr(c, cs, n->b);
}

static void st_expr_in(compiler *c, scope *s, py_node *n);

static void st_expr(compiler *c, scope *s, py_node *n)
{
    if (!n) return;
    if ((n->kind == N_INT || n->kind == N_FLOAT) && n->slen) {  /* -(-(-1)): folded by the parser (slen: how many) */
        c->st_depth += (int)n->slen;
        st_deeper(c);
        c->st_depth -= (int)n->slen + 1;
        return;
    }
    st_deeper(c);
    st_expr_in(c, s, n);
    c->st_depth--;
}

static void st_expr_in(compiler *c, scope *s, py_node *n)
{
    switch (n->kind) {
    case N_NAME:
        sym_add(s, n->str, F_USE);
        if (strcmp(n->str, "super") == 0) s->uses_super = true;
        return;
    case N_LAMBDA: {
        st_args_defaults(c, s, n->a);
        scope *fs = scope_new(SC_FUNC, s, n);
        st_params(c, fs, n->a);
        st_expr(c, fs, n->b);
        return;
    }
    case N_LISTCOMP: case N_SETCOMP: case N_GENEXP: case N_DICTCOMP:
        st_comp(c, s, n);
        return;
    case N_NAMEDEXPR:
        st_expr(c, s, n->b);
        st_namedexpr_target(c, s, n);
        return;
    case N_YIELD:
        if (s->type == SC_COMP) {
            int k = s->node->kind;
            comp_error(c, n, "'yield' inside %s", k == N_LISTCOMP ? "list comprehension" : k == N_SETCOMP ? "set comprehension"
                       : k == N_DICTCOMP ? "dict comprehension" : "generator expression");
        }
        s->is_gen = true;
        break;
    default: break;
    }
    st_expr(c, s, n->a);
    st_expr(c, s, n->b);
    st_expr(c, s, n->c);
    for (int i = 0; i < n->n; i++) st_expr(c, s, n->list[i]);
    for (int i = 0; i < n->n2; i++) st_expr(c, s, n->list2[i]);
}

static void st_funcdef(compiler *c, scope *s, py_node *n)
{
    for (int i = 0; i < n->n2; i++) st_expr(c, s, n->list2[i]);  /* decorators */
    st_args_defaults(c, s, n->a);
    st_target(c, s, &(py_node){.kind = N_NAME, .str = n->str});
    scope *fs = scope_new(SC_FUNC, s, n);
    fs->is_coro = n->flags & 1;
    st_params(c, fs, n->a);
    st_stmts(c, fs, n->list, n->n);
}

static void st_decl(compiler *c, scope *s, py_node *n, int flag)
{
    for (int i = 0; i < n->n; i++) {
        sym *y = sym_find(s, n->list[i]->str);
        if (y && (y->flags & (F_ASSIGN | F_USE | F_PARAM))) {
            if (y->flags & F_PARAM) comp_error(c, n, "name '%s' is parameter and %s", y->name, flag == F_GLOBAL ? "global" : "nonlocal");
            comp_error(c, n, "name '%s' is %s %s declaration", y->name,
                       (y->flags & F_USE) ? "used prior to" : "assigned to before", flag == F_GLOBAL ? "global" : "nonlocal");
        }
        sym_add(s, n->list[i]->str, flag)->decl = n;
    }
}

/* A pattern's captures are assignments; its values, keys and classes are uses. */
static void st_pattern(compiler *c, scope *s, py_node *p)
{
    if (!p) return;
    if (p->kind != N_PAT) { st_expr(c, s, p); return; }
    if (p->str) st_target(c, s, &(py_node){.kind = N_NAME, .str = p->str});
    if (p->op == PAT_VALUE || p->op == PAT_SINGLETON || p->op == PAT_CLASS) st_expr(c, s, p->a);
    else st_pattern(c, s, p->a);
    for (int i = 0; i < p->n; i++) st_pattern(c, s, p->list[i]);
    for (int i = 0; i < p->n2; i++) st_pattern(c, s, p->list2[i]);
}

static void st_stmt_in(compiler *c, scope *s, py_node *n);

static void st_stmt(compiler *c, scope *s, py_node *n)
{
    st_deeper(c);
    st_stmt_in(c, s, n);
    c->st_depth--;
}

static void st_stmt_in(compiler *c, scope *s, py_node *n)
{
    switch (n->kind) {
    case N_FUNCDEF: st_funcdef(c, s, n); return;
    case N_CLASSDEF: {
        for (int i = 0; i < n->n3; i++) st_expr(c, s, n->list3[i]);  /* decorators */
        for (int i = 0; i < n->n2; i++) st_expr(c, s, n->list2[i]);
        st_target(c, s, &(py_node){.kind = N_NAME, .str = n->str});
        scope *cs = scope_new(SC_CLASS, s, n);
        st_stmts(c, cs, n->list, n->n);
        return;
    }
    case N_ASSIGN:
        for (int i = 0; i < n->n; i++) st_target(c, s, n->list[i]);
        st_expr(c, s, n->a);
        return;
    case N_AUGASSIGN: case N_ANNASSIGN:
        st_target(c, s, n->a);
        if (n->a->kind == N_NAME) sym_add(s, n->a->str, F_USE);
        st_expr(c, s, n->kind == N_AUGASSIGN ? n->b : n->c);
        return;
    case N_FOR:
        st_target(c, s, n->a);
        st_expr(c, s, n->b);
        st_stmts(c, s, n->list, n->n);
        st_stmts(c, s, n->list2, n->n2);
        return;
    case N_WITH:
        for (int i = 0; i < n->n; i++) { st_expr(c, s, n->list[i]->a); st_target(c, s, n->list[i]->b); }
        st_stmts(c, s, n->list2, n->n2);
        return;
    case N_TRY:
        st_stmts(c, s, n->list, n->n);
        for (int i = 0; i < n->n2; i++) {
            py_node *h = n->list2[i];
            st_expr(c, s, h->a);
            if (h->str) sym_add(s, h->str, F_ASSIGN);
            st_stmts(c, s, h->list, h->n);
        }
        st_stmts(c, s, n->list3, n->n3);
        st_stmts(c, s, n->list4, n->n4);
        return;
    case N_DELETE:
        for (int i = 0; i < n->n; i++) st_target(c, s, n->list[i]);
        return;
    case N_IMPORT: case N_IMPORTFROM:
        for (int i = 0; i < n->n; i++) {
            py_node *a = n->list[i];
            const char *nm = a->str2 ? a->str2 : a->str;
            if (!a->str2 && n->kind == N_IMPORT && strchr(nm, '.')) {
                char *first = xstrndup(nm, (size_t)(strchr(nm, '.') - nm));
                nm = str_intern_c(c->vm, first)->data;
                free(first);
            }
            sym_add(s, nm, F_ASSIGN);
        }
        return;
    case N_GLOBAL: st_decl(c, s, n, F_GLOBAL); return;
    case N_NONLOCAL:
        if (s->type == SC_MODULE) comp_error(c, n, "nonlocal declaration not allowed at module level");
        st_decl(c, s, n, F_NONLOCAL);
        return;
    case N_MATCH:
        st_expr(c, s, n->a);
        for (int i = 0; i < n->n; i++) {
            py_node *k = n->list[i];
            st_pattern(c, s, k->a);
            st_expr(c, s, k->b);
            st_stmts(c, s, k->list, k->n);
        }
        return;
    case N_IF: case N_WHILE:
        st_expr(c, s, n->a);
        st_stmts(c, s, n->list, n->n);
        st_stmts(c, s, n->list2, n->n2);
        return;
    default:
        st_expr(c, s, n->a);
        st_expr(c, s, n->b);
        st_expr(c, s, n->c);
        for (int i = 0; i < n->n; i++) st_expr(c, s, n->list[i]);
    }
}

static void st_stmts(compiler *c, scope *s, py_node **l, int n)
{
    for (int i = 0; i < n; i++) st_stmt(c, s, l[i]);
}

/* Is name bound in an enclosing function scope (classes are skipped)? */
static scope *st_binding_scope(scope *s, const char *name)
{
    for (scope *p = s->parent; p; p = p->parent) {
        if (p->type == SC_CLASS) continue;
        if (p->type == SC_MODULE) return NULL;
        sym *y = sym_find(p, name);
        if (y && (y->flags & F_GLOBAL)) return NULL;
        if (y && (y->flags & (F_ASSIGN | F_PARAM | F_NONLOCAL))) return p;
    }
    return NULL;
}

/* Marks name as free in every scope between s (exclusive) and its binder. */
static void st_mark_free_path(scope *s, scope *binder, const char *name)
{
    for (scope *p = s->parent; p && p != binder; p = p->parent) {
        sym *y = sym_add(p, name, 0);
        if (y->res != R_CELL && y->res != R_LOCAL) y->res = R_FREE;
    }
    sym *b = sym_find(binder, name);
    if (!(b->flags & F_NONLOCAL)) b->res = R_CELL;  /* nonlocal there: the cell is further out */
}

static void st_resolve(compiler *c, scope *s)
{
    for (int i = 0; i < s->nsyms; i++) {
        sym *y = &s->syms[i];
        if (y->flags & F_GLOBAL) { y->res = R_GLOBAL_EXPLICIT; continue; }
        if (s->type == SC_MODULE) { y->res = R_GLOBAL_IMPLICIT; continue; }
        if (y->flags & F_NONLOCAL) {
            scope *b = st_binding_scope(s, y->name);
            if (!b) comp_error(c, y->decl ? y->decl : s->node, "no binding for nonlocal '%s' found", y->name);
            y->res = R_FREE;
            st_mark_free_path(s, b, y->name);
            continue;
        }
        if (y->flags & (F_ASSIGN | F_PARAM)) {
            if (y->res != R_CELL) y->res = R_LOCAL;
            continue;
        }
        scope *b = st_binding_scope(s, y->name);
        if (b) {
            y->res = R_FREE;
            st_mark_free_path(s, b, y->name);
        } else {
            y->res = R_GLOBAL_IMPLICIT;
        }
    }
    /* super() in a method needs the class cell __class__ */
    if (s->uses_super && s->type == SC_FUNC) {
        scope *p = s->parent;
        while (p && p->type != SC_CLASS && p->type != SC_MODULE) p = p->parent;
        if (p && p->type == SC_CLASS) {
            sym_add(s, "__class__", F_USE)->res = R_FREE;
            for (scope *q = s->parent; q != p; q = q->parent) sym_add(q, "__class__", 0)->res = R_FREE;
            p->needs_class_cell = true;
            sym_add(p, "__class__", 0)->res = R_CELL;
        }
    }
    for (int i = 0; i < s->nkids; i++) st_resolve(c, s->kids[i]);
}

/* ---------------- code generation ---------------- */

enum { FB_WHILE, FB_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END, FB_HANDLER, FB_WITH, FB_ASYNC_WITH, FB_POP_VALUE };
typedef struct fblock {
    int type; int start; py_node *node; const char *name;
    int *breaks, nbreaks, capbreaks;  /* a loop's break jumps (a finally body inlined at each exit repeats them) */
} fblock;

typedef struct unit {
    scope *s;
    struct unit *parent;
    uint32_t *code;
    py_loc *locs;
    int ncode, capcode;
    py_val *consts;
    int nconsts, capconsts;
    const char **names;
    int nnames, capnames;
    const char **varnames;
    int nvar, capvar;
    const char **cellnames;
    int ncell;
    const char **freenames;
    int nfree;
    fblock fb[32];
    int nfb;
    py_loc loc;
    const char *name, *qualname;
    int flags, argcount, posonly, kwonly, firstline;
    bool annotations;   /* this class or module body made __annotations__ (annotations_setup) */
    py_val doc;
} unit;

static int emit(compiler *c, int op, int arg)
{
    unit *u = c->u;
    if (u->ncode == u->capcode) {
        u->capcode = u->capcode ? u->capcode * 2 : 64;
        u->code = xrealloc(u->code, (size_t)u->capcode * sizeof *u->code);
        u->locs = xrealloc(u->locs, (size_t)u->capcode * sizeof *u->locs);
    }
    if (arg < 0 || arg > 0xFFFFFF) comp_error(c, NULL, "program too large");
    u->code[u->ncode] = (uint32_t)op | ((uint32_t)arg << 8);
    u->locs[u->ncode] = u->loc;
    return u->ncode++;
}

static void patch(compiler *c, int at, int target)
{
    c->u->code[at] = (c->u->code[at] & 0xFF) | ((uint32_t)target << 8);
}
static int here(compiler *c) { return c->u->ncode; }

static py_loc loc_of(py_node *n)
{
    py_loc l = {n->line, n->end_line, (int16_t)(n->col > 32767 ? 32767 : n->col),
                (int16_t)(n->end_col > 32767 ? 32767 : n->end_col)};
    return l;
}

static int add_const(compiler *c, py_val v)
{
    unit *u = c->u;
    for (int i = 0; i < u->nconsts; i++) {
        py_val w = u->consts[i];
        if (w.tag != v.tag) continue;
        if ((v.tag == V_INT || v.tag == V_BOOL) && w.u.i == v.u.i) return i;
        if (v.tag == V_NONE) return i;
        if (v.tag == V_FLOAT && memcmp(&w.u.f, &v.u.f, sizeof(double)) == 0) return i;
        if (v.tag == V_OBJ && w.u.o == v.u.o) return i;
    }
    if (u->nconsts == u->capconsts) {
        u->capconsts = u->capconsts ? u->capconsts * 2 : 16;
        u->consts = xrealloc(u->consts, (size_t)u->capconsts * sizeof *u->consts);
    }
    u->consts[u->nconsts] = v;
    return u->nconsts++;
}

/* A literal beyond 64 bits (the parser kept its text; op bit 0: negated). */
static py_val big_const(compiler *c, py_node *n)
{
    py_val v = bigint_literal(c->vm, n->str2, strlen(n->str2));
    return n->op & 1 ? bigint_unary(c->vm, UNARY_NEG, v) : v;
}

static int str_const(compiler *c, const char *s, size_t n)
{
    return add_const(c, py_obj_val(str_intern(c->vm, s, n)));
}

static int add_name_to(const char ***arr, int *n, int *cap, const char *name)
{
    for (int i = 0; i < *n; i++) if (strcmp((*arr)[i], name) == 0) return i;
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        *arr = xrealloc(*arr, (size_t)*cap * sizeof **arr);
    }
    (*arr)[*n] = name;
    return (*n)++;
}
static int name_idx(compiler *c, const char *name) { return add_name_to(&c->u->names, &c->u->nnames, &c->u->capnames, name); }
static int var_idx(compiler *c, const char *name) { return add_name_to(&c->u->varnames, &c->u->nvar, &c->u->capvar, name); }
static int deref_idx(compiler *c, const char *name)
{
    unit *u = c->u;
    for (int i = 0; i < u->ncell; i++) if (strcmp(u->cellnames[i], name) == 0) return i;
    for (int i = 0; i < u->nfree; i++) if (strcmp(u->freenames[i], name) == 0) return u->ncell + i;
    return -1;
}

static void expr(compiler *c, py_node *n);
static void stmts(compiler *c, py_node **l, int n);

/* ---- compile-time SyntaxWarnings (CPython's compiler_warn), in compile order ---- */

/* warnings.showwarning's format: "FILE:LINE: SyntaxWarning: MESSAGE" and the line. */
LL_PRINTF(3, 4) static void comp_warn(compiler *c, int line, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    py_syntax_warning(c->vm, line, msg);
}

void py_syntax_warning(py_vm *vm, int line, const char *msg)
{
    if (!vm->err) return;
    fprintf(vm->err, "%s:%d: SyntaxWarning: %s\n", vm->abs_path ? vm->abs_path : "<string>", line, msg);
    const char *src = vm->source;
    for (int i = 1; src && i < line; i++) {
        src = strchr(src, '\n');
        if (src) src++;
    }
    if (!src || !*src) return;
    const char *e = strchr(src, '\n');
    size_t n = e ? (size_t)(e - src) : strlen(src);
    while (n && isspace((unsigned char)*src)) { src++; n--; }
    while (n && isspace((unsigned char)src[n - 1])) n--;
    fprintf(vm->err, "  %.*s\n", (int)n, src);
}

/* A constant once CPython's AST optimizer has run: literals, None/True/False/...,
 * and tuples of constants. */
static bool is_const_node(py_node *n)
{
    switch (n->kind) {
    case N_INT: case N_FLOAT: case N_STR: case N_BYTES: case N_CONST: return true;
    case N_TUPLE:
        for (int i = 0; i < n->n; i++)
            if (!is_const_node(n->list[i])) return false;
        return true;
    default: return false;
    }
}

/* infer_type: the type name an expression is sure to have, or NULL. */
static const char *infer_type(py_node *n)
{
    switch (n->kind) {
    case N_INT: return "int";
    case N_FLOAT: return "float";
    case N_STR: case N_JOINED: case N_FORMATTED: return "str";
    case N_BYTES: return "bytes";
    case N_CONST: return n->op == 0 ? "NoneType" : n->op == 3 ? "ellipsis" : "bool";
    case N_TUPLE: return "tuple";
    case N_LIST: case N_LISTCOMP: return "list";
    case N_DICT: case N_DICTCOMP: return "dict";
    case N_SET: case N_SETCOMP: return "set";
    case N_GENEXP: return "generator";
    case N_LAMBDA: return "function";
    default: return NULL;
    }
}

/* The warnings CPython's compiler gives for node n itself: check_compare ("is" with
 * a literal), check_caller and check_subscripter / check_index ("perhaps you missed
 * a comma?"). Children are not looked at. */
static void warn_node(compiler *c, py_node *n)
{
    if (n->kind == N_COMPARE) {
        bool left = !is_const_node(n->a) || n->a->kind == N_CONST;
        for (int i = 0; i < n->n; i++) {
            bool right = !is_const_node(n->list[i]) || n->list[i]->kind == N_CONST;
            if ((n->ops[i] == CMP_IS || n->ops[i] == CMP_IS_NOT) && (!left || !right)) {
                comp_warn(c, n->line, n->ops[i] == CMP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                          : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    } else if (n->kind == N_CALL) {
        py_node *f = n->a;
        bool bad = is_const_node(f) || f->kind == N_LIST || f->kind == N_LISTCOMP || f->kind == N_DICT ||
                   f->kind == N_DICTCOMP || f->kind == N_SET || f->kind == N_SETCOMP || f->kind == N_GENEXP ||
                   f->kind == N_JOINED || f->kind == N_FORMATTED;
        if (bad) comp_warn(c, n->line, "'%s' object is not callable; perhaps you missed a comma?", infer_type(f));
    } else if (n->kind == N_SUBSCRIPT) {
        py_node *v = n->a;
        bool num = v->kind == N_INT || v->kind == N_FLOAT || (v->kind == N_CONST);
        if (num || v->kind == N_SET || v->kind == N_SETCOMP || v->kind == N_GENEXP || v->kind == N_LAMBDA)
            comp_warn(c, n->line, "'%s' object is not subscriptable; perhaps you missed a comma?", infer_type(v));
        const char *it = n->b->kind == N_SLICE ? NULL : infer_type(n->b);
        bool seq = v->kind == N_STR || v->kind == N_BYTES || (v->kind == N_TUPLE && is_const_node(v)) ||
                   v->kind == N_TUPLE || v->kind == N_LIST || v->kind == N_LISTCOMP || v->kind == N_JOINED ||
                   v->kind == N_FORMATTED;
        if (it && strcmp(it, "int") != 0 && strcmp(it, "bool") != 0 && seq)
            comp_warn(c, n->line, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                      infer_type(v), it);
    }
}

/* The warnings of a whole expression, in compile order (a while loop's test is
 * compiled twice by CPython, so warns twice). */
static void warn_tree(compiler *c, py_node *n)
{
    if (!n) return;
    warn_node(c, n);
    warn_tree(c, n->a);
    warn_tree(c, n->b);
    warn_tree(c, n->c);
    for (int i = 0; i < n->n; i++) warn_tree(c, n->list[i]);
    for (int i = 0; i < n->n2; i++) warn_tree(c, n->list2[i]);
    for (int i = 0; i < n->n3; i++) warn_tree(c, n->list3[i]);
}
static void stmt(compiler *c, py_node *n);

enum { NAME_LOAD, NAME_STORE, NAME_DEL };

static void name_op(compiler *c, const char *name, int ctx)
{
    unit *u = c->u;
    sym *y = sym_find(u->s, name);
    int res = y ? y->res : R_GLOBAL_IMPLICIT;
    if (u->s->type == SC_CLASS && strcmp(name, "__class__") == 0 && ctx == NAME_LOAD) res = R_GLOBAL_IMPLICIT;
    switch (res) {
    case R_LOCAL:
        if (u->s->type == SC_CLASS) break;
        emit(c, ctx == NAME_LOAD ? OP_LOAD_FAST : ctx == NAME_STORE ? OP_STORE_FAST : OP_DELETE_FAST, var_idx(c, name));
        return;
    case R_CELL: case R_FREE:
        if (u->s->type == SC_CLASS && res == R_CELL && strcmp(name, "__class__") == 0) break;
        if (u->s->type == SC_CLASS && ctx != NAME_LOAD) break;
        emit(c, ctx == NAME_LOAD ? OP_LOAD_DEREF : ctx == NAME_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF, deref_idx(c, name));
        return;
    case R_GLOBAL_EXPLICIT:
        emit(c, ctx == NAME_LOAD ? OP_LOAD_GLOBAL : ctx == NAME_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, name_idx(c, name));
        return;
    default:
        if (u->s->type == SC_FUNC || u->s->type == SC_COMP || u->s->type == SC_MODULE) {
            emit(c, ctx == NAME_LOAD ? OP_LOAD_GLOBAL : ctx == NAME_STORE ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, name_idx(c, name));
            return;
        }
    }
    emit(c, ctx == NAME_LOAD ? OP_LOAD_NAME : ctx == NAME_STORE ? OP_STORE_NAME : OP_DELETE_NAME, name_idx(c, name));
}

static void load_const(compiler *c, py_val v) { emit(c, OP_LOAD_CONST, add_const(c, v)); }
static void load_none(compiler *c) { load_const(c, py_none()); }

/* ---- units ---- */

static void unit_push(compiler *c, scope *s, const char *name, py_node *n)
{
    unit *u = xcalloc(1, sizeof *u);
    u->s = s;
    u->parent = c->u;
    u->name = name;
    u->firstline = n ? n->line : 1;
    u->loc = n ? loc_of(n) : (py_loc){1, 1, 0, 0};
    u->doc = undef_val();
    if (c->u && c->u->s->type != SC_MODULE) {
        const char *pq = c->u->qualname;
        char *q = c->u->s->type == SC_CLASS ? xasprintf("%s.%s", pq, name) : xasprintf("%s.<locals>.%s", pq, name);
        u->qualname = str_intern_c(c->vm, q)->data;
        free(q);
    } else {
        u->qualname = name;
    }
    /* cells and frees in a stable order: symbol order */
    for (int i = 0; i < s->nsyms; i++) {
        if (s->syms[i].res == R_CELL) {
            u->cellnames = xrealloc(u->cellnames, (size_t)(u->ncell + 1) * sizeof(char *));
            u->cellnames[u->ncell++] = s->syms[i].name;
        } else if (s->syms[i].res == R_FREE) {
            u->freenames = xrealloc(u->freenames, (size_t)(u->nfree + 1) * sizeof(char *));
            u->freenames[u->nfree++] = s->syms[i].name;
        }
    }
    c->u = u;
}

static void unit_free(unit *u)
{
    free(u->code);
    free(u->locs);
    free(u->consts);
    free(u->names);
    free(u->varnames);
    free(u->cellnames);
    free(u->freenames);
    free(u);
}

/* Stack effect of one instruction; jump says whether the branch is taken. */
static int stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case OP_CALL_METHOD: return -arg - 1;
    case OP_BUILD_SET: return 1 - (arg & ~BUILD_SET_CONST);
    case OP_BUILD_LIST: case OP_BUILD_TUPLE: case OP_BUILD_STRING: return 1 - arg;
    case OP_BUILD_MAP: return 1 - 2 * arg;
    case OP_BUILD_SLICE: return 1 - arg;
    case OP_UNPACK_SEQUENCE: return arg - 1;
    case OP_UNPACK_EX: return (arg & 0xFF) + (arg >> 8);
    case OP_CALL: return -arg;
    case OP_CALL_KW: return -arg - 1;
    case OP_CALL_EX: return (arg & 1) ? -2 : -1;
    case OP_MAKE_FUNCTION: return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 8) != 0));
    case OP_BUILD_CLASS: return -arg - 1;
    case OP_FORMAT_VALUE: return (arg & 4) ? -1 : 0;
    case OP_RAISE_VARARGS: return -arg;
    case OP_FOR_ITER: return jump ? -1 : 1;
    case OP_SEND: return jump ? -1 : 0;
    case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case OP_SETUP_FINALLY: return jump ? 1 : 0;
    default: break;
    }
    static const int fixed[OP__COUNT] = {
#define V 0
#define OP(name, effect, doc) effect,
#include "py/opcodes.h"
#undef OP
#undef V
    };
    return fixed[op];
}

static bool is_jump(int op)
{
    return op == OP_JUMP || op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE ||
           op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
           op == OP_SEND || op == OP_SETUP_FINALLY;
}

/* Maximum stack depth by a worklist walk over both edges of every branch. */
static int max_stack(unit *u)
{
    int *depth = xmalloc((size_t)(u->ncode + 1) * sizeof(int));
    for (int i = 0; i <= u->ncode; i++) depth[i] = -1;
    int *work = xmalloc((size_t)(u->ncode + 1) * 4 * sizeof(int));
    int nw = 0, maxd = 0, cap = (u->ncode + 1) * 2;
    work[nw++] = 0;
    work[nw++] = 0;
    while (nw) {
        int d = work[--nw];
        int i = work[--nw];
        for (; i < u->ncode; i++) {
            if (depth[i] >= d) break;
            depth[i] = d;
            int op = INS_OP(u->code[i]), arg = INS_ARG(u->code[i]);
            if (is_jump(op)) {
                int dj = d + stack_effect(op, arg, 1);
                if (dj > maxd) maxd = dj;
                if (depth[arg] < dj && nw + 2 <= cap * 2) { work[nw++] = arg; work[nw++] = dj; }
                if (op == OP_JUMP) break;
            }
            d += stack_effect(op, arg, 0);
            if (d > maxd) maxd = d;
            if (op == OP_RETURN_VALUE || op == OP_RERAISE || op == OP_RAISE_VARARGS) break;
        }
    }
    free(depth);
    free(work);
    return maxd + 2;
}

static py_str **intern_names(compiler *c, const char **names, int n)
{
    if (!n) return NULL;
    py_str **out = xmalloc((size_t)n * sizeof *out);
    for (int i = 0; i < n; i++) out[i] = str_intern_c(c->vm, names[i]);
    return out;
}

static py_code *unit_finish(compiler *c)
{
    unit *u = c->u;
    py_vm *vm = c->vm;
    int stacksize = max_stack(u);
    py_code *co = py_alloc_obj(vm, sizeof(py_code), K_CODE, vm->t_code);
    co->code = u->code;
    co->locs = u->locs;
    co->ncode = u->ncode;
    u->code = NULL;
    u->locs = NULL;
    co->consts = u->consts;
    co->nconsts = u->nconsts;
    u->consts = NULL;
    co->names = intern_names(c, u->names, u->nnames);
    co->nnames = u->nnames;
    co->varnames = intern_names(c, u->varnames, u->nvar);
    co->nlocals = u->nvar;
    co->cellnames = intern_names(c, u->cellnames, u->ncell);
    co->ncells = u->ncell;
    co->freenames = intern_names(c, u->freenames, u->nfree);
    co->nfree = u->nfree;
    co->cell2arg = u->ncell ? xmalloc((size_t)u->ncell * sizeof(int)) : NULL;
    int nparams = u->argcount + u->kwonly + ((u->flags & CO_VARARGS) != 0) + ((u->flags & CO_VARKW) != 0);
    for (int i = 0; i < u->ncell; i++) {
        co->cell2arg[i] = -1;
        for (int k = 0; k < nparams && k < u->nvar; k++)
            if (strcmp(u->varnames[k], u->cellnames[i]) == 0) co->cell2arg[i] = k;
    }
    co->argcount = u->argcount;
    co->posonly = u->posonly;
    co->kwonly = u->kwonly;
    co->flags = u->flags;
    co->stacksize = stacksize;
    /* each active block comes from a distinct SETUP_FINALLY (a block is popped before
     * its instruction can run again), so their count bounds the frame's block stack */
    for (int i = 0; i < co->ncode; i++) co->maxblocks += INS_OP(co->code[i]) == OP_SETUP_FINALLY;
    co->firstline = u->firstline;
    co->name = str_intern_c(vm, u->name);
    co->qualname = str_intern_c(vm, u->qualname);
    co->filename = str_intern_c(vm, vm->abs_path ? vm->abs_path : "<string>");
    c->u = u->parent;
    unit_free(u);
    return co;
}

/* ---- fblocks ---- */

static void fb_push(compiler *c, int type, int start, py_node *node, const char *name)
{
    unit *u = c->u;
    if (u->nfb == (int)LL_ARRAY_LEN(u->fb)) comp_error(c, node, "too many statically nested blocks");
    u->fb[u->nfb] = (fblock){.type = type, .start = start, .node = node, .name = name};
    u->nfb++;
}

/* The loop that drives the awaitable (or `yield from` iterator) on TOS to its result,
 * passing what it yields up to our own caller. */
static void emit_send_loop(compiler *c)
{
    load_none(c);
    int send = emit(c, OP_SEND, 0);
    emit(c, OP_YIELD_VALUE, 0);
    emit(c, OP_JUMP, send);
    patch(c, send, here(c));
}

static void emit_await(compiler *c)
{
    emit(c, OP_GET_AWAITABLE, 0);
    load_none(c);
    int send = emit(c, OP_SEND, 0);
    emit(c, OP_YIELD_VALUE, 0);
    emit(c, OP_JUMP, send);
    patch(c, send, here(c));
}

static void clear_name(compiler *c, const char *name)
{
    load_none(c);
    name_op(c, name, NAME_STORE);
    name_op(c, name, NAME_DEL);
}

/* Emits the code leaving fblock b on a return/break/continue (preserve: a value on TOS). */
static void fb_unwind(compiler *c, fblock *b, bool preserve)
{
    switch (b->type) {
    case FB_WHILE: return;
    case FB_FOR:
        if (preserve) emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        return;
    case FB_TRY_EXCEPT:
        emit(c, OP_POP_BLOCK, 0);
        return;
    case FB_FINALLY_TRY: {
        emit(c, OP_POP_BLOCK, 0);
        /* run the finally body with this block gone, then put it back */
        unit *u = c->u;
        int idx = (int)(b - u->fb);
        int nfb = u->nfb;
        /* the body's own blocks reuse the slots from idx up: keep the ones there */
        fblock *saved = xmalloc((size_t)(nfb - idx) * sizeof *saved);
        memcpy(saved, &u->fb[idx], (size_t)(nfb - idx) * sizeof *saved);
        py_node *fin = saved[0].node;
        u->nfb = idx;
        /* a return's value waits under the finally body: a break, continue or return
         * there drops it (CPython's POP_VALUE block) */
        if (preserve) fb_push(c, FB_POP_VALUE, 0, fin, NULL);
        stmts(c, fin->list4, fin->n4);
        memcpy(&u->fb[idx], saved, (size_t)(nfb - idx) * sizeof *saved);
        free(saved);
        u->nfb = nfb;
        return;
    }
    case FB_FINALLY_END:
        emit(c, OP_POP_BLOCK, 0);
        if (preserve) { emit(c, OP_ROT_TWO, 0); emit(c, OP_POP_TOP, 0); emit(c, OP_ROT_TWO, 0); }
        else emit(c, OP_POP_TOP, 0);
        emit(c, OP_POP_EXCEPT, 0);
        return;
    case FB_HANDLER:
        if (b->name) emit(c, OP_POP_BLOCK, 0);
        emit(c, OP_POP_BLOCK, 0);
        if (preserve) emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_EXCEPT, 0);
        if (b->name) clear_name(c, b->name);
        return;
    case FB_POP_VALUE:
        if (preserve) emit(c, OP_ROT_TWO, 0);
        emit(c, OP_POP_TOP, 0);
        return;
    case FB_WITH:
    case FB_ASYNC_WITH:
        emit(c, OP_POP_BLOCK, 0);
        if (preserve) emit(c, OP_ROT_TWO, 0);
        load_none(c);
        load_none(c);
        load_none(c);
        emit(c, OP_CALL, 3);
        if (b->type == FB_ASYNC_WITH) emit_await(c);
        emit(c, OP_POP_TOP, 0);
        return;
    }
}

/* ---- expressions ---- */

static int const_tuple_names(compiler *c, py_node **kws, int n)
{
    py_tuple *t = tuple_new(c->vm, n);
    for (int i = 0; i < n; i++) t->items[i] = py_obj_val(str_intern_c(c->vm, kws[i]->str));
    return add_const(c, py_obj_val(t));
}

/* call -> func(args): picks CALL_METHOD, CALL, CALL_KW or CALL_EX. */
static void call_expr(compiler *c, py_node *n)
{
    for (int j = 0; j < n->n2; j++)  /* validate_keywords */
        for (int i = 0; i < j; i++)
            if (n->list2[i]->str && n->list2[j]->str && strcmp(n->list2[i]->str, n->list2[j]->str) == 0)
                comp_error(c, n->list2[j], "keyword argument repeated: %s", n->list2[j]->str);
    bool stars = false;
    for (int i = 0; i < n->n; i++) stars |= n->list[i]->kind == N_STARRED;
    for (int i = 0; i < n->n2; i++) stars |= n->list2[i]->str == NULL;
    py_loc saved = c->u->loc;
    if (n->a->kind == N_ATTR && !stars && n->n2 == 0) {
        expr(c, n->a->a);
        c->u->loc = loc_of(n->a);
        emit(c, OP_LOAD_METHOD, name_idx(c, n->a->str));
        for (int i = 0; i < n->n; i++) expr(c, n->list[i]);
        c->u->loc = saved;
        emit(c, OP_CALL_METHOD, n->n);
        return;
    }
    expr(c, n->a);
    if (!stars) {
        for (int i = 0; i < n->n; i++) expr(c, n->list[i]);
        for (int i = 0; i < n->n2; i++) expr(c, n->list2[i]->a);
        c->u->loc = saved;
        if (n->n2) {
            emit(c, OP_LOAD_CONST, const_tuple_names(c, n->list2, n->n2));
            emit(c, OP_CALL_KW, n->n + n->n2);
        } else {
            emit(c, OP_CALL, n->n);
        }
        return;
    }
    if (n->n == 1 && n->list[0]->kind == N_STARRED) {
        expr(c, n->list[0]->a);  /* f(*x): CALL_EX makes the tuple (and names f if x is no iterable) */
    } else {
        emit(c, OP_BUILD_LIST, 0);
        for (int i = 0; i < n->n; i++) {
            py_node *a = n->list[i];
            if (a->kind == N_STARRED) { expr(c, a->a); emit(c, OP_LIST_EXTEND, 1); }
            else { expr(c, a); emit(c, OP_LIST_APPEND, 1); }
        }
        emit(c, OP_LIST_TO_TUPLE, 0);
    }
    if (n->n2) {
        emit(c, OP_BUILD_MAP, 0);
        for (int i = 0; i < n->n2; i++) {
            py_node *k = n->list2[i];
            if (k->str) {
                emit(c, OP_LOAD_CONST, str_const(c, k->str, strlen(k->str)));
                expr(c, k->a);
                emit(c, OP_BUILD_MAP, 1);
            } else {
                expr(c, k->a);
            }
            emit(c, OP_DICT_MERGE, 1);
        }
    }
    c->u->loc = saved;
    emit(c, OP_CALL_EX, n->n2 ? 1 : 0);
}

/* Whether every item of a display is a constant after CPython's AST folding: a
 * literal, None/True/False/..., or a tuple of constants. */
static bool all_const(py_node *n)
{
    for (int i = 0; i < n->n; i++) {
        py_node *x = n->list[i];
        bool k = x->kind == N_INT || x->kind == N_FLOAT || x->kind == N_STR || x->kind == N_CONST ||
                 (x->kind == N_TUPLE && all_const(x));
        if (!k) return false;
    }
    return true;
}

/* Builds a list/tuple/set display with starred items. */
static void starred_display(compiler *c, py_node *n, int build, int tail)
{
    bool stars = false;
    for (int i = 0; i < n->n; i++) stars |= n->list[i]->kind == N_STARRED;
    if (!stars) {
        for (int i = 0; i < n->n; i++) expr(c, n->list[i]);
        emit(c, build, n->n);
        return;
    }
    emit(c, build == OP_BUILD_SET ? OP_BUILD_SET : OP_BUILD_LIST, 0);
    for (int i = 0; i < n->n; i++) {
        py_node *a = n->list[i];
        if (a->kind == N_STARRED) { expr(c, a->a); emit(c, build == OP_BUILD_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1); }
        else { expr(c, a); emit(c, build == OP_BUILD_SET ? OP_SET_ADD : OP_LIST_APPEND, 1); }
    }
    if (tail) emit(c, tail, 0);
}

static void compare_expr(compiler *c, py_node *n)
{
    expr(c, n->a);
    if (n->n == 1) {
        expr(c, n->list[0]);
        emit(c, OP_COMPARE_OP, n->ops[0]);
        return;
    }
    int jumps[64], nj = 0;
    for (int i = 0; i < n->n - 1; i++) {
        expr(c, n->list[i]);
        emit(c, OP_DUP_TOP, 0);
        emit(c, OP_ROT_THREE, 0);
        emit(c, OP_COMPARE_OP, n->ops[i]);
        jumps[nj++] = emit(c, OP_JUMP_IF_FALSE_OR_POP, 0);
    }
    expr(c, n->list[n->n - 1]);
    emit(c, OP_COMPARE_OP, n->ops[n->n - 1]);
    int end = emit(c, OP_JUMP, 0);
    for (int i = 0; i < nj; i++) patch(c, jumps[i], here(c));
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_TOP, 0);
    patch(c, end, here(c));
}

static void make_closure(compiler *c, py_code *co, int flags)
{
    if (co->nfree) {
        for (int i = 0; i < co->nfree; i++) {
            int k = deref_idx(c, co->freenames[i]->data);
            if (k < 0) comp_error(c, NULL, "internal error: no cell for '%s'", co->freenames[i]->data);
            emit(c, OP_LOAD_CLOSURE, k);
        }
        emit(c, OP_BUILD_TUPLE, co->nfree);
        flags |= 8;
    }
    load_const(c, py_obj_val(co));
    emit(c, OP_MAKE_FUNCTION, flags);
}

static scope *next_kid(compiler *c)
{
    scope *s = c->u->s;
    if (s->kid_cursor >= s->nkids) comp_error(c, NULL, "internal error: scope mismatch");
    return s->kids[s->kid_cursor++];
}

static void assign_target(compiler *c, py_node *t);

/* Compiles the loops of a comprehension inside its own unit. */
static void leak_compare_loc(compiler *c, py_node *n);

static void comp_generator(compiler *c, py_node *n, int gi, int kind, int depth)
{
    py_node *g = n->list[gi];
    bool is_async = g->flags & 1;
    if (gi == 0) emit(c, OP_LOAD_FAST, var_idx(c, ".0"));
    else { expr(c, g->b); emit(c, is_async ? OP_GET_AITER : OP_GET_ITER, 0); }
    int start = here(c);
    int loop;
    if (is_async) {
        /* as an async for loop: StopAsyncIteration from __anext__ ends it */
        loop = emit(c, OP_SETUP_FINALLY, 0);
        emit(c, OP_GET_ANEXT, 0);
        emit_send_loop(c);
        emit(c, OP_POP_BLOCK, 0);
    } else {
        loop = emit(c, OP_FOR_ITER, 0);
    }
    assign_target(c, g->a);
    for (int k = 0; k < g->n; k++) {
        expr(c, g->list[k]);
        emit(c, OP_POP_JUMP_IF_FALSE, start);
        leak_compare_loc(c, g->list[k]);
    }
    if (gi + 1 < n->n) {
        comp_generator(c, n, gi + 1, kind, depth + 1);
    } else if (kind == N_GENEXP) {
        expr(c, n->a);
        emit(c, OP_YIELD_VALUE, (c->u->flags & CO_CORO) ? 1 : 0);
        emit(c, OP_POP_TOP, 0);
    } else if (kind == N_DICTCOMP) {
        expr(c, n->a);
        expr(c, n->b);
        emit(c, OP_MAP_ADD, depth + 2);
    } else {
        expr(c, n->a);
        emit(c, kind == N_LISTCOMP ? OP_LIST_APPEND : OP_SET_ADD, depth + 2);
    }
    emit(c, OP_JUMP, start);
    patch(c, loop, here(c));
    if (is_async) emit(c, OP_END_ASYNC_FOR, 0);
}

/* Whether an await runs in the comprehension's own code (not in its first iterable,
 * which the enclosing code evaluates, nor in a lambda). */
static bool has_await(py_node *n)
{
    if (!n || n->kind == N_LAMBDA) return false;
    if (n->kind == N_AWAIT) return true;
    if (has_await(n->a) || has_await(n->b) || has_await(n->c)) return true;
    for (int i = 0; i < n->n; i++) if (has_await(n->list[i])) return true;
    for (int i = 0; i < n->n2; i++) if (has_await(n->list2[i])) return true;
    return false;
}

static bool comp_awaits(py_node *n)
{
    if (has_await(n->a) || (n->kind == N_DICTCOMP && has_await(n->b))) return true;
    for (int i = 0; i < n->n; i++) {
        py_node *g = n->list[i];
        if ((i > 0 && has_await(g->b)) || has_await(g->a)) return true;
        for (int k = 0; k < g->n; k++) if (has_await(g->list[k])) return true;
    }
    return false;
}

static void comprehension(compiler *c, py_node *n)
{
    static const char *names[] = {"<listcomp>", "<setcomp>", "<genexpr>", "<dictcomp>"};
    int k = n->kind == N_LISTCOMP ? 0 : n->kind == N_SETCOMP ? 1 : n->kind == N_GENEXP ? 2 : 3;
    /* [await f(x) for x in xs] and [x async for x in ag] in an async function: the
     * comprehension is a coroutine, awaited; such a generator expression is an async
     * generator (not awaited, allowed anywhere) */
    bool any_async_for = false;
    for (int i = 0; i < n->n; i++) any_async_for |= (n->list[i]->flags & 1) != 0;
    bool is_async = comp_awaits(n) || any_async_for;
    if (is_async && n->kind != N_GENEXP && !(c->u->flags & CO_CORO)) {
        if (c->interactive && (c->u->flags & CO_MODULE)) c->top_await = true;  /* python -m asyncio allows it */
        else comp_error(c, n, "asynchronous comprehension outside of an asynchronous function");
    }
    scope *s = next_kid(c);
    unit_push(c, s, names[k], n);
    c->u->argcount = 1;
    c->u->flags = CO_COMP | (n->kind == N_GENEXP ? CO_GEN : 0) | (is_async ? CO_CORO : 0);
    var_idx(c, ".0");
    if (n->kind == N_LISTCOMP) emit(c, OP_BUILD_LIST, 0);
    else if (n->kind == N_SETCOMP) emit(c, OP_BUILD_SET, 0);
    else if (n->kind == N_DICTCOMP) emit(c, OP_BUILD_MAP, 0);
    comp_generator(c, n, 0, n->kind, 0);
    if (n->kind == N_GENEXP) load_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    py_code *co = unit_finish(c);
    c->u->loc = loc_of(n);
    make_closure(c, co, 0);
    expr(c, n->list[0]->b);
    c->u->loc = loc_of(n);
    emit(c, (n->list[0]->flags & 1) ? OP_GET_AITER : OP_GET_ITER, 0);
    emit(c, OP_CALL, 1);
    if (is_async && n->kind != N_GENEXP) emit_await(c);
}

static void joined_str(compiler *c, py_node *n)
{
    int count = 0;
    for (int i = 0; i < n->n; i++) {
        py_node *p = n->list[i];
        if (p->kind == N_STR) { emit(c, OP_LOAD_CONST, str_const(c, p->str, p->slen)); count++; continue; }
        expr(c, p->a);
        int flags = p->op == 's' ? 1 : p->op == 'r' ? 2 : p->op == 'a' ? 3 : 0;
        if (p->b) { joined_str(c, p->b); flags |= 4; }
        emit(c, OP_FORMAT_VALUE, flags);
        count++;
    }
    if (count != 1 || n->n == 0 || n->list[0]->kind == N_STR) {
        if (count == 0) emit(c, OP_LOAD_CONST, str_const(c, "", 0));
        else if (count > 1) emit(c, OP_BUILD_STRING, count);
    }
}

static void lambda_expr(compiler *c, py_node *n);
static void jump_if(compiler *c, py_node *n, bool cond, int *patch_at);

static void expr(compiler *c, py_node *n)
{
    py_loc saved = c->u->loc;
    c->u->loc = loc_of(n);
    if (n->kind == N_COMPARE || n->kind == N_CALL || n->kind == N_SUBSCRIPT) warn_node(c, n);
    switch (n->kind) {
    case N_NAME: name_op(c, n->str, NAME_LOAD); break;
    case N_INT: load_const(c, n->str2 ? big_const(c, n) : py_int(n->ival)); break;
    case N_FLOAT: load_const(c, py_float(n->fval)); break;
    case N_STR: emit(c, OP_LOAD_CONST, str_const(c, n->str, n->slen)); break;
    case N_BYTES: load_const(c, py_obj_val(bytes_new(c->vm, n->str, n->slen))); break;
    case N_CONST:
        load_const(c, n->op == 0 ? py_none() : n->op == 1 ? py_bool(true) : n->op == 2 ? py_bool(false) : c->vm->ellipsis);
        break;
    case N_JOINED: joined_str(c, n); break;
    case N_BINOP:
        expr(c, n->a);
        expr(c, n->b);
        emit(c, OP_BINARY_OP, n->op);
        break;
    case N_UNARY:
        expr(c, n->a);
        emit(c, OP_UNARY_OP, n->op);
        break;
    case N_BOOLOP: {
        int jumps[256], nj = 0;
        for (int i = 0; i < n->n - 1; i++) {
            expr(c, n->list[i]);
            int j = emit(c, n->op == 0 ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP, 0);
            if (nj < 256) jumps[nj++] = j;
        }
        expr(c, n->list[n->n - 1]);
        for (int i = 0; i < nj; i++) patch(c, jumps[i], here(c));
        break;
    }
    case N_COMPARE: compare_expr(c, n); break;
    case N_CALL: call_expr(c, n); break;
    case N_ATTR:
        expr(c, n->a);
        c->u->loc = loc_of(n);
        emit(c, OP_LOAD_ATTR, name_idx(c, n->str));
        break;
    case N_SUBSCRIPT:
        expr(c, n->a);
        expr(c, n->b);
        c->u->loc = loc_of(n);
        emit(c, OP_BINARY_SUBSCR, 0);
        break;
    case N_SLICE:
        if (n->a) expr(c, n->a); else load_none(c);
        if (n->b) expr(c, n->b); else load_none(c);
        if (n->c) expr(c, n->c);
        emit(c, OP_BUILD_SLICE, n->c ? 3 : 2);
        break;
    case N_STARRED: comp_error(c, n, "can't use starred expression here");
    case N_LIST: starred_display(c, n, OP_BUILD_LIST, 0); break;
    case N_TUPLE: starred_display(c, n, OP_BUILD_TUPLE, OP_LIST_TO_TUPLE); break;
    case N_SET:
        if (n->n > 2 && all_const(n)) {
            for (int i = 0; i < n->n; i++) expr(c, n->list[i]);
            emit(c, OP_BUILD_SET, n->n | BUILD_SET_CONST);
        } else {
            starred_display(c, n, OP_BUILD_SET, 0);
        }
        break;
    case N_DICT: {
        int pending = 0, built = 0;
        for (int i = 0; i < n->n; i++) {
            if (!n->list[i]) {
                if (pending || !built) { emit(c, OP_BUILD_MAP, pending); if (built) emit(c, OP_DICT_UPDATE, 1); built = 1; pending = 0; }
                expr(c, n->list2[i]);
                emit(c, OP_DICT_UPDATE, 1);
                continue;
            }
            expr(c, n->list[i]);
            expr(c, n->list2[i]);
            pending++;
        }
        if (!built) emit(c, OP_BUILD_MAP, pending);
        else if (pending) { emit(c, OP_BUILD_MAP, pending); emit(c, OP_DICT_UPDATE, 1); }
        break;
    }
    case N_LISTCOMP: case N_SETCOMP: case N_GENEXP: case N_DICTCOMP: comprehension(c, n); break;
    case N_NAMEDEXPR:
        expr(c, n->b);
        emit(c, OP_DUP_TOP, 0);
        name_op(c, n->a->str, NAME_STORE);
        break;
    case N_IFEXP: {
        int j;
        jump_if(c, n->a, false, &j);
        expr(c, n->b);
        int end = emit(c, OP_JUMP, 0);
        patch(c, j, here(c));
        expr(c, n->c);
        patch(c, end, here(c));
        break;
    }
    case N_LAMBDA: lambda_expr(c, n); break;
    case N_AWAIT:
        if (c->interactive && (c->u->flags & CO_MODULE)) {
            c->top_await = true; /* like python -m asyncio: the input becomes a coroutine */
        } else {
            if (c->u->s->type == SC_MODULE || c->u->s->type == SC_CLASS) comp_error(c, n, "'await' outside function");
            if (!(c->u->flags & CO_CORO)) comp_error(c, n, "'await' outside async function");
        }
        expr(c, n->a);
        c->u->loc = loc_of(n);
        emit_await(c);
        break;
    case N_YIELD:
        if (c->u->s->type != SC_FUNC) comp_error(c, n, "'yield' outside function");
        if (n->flags & 1) {
            if (c->u->flags & CO_CORO) comp_error(c, n, "'yield from' inside async function");
            expr(c, n->a);
            c->u->loc = loc_of(n);
            emit(c, OP_GET_YIELD_FROM_ITER, 0);
            emit_send_loop(c);
        } else {
            if (n->a) expr(c, n->a); else load_none(c);
            c->u->loc = loc_of(n);
            emit(c, OP_YIELD_VALUE, (c->u->flags & CO_CORO) ? 1 : 0);
        }
        break;
    default:
        comp_error(c, n, "invalid syntax");
    }
    c->u->loc = saved;
}

/* Compiles a test and a forward jump taken when its truth equals cond. */
/* CPython 3.11's compiler_jump_if sets the location to each comparison it tests
 * (through not/and/or/if-else) and never restores it, so the code that follows a
 * test in the same statement reports the last comparison: an assert's raise, a
 * comprehension's append. Tracebacks show those carets, so do the same. */
static void leak_compare_loc(compiler *c, py_node *n)
{
    switch (n->kind) {
    case N_UNARY: if (n->op == UNARY_NOT) leak_compare_loc(c, n->a); break;
    case N_BOOLOP: for (int i = 0; i < n->n; i++) leak_compare_loc(c, n->list[i]); break;
    case N_IFEXP: leak_compare_loc(c, n->a); leak_compare_loc(c, n->b); leak_compare_loc(c, n->c); break;
    case N_COMPARE: c->u->loc = loc_of(n); break;
    default: break;
    }
}

static void jump_if(compiler *c, py_node *n, bool cond, int *patch_at)
{
    if (n->kind == N_UNARY && n->op == UNARY_NOT) { jump_if(c, n->a, !cond, patch_at); return; }
    expr(c, n);
    *patch_at = emit(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, 0);
    leak_compare_loc(c, n);
}

/* ---- assignment ---- */

static void unpack_target(compiler *c, py_node *t)
{
    int star = -1;
    for (int i = 0; i < t->n; i++) {
        if (t->list[i]->kind == N_STARRED) {
            if (star >= 0) comp_error(c, t->list[i], "multiple starred expressions in assignment");
            star = i;
        }
    }
    if (star < 0) emit(c, OP_UNPACK_SEQUENCE, t->n);
    else emit(c, OP_UNPACK_EX, star | ((t->n - star - 1) << 8));
    for (int i = 0; i < t->n; i++) assign_target(c, t->list[i]->kind == N_STARRED ? t->list[i]->a : t->list[i]);
}

/* Stores TOS into target t. */
static void assign_target(compiler *c, py_node *t)
{
    py_loc saved = c->u->loc;
    c->u->loc = loc_of(t);
    switch (t->kind) {
    case N_NAME: name_op(c, t->str, NAME_STORE); break;
    case N_ATTR:
        expr(c, t->a);
        c->u->loc = loc_of(t);
        emit(c, OP_STORE_ATTR, name_idx(c, t->str));
        break;
    case N_SUBSCRIPT:
        expr(c, t->a);
        expr(c, t->b);
        c->u->loc = loc_of(t);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    case N_TUPLE: case N_LIST: unpack_target(c, t); break;
    case N_STARRED: comp_error(c, t, "starred assignment target must be in a list or tuple");
    default: comp_error(c, t, "cannot assign to expression");
    }
    c->u->loc = saved;
}

static void delete_target(compiler *c, py_node *t)
{
    c->u->loc = loc_of(t);
    switch (t->kind) {
    case N_NAME: name_op(c, t->str, NAME_DEL); break;
    case N_ATTR: expr(c, t->a); c->u->loc = loc_of(t); emit(c, OP_DELETE_ATTR, name_idx(c, t->str)); break;
    case N_SUBSCRIPT: expr(c, t->a); expr(c, t->b); c->u->loc = loc_of(t); emit(c, OP_DELETE_SUBSCR, 0); break;
    case N_TUPLE: case N_LIST: for (int i = 0; i < t->n; i++) delete_target(c, t->list[i]); break;
    default: comp_error(c, t, "cannot delete expression");
    }
}

static void augassign(compiler *c, py_node *n)
{
    py_node *t = n->a;
    switch (t->kind) {
    case N_NAME:
        c->u->loc = loc_of(t);  /* UnboundLocalError points at the target, as CPython's */
        name_op(c, t->str, NAME_LOAD);
        expr(c, n->b);
        c->u->loc = loc_of(n);
        emit(c, OP_BINARY_OP, n->op + BINOP_INPLACE);
        name_op(c, t->str, NAME_STORE);
        break;
    case N_ATTR:
        expr(c, t->a);
        emit(c, OP_DUP_TOP, 0);
        c->u->loc = loc_of(t);
        emit(c, OP_LOAD_ATTR, name_idx(c, t->str));
        expr(c, n->b);
        c->u->loc = loc_of(n);
        emit(c, OP_BINARY_OP, n->op + BINOP_INPLACE);
        emit(c, OP_ROT_TWO, 0);
        c->u->loc = loc_of(t);
        emit(c, OP_STORE_ATTR, name_idx(c, t->str));
        break;
    case N_SUBSCRIPT:
        expr(c, t->a);
        expr(c, t->b);
        emit(c, OP_DUP_TOP_TWO, 0);
        c->u->loc = loc_of(t);
        emit(c, OP_BINARY_SUBSCR, 0);
        expr(c, n->b);
        c->u->loc = loc_of(n);
        emit(c, OP_BINARY_OP, n->op + BINOP_INPLACE);
        emit(c, OP_ROT_THREE, 0);
        c->u->loc = loc_of(t);
        emit(c, OP_STORE_SUBSCR, 0);
        break;
    default: comp_error(c, t, "illegal expression for augmented assignment");
    }
}

/* ---- functions and classes ---- */

/* Pushes defaults/kwdefaults for args; returns MAKE_FUNCTION flags. */
static int func_defaults(compiler *c, py_node *args)
{
    int flags = 0, nd = 0;
    for (int i = 0; i < args->n; i++) if (args->list[i]->a) { expr(c, args->list[i]->a); nd++; }
    if (nd) { emit(c, OP_BUILD_TUPLE, nd); flags |= 1; }
    int nk = 0;
    for (int i = 0; i < args->n2; i++) {
        if (!args->list2[i]->a) continue;
        emit(c, OP_LOAD_CONST, str_const(c, args->list2[i]->str, strlen(args->list2[i]->str)));
        expr(c, args->list2[i]->a);
        nk++;
    }
    if (nk) { emit(c, OP_BUILD_MAP, nk); flags |= 2; }
    return flags;
}

static void func_params(compiler *c, py_node *args)
{
    unit *u = c->u;
    for (int i = 0; i < args->n; i++) var_idx(c, args->list[i]->str);
    for (int i = 0; i < args->n2; i++) var_idx(c, args->list2[i]->str);
    if (args->b) { var_idx(c, args->b->str); u->flags |= CO_VARARGS; }
    if (args->c) { var_idx(c, args->c->str); u->flags |= CO_VARKW; }
    u->argcount = args->n;
    u->posonly = args->flags;
    u->kwonly = args->n2;
    /* every other local gets a slot after the parameters */
    for (int i = 0; i < u->s->nsyms; i++)
        if (u->s->syms[i].res == R_LOCAL || (u->s->syms[i].res == R_CELL && (u->s->syms[i].flags & F_PARAM)))
            var_idx(c, u->s->syms[i].name);
}

static void lambda_expr(compiler *c, py_node *n)
{
    int flags = func_defaults(c, n->a);
    scope *s = next_kid(c);
    unit_push(c, s, "<lambda>", n);
    if (s->is_gen) c->u->flags |= CO_GEN;
    func_params(c, n->a);
    expr(c, n->b);
    emit(c, OP_RETURN_VALUE, 0);
    py_code *co = unit_finish(c);
    c->u->loc = loc_of(n);
    make_closure(c, co, flags);
}

/* Decorators are evaluated before the definition, top to bottom... */
static void decorators_load(compiler *c, py_node **decs, int n)
{
    for (int i = 0; i < n; i++) expr(c, decs[i]);
}

/* ...and applied after it, bottom to top, each call located at its decorator. */
static void decorators_apply(compiler *c, py_node **decs, int n)
{
    for (int i = n - 1; i >= 0; i--) {
        c->u->loc = loc_of(decs[i]);
        emit(c, OP_CALL, 1);
    }
}

static void funcdef(compiler *c, py_node *n)
{
    decorators_load(c, n->list2, n->n2);
    int flags = func_defaults(c, n->a);
    scope *s = next_kid(c);
    unit_push(c, s, n->str, n);
    if (n->n2) c->u->firstline = n->list2[0]->line;  /* co_firstlineno: the first decorator */
    if (n->flags & 1) c->u->flags |= CO_CORO;
    if (s->is_gen) c->u->flags |= CO_GEN;
    func_params(c, n->a);
    int first = 0;
    if (n->n && n->list[0]->kind == N_EXPR && n->list[0]->a->kind == N_STR) {
        c->u->doc = py_obj_val(str_intern(c->vm, n->list[0]->a->str, n->list[0]->a->slen));
        add_const(c, c->u->doc);
        c->u->flags |= CO_DOC;
        first = 1;
    }
    stmts(c, n->list + first, n->n - first);
    c->u->loc = (py_loc){n->end_line, n->end_line, 0, 0};
    if (!c->u->ncode || INS_OP(c->u->code[c->u->ncode - 1]) != OP_RETURN_VALUE || 1) {
        load_none(c);
        emit(c, OP_RETURN_VALUE, 0);
    }
    py_code *co = unit_finish(c);
    c->u->loc = loc_of(n);
    make_closure(c, co, flags);
    decorators_apply(c, n->list2, n->n2);
    name_op(c, n->str, NAME_STORE);
}

/* True if a statement of `l` is an annotated assignment to a plain name (CPython
 * looks inside compound statements too; looplab only at the body's own level). */
static bool annotations_present(py_node **l, int n)
{
    for (int i = 0; i < n; i++)
        if (l[i]->kind == N_ANNASSIGN && l[i]->a->kind == N_NAME) return true;
    return false;
}

/* Class and module bodies with `name: type` statements start with
 * `__annotations__ = {}`, which those statements fill in order (dataclasses read it). */
static void annotations_setup(compiler *c, py_node **l, int n)
{
    if (!annotations_present(l, n)) return;
    emit(c, OP_BUILD_MAP, 0);
    emit(c, OP_STORE_NAME, name_idx(c, "__annotations__"));
    c->u->annotations = true;
}

/* `name: ann [= v]` in a class or module body evaluates ann and records it as
 * __annotations__['name']; elsewhere (functions, attribute targets) nothing is kept. */
static void annotation_store(compiler *c, py_node *n)
{
    if (!c->u->annotations || n->a->kind != N_NAME) return;
    expr(c, n->b);
    emit(c, OP_LOAD_NAME, name_idx(c, "__annotations__"));
    emit(c, OP_LOAD_CONST, str_const(c, n->a->str, strlen(n->a->str)));
    emit(c, OP_STORE_SUBSCR, 0);
}

static void classdef(compiler *c, py_node *n)
{
    decorators_load(c, n->list3, n->n3);
    scope *s = next_kid(c);
    unit_push(c, s, n->str, n);
    if (n->n3) c->u->firstline = n->list3[0]->line;
    c->u->flags = CO_CLASS;
    emit(c, OP_LOAD_NAME, name_idx(c, "__name__"));
    emit(c, OP_STORE_NAME, name_idx(c, "__module__"));
    emit(c, OP_LOAD_CONST, str_const(c, c->u->qualname, strlen(c->u->qualname)));
    emit(c, OP_STORE_NAME, name_idx(c, "__qualname__"));
    int first = 0;
    if (n->n && n->list[0]->kind == N_EXPR && n->list[0]->a->kind == N_STR) {
        expr(c, n->list[0]->a);
        emit(c, OP_STORE_NAME, name_idx(c, "__doc__"));
        first = 1;
    }
    annotations_setup(c, n->list + first, n->n - first);
    stmts(c, n->list + first, n->n - first);
    if (s->needs_class_cell) emit(c, OP_LOAD_CLOSURE, deref_idx(c, "__class__"));
    else load_none(c);
    emit(c, OP_RETURN_VALUE, 0);
    py_code *co = unit_finish(c);
    c->u->loc = loc_of(n);
    make_closure(c, co, 0);
    emit(c, OP_LOAD_CONST, str_const(c, n->str, strlen(n->str)));
    for (int i = 0; i < n->n2; i++) expr(c, n->list2[i]);
    c->u->loc = loc_of(n);
    emit(c, OP_BUILD_CLASS, n->n2);
    decorators_apply(c, n->list3, n->n3);
    name_op(c, n->str, NAME_STORE);
}

/* ---- statements ---- */

static void loop_exit(compiler *c, py_node *n, bool is_continue)
{
    unit *u = c->u;
    int i = u->nfb - 1;
    for (; i >= 0; i--) if (u->fb[i].type == FB_WHILE || u->fb[i].type == FB_FOR) break;
    if (i < 0) comp_error(c, n, is_continue ? "'continue' not properly in loop" : "'break' outside loop");
    for (int k = u->nfb - 1; k > i; k--) fb_unwind(c, &u->fb[k], false);
    c->u->loc = loc_of(n);
    if (is_continue) emit(c, OP_JUMP, u->fb[i].start);
    else {
        if (u->fb[i].type == FB_FOR) emit(c, OP_POP_TOP, 0);
        int j = emit(c, OP_JUMP, 0);
        fblock *f = &u->fb[i];
        if (f->nbreaks == f->capbreaks) {
            f->capbreaks = f->capbreaks ? f->capbreaks * 2 : 8;
            f->breaks = xrealloc(f->breaks, (size_t)f->capbreaks * sizeof *f->breaks);
        }
        f->breaks[f->nbreaks++] = j;
    }
}

/* Points a finished loop's break jumps at target. */
static void patch_breaks(compiler *c, fblock *b, int target)
{
    for (int i = 0; i < b->nbreaks; i++) patch(c, b->breaks[i], target);
    free(b->breaks);
    b->breaks = NULL;
    b->nbreaks = b->capbreaks = 0;
}

/* ---- match statements ----
 * Each case compiles to: the subject (kept on the stack under the case) copied, the
 * values its pattern needs (literals, dotted names, classes, keys) evaluated into a
 * tuple, then MATCH_CASE with a constant tuple describing the pattern (see vm.c's
 * match_pattern for the encoding). It pushes the captures (in slot order) and
 * whether the pattern matched: the names are stored only on success, as in CPython. */

typedef struct pat_ctx {
    const char *slots[64];   /* the case's capture names, slot i */
    int nslots;
    const char *stores[64];  /* the names bound so far on this path of the pattern */
    int nstores;
    int nvalues;             /* values pushed so far */
} pat_ctx;

static py_val pat_encode(compiler *c, py_node *p, pat_ctx *pc, bool allow_irrefutable);

static int pat_slot(compiler *c, py_node *p, pat_ctx *pc, const char *name)
{
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0) comp_error(c, p, "multiple assignments to name '%s' in pattern", name);
    if (pc->nstores == 64) comp_error(c, p, "too many names in pattern");
    pc->stores[pc->nstores++] = name;
    for (int i = 0; i < pc->nslots; i++)
        if (strcmp(pc->slots[i], name) == 0) return i;
    pc->slots[pc->nslots] = name;
    return pc->nslots++;
}

/* A pattern kind that can raise, with where: a NOP carrying the pattern's location,
 * whose index MATCH_CASE reports an error at (kind + 16 * index), as CPython marks
 * the sub-pattern that failed. */
static py_val pat_kind_at(compiler *c, py_node *p, int kind)
{
    py_loc saved = c->u->loc;
    c->u->loc = loc_of(p);
    int at = emit(c, OP_NOP, 0);
    c->u->loc = saved;
    return py_int(kind + 16 * (int64_t)at);
}

static py_val pat_tuple(compiler *c, int n, const py_val *items)
{
    py_tuple *t = tuple_new(c->vm, n);
    for (int i = 0; i < n; i++) t->items[i] = items[i];
    return py_obj_val(t);
}

/* Pushes an expression of the pattern; its index in the values tuple. A dotted name or
 * class is evaluated here, before the case is tried, but CPython evaluates it only when
 * the match reaches it: an error is kept (MATCH_DEFER) and raised by MATCH_CASE if so. */
static int pat_value(compiler *c, py_node *e, pat_ctx *pc)
{
    if (e->kind != N_NAME && e->kind != N_ATTR) {
        expr(c, e);
        return pc->nvalues++;
    }
    int setup = emit(c, OP_SETUP_FINALLY, 0);
    expr(c, e);
    emit(c, OP_POP_BLOCK, 0);
    int done = emit(c, OP_JUMP, 0);
    patch(c, setup, here(c));
    emit(c, OP_MATCH_DEFER, 0);
    patch(c, done, here(c));
    return pc->nvalues++;
}

/* A literal mapping key's value at compile time (V_UNDEF for a dotted name). */
static py_val pat_key_const(compiler *c, py_node *k)
{
    bool neg = k->kind == N_UNARY;
    if (neg) k = k->a;
    py_val v;
    switch (k->kind) {
    case N_INT: v = k->str2 ? big_const(c, k) : py_int(k->ival); break;
    case N_FLOAT: v = py_float(k->fval); break;
    case N_STR: v = py_obj_val(str_intern(c->vm, k->str, k->slen)); break;
    case N_BYTES: v = py_bytes_new(c->vm, k->str, k->slen); break;
    case N_CONST: v = k->op == 0 ? py_none() : py_bool(k->op == 1); break;
    default: return undef_val();
    }
    return neg ? py_unary(c->vm, UNARY_NEG, v) : v;
}

/* Duplicate literal keys are a compile-time error, as CPython's (1 and True are the same key). */
static void pat_check_keys(compiler *c, py_node *p)
{
    py_val *keys = xmalloc((size_t)(p->n + 1) * sizeof *keys);
    for (int i = 0; i < p->n; i++) {
        keys[i] = pat_key_const(c, p->list[i]);
        for (int j = 0; j < i && keys[i].tag != V_UNDEF; j++) {
            if (keys[j].tag == V_UNDEF || py_eq(c->vm, keys[i], keys[j]) != 1) continue;
            py_val r = py_repr(c->vm, keys[i]);
            free(keys);
            comp_error(c, p->list[i], "mapping pattern checks duplicate key (%s)", py_is_err(r) ? "?" : py_str_data(r, NULL));
        }
    }
    free(keys);
}

static py_val pat_encode_or(compiler *c, py_node *p, pat_ctx *pc, bool allow_irrefutable)
{
    py_val items[64];
    if (p->n >= 63) comp_error(c, p, "too many alternatives");
    items[0] = py_int(7);
    int base = pc->nstores;
    const char *control[64];
    int ncontrol = 0;
    for (int i = 0; i < p->n; i++) {
        pc->nstores = base;
        items[i + 1] = pat_encode(c, p->list[i], pc, allow_irrefutable && i == p->n - 1);
        int nnew = pc->nstores - base;
        if (i == 0) {
            ncontrol = nnew;
            memcpy(control, pc->stores + base, (size_t)nnew * sizeof *control);
            continue;
        }
        bool same = nnew == ncontrol;
        for (int j = 0; same && j < nnew; j++) {
            bool found = false;
            for (int k = 0; k < ncontrol; k++) found |= strcmp(control[k], pc->stores[base + j]) == 0;
            same = found;
        }
        if (!same) comp_error(c, p->list[i], "alternative patterns bind different names");
    }
    pc->nstores = base + ncontrol;
    memcpy(pc->stores + base, control, (size_t)ncontrol * sizeof *control);
    return pat_tuple(c, p->n + 1, items);
}

static py_val pat_encode_class(compiler *c, py_node *p, pat_ctx *pc)
{
    int n = 3 + p->n + 2 * p->n2;
    if (n > 64) comp_error(c, p, "too many sub-patterns");
    py_val items[64];
    for (int i = 0; i < p->n3; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(p->list3[i]->str, p->list3[j]->str) == 0)
                comp_error(c, p->list3[i], "attribute name repeated in class pattern: %s", p->list3[i]->str);
    items[0] = pat_kind_at(c, p, 6);
    items[1] = py_int(pat_value(c, p->a, pc));
    items[2] = py_int(p->n);
    for (int i = 0; i < p->n; i++) items[3 + i] = pat_encode(c, p->list[i], pc, true);
    for (int i = 0; i < p->n2; i++) {
        items[3 + p->n + 2 * i] = py_obj_val(str_intern_c(c->vm, p->list3[i]->str));
        items[4 + p->n + 2 * i] = pat_encode(c, p->list2[i], pc, true);
    }
    return pat_tuple(c, n, items);
}

static py_val pat_encode_seq(compiler *c, py_node *p, pat_ctx *pc)
{
    if (p->n > 60) comp_error(c, p, "too many sub-patterns");
    py_val items[64];
    int n = 3, star = -1, star_slot = -1;
    for (int i = 0; i < p->n; i++) {
        py_node *q = p->list[i];
        if (q->op == PAT_STAR) {
            if (star >= 0) comp_error(c, q, "multiple starred names in sequence pattern");
            star = i;
            if (q->str) star_slot = pat_slot(c, q, pc, q->str);
            continue;
        }
        items[n++] = pat_encode(c, q, pc, true);
    }
    items[0] = pat_kind_at(c, p, 4);
    items[1] = py_int(star);
    items[2] = py_int(star_slot);
    return pat_tuple(c, n, items);
}

static py_val pat_encode_map(compiler *c, py_node *p, pat_ctx *pc)
{
    if (p->n > 30) comp_error(c, p, "too many sub-patterns");
    py_val items[64];
    pat_check_keys(c, p);
    items[0] = pat_kind_at(c, p, 5);
    items[2] = py_int(p->n);
    for (int i = 0; i < p->n; i++) items[3 + i] = py_int(pat_value(c, p->list[i], pc));
    for (int i = 0; i < p->n; i++) items[3 + p->n + i] = pat_encode(c, p->list2[i], pc, true);
    items[1] = py_int(p->str ? pat_slot(c, p, pc, p->str) : -1);
    return pat_tuple(c, 3 + 2 * p->n, items);
}

/* The constant tuple describing pattern p; pushes the values it needs. */
static py_val pat_encode(compiler *c, py_node *p, pat_ctx *pc, bool allow_irrefutable)
{
    py_val items[3];
    switch (p->op) {
    case PAT_CAPTURE:
        if (!allow_irrefutable) {
            if (p->str) comp_error(c, p, "name capture '%s' makes remaining patterns unreachable", p->str);
            comp_error(c, p, "wildcard makes remaining patterns unreachable");
        }
        items[0] = py_int(p->str ? 1 : 0);
        items[1] = py_int(p->str ? pat_slot(c, p, pc, p->str) : 0);
        return pat_tuple(c, 2, items);
    case PAT_VALUE: case PAT_SINGLETON:
        items[0] = p->op == PAT_VALUE ? pat_kind_at(c, p, 2) : py_int(3);
        items[1] = py_int(pat_value(c, p->a, pc));
        return pat_tuple(c, 2, items);
    case PAT_AS:
        items[0] = py_int(8);
        items[2] = pat_encode(c, p->a, pc, allow_irrefutable);
        items[1] = py_int(pat_slot(c, p, pc, p->str));
        return pat_tuple(c, 3, items);
    case PAT_OR: return pat_encode_or(c, p, pc, allow_irrefutable);
    case PAT_CLASS: return pat_encode_class(c, p, pc);
    case PAT_SEQUENCE: return pat_encode_seq(c, p, pc);
    case PAT_MAPPING: return pat_encode_map(c, p, pc);
    default: comp_error(c, p, "invalid syntax");
    }
}

/* One case: subject on the stack stays there; jumps to *fail (subject still on the
 * stack) when the pattern or the guard fails, else pops the subject and runs the body. */
static void compile_case(compiler *c, py_node *k, bool last, int *end_chain)
{
    pat_ctx pc;
    pc.nslots = pc.nstores = pc.nvalues = 0;
    c->u->loc = loc_of(k->a);
    emit(c, OP_DUP_TOP, 0);
    py_val desc = pat_encode(c, k->a, &pc, k->b != NULL || last);
    c->u->loc = loc_of(k->a);
    emit(c, OP_BUILD_TUPLE, pc.nvalues);
    emit(c, OP_MATCH_CASE, add_const(c, desc));
    int fail = emit(c, OP_POP_JUMP_IF_FALSE, 0);
    if (pc.nslots) {
        emit(c, OP_UNPACK_SEQUENCE, pc.nslots);
        for (int i = 0; i < pc.nslots; i++) name_op(c, pc.slots[i], NAME_STORE);
    } else {
        emit(c, OP_POP_TOP, 0);
    }
    int guard_fail = -1;
    if (k->b) jump_if(c, k->b, false, &guard_fail);
    emit(c, OP_POP_TOP, 0);
    stmts(c, k->list, k->n);
    *end_chain = emit(c, OP_JUMP, *end_chain + 1);  /* chained through the args until patched */
    patch(c, fail, here(c));
    emit(c, OP_POP_TOP, 0);
    if (guard_fail >= 0) patch(c, guard_fail, here(c));
}

/* match subject: case ...: the cases in order, the first that matches runs. */
static void match_stmt(compiler *c, py_node *n)
{
    int chain = -1;
    expr(c, n->a);
    for (int i = 0; i < n->n; i++) compile_case(c, n->list[i], i == n->n - 1, &chain);
    c->u->loc = loc_of(n->list[n->n - 1]->a);
    emit(c, OP_POP_TOP, 0);
    while (chain >= 0) {
        int prev_at = (int)(c->u->code[chain] >> 8) - 1;
        patch(c, chain, here(c));
        chain = prev_at;
    }
}

static void while_stmt(compiler *c, py_node *n)
{
    int start = here(c);
    int j = -1;
    bool forever = (n->a->kind == N_CONST && n->a->op == 1) || (n->a->kind == N_INT && n->a->ival);
    if (!forever) jump_if(c, n->a, false, &j);
    fb_push(c, FB_WHILE, start, n, NULL);
    stmts(c, n->list, n->n);
    if (!forever) warn_tree(c, n->a);  /* CPython compiles the test again after the body */
    fblock loopb = c->u->fb[--c->u->nfb];
    c->u->loc = loc_of(n->a);
    emit(c, OP_JUMP, start);
    if (j >= 0) patch(c, j, here(c));
    stmts(c, n->list2, n->n2);
    patch_breaks(c, &loopb, here(c));
}

/* async for: GET_AITER once, then each step awaits __anext__() inside a handler that
 * ends the loop on StopAsyncIteration (END_ASYNC_FOR), as CPython 3.11 compiles it. */
static void async_for_stmt(compiler *c, py_node *n)
{
    if (c->interactive && (c->u->flags & CO_MODULE)) c->top_await = true;
    else if (!(c->u->flags & CO_CORO)) comp_error(c, n, "'async for' outside async function");
    expr(c, n->b);
    c->u->loc = loc_of(n);
    emit(c, OP_GET_AITER, 0);
    int start = here(c);
    int setup = emit(c, OP_SETUP_FINALLY, 0);
    emit(c, OP_GET_ANEXT, 0);
    emit_send_loop(c);
    emit(c, OP_POP_BLOCK, 0);
    assign_target(c, n->a);
    fb_push(c, FB_FOR, start, n, NULL);
    stmts(c, n->list, n->n);
    fblock loopb = c->u->fb[--c->u->nfb];
    c->u->loc = loc_of(n->a);
    emit(c, OP_JUMP, start);
    patch(c, setup, here(c));
    c->u->loc = loc_of(n);
    emit(c, OP_END_ASYNC_FOR, 0);
    stmts(c, n->list2, n->n2);
    patch_breaks(c, &loopb, here(c));
}

static void for_stmt(compiler *c, py_node *n)
{
    if (n->flags & 1) { async_for_stmt(c, n); return; }
    expr(c, n->b);
    c->u->loc = loc_of(n);  /* CPython reports GET_ITER/FOR_ITER errors at the whole statement */
    emit(c, OP_GET_ITER, 0);
    int start = here(c);
    int loop = emit(c, OP_FOR_ITER, 0);
    assign_target(c, n->a);
    fb_push(c, FB_FOR, start, n, NULL);
    stmts(c, n->list, n->n);
    fblock loopb = c->u->fb[--c->u->nfb];
    c->u->loc = loc_of(n->a);
    emit(c, OP_JUMP, start);
    patch(c, loop, here(c));
    stmts(c, n->list2, n->n2);
    patch_breaks(c, &loopb, here(c));
}

static void return_stmt(compiler *c, py_node *n)
{
    unit *u = c->u;
    if (u->s->type != SC_FUNC) comp_error(c, n, "'return' outside function");
    if (n->a && u->s->is_gen && u->s->is_coro) comp_error(c, n, "'return' with value in async generator");
    if (n->a) expr(c, n->a); else load_none(c);
    for (int k = u->nfb - 1; k >= 0; k--) fb_unwind(c, &u->fb[k], true);
    c->u->loc = loc_of(n);
    emit(c, OP_RETURN_VALUE, 0);
}

static void raise_stmt(compiler *c, py_node *n)
{
    int nargs = 0;
    if (n->a) { expr(c, n->a); nargs++; }
    if (n->b) { expr(c, n->b); nargs++; }
    c->u->loc = loc_of(n);
    emit(c, OP_RAISE_VARARGS, nargs);
}

/* The cleanup handler shared by except bodies: [prev, new] -> restore prev, re-raise. */
static void emit_cleanup(compiler *c, int at)
{
    patch(c, at, here(c));
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
}

static void try_except(compiler *c, py_node *n)
{
    int setup = emit(c, OP_SETUP_FINALLY, 0);
    fb_push(c, FB_TRY_EXCEPT, 0, n, NULL);
    stmts(c, n->list, n->n);
    c->u->nfb--;
    emit(c, OP_POP_BLOCK, 0);
    stmts(c, n->list3, n->n3);
    int ends[64], ne = 0;
    ends[ne++] = emit(c, OP_JUMP, 0);
    patch(c, setup, here(c));
    int cleanup = emit(c, OP_SETUP_FINALLY, 0);
    emit(c, OP_PUSH_EXC_INFO, 0);
    for (int i = 0; i < n->n2; i++) {
        py_node *h = n->list2[i];
        c->u->loc = loc_of(h);
        int next = -1;
        if (h->a) {
            emit(c, OP_DUP_TOP, 0);
            expr(c, h->a);
            emit(c, OP_CHECK_EXC_MATCH, 0);
            next = emit(c, OP_POP_JUMP_IF_FALSE, 0);
        } else if (i != n->n2 - 1) {
            comp_error(c, h, "default 'except:' must be last");
        }
        int name_cleanup = -1;
        if (h->str) {
            name_op(c, h->str, NAME_STORE);
            name_cleanup = emit(c, OP_SETUP_FINALLY, 0);
        } else {
            emit(c, OP_POP_TOP, 0);
        }
        fb_push(c, FB_HANDLER, 0, h, h->str);
        stmts(c, h->list, h->n);
        c->u->nfb--;
        if (h->str) emit(c, OP_POP_BLOCK, 0);
        emit(c, OP_POP_BLOCK, 0);
        emit(c, OP_POP_EXCEPT, 0);
        if (h->str) clear_name(c, h->str);
        if (ne < 64) ends[ne++] = emit(c, OP_JUMP, 0);
        else comp_error(c, h, "too many except clauses");
        if (h->str) {
            patch(c, name_cleanup, here(c));
            clear_name(c, h->str);
            emit(c, OP_RERAISE, 0);
        }
        if (next >= 0) patch(c, next, here(c));
    }
    emit(c, OP_RERAISE, 0);
    emit_cleanup(c, cleanup);
    for (int i = 0; i < ne; i++) patch(c, ends[i], here(c));
}

static void try_star(compiler *c, py_node *n)
{
    int setup = emit(c, OP_SETUP_FINALLY, 0);
    fb_push(c, FB_TRY_EXCEPT, 0, n, NULL);
    stmts(c, n->list, n->n);
    c->u->nfb--;
    emit(c, OP_POP_BLOCK, 0);
    stmts(c, n->list3, n->n3);
    int end = emit(c, OP_JUMP, 0);
    patch(c, setup, here(c));
    int cleanup = emit(c, OP_SETUP_FINALLY, 0);
    emit(c, OP_PUSH_EXC_INFO, 0);       /* prev orig */
    emit(c, OP_DUP_TOP, 0);             /* prev orig rest */
    emit(c, OP_BUILD_LIST, 0);
    emit(c, OP_ROT_TWO, 0);             /* prev orig raised rest */
    for (int i = 0; i < n->n2; i++) {
        py_node *h = n->list2[i];
        c->u->loc = loc_of(h);
        expr(c, h->a);
        emit(c, OP_CHECK_EG_MATCH, 0);  /* ... rest' match */
        emit(c, OP_DUP_TOP, 0);
        load_none(c);
        emit(c, OP_COMPARE_OP, CMP_IS);
        int nomatch = emit(c, OP_POP_JUMP_IF_TRUE, 0);
        if (h->str) name_op(c, h->str, NAME_STORE); else emit(c, OP_POP_TOP, 0);
        int hclean = emit(c, OP_SETUP_FINALLY, 0);
        fb_push(c, FB_HANDLER, 0, h, NULL);
        c->u->fb[c->u->nfb - 1].type = FB_TRY_EXCEPT; /* return/break inside except* is refused by CPython too */
        stmts(c, h->list, h->n);
        c->u->nfb--;
        emit(c, OP_POP_BLOCK, 0);
        if (h->str) clear_name(c, h->str);
        int next = emit(c, OP_JUMP, 0);
        patch(c, hclean, here(c));      /* prev orig raised rest' new */
        if (h->str) clear_name(c, h->str);
        emit(c, OP_LIST_APPEND, 2);
        int next2 = emit(c, OP_JUMP, 0);
        patch(c, nomatch, here(c));
        emit(c, OP_POP_TOP, 0);
        patch(c, next, here(c));
        patch(c, next2, here(c));
    }
    emit(c, OP_LIST_APPEND, 1);         /* prev orig raised */
    emit(c, OP_PREP_RERAISE_STAR, 0);   /* prev toraise */
    emit(c, OP_DUP_TOP, 0);
    load_none(c);
    emit(c, OP_COMPARE_OP, CMP_IS);
    int done = emit(c, OP_POP_JUMP_IF_TRUE, 0);
    emit(c, OP_RERAISE, 0);
    patch(c, done, here(c));
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_BLOCK, 0);
    emit(c, OP_POP_EXCEPT, 0);
    int end2 = emit(c, OP_JUMP, 0);
    emit_cleanup(c, cleanup);
    patch(c, end, here(c));
    patch(c, end2, here(c));
}

static void try_stmt(compiler *c, py_node *n)
{
    if (!n->n4) {
        if (n->flags & 1) try_star(c, n); else try_except(c, n);
        return;
    }
    int setup = emit(c, OP_SETUP_FINALLY, 0);
    fb_push(c, FB_FINALLY_TRY, 0, n, NULL);
    if (n->n2) {
        py_node inner = *n;
        inner.n4 = 0;
        inner.list4 = NULL;
        if (n->flags & 1) try_star(c, &inner); else try_except(c, &inner);
    } else {
        stmts(c, n->list, n->n);
    }
    c->u->nfb--;
    emit(c, OP_POP_BLOCK, 0);
    stmts(c, n->list4, n->n4);
    int end = emit(c, OP_JUMP, 0);
    patch(c, setup, here(c));
    int cleanup = emit(c, OP_SETUP_FINALLY, 0);
    emit(c, OP_PUSH_EXC_INFO, 0);
    fb_push(c, FB_FINALLY_END, 0, n, NULL);
    stmts(c, n->list4, n->n4);
    c->u->nfb--;
    emit(c, OP_POP_BLOCK, 0);
    emit(c, OP_ROT_TWO, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_RERAISE, 0);
    emit_cleanup(c, cleanup);
    patch(c, end, here(c));
}

static void with_items(compiler *c, py_node *n, int i)
{
    py_node *it = n->list[i];
    bool is_async = n->flags & 1;
    c->u->loc = loc_of(it->a);
    expr(c, it->a);
    c->u->loc = loc_of(n);  /* CPython 3.11 places the protocol lookup at the whole statement */
    emit(c, is_async ? OP_BEFORE_ASYNC_WITH : OP_BEFORE_WITH, 0);
    if (is_async) emit_await(c);
    /* the handler's stack depth must hold only the exit method (WITH_EXCEPT_START
     * finds it under the exception), so the block starts once __aenter__'s result is
     * stored */
    if (it->b) assign_target(c, it->b); else emit(c, OP_POP_TOP, 0);
    int setup = emit(c, OP_SETUP_FINALLY, 0);
    fb_push(c, is_async ? FB_ASYNC_WITH : FB_WITH, 0, n, NULL);
    if (i + 1 < n->n) with_items(c, n, i + 1);
    else stmts(c, n->list2, n->n2);
    c->u->nfb--;
    /* CPython 3.11 places __aexit__ at the whole statement (no caret line under it) */
    c->u->loc = loc_of(n);
    emit(c, OP_POP_BLOCK, 0);
    load_none(c);
    load_none(c);
    load_none(c);
    emit(c, OP_CALL, 3);
    if (is_async) emit_await(c);
    emit(c, OP_POP_TOP, 0);
    int end = emit(c, OP_JUMP, 0);
    patch(c, setup, here(c));               /* exit exc */
    int cleanup = emit(c, OP_SETUP_FINALLY, 0);
    emit(c, OP_PUSH_EXC_INFO, 0);           /* exit prev exc */
    emit(c, OP_WITH_EXCEPT_START, 0);       /* exit prev exc res */
    if (is_async) emit_await(c);
    int suppress = emit(c, OP_POP_JUMP_IF_TRUE, 0);
    emit(c, OP_RERAISE, 0);
    patch(c, suppress, here(c));
    emit(c, OP_POP_TOP, 0);
    emit(c, OP_POP_BLOCK, 0);
    emit(c, OP_POP_EXCEPT, 0);
    emit(c, OP_POP_TOP, 0);
    int end2 = emit(c, OP_JUMP, 0);
    emit_cleanup(c, cleanup);
    patch(c, end, here(c));
    patch(c, end2, here(c));
}

static void import_stmt(compiler *c, py_node *n)
{
    for (int i = 0; i < n->n; i++) {
        py_node *a = n->list[i];
        emit(c, OP_IMPORT_NAME, name_idx(c, a->str));
        if (a->str2) { name_op(c, a->str2, NAME_STORE); continue; }
        const char *dot = strchr(a->str, '.');
        if (dot) {
            char *first = xstrndup(a->str, (size_t)(dot - a->str));
            const char *nm = str_intern_c(c->vm, first)->data;
            free(first);
            emit(c, OP_POP_TOP, 0);
            emit(c, OP_IMPORT_NAME, name_idx(c, nm));
            name_op(c, nm, NAME_STORE);
        } else {
            name_op(c, a->str, NAME_STORE);
        }
    }
}

static void import_from(compiler *c, py_node *n)
{
    emit(c, OP_IMPORT_NAME, name_idx(c, n->str));
    for (int i = 0; i < n->n; i++) {
        py_node *a = n->list[i];
        emit(c, OP_IMPORT_FROM, name_idx(c, a->str));
        name_op(c, a->str2 ? a->str2 : a->str, NAME_STORE);
    }
    emit(c, OP_POP_TOP, 0);
}

static void stmt(compiler *c, py_node *n)
{
    c->u->loc = loc_of(n);
    switch (n->kind) {
    case N_EXPR:
        if (c->interactive && (c->u->flags & CO_MODULE)) {
            /* the REPL shows the value, as sys.displayhook does */
            emit(c, OP_LOAD_GLOBAL, name_idx(c, "__displayhook__"));
            expr(c, n->a);
            emit(c, OP_CALL, 1);
            emit(c, OP_POP_TOP, 0);
            break;
        }
        expr(c, n->a);
        emit(c, OP_POP_TOP, 0);
        break;
    case N_ASSIGN:
        expr(c, n->a);
        for (int i = 0; i < n->n; i++) {
            if (i + 1 < n->n) emit(c, OP_DUP_TOP, 0);
            assign_target(c, n->list[i]);
        }
        break;
    case N_AUGASSIGN: augassign(c, n); break;
    case N_ANNASSIGN:
        if (n->c) { expr(c, n->c); assign_target(c, n->a); }
        annotation_store(c, n);
        break;
    case N_FUNCDEF: funcdef(c, n); break;
    case N_CLASSDEF: classdef(c, n); break;
    case N_RETURN: return_stmt(c, n); break;
    case N_DELETE: for (int i = 0; i < n->n; i++) delete_target(c, n->list[i]); break;
    case N_IF: {
        int j;
        jump_if(c, n->a, false, &j);
        stmts(c, n->list, n->n);
        if (n->n2) {
            int end = emit(c, OP_JUMP, 0);
            patch(c, j, here(c));
            stmts(c, n->list2, n->n2);
            patch(c, end, here(c));
        } else {
            patch(c, j, here(c));
        }
        break;
    }
    case N_WHILE: while_stmt(c, n); break;
    case N_MATCH: match_stmt(c, n); break;
    case N_FOR: for_stmt(c, n); break;
    case N_WITH:
        if ((n->flags & 1) && c->interactive && (c->u->flags & CO_MODULE)) c->top_await = true;
        else if ((n->flags & 1) && !(c->u->flags & CO_CORO)) comp_error(c, n, "'async with' outside async function");
        with_items(c, n, 0);
        break;
    case N_RAISE: raise_stmt(c, n); break;
    case N_TRY: try_stmt(c, n); break;
    case N_ASSERT: {
        int j;
        if (n->a->kind == N_TUPLE && n->a->n > 0) comp_warn(c, n->line, "assertion is always true, perhaps remove parentheses?");
        jump_if(c, n->a, true, &j);  /* leaves the location at the last comparison, if any */
        emit(c, OP_LOAD_ASSERTION_ERROR, 0);
        if (n->b) { expr(c, n->b); emit(c, OP_CALL, 1); }
        emit(c, OP_RAISE_VARARGS, 1);
        patch(c, j, here(c));
        break;
    }
    case N_IMPORT: import_stmt(c, n); break;
    case N_IMPORTFROM: import_from(c, n); break;
    case N_GLOBAL: case N_NONLOCAL: case N_PASS: break;
    case N_BREAK: loop_exit(c, n, false); break;
    case N_CONTINUE: loop_exit(c, n, true); break;
    default: comp_error(c, n, "invalid syntax");
    }
}

static void stmts(compiler *c, py_node **l, int n)
{
    for (int i = 0; i < n; i++) stmt(c, l[i]);
}

py_code *py_compile_module(py_vm *vm, py_node *mod, char *err, size_t errlen, int err_loc[4])
{
    return py_compile_input(vm, mod, false, err, errlen, err_loc);
}

py_code *py_compile_input(py_vm *vm, py_node *mod, bool interactive, char *err, size_t errlen, int err_loc[4])
{
    compiler c = {0};
    c.vm = vm;
    c.interactive = interactive;
    c.err = err;
    c.errlen = errlen;
    c.top = scope_new(SC_MODULE, NULL, mod);
    py_code *co = NULL;
    vm->gc_paused++;
    if (setjmp(c.fail) == 0) {
        st_stmts(&c, c.top, mod->list, mod->n);
        st_resolve(&c, c.top);
        unit_push(&c, c.top, "<module>", NULL);
        c.u->flags = CO_MODULE;
        if (!interactive) annotations_setup(&c, mod->list, mod->n);
        stmts(&c, mod->list, mod->n);
        c.u->loc = (py_loc){0, 0, 0, 0};
        load_none(&c);
        emit(&c, OP_RETURN_VALUE, 0);
        if (c.top_await)
            c.u->flags |= CO_CORO;
        co = unit_finish(&c);
    } else {
        while (c.u) { unit *p = c.u->parent; unit_free(c.u); c.u = p; }
        err_loc[0] = c.err_line;
        err_loc[1] = c.err_col;
        err_loc[2] = c.err_end_line;
        err_loc[3] = c.err_end_col;
    }
    vm->gc_paused--;
    scope_free(c.top);
    return co;
}

/* ---------------- disassembler ---------------- */

void py_disassemble(py_vm *vm, py_code *co, FILE *f)
{
    fprintf(f, "Disassembly of <code %s> (%d locals, %d cells, %d free, stack %d):\n", co->qualname->data,
            co->nlocals, co->ncells, co->nfree, co->stacksize);
    int last_line = -1;
    for (int i = 0; i < co->ncode; i++) {
        int op = INS_OP(co->code[i]), arg = INS_ARG(co->code[i]);
        if (co->locs[i].line != last_line) { fprintf(f, "%4d ", co->locs[i].line); last_line = co->locs[i].line; }
        else fputs("     ", f);
        fprintf(f, "%5d %-20s %d", i, py_opcode_names[op], arg);
        if (op == OP_LOAD_CONST) {
            py_val v = co->consts[arg];
            if (is_kind(v, K_CODE)) fprintf(f, " (<code %s>)", ((py_code *)v.u.o)->qualname->data);
            else {
                sbuf b = {0};
                py_repr_into(vm, &b, v, 0);
                fprintf(f, " (%s)", sbuf_str(&b));
                sbuf_free(&b);
            }
        } else if (op == OP_LOAD_FAST || op == OP_STORE_FAST || op == OP_DELETE_FAST) {
            fprintf(f, " (%s)", co->varnames[arg]->data);
        } else if (op == OP_LOAD_GLOBAL || op == OP_STORE_GLOBAL || op == OP_LOAD_NAME || op == OP_STORE_NAME ||
                   op == OP_LOAD_ATTR || op == OP_STORE_ATTR || op == OP_LOAD_METHOD || op == OP_IMPORT_NAME ||
                   op == OP_IMPORT_FROM) {
            fprintf(f, " (%s)", co->names[arg]->data);
        } else if (op == OP_LOAD_DEREF || op == OP_STORE_DEREF || op == OP_LOAD_CLOSURE) {
            fprintf(f, " (%s)", arg < co->ncells ? co->cellnames[arg]->data : co->freenames[arg - co->ncells]->data);
        }
        fputc('\n', f);
    }
    for (int i = 0; i < co->nconsts; i++)
        if (is_kind(co->consts[i], K_CODE)) { fputc('\n', f); py_disassemble(vm, (py_code *)co->consts[i].u.o, f); }
}
