/* parse.c - recursive-descent parser from tokens to the AST (ast.h). Each function
 * opens with the grammar rule it parses (Python's grammar, trimmed to the subset).
 * Errors unwind with longjmp: the first error wins and the arena is freed whole.
 * Constructs outside looplab's subset are refused here through subset.c's table. */
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "py/ast.h"
#include "py/lex.h"
#include "py/subset.h"

typedef struct py_arena {
    struct py_arena *next;
    size_t used, cap;
    char data[];
} py_arena;

typedef struct parser {
    py_token *t;
    int n, pos;
    int far;            /* the furthest token fetched (CPython's p->fill - 1) */
    py_arena *arena;
    py_parsed *out;
    jmp_buf fail;
    int in_func, in_async, in_loop;
    py_node *last_disj;     /* the disjunction parsed last (CPython's invalid_expression 'a') */
    int eq_ctx, eq_start;   /* where a stray '=' gets CPython's hint: 1 named_expression, 2 call argument */
    int speculating;        /* inside try_parse: no error hints, just fail */
    int level;              /* CPython's PEG rule stack, for its MemoryError on deep nesting */
} parser;

/* The PEG parser's stack (MAXSTACK 6000, some 32 rules deep where an expression
 * starts) overflows on thousands of nested unary operators, nots, conditional
 * expressions (one rule each), '**' or lambdas (two each): MemoryError. The
 * recursive descent here keeps the C stack safe by failing the same way. */
#define PEG_LEVELS 5968
static void deeper(parser *P, int cost);

static void *arena_alloc(py_arena **ap, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    py_arena *a = *ap;
    if (!a || a->used + n > a->cap) {
        size_t cap = n > 65536 ? n : 65536;
        py_arena *b = xmalloc(sizeof *b + cap);
        b->next = a;
        b->used = 0;
        b->cap = cap;
        *ap = a = b;
    }
    void *p = a->data + a->used;
    a->used += n;
    memset(p, 0, n);
    return p;
}

void py_arena_free(py_arena *a)
{
    while (a) {
        py_arena *n = a->next;
        free(a);
        a = n;
    }
}

static char *arena_strndup(parser *P, const char *s, size_t n)
{
    char *d = arena_alloc(&P->arena, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}

/* ---- errors ---- */

/* Fails with msg, the carets under [line:col, end_line:end_col) (1-based). */
LL_NORETURN static void fail_span(parser *P, int line, int col, int end_line, int end_col, const char *msg)
{
    P->out->failed = 1;
    P->out->err_line = line;
    P->out->err_col = col;
    P->out->err_end_line = end_line;
    P->out->err_end_col = end_col;
    snprintf(P->out->err, sizeof P->out->err, "%s", msg);
    longjmp(P->fail, 1);
}

LL_NORETURN static void fail_at(parser *P, int line, int col, const char *msg)
{
    fail_span(P, line, col, line, col + 1, msg);
}

static py_node *star_expressions(parser *P);
static py_node *expression(parser *P);
static py_node *yield_expr(parser *P);
static py_node *bitor_expr(parser *P);
static py_node *eq_checked(parser *P, int ctx, py_node *(*fn)(parser *));
static py_node *walrus_tail(parser *P, py_node *e);
static const char *expr_name(py_node *e);

/* Parses with fn from the current token without committing: returns the node (and
 * leaves the position where it started), or NULL if it fails there. */
static py_node *try_parse_to(parser *P, py_node *(*fn)(parser *), int *end_pos);
static py_node *try_parse(parser *P, py_node *(*fn)(parser *)) { return try_parse_to(P, fn, NULL); }

/* try_parse, also giving the position just after what fn parsed. */
static py_node *try_parse_to(parser *P, py_node *(*fn)(parser *), int *end_pos)
{
    jmp_buf saved;
    memcpy(saved, P->fail, sizeof saved);
    py_parsed out = *P->out;
    int pos = P->pos, spec = P->speculating;
    py_node *last = P->last_disj, *r = NULL;
    P->speculating = 1;
    if (setjmp(P->fail) == 0) r = fn(P);
    if (end_pos) *end_pos = P->pos;
    memcpy(P->fail, saved, sizeof saved);
    *P->out = out;
    P->pos = pos;
    P->speculating = spec;
    P->last_disj = last;
    return r;
}

static bool starts_expression(int k)
{
    switch (k) {
    case T_NAME: case T_INT: case T_FLOAT: case T_STRING: case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
    case T_LPAR: case T_LSQB: case T_LBRACE: case T_MINUS: case T_PLUS: case T_TILDE: case T_NOT: case T_LAMBDA:
    case T_AWAIT:
        return true;
    default: return false;
    }
}

/* CPython's second-pass hints for a plain "invalid syntax" at the current token:
 * "print x" (invalid_legacy_expression) and two expressions side by side inside
 * brackets (invalid_expression: "Perhaps you forgot a comma?"). */
static void syntax_hints(parser *P)
{
    if (P->speculating || P->pos == 0) return;
    py_token *t = &P->t[P->pos], *prev = &P->t[P->pos - 1];
    if (!starts_expression(t->kind)) return;
    bool legacy = prev->kind == T_NAME && (strcmp(prev->sval, "print") == 0 || strcmp(prev->sval, "exec") == 0);
    if (legacy && t->kind != T_LPAR) {
        py_node *b = try_parse(P, star_expressions);
        if (b) {
            char msg[120];
            snprintf(msg, sizeof msg, "Missing parentheses in call to '%s'. Did you mean %s(...)?", prev->sval, prev->sval);
            fail_span(P, prev->line, prev->col, b->end_line, b->end_col + 1, msg);
        }
    }
    py_node *a = P->last_disj;
    if (a && !legacy && prev->level > 0 && a->end_line == prev->end_line && a->end_col + 1 == prev->end_col &&
        !(a->kind == N_NAME && t->kind == T_STRING)) {
        py_node *b = try_parse(P, expression);
        if (b) fail_span(P, a->line, a->col + 1, b->end_line, b->end_col + 1, "invalid syntax. Perhaps you forgot a comma?");
    }
}

/* invalid_named_expression ("if x = 1:" meant == or :=) and invalid_kwarg
 * ("f(x.y = 1)"): the expression before the '=' must be the whole element so far,
 * and no wider than a bitwise_or. */
static void named_hint(parser *P)
{
    py_node *a = P->last_disj;
    py_token *prev = &P->t[P->pos - 1], *first = &P->t[P->eq_start];
    if (!a || a->end_line != prev->end_line || a->end_col + 1 != prev->end_col) return;
    if (a->line != first->line || a->col + 1 != first->col) return;
    if (a->kind == N_COMPARE || a->kind == N_BOOLOP || (a->kind == N_UNARY && a->op == UNARY_NOT) ||
        a->kind == N_IFEXP || a->kind == N_LAMBDA || a->kind == N_STARRED)
        return;
    if (P->eq_ctx == 2) {
        py_token *eq = &P->t[P->pos];
        fail_span(P, a->line, a->col + 1, eq->end_line, eq->end_col, "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    if (a->kind == N_NAME) {
        P->pos++;
        int after = 0;
        py_node *b = try_parse_to(P, bitor_expr, &after);
        P->pos--;
        if (b && (P->t[after].kind == T_EQUAL || P->t[after].kind == T_COLONEQ)) b = NULL;  /* !('='|':=') */
        if (b) fail_span(P, a->line, a->col + 1, b->end_line, b->end_col + 1,
                         "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    } else if (a->kind != N_LIST && a->kind != N_TUPLE && a->kind != N_GENEXP && !(a->kind == N_CONST && a->op < 3)) {
        char msg[120];
        snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(a));
        fail_span(P, a->line, a->col + 1, a->end_line, a->end_col + 1, msg);
    }
}

/* An error at the current token: CPython marks the whole token. */
LL_NORETURN static void syntax_error(parser *P, const char *msg)
{
    if (!msg && P->eq_ctx && P->t[P->pos].kind == T_EQUAL && !P->speculating) named_hint(P);
    if (!msg) syntax_hints(P);
    py_token *t = &P->t[P->pos];
    fail_span(P, t->line, t->col, t->end_line, t->end_col, msg ? msg : "invalid syntax");
}

LL_NORETURN static void refuse(parser *P, enum py_refusal r, int line, int col)
{
    char msg[200];
    py_subset_message(r, msg, sizeof msg);
    P->out->refused = 1;
    fail_at(P, line, col, msg);
}

static int peek_line(parser *P) { return P->t[P->pos].line; }

static void deeper(parser *P, int cost)
{
    P->level += cost;
    if (P->level >= PEG_LEVELS) {
        P->out->err_kind = PY_PARSE_MEMORY_ERROR;
        fail_at(P, peek_line(P), 1, "MemoryError");
    }
}

/* ---- token helpers ---- */

static py_token *peek(parser *P) { return &P->t[P->pos]; }
static int at(parser *P, int kind) { return P->t[P->pos].kind == kind; }
static int at_ahead(parser *P, int k, int kind)
{
    return P->pos + k < P->n && P->t[P->pos + k].kind == kind;
}
static py_token *advance(parser *P)
{
    py_token *t = &P->t[P->pos];
    if (t->kind != T_END) P->pos++;
    if (P->pos > P->far) P->far = P->pos;
    return t;
}
static int accept(parser *P, int kind)
{
    if (!at(P, kind)) return 0;
    advance(P);
    return 1;
}
static py_token *expect(parser *P, int kind)
{
    if (!at(P, kind)) {
        if (kind == T_INDENT) syntax_error(P, "expected an indented block");
        if (kind == T_COLON && at(P, T_NEWLINE)) syntax_error(P, "expected ':'");  /* a header missing its colon */
        syntax_error(P, NULL);
    }
    return advance(P);
}
/* A forced token of CPython's grammar (&&':' after 'def', 'try', 'else', 'finally';
 * &&'(' after the function's name): a mismatch is "expected ':'" whatever follows. */
static py_token *expect_forced(parser *P, int kind)
{
    if (!at(P, kind)) syntax_error(P, kind == T_COLON ? "expected ':'" : "expected '('");
    return advance(P);
}
static py_token *prev(parser *P) { return &P->t[P->pos > 0 ? P->pos - 1 : 0]; }

static py_node *node_at(parser *P, int kind, py_token *start)
{
    py_node *n = arena_alloc(&P->arena, sizeof *n);
    n->kind = (uint8_t)kind;
    n->line = start->line;
    n->col = start->col - 1;
    n->end_line = start->end_line;
    n->end_col = start->end_col - 1;
    return n;
}
/* Ends node n at the previous token. */
static py_node *finish(parser *P, py_node *n)
{
    py_token *t = prev(P);
    n->end_line = t->end_line;
    n->end_col = t->end_col - 1;
    return n;
}
static py_node *node_span(parser *P, int kind, py_node *from)
{
    py_node *n = arena_alloc(&P->arena, sizeof *n);
    n->kind = (uint8_t)kind;
    n->line = from->paren ? from->pline : from->line;  /* "(a)(b)" starts at the "(", as in CPython */
    n->col = from->paren ? from->pcol : from->col;
    return finish(P, n);
}

/* A growable node list kept in the arena (so a longjmp on error leaks nothing). */
typedef struct nlist { py_node **v; int n, cap; } nlist;
static void nl_push(parser *P, nlist *l, py_node *x)
{
    if (l->n == l->cap) {
        int cap = l->cap ? l->cap * 2 : 8;
        py_node **v = arena_alloc(&P->arena, (size_t)cap * sizeof *v);
        if (l->n) memcpy(v, l->v, (size_t)l->n * sizeof *v);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = x;
}
static py_node **nl_freeze(parser *P, nlist *l, int *count)
{
    (void)P;
    *count = l->n;
    return l->v;
}

static py_node *expression(parser *P);
static py_node *star_expressions(parser *P);
static py_node *star_expression(parser *P);
static py_node *disjunction(parser *P);
static py_node *bitor_expr(parser *P);
static void block_of(parser *P, py_node ***body, int *n, const char *what, int line);
static void check_target(parser *P, py_node *e, int ctx);
enum { TGT_FIRST, TGT_PLAIN, TGT_DEL, TGT_AUG };
static py_node *primary(parser *P);
static py_node *fstring(parser *P, py_token *t);

/* ---- atoms ---- */

/* CPython 3.11 reports an f-string's errors at the token after the string literals. */
LL_NORETURN static void fstr_fail(parser *P, py_token *t, const char *msg)
{
    int i = (int)(t - P->t);
    if (i < 0 || i >= P->n) i = P->pos;
    while (i < P->n - 1 && P->t[i].kind == T_STRING) i++;
    py_token *after = &P->t[i];
    fail_span(P, after->line, after->col, after->end_line, after->end_col, msg);
}

/* strings -> STRING+   (adjacent literals concatenate; any f-string makes a JoinedStr) */
static py_node *strings(parser *P)
{
    py_token *first = peek(P);
    int any_f = 0, any_bytes = 0, count = 0;
    for (int i = P->pos; i < P->n && P->t[i].kind == T_STRING; i++) {
        any_f |= P->t[i].sflags & PY_STR_F;
        any_bytes |= P->t[i].sflags & PY_STR_BYTES;
        count++;
    }
    if (any_bytes) {
        /* bytes -> all literals prefixed b; ASCII only in the source, escapes for the rest */
        sbuf b = {0};
        for (int i = 0; i < count; i++) {
            py_token *t = advance(P);
            if (!(t->sflags & PY_STR_BYTES)) { sbuf_free(&b); fail_at(P, first->line, first->col, "cannot mix bytes and nonbytes literals"); }
            sbuf_add(&b, t->sval, t->slen);
        }
        py_node *n = node_at(P, N_BYTES, first);
        n->slen = b.len;
        n->str = arena_strndup(P, b.data ? b.data : "", b.len);
        sbuf_free(&b);
        return finish(P, n);
    }
    if (!any_f) {
        sbuf b = {0};
        for (int i = 0; i < count; i++) {
            py_token *t = advance(P);
            if (t->sflags & PY_STR_RAW) sbuf_add(&b, t->sval, t->slen);
            else sbuf_add(&b, t->sval, t->slen);
        }
        py_node *n = node_at(P, N_STR, first);
        n->slen = b.len;
        n->str = arena_strndup(P, b.data ? b.data : "", b.len);
        sbuf_free(&b);
        return finish(P, n);
    }
    nlist parts = {0};
    for (int i = 0; i < count; i++) {
        py_token *t = advance(P);
        if (t->sflags & PY_STR_F) {
            py_node *j = fstring(P, t);
            for (int k = 0; k < j->n; k++) nl_push(P, &parts, j->list[k]);
        } else {
            py_node *s = node_at(P, N_STR, t);
            s->str = arena_strndup(P, t->sval, t->slen);
            s->slen = t->slen;
            nl_push(P, &parts, s);
        }
    }
    py_node *n = node_at(P, N_JOINED, first);
    n->list = nl_freeze(P, &parts, &n->n);
    return finish(P, n);
}

static py_node *str_node(parser *P, py_token *t, const char *s, size_t len, int raw)
{
    py_node *n = node_at(P, N_STR, t);
    if (raw) {
        n->str = arena_strndup(P, s, len);
        n->slen = len;
    } else {
        char *d, err[160];
        size_t dl;
        if (py_lex_unescape(s, len, 0, &d, &dl, err, sizeof err) < 0) {
            py_token *next = t;  /* reported at the token after the literal, as CPython's parser does */
            while (next->kind == T_STRING) next++;
            fail_at(P, next->line, next->col, err);
        }
        n->str = arena_strndup(P, d, dl);
        n->slen = dl;
        free(d);
    }
    return n;
}

/* Parses the text of one replacement-field expression by lexing it on its own. */
static py_node *fstring_expr(parser *P, py_token *t, const char *s, size_t len, int line, int col)
{
    char *src = xmalloc(len + 3);
    src[0] = '(';
    memcpy(src + 1, s, len);
    src[len + 1] = ')';
    src[len + 2] = 0;
    for (size_t i = 0; i < len; i++) if (src[i + 1] == '\n') src[i + 1] = ' ';
    py_lexed lx;
    py_lex(src, &lx);
    if (lx.failed) {
        py_lex_free(&lx);
        free(src);
        fstr_fail(P, t, "f-string: invalid syntax");
    }
    /* shift positions: the sub-source starts one column before the expression */
    for (int i = 0; i < lx.ntoks; i++) {
        lx.toks[i].line = line;
        lx.toks[i].end_line = line;
        lx.toks[i].col += col - 2;
        lx.toks[i].end_col += col - 2;
    }
    parser sub = *P;
    sub.t = lx.toks;
    sub.n = lx.ntoks;
    sub.pos = 0;
    py_parsed dummy = {0};
    sub.out = &dummy;
    py_node *e = NULL;
    if (setjmp(sub.fail) == 0) {
        e = star_expressions(&sub);
        if (!at(&sub, T_NEWLINE) && !at(&sub, T_END)) syntax_error(&sub, NULL);
    }
    P->arena = sub.arena;
    py_lex_free(&lx);
    if (!e && dummy.refused) {  /* outside the subset: refused as anywhere else */
        free(src);
        P->out->refused = P->out->failed = 1;
        P->out->err_line = P->out->err_end_line = t->line;
        P->out->err_col = dummy.err_col;
        snprintf(P->out->err, sizeof P->out->err, "%s", dummy.err);
        longjmp(P->fail, 1);
    }
    if (!e) {
        /* CPython shows the expression it compiled, "(1 +)", with the caret in it */
        snprintf(P->out->err_text, sizeof P->out->err_text, "%s", src);
        free(src);
        P->out->failed = 1;
        P->out->err_line = P->out->err_end_line = t->line;
        P->out->err_col = dummy.err_col - (col - 2);
        P->out->err_end_col = dummy.err_end_col - (col - 2);
        snprintf(P->out->err, sizeof P->out->err, "f-string: %.150s", dummy.err);
        longjmp(P->fail, 1);
    }
    free(src);
    /* strip the parentheses we added */
    return e;
}

/* Finds the end of a replacement field's expression: the first '!', ':', '=' (not
 * part of ==, !=, <=, >=) or '}' at bracket depth 0 outside nested strings. Fails
 * with CPython's messages for stray brackets, '#' and backslashes. */
static size_t fstring_expr_end(parser *P, py_token *t, const char *s, size_t i, size_t n)
{
    char stack[200];
    int depth = 0;
    char q = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (q) { if (c == q) q = 0; else if (c == '\\') fstr_fail(P, t, "f-string expression part cannot include a backslash"); continue; }
        if (c == '\'' || c == '"') { q = c; continue; }
        if (c == '\\') fstr_fail(P, t, "f-string expression part cannot include a backslash");
        if (c == '#') fstr_fail(P, t, "f-string expression part cannot include '#'");
        if (c == '(' || c == '[' || c == '{') {
            if (depth == (int)sizeof stack) fstr_fail(P, t, "f-string: too many nested parenthesis");
            stack[depth++] = c;
        } else if (c == ')' || c == ']' || (c == '}' && depth > 0)) {
            char msg[120];
            if (depth == 0) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", c);
                fstr_fail(P, t, msg);
            }
            char open = stack[--depth];
            if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
                fstr_fail(P, t, msg);
            }
        } else if (depth == 0) {
            if (c == '}' || c == ':') return i;
            if (c == '!' && i + 1 < n && s[i + 1] != '=') return i;
            if (c == '=' && !(i + 1 < n && s[i + 1] == '=') && !(i > 0 && strchr("=!<>", s[i - 1]))) return i;
        }
    }
    if (q) fstr_fail(P, t, "f-string: unterminated string");
    if (depth > 0) {
        char msg[40];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", stack[depth - 1]);
        fstr_fail(P, t, msg);
    }
    return n;
}

static py_node *fstring_body(parser *P, py_token *t, const char *s, size_t n, int raw, int line, int col, int depth);

/* field -> '{' expr ['='] ['!' conv] [':' spec] '}'   (starting after the '{') */
static py_node *fstring_field(parser *P, py_token *t, const char *s, size_t n, size_t *ip, int raw,
                              int line, int col, int depth, nlist *parts)
{
    size_t i = *ip;
    size_t e = fstring_expr_end(P, t, s, i, n);
    if (e >= n) fstr_fail(P, t, "f-string: expecting '}'");
    if (e == i || strspn(s + i, " \t") == e - i) fstr_fail(P, t, "f-string: empty expression not allowed");
    py_node *f = node_at(P, N_FORMATTED, t);
    f->a = fstring_expr(P, t, s + i, e - i, line, col + (int)i);
    bool self_doc = s[e] == '=', conv_given = false;
    if (self_doc) {
        py_node *lit = str_node(P, t, s + i, e + 1 - i, 1);
        size_t k = e + 1;
        while (k < n && (s[k] == ' ')) k++;
        lit->str = arena_strndup(P, s + i, k - i);
        lit->slen = k - i;
        nl_push(P, parts, lit);
        e = k;
        f->op = 'r';
    }
    if (s[e] == '!') {
        if (e + 1 >= n || !strchr("rsa", s[e + 1])) fstr_fail(P, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        f->op = (uint8_t)s[e + 1];
        conv_given = true;
        e += 2;
    }
    if (e < n && s[e] == ':') {
        /* the spec runs to the matching '}' and may hold nested fields */
        size_t k = e + 1;
        int d = 0;
        while (k < n && (s[k] != '}' || d > 0)) {
            if (s[k] == '{') d++;
            else if (s[k] == '}') d--;
            k++;
        }
        if (depth >= 1 && memchr(s + e + 1, '{', k - e - 1) && 0) fail_at(P, t->line, t->col, "f-string: expressions nested too deeply");
        f->b = fstring_body(P, t, s + e + 1, k - e - 1, raw, line, col + (int)e + 1, depth + 1);
        e = k;
        if (self_doc && !conv_given) f->op = 0;  /* f"{x=:.2f}" formats x with the spec, not its repr */
    }
    if (e >= n || s[e] != '}') fstr_fail(P, t, "f-string: expecting '}'");
    *ip = e + 1;
    return f;
}

/* The literal and replacement-field pieces of an f-string body. */
static py_node *fstring_body(parser *P, py_token *t, const char *s, size_t n, int raw, int line, int col, int depth)
{
    nlist parts = {0};
    char *lit = arena_alloc(&P->arena, n + 1);
    size_t ll = 0, i = 0;
    while (i < n) {
        char c = s[i];
        if ((c == '{' || c == '}') && i + 1 < n && s[i + 1] == c) {
            lit[ll++] = c;
            i += 2;
            continue;
        }
        if (c == '}') fstr_fail(P, t, "f-string: single '}' is not allowed");
        if (c == '{') {
            if (ll) { nl_push(P, &parts, str_node(P, t, lit, ll, raw)); ll = 0; }
            i++;
            py_node *f = fstring_field(P, t, s, n, &i, raw, line, col, depth, &parts);
            nl_push(P, &parts, f);
            continue;
        }
        if (c == '\\' && !raw && i + 1 < n) { lit[ll++] = c; c = s[++i]; }
        if (c == '\n') { line++; col = -(int)i; }
        lit[ll++] = c;
        i++;
    }
    if (ll) nl_push(P, &parts, str_node(P, t, lit, ll, raw));
    py_node *j = node_at(P, N_JOINED, t);
    j->list = nl_freeze(P, &parts, &j->n);
    return j;
}

static py_node *fstring(parser *P, py_token *t)
{
    return fstring_body(P, t, t->sval, t->slen, t->sflags & PY_STR_RAW, t->body_line, t->body_col, 0);
}

/* comp_for -> ['async'] 'for' targets 'in' disjunction ('if' disjunction)* [comp_for] */
static void comp_fors(parser *P, nlist *gens)
{
    while (at(P, T_FOR) || at(P, T_ASYNC)) {
        py_token *s = peek(P);
        int is_async = accept(P, T_ASYNC);
        expect(P, T_FOR);
        py_node *g = node_at(P, N_COMPFOR, s);
        g->flags = is_async;
        /* target list: stops before 'in' */
        py_token *ts = peek(P);
        nlist tl = {0};
        int comma = 0;
        do {
            if (at(P, T_IN)) break;
            nl_push(P, &tl, bitor_expr(P));
        } while (accept(P, T_COMMA) && (comma = 1));
        if (tl.n == 1 && !comma) { g->a = tl.v[0]; }
        else { py_node *tup = node_at(P, N_TUPLE, ts); tup->list = nl_freeze(P, &tl, &tup->n); g->a = finish(P, tup); }
        check_target(P, g->a, TGT_PLAIN);
        expect(P, T_IN);
        g->b = disjunction(P);
        nlist ifs = {0};
        while (accept(P, T_IF)) nl_push(P, &ifs, disjunction(P));
        g->list = nl_freeze(P, &ifs, &g->n);
        nl_push(P, gens, finish(P, g));
    }
}

static py_node *comprehension(parser *P, int kind, py_token *start, py_node *elt, py_node *val)
{
    py_node *c = node_at(P, kind, start);
    c->a = elt;
    c->b = val;
    nlist gens = {0};
    comp_fors(P, &gens);
    c->list = nl_freeze(P, &gens, &c->n);
    return c;
}

/* atom -> NAME | NUMBER | strings | 'None' | 'True' | 'False' | '...'
 *       | '(' [yield | star_expressions | genexp] ')' | '[' [list | listcomp] ']'
 *       | '{' [dict | set | dictcomp | setcomp] '}' */
/* An int literal beyond 64 bits keeps its text for the compiler (str2; op bit 0: negated
 * by folding); CPython's limit on decimal digits applies to literals too. */
static void big_literal(parser *P, py_node *n, py_token *t)
{
    size_t digits = 0;
    bool decimal = !(t->len > 1 && t->start[0] == '0' && strchr("xXoObB", t->start[1]));
    for (size_t i = 0; i < t->len; i++) digits += t->start[i] != '_';
    if (decimal && digits > 4300) {
        char msg[300];
        snprintf(msg, sizeof msg, "Exceeds the limit (4300 digits) for integer string conversion: value has %zu digits; "
                 "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                 "literals to avoid decimal conversion limits.", digits);
        fail_at(P, t->line, t->col, msg);
    }
    n->ival = 0;
    n->str2 = arena_strndup(P, t->start, t->len);
}

static py_node *atom(parser *P)
{
    py_token *t = peek(P);
    py_node *n;
    switch (t->kind) {
    case T_NAME:
        advance(P);
        n = node_at(P, N_NAME, t);
        n->str = arena_strndup(P, t->sval, t->slen);
        return n;
    case T_INT:
        advance(P);
        if (t->imag) refuse(P, REFUSE_COMPLEX, t->line, t->col);
        n = node_at(P, N_INT, t);
        n->ival = t->ival;
        if (t->overflow) big_literal(P, n, t);
        return n;
    case T_FLOAT:
        advance(P);
        if (t->imag) refuse(P, REFUSE_COMPLEX, t->line, t->col);
        n = node_at(P, N_FLOAT, t);
        n->fval = t->fval;
        return n;
    case T_STRING:
        return strings(P);
    case T_NONE: case T_TRUE: case T_FALSE: case T_ELLIPSIS:
        advance(P);
        n = node_at(P, N_CONST, t);
        n->op = t->kind == T_NONE ? 0 : t->kind == T_TRUE ? 1 : t->kind == T_FALSE ? 2 : 3;
        return n;
    case T_LPAR: {
        advance(P);
        if (accept(P, T_RPAR)) return finish(P, node_at(P, N_TUPLE, t));
        if (at(P, T_YIELD)) {
            n = yield_expr(P);
            expect(P, T_RPAR);
            n->paren = true;
            n->pline = t->line;
            n->pcol = t->col - 1;
            return n;
        }
        if (at(P, T_DSTAR)) {  /* invalid_group: '(' '**' expression ')' */
            py_token *d = peek(P);
            fail_span(P, d->line, d->col, d->end_line, d->end_col, "cannot use double starred expression here");
        }
        py_node *e = walrus_tail(P, eq_checked(P, 1, star_expression));
        if (at(P, T_FOR) || at(P, T_ASYNC)) {
            n = comprehension(P, N_GENEXP, t, e, NULL);
            expect(P, T_RPAR);
            return finish(P, n);
        }
        if (!at(P, T_COMMA)) {
            expect(P, T_RPAR);
            if (e->kind == N_STARRED)  /* invalid_group */
                fail_span(P, e->line, e->col + 1, e->end_line, e->end_col + 1, "cannot use starred expression here");
            e->paren = true;  /* keeps its inner span, as CPython; a node built on it starts here */
            e->pline = t->line;
            e->pcol = t->col - 1;
            return e;
        }
        nlist l = {0};
        nl_push(P, &l, e);
        while (accept(P, T_COMMA) && !at(P, T_RPAR)) nl_push(P, &l, walrus_tail(P, eq_checked(P, 1, star_expression)));
        expect(P, T_RPAR);
        n = node_at(P, N_TUPLE, t);
        n->flags = 1;  /* written with parentheses */
        n->list = nl_freeze(P, &l, &n->n);
        return finish(P, n);
    }
    case T_LSQB: {
        advance(P);
        nlist l = {0};
        if (!at(P, T_RSQB)) {
            py_node *e = walrus_tail(P, eq_checked(P, 1, star_expression));
            if (at(P, T_FOR) || at(P, T_ASYNC)) {
                n = comprehension(P, N_LISTCOMP, t, e, NULL);
                expect(P, T_RSQB);
                return finish(P, n);
            }
            nl_push(P, &l, e);
            while (accept(P, T_COMMA) && !at(P, T_RSQB)) nl_push(P, &l, walrus_tail(P, eq_checked(P, 1, star_expression)));
        }
        expect(P, T_RSQB);
        n = node_at(P, N_LIST, t);
        n->list = nl_freeze(P, &l, &n->n);
        return finish(P, n);
    }
    case T_LBRACE: {
        advance(P);
        if (accept(P, T_RBRACE)) return finish(P, node_at(P, N_DICT, t));
        nlist keys = {0}, vals = {0};
        int is_dict;
        py_node *k = NULL, *v;
        if (accept(P, T_DSTAR)) { is_dict = 1; v = bitor_expr(P); }
        else {
            k = walrus_tail(P, eq_checked(P, 1, star_expression));
            is_dict = k->kind != N_NAMEDEXPR && accept(P, T_COLON);
            v = is_dict ? expression(P) : NULL;
        }
        if (at(P, T_FOR) || at(P, T_ASYNC)) {
            n = is_dict ? comprehension(P, N_DICTCOMP, t, k, v) : comprehension(P, N_SETCOMP, t, k, NULL);
            expect(P, T_RBRACE);
            return finish(P, n);
        }
        nl_push(P, &keys, k);
        if (is_dict) nl_push(P, &vals, v);
        while (accept(P, T_COMMA) && !at(P, T_RBRACE)) {
            if (is_dict) {
                if (accept(P, T_DSTAR)) { nl_push(P, &keys, NULL); nl_push(P, &vals, bitor_expr(P)); continue; }
                nl_push(P, &keys, expression(P));
                if (at(P, T_COMMA) || at(P, T_RBRACE)) {  /* invalid_kvpair: at the key's last character */
                    py_token *kt = &P->t[P->pos - 1];
                    fail_span(P, kt->end_line, kt->end_col - 1, kt->end_line, kt->end_col, "':' expected after dictionary key");
                }
                expect(P, T_COLON);
                nl_push(P, &vals, expression(P));
            } else {
                nl_push(P, &keys, eq_checked(P, 1, star_expression));
            }
        }
        expect(P, T_RBRACE);
        n = node_at(P, is_dict ? N_DICT : N_SET, t);
        n->list = nl_freeze(P, &keys, &n->n);
        n->list2 = nl_freeze(P, &vals, &n->n2);
        return finish(P, n);
    }
    default:
        syntax_error(P, NULL);
    }
}

/* slice -> [expression] ':' [expression] [':' [expression]] | named_expression */
static py_node *slice_item(parser *P)
{
    py_token *t = peek(P);
    py_node *lo = NULL;
    if (accept(P, T_STAR)) {  /* starred_expression (3.11): x[*a, b] indexes with a tuple */
        py_node *st = node_at(P, N_STARRED, t);
        st->a = expression(P);
        return finish(P, st);
    }
    if (!at(P, T_COLON)) {
        lo = eq_checked(P, 1, star_expression);
        if (!at(P, T_COLON)) return lo;
    }
    py_node *s = lo ? node_span(P, N_SLICE, lo) : node_at(P, N_SLICE, t);
    s->a = lo;
    expect(P, T_COLON);
    if (!at(P, T_COLON) && !at(P, T_RSQB) && !at(P, T_COMMA)) s->b = expression(P);
    if (accept(P, T_COLON) && !at(P, T_RSQB) && !at(P, T_COMMA)) s->c = expression(P);
    return finish(P, s);
}

/* slices -> slice | slice (',' slice)* [','] */
static py_node *slices(parser *P)
{
    py_token *t = peek(P);
    py_node *first = slice_item(P);
    if (!at(P, T_COMMA) && first->kind != N_STARRED) return first;
    nlist l = {0};
    nl_push(P, &l, first);
    while (accept(P, T_COMMA) && !at(P, T_RSQB)) nl_push(P, &l, slice_item(P));
    py_node *tup = node_at(P, N_TUPLE, t);
    tup->list = nl_freeze(P, &l, &tup->n);
    return finish(P, tup);
}

/* arguments -> arg (',' arg)* [',']
 * arg -> '*' expression | '**' expression | NAME '=' expression | expression [comp_for] */
static void call_args(parser *P, py_node *call)
{
    nlist args = {0}, kws = {0};
    bool positional_after_kw = false, kw_unpacking = false, trailing_comma = false;
    py_node *bare_genexp = NULL;
    while (!at(P, T_RPAR)) {
        py_token *t = peek(P);
        trailing_comma = false;
        if (accept(P, T_STAR)) {
            if (kw_unpacking) fail_at(P, t->line, t->col, "iterable argument unpacking follows keyword argument unpacking");
            py_node *s = node_at(P, N_STARRED, t);
            s->a = expression(P);
            nl_push(P, &args, finish(P, s));
        } else if (accept(P, T_DSTAR)) {
            py_node *k = node_at(P, N_KEYWORD, t);
            k->a = expression(P);
            kw_unpacking = true;
            nl_push(P, &kws, finish(P, k));
        } else if (at(P, T_NAME) && at_ahead(P, 1, T_EQUAL)) {
            advance(P);
            advance(P);
            py_node *k = node_at(P, N_KEYWORD, t);
            k->str = arena_strndup(P, t->sval, t->slen);
            k->a = expression(P);
            nl_push(P, &kws, finish(P, k));
        } else {
            py_node *e = eq_checked(P, 2, expression);
            /* args -> (assignment_expression | expression !':='): no specific message here */
            if (at(P, T_COLONEQ) && (e->kind != N_NAME || e->paren)) syntax_error(P, NULL);
            e = walrus_tail(P, e);
            if (at(P, T_FOR) || at(P, T_ASYNC)) {
                py_node *bare = comprehension(P, N_GENEXP, t, e, NULL);
                finish(P, bare);
                if (!bare_genexp) bare_genexp = bare;
                e = bare;
            } else if (kws.n) {
                positional_after_kw = true;  /* reported once the arguments are read, as CPython */
            }
            nl_push(P, &args, e);
        }
        if (!accept(P, T_COMMA)) break;
        trailing_comma = true;
    }
    if (bare_genexp && (args.n + kws.n > 1 || trailing_comma)) {
        /* from the element to the end of the last for/if clause */
        py_node *last = bare_genexp->list[bare_genexp->n - 1];
        py_node *end = last->n ? last->list[last->n - 1] : last->b;
        fail_span(P, bare_genexp->line, bare_genexp->col + 1, end->end_line, end->end_col + 1,
                  "Generator expression must be parenthesized");
    }
    if (positional_after_kw)
        syntax_error(P, kw_unpacking ? "positional argument follows keyword argument unpacking"
                                     : "positional argument follows keyword argument");
    if (bare_genexp) bare_genexp->line = call->line;  /* a lone generator argument spans the call's parentheses */
    call->list = nl_freeze(P, &args, &call->n);
    call->list2 = nl_freeze(P, &kws, &call->n2);
}

/* primary -> atom ( '.' NAME | '(' arguments ')' | '[' slices ']' )* */
static py_node *primary(parser *P)
{
    py_node *e = atom(P);
    for (;;) {
        if (accept(P, T_DOT)) {
            py_token *name = expect(P, T_NAME);
            py_node *a = node_span(P, N_ATTR, e);
            a->a = e;
            a->str = arena_strndup(P, name->sval, name->slen);
            e = a;
        } else if (accept(P, T_LPAR)) {
            py_node *c = node_span(P, N_CALL, e);
            c->a = e;
            call_args(P, c);
            expect(P, T_RPAR);
            e = finish(P, c);
        } else if (accept(P, T_LSQB)) {
            py_node *s = node_span(P, N_SUBSCRIPT, e);
            s->a = e;
            s->b = slices(P);
            expect(P, T_RSQB);
            e = finish(P, s);
        } else {
            return e;
        }
    }
}

/* await_primary -> 'await' primary | primary */
static py_node *await_primary(parser *P)
{
    py_token *t = peek(P);
    if (accept(P, T_AWAIT)) {
        py_node *n = node_at(P, N_AWAIT, t);  /* misplaced awaits are the compiler's errors, as in CPython */
        n->a = primary(P);
        return finish(P, n);
    }
    return primary(P);
}

static py_node *factor(parser *P);

/* power -> await_primary ['**' factor] */
static py_node *power(parser *P)
{
    py_node *e = await_primary(P);
    if (accept(P, T_DSTAR)) {
        py_node *b = node_span(P, N_BINOP, e);
        b->op = BINOP_POW;
        b->a = e;
        deeper(P, 2);
        b->b = factor(P);
        P->level -= 2;
        return finish(P, b);
    }
    return e;
}

/* factor -> ('+' | '-' | '~') factor | power */
static py_node *factor(parser *P)
{
    py_token *t = peek(P);
    int op = t->kind == T_MINUS ? UNARY_NEG : t->kind == T_PLUS ? UNARY_POS : t->kind == T_TILDE ? UNARY_INVERT : -1;
    if (op < 0) return power(P);
    advance(P);
    py_node *n = node_at(P, N_UNARY, t);
    n->op = (uint8_t)op;
    py_token *lit = peek(P);
    int after = P->t[P->pos + 1 < P->n ? P->pos + 1 : P->pos].kind;
    if (op == UNARY_NEG && lit->kind == T_INT && lit->overflow == 2 && !lit->imag && after != T_DSTAR &&
        after != T_LPAR && after != T_LSQB && after != T_DOT) {  /* -9223372036854775808: the one literal that fits negated */
        advance(P);
        py_node *m = node_at(P, N_INT, lit);
        m->ival = INT64_MIN;
        m->col = n->col;
        return finish(P, m);
    }
    deeper(P, 1);
    n->a = factor(P);
    P->level--;
    /* fold -literal so that -9223372036854775808 and -1.5 are constants */
    /* (slen counts the folded minuses: CPython's AST still nests them, for its depth limit) */
    if (op == UNARY_NEG && n->a->kind == N_FLOAT) { n->a->fval = -n->a->fval; n->a->col = n->col; n->a->slen++; return finish(P, n->a); }
    if (op == UNARY_NEG && n->a->kind == N_INT && !n->a->str2 && n->a->ival == INT64_MIN) {
        n->a->str2 = "9223372036854775808";  /* -(-9223372036854775808): past int64 */
        n->a->op = 0;
        n->a->ival = 0;
        n->a->col = n->col;
        n->a->slen++;
        return finish(P, n->a);
    }
    if (op == UNARY_NEG && n->a->kind == N_INT && n->a->str2) { n->a->op ^= 1; n->a->col = n->col; n->a->slen++; return finish(P, n->a); }
    if (op == UNARY_NEG && n->a->kind == N_INT) { n->a->ival = -n->a->ival; n->a->col = n->col; n->a->slen++; return finish(P, n->a); }
    return finish(P, n);
}

static int binop_of(int tok)
{
    switch (tok) {
    case T_STAR: return BINOP_MUL;
    case T_SLASH: return BINOP_TRUEDIV;
    case T_DSLASH: return BINOP_FLOORDIV;
    case T_PERCENT: return BINOP_MOD;
    case T_AT: return BINOP_MATMUL;
    case T_PLUS: return BINOP_ADD;
    case T_MINUS: return BINOP_SUB;
    case T_LSHIFT: return BINOP_LSHIFT;
    case T_RSHIFT: return BINOP_RSHIFT;
    case T_AMPER: return BINOP_AND;
    case T_CIRCUMFLEX: return BINOP_XOR;
    case T_VBAR: return BINOP_OR;
    default: return -1;
    }
}

/* One left-associative binary level: level -> sub (op sub)*, ops given as tokens. */
static py_node *binary_level(parser *P, py_node *(*sub)(parser *), const int *toks)
{
    py_node *e = sub(P);
    for (;;) {
        int k = peek(P)->kind, hit = 0;
        for (const int *t = toks; *t; t++) hit |= *t == k;
        if (!hit) return e;
        py_token *optok = advance(P);
        if (k == T_AT) refuse(P, REFUSE_MATMUL, optok->line, optok->col);
        py_node *b = node_span(P, N_BINOP, e);
        b->op = (uint8_t)binop_of(k);
        b->a = e;
        b->b = sub(P);
        e = finish(P, b);
    }
}

/* term -> factor (('*' | '/' | '//' | '%' | '@') factor)* */
static py_node *term(parser *P) { static const int t[] = {T_STAR, T_SLASH, T_DSLASH, T_PERCENT, T_AT, 0}; return binary_level(P, factor, t); }
/* sum -> term (('+' | '-') term)* */
static py_node *sum(parser *P) { static const int t[] = {T_PLUS, T_MINUS, 0}; return binary_level(P, term, t); }
/* shift_expr -> sum (('<<' | '>>') sum)* */
static py_node *shift_expr(parser *P) { static const int t[] = {T_LSHIFT, T_RSHIFT, 0}; return binary_level(P, sum, t); }
/* bitwise_and -> shift_expr ('&' shift_expr)* */
static py_node *bitand_expr(parser *P) { static const int t[] = {T_AMPER, 0}; return binary_level(P, shift_expr, t); }
/* bitwise_xor -> bitwise_and ('^' bitwise_and)* */
static py_node *bitxor_expr(parser *P) { static const int t[] = {T_CIRCUMFLEX, 0}; return binary_level(P, bitand_expr, t); }
/* bitwise_or -> bitwise_xor ('|' bitwise_xor)* */
static py_node *bitor_expr(parser *P) { static const int t[] = {T_VBAR, 0}; return binary_level(P, bitxor_expr, t); }

/* Returns the comparison operator at the cursor (consuming it) or -1. */
static int comp_op(parser *P)
{
    switch (peek(P)->kind) {
    case T_LESS: advance(P); return CMP_LT;
    case T_LESSEQUAL: advance(P); return CMP_LE;
    case T_EQEQUAL: advance(P); return CMP_EQ;
    case T_NOTEQUAL: advance(P); return CMP_NE;
    case T_GREATER: advance(P); return CMP_GT;
    case T_GREATEREQUAL: advance(P); return CMP_GE;
    case T_IN: advance(P); return CMP_IN;
    case T_NOT:
        if (!at_ahead(P, 1, T_IN)) return -1;
        advance(P); advance(P);
        return CMP_NOT_IN;
    case T_IS:
        advance(P);
        return accept(P, T_NOT) ? CMP_IS_NOT : CMP_IS;
    default: return -1;
    }
}

/* comparison -> bitwise_or (compare_op bitwise_or)* */
static py_node *comparison(parser *P)
{
    py_node *e = bitor_expr(P);
    int op = comp_op(P);
    if (op < 0) return e;
    py_node *c = node_span(P, N_COMPARE, e);
    c->a = e;
    nlist l = {0};
    uint8_t ops[64];
    int nops = 0;
    while (op >= 0) {
        if (nops == 64) { syntax_error(P, "too many chained comparisons"); }
        ops[nops++] = (uint8_t)op;
        nl_push(P, &l, bitor_expr(P));
        op = comp_op(P);
    }
    c->list = nl_freeze(P, &l, &c->n);
    c->ops = arena_alloc(&P->arena, (size_t)nops);
    memcpy(c->ops, ops, (size_t)nops);
    return finish(P, c);
}

/* inversion -> 'not' inversion | comparison */
static py_node *inversion(parser *P)
{
    py_token *t = peek(P);
    if (!accept(P, T_NOT)) return comparison(P);
    py_node *n = node_at(P, N_UNARY, t);
    n->op = UNARY_NOT;
    deeper(P, 1);
    n->a = inversion(P);
    P->level--;
    return finish(P, n);
}

static py_node *boolop(parser *P, py_node *(*sub)(parser *), int tok, int op)
{
    py_node *e = sub(P);
    if (!at(P, tok)) return e;
    py_node *b = node_span(P, N_BOOLOP, e);
    b->op = (uint8_t)op;
    nlist l = {0};
    nl_push(P, &l, e);
    while (accept(P, tok)) nl_push(P, &l, sub(P));
    b->list = nl_freeze(P, &l, &b->n);
    return finish(P, b);
}

/* conjunction -> inversion ('and' inversion)* */
static py_node *conjunction(parser *P) { return boolop(P, inversion, T_AND, 0); }
/* disjunction -> conjunction ('or' conjunction)* */
static py_node *disjunction(parser *P)
{
    py_node *e = boolop(P, conjunction, T_OR, 1);
    P->last_disj = e;
    return e;
}

static py_node *parameters(parser *P, int closing, int lambda);

/* yield_expr -> 'yield' 'from' expression | 'yield' [star_expressions]
 * (where yield may appear, and in what kind of function, is the compiler's check) */
static py_node *yield_expr(parser *P)
{
    py_token *t = advance(P);
    py_node *n = node_at(P, N_YIELD, t);
    if (accept(P, T_FROM)) {
        n->flags = 1;
        n->a = expression(P);
    } else if (starts_expression(peek(P)->kind) || at(P, T_STAR)) {
        n->a = star_expressions(P);
    }
    return finish(P, n);
}

/* lambdef -> 'lambda' [lambda_params] ':' expression */
static py_node *lambdef(parser *P)
{
    py_token *t = advance(P);
    py_node *n = node_at(P, N_LAMBDA, t);
    n->a = parameters(P, T_COLON, 1);
    expect(P, T_COLON);
    int saved_async = P->in_async;
    P->in_async = 0;
    deeper(P, 2);
    n->b = expression(P);
    P->level -= 2;
    P->in_async = saved_async;
    return finish(P, n);
}

/* expression -> disjunction ['if' disjunction 'else' expression] | lambdef */
static py_node *expression(parser *P)
{
    if (at(P, T_LAMBDA)) return lambdef(P);
    py_node *e = disjunction(P);
    if (!accept(P, T_IF)) return e;
    py_node *c = node_span(P, N_IFEXP, e);
    c->b = e;
    c->a = disjunction(P);
    if (!at(P, T_ELSE) && !at(P, T_COLON))
        fail_span(P, e->line, e->col + 1, c->a->end_line, c->a->end_col + 1, "expected 'else' after 'if' expression");
    expect(P, T_ELSE);
    deeper(P, 1);
    c->c = expression(P);
    P->level--;
    return finish(P, c);
}

/* Parses one element with fn where a following '=' gets CPython's hint (ctx: 1 a
 * named_expression: condition, display item, group, subscript; 2 a call argument). */
static py_node *eq_checked(parser *P, int ctx, py_node *(*fn)(parser *))
{
    int saved_ctx = P->eq_ctx, saved_start = P->eq_start;
    P->eq_ctx = ctx;
    P->eq_start = P->pos;
    py_node *e = fn(P);
    if (at(P, T_EQUAL)) syntax_error(P, NULL);
    P->eq_ctx = saved_ctx;
    P->eq_start = saved_start;
    return e;
}

/* The test of if/elif/while. */
/* named_expression -> NAME ':=' expression | expression !':='
 * Called with the expression already parsed: an assignment expression needs a plain
 * name on its left ("cannot use assignment expressions with subscript" otherwise). */
static py_node *walrus_tail(parser *P, py_node *e)
{
    if (!at(P, T_COLONEQ)) return e;
    if (e->kind != N_NAME || e->paren) {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot use assignment expressions with %s", expr_name(e));
        fail_span(P, e->line, e->col + 1, e->end_line, e->end_col + 1, msg);
    }
    advance(P);
    py_node *n = node_span(P, N_NAMEDEXPR, e);
    n->a = e;
    n->b = expression(P);
    return finish(P, n);
}

static py_node *condition(parser *P) { return walrus_tail(P, eq_checked(P, 1, expression)); }

/* star_expression -> '*' bitwise_or | expression */
static py_node *star_expression(parser *P)
{
    py_token *t = peek(P);
    if (!accept(P, T_STAR)) return expression(P);
    py_node *s = node_at(P, N_STARRED, t);
    s->a = bitor_expr(P);
    return finish(P, s);
}

/* star_expressions -> star_expression (',' star_expression)* [','] */
static py_node *star_expressions(parser *P)
{
    py_node *e = star_expression(P);
    if (!at(P, T_COMMA)) return e;
    py_node *tup = node_span(P, N_TUPLE, e);
    nlist l = {0};
    nl_push(P, &l, e);
    while (accept(P, T_COMMA)) {
        int k = peek(P)->kind;
        if (k == T_NEWLINE || k == T_EQUAL || k == T_RPAR || k == T_SEMI || k == T_COLON || k == T_END ||
            (k >= T_PLUSEQ && k <= T_ATEQ) || k == T_RSQB || k == T_RBRACE)
            break;
        nl_push(P, &l, star_expression(P));
    }
    tup->list = nl_freeze(P, &l, &tup->n);
    return finish(P, tup);
}

/* ---- statements ---- */

/* param -> NAME [':' expression] ['=' expression]   (lambda params have no annotation) */
static py_node *param(parser *P, int lambda, int with_default)
{
    py_token *t = expect(P, T_NAME);
    py_node *a = node_at(P, N_ARG, t);
    a->str = arena_strndup(P, t->sval, t->slen);
    if (!lambda && accept(P, T_COLON)) (void)expression(P);
    if (with_default && accept(P, T_EQUAL)) a->a = expression(P);
    return finish(P, a);
}

/* parameters -> param (',' param)* [',' '/'] [',' '*' [param] (',' param)*] [',' '**' param]
 * A '/' makes the parameters before it positional-only (flags = how many). */
static py_node *parameters(parser *P, int closing, int lambda)
{
    py_node *args = node_at(P, N_ARGS, peek(P));
    nlist pos = {0}, kwonly = {0};
    int star_seen = 0, default_seen = 0, slash_seen = 0;
    py_token *bare_star = NULL;
    while (!at(P, closing)) {
        py_token *t = peek(P);
        if (accept(P, T_DSTAR)) {
            args->c = param(P, lambda, 0);
            if (accept(P, T_COMMA) && !at(P, closing)) syntax_error(P, "arguments cannot follow var-keyword argument");
            break;
        } else if (accept(P, T_STAR)) {
            if (star_seen) fail_at(P, t->line, t->col, "* argument may appear only once");
            star_seen = 1;
            if (at(P, T_NAME)) args->b = param(P, lambda, 0);
            else bare_star = lambda ? peek(P) : t;  /* lambda's error points past the '*' */
        } else if (accept(P, T_SLASH)) {  /* CPython's invalid_parameters rules */
            if (slash_seen) fail_at(P, t->line, t->col, "/ may appear only once");
            if (star_seen) fail_at(P, t->line, t->col, "/ must be ahead of *");
            if (pos.n == 0) fail_at(P, t->line, t->col, "invalid syntax");  /* 3.12 words it differently */
            slash_seen = 1;
            args->flags = pos.n;
        } else {
            py_node *p = param(P, lambda, 1);
            if (star_seen) nl_push(P, &kwonly, p);
            else {
                if (p->a) default_seen = 1;
                else if (default_seen) {
                    fail_at(P, t->line, t->col, "non-default argument follows default argument");
                }
                nl_push(P, &pos, p);
            }
        }
        if (!accept(P, T_COMMA)) break;
    }
    if (bare_star && kwonly.n == 0) fail_at(P, bare_star->line, bare_star->col, "named arguments must follow bare *");
    args->list = nl_freeze(P, &pos, &args->n);
    args->list2 = nl_freeze(P, &kwonly, &args->n2);
    return args;
}

/* funcdef -> ['async'] 'def' NAME '(' [parameters] ')' ['->' expression] ':' block */
static py_node *funcdef(parser *P, py_token *start, int is_async)
{
    expect(P, T_DEF);
    py_token *name = expect(P, T_NAME);
    py_node *f = node_at(P, N_FUNCDEF, start);
    f->str = arena_strndup(P, name->sval, name->slen);
    f->flags = is_async;
    expect_forced(P, T_LPAR);
    f->a = parameters(P, T_RPAR, 0);
    expect(P, T_RPAR);
    if (accept(P, T_ARROW)) (void)expression(P);
    expect_forced(P, T_COLON);
    int sf = P->in_func, sa = P->in_async, sl = P->in_loop;
    P->in_func = 1;
    P->in_async = is_async;
    P->in_loop = 0;
    block_of(P, &f->list, &f->n, "function definition", start->line);
    P->in_func = sf;
    P->in_async = sa;
    P->in_loop = sl;
    return finish(P, f);
}

/* classdef -> 'class' NAME ['(' [arguments] ')'] ':' block */
static py_node *classdef(parser *P)
{
    py_token *start = advance(P);
    py_token *name = expect(P, T_NAME);
    py_node *c = node_at(P, N_CLASSDEF, start);
    c->str = arena_strndup(P, name->sval, name->slen);
    if (accept(P, T_LPAR)) {
        py_node tmp = {0};
        tmp.line = start->line;
        call_args(P, &tmp);
        expect(P, T_RPAR);
        py_node *kw = tmp.n2 ? tmp.list2[0] : NULL, *second = tmp.n > 1 ? tmp.list[1] : NULL;
        bool kw_first = kw && (!second || kw->line < second->line || (kw->line == second->line && kw->col < second->col));
        if (kw_first) refuse(P, REFUSE_CLASS_KEYWORDS, kw->line, kw->col + 1);
        if (tmp.n > 1) refuse(P, REFUSE_MULTI_BASE, tmp.list[1]->line, tmp.list[1]->col + 1);
        c->list2 = tmp.list;
        c->n2 = tmp.n;
    }
    expect(P, T_COLON);
    int sf = P->in_func, sa = P->in_async, sl = P->in_loop;
    P->in_func = 0;
    P->in_async = 0;
    P->in_loop = 0;
    block_of(P, &c->list, &c->n, "class definition", start->line);
    P->in_func = sf;
    P->in_async = sa;
    P->in_loop = sl;
    return finish(P, c);
}

/* if_stmt -> 'if' expression ':' block (elif_stmt | [else_block]) */
static py_node *if_stmt(parser *P)
{
    py_token *t = advance(P);
    py_node *n = node_at(P, N_IF, t);
    n->a = condition(P);
    expect(P, T_COLON);
    block_of(P, &n->list, &n->n, t->kind == T_ELIF ? "'elif' statement" : "'if' statement", t->line);
    if (at(P, T_ELIF)) {
        n->list2 = arena_alloc(&P->arena, sizeof(py_node *));
        n->n2 = 1;
        n->list2[0] = if_stmt(P);
    } else if (at(P, T_ELSE)) {
        py_token *e = advance(P);
        expect_forced(P, T_COLON);
        block_of(P, &n->list2, &n->n2, "'else' statement", e->line);
    }
    return finish(P, n);
}

static void loop_body(parser *P, py_node *n, const char *what)
{
    int sl = P->in_loop;
    P->in_loop = 1;
    block_of(P, &n->list, &n->n, what, n->line);
    P->in_loop = sl;
    if (at(P, T_ELSE)) {
        py_token *e = advance(P);
        expect_forced(P, T_COLON);
        block_of(P, &n->list2, &n->n2, "'else' statement", e->line);
    }
}

/* while_stmt -> 'while' expression ':' block [else_block] */
static py_node *while_stmt(parser *P)
{
    py_token *t = advance(P);
    py_node *n = node_at(P, N_WHILE, t);
    n->a = condition(P);
    expect(P, T_COLON);
    loop_body(P, n, "'while' statement");
    return finish(P, n);
}

/* star_targets for 'for': a target list up to 'in' */
static py_node *for_targets(parser *P)
{
    py_token *ts = peek(P);
    nlist tl = {0};
    int comma = 0;
    do {
        if (at(P, T_IN)) break;
        py_token *s = peek(P);
        if (accept(P, T_STAR)) {
            py_node *st = node_at(P, N_STARRED, s);
            st->a = bitor_expr(P);
            nl_push(P, &tl, finish(P, st));
        } else {
            nl_push(P, &tl, bitor_expr(P));
        }
    } while (accept(P, T_COMMA) && (comma = 1));
    if (tl.n == 1 && !comma) { py_node *x = tl.v[0]; return x; }
    py_node *tup = node_at(P, N_TUPLE, ts);
    tup->list = nl_freeze(P, &tl, &tup->n);
    return finish(P, tup);
}

/* for_stmt -> ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block] */
static py_node *for_stmt(parser *P, py_token *start, int is_async)
{
    expect(P, T_FOR);
    py_node *n = node_at(P, N_FOR, start);
    n->flags = is_async;
    n->a = for_targets(P);
    check_target(P, n->a, TGT_PLAIN);
    expect(P, T_IN);
    n->b = star_expressions(P);
    expect(P, T_COLON);
    loop_body(P, n, "'for' statement");
    return finish(P, n);
}

/* with_stmt -> ['async'] 'with' with_item (',' with_item)* ':' block
 * with_item -> expression ['as' star_target] */
static py_node *with_item(parser *P)
{
    py_token *t = peek(P);
    py_node *it = node_at(P, N_WITHITEM, t);
    it->a = expression(P);
    if (accept(P, T_AS)) { it->b = primary(P); check_target(P, it->b, TGT_PLAIN); }
    return finish(P, it);
}

/* True when the '(' here closes on a ')' followed by ':': the parenthesized form of
 * with-items, which CPython's grammar tries first (so `with (a, b):` is two items). */
static bool with_items_parenthesized(parser *P)
{
    if (!at(P, T_LPAR)) return false;
    int depth = 0;
    for (int k = 0; P->pos + k < P->n; k++) {
        int kind = P->t[P->pos + k].kind;
        if (kind == T_LPAR || kind == T_LSQB || kind == T_LBRACE) depth++;
        else if (kind == T_RPAR || kind == T_RSQB || kind == T_RBRACE) {
            if (--depth == 0) return at_ahead(P, k + 1, T_COLON);
        } else if (kind == T_NEWLINE || kind == T_END) {
            return false;
        }
    }
    return false;
}

/* with_stmt -> ['async'] 'with' ( '(' ','.with_item+ [','] ')' | ','.with_item+ ) ':' block
 * with_item -> expression ['as' star_target] */
static py_node *with_stmt(parser *P, py_token *start, int is_async)
{
    expect(P, T_WITH);
    py_node *n = node_at(P, N_WITH, start);
    n->flags = is_async;
    nlist items = {0};
    if (with_items_parenthesized(P)) {
        advance(P);
        do {
            if (at(P, T_RPAR)) break;
            nl_push(P, &items, with_item(P));
        } while (accept(P, T_COMMA));
        expect(P, T_RPAR);
    } else {
        do nl_push(P, &items, with_item(P)); while (accept(P, T_COMMA));
    }
    n->list = nl_freeze(P, &items, &n->n);
    expect(P, T_COLON);
    block_of(P, &n->list2, &n->n2, "'with' statement", start->line);
    return finish(P, n);
}

/* try_stmt -> 'try' ':' block (finally_block | except_block+ [else_block] [finally_block]
 *           | except_star_block+ [else_block] [finally_block])
 * except_block -> 'except' ['*'] [expression ['as' NAME]] ':' block */
static py_node *try_stmt(parser *P)
{
    py_token *t = advance(P);
    py_node *n = node_at(P, N_TRY, t);
    expect_forced(P, T_COLON);
    block_of(P, &n->list, &n->n, "'try' statement", t->line);
    nlist hs = {0};
    int star = -1;
    while (at(P, T_EXCEPT)) {
        py_token *et = advance(P);
        int is_star = accept(P, T_STAR);
        if (star >= 0 && star != is_star) {
            fail_at(P, et->line, et->col, "cannot have both 'except' and 'except*' on the same 'try'");
        }
        star = is_star;
        py_node *h = node_at(P, N_HANDLER, et);
        if (!at(P, T_COLON)) {
            h->a = expression(P);
            if (accept(P, T_COMMA)) {
                fail_at(P, h->a->line, h->a->col + 1, "multiple exception types must be parenthesized");
            }
            if (accept(P, T_AS)) {
                py_token *nm = expect(P, T_NAME);
                h->str = arena_strndup(P, nm->sval, nm->slen);
            }
        } else if (is_star) {
            fail_at(P, et->line, et->col, "expected one or more exception types");
        }
        expect(P, T_COLON);
        block_of(P, &h->list, &h->n, is_star ? "'except*' statement" : "'except' statement", et->line);
        nl_push(P, &hs, finish(P, h));
    }
    n->flags = star > 0;
    n->list2 = nl_freeze(P, &hs, &n->n2);
    if (n->n2 && at(P, T_ELSE)) {
        py_token *e = advance(P);
        expect_forced(P, T_COLON);
        block_of(P, &n->list3, &n->n3, "'else' statement", e->line);
    }
    if (at(P, T_FINALLY)) {
        py_token *f = advance(P);
        expect_forced(P, T_COLON);
        block_of(P, &n->list4, &n->n4, "'finally' statement", f->line);
    }
    if (!n->n2 && !n->n4) syntax_error(P, "expected 'except' or 'finally' block");
    return finish(P, n);
}

/* dotted_name -> NAME ('.' NAME)*
 * Built in the arena, not a heap buffer: expect() may longjmp out on a syntax error. */
static const char *dotted_name(parser *P)
{
    char *s = NULL;
    size_t n = 0;
    do {
        py_token *t = expect(P, T_NAME);
        char *d = arena_alloc(&P->arena, n + 1 + t->slen + 1);
        if (n) { memcpy(d, s, n); d[n++] = '.'; }
        memcpy(d + n, t->sval, t->slen);
        n += t->slen;
        s = d;
    } while (accept(P, T_DOT));
    return s;
}

/* import_stmt -> 'import' dotted_name ['as' NAME] (',' ...)*
 *              | 'from' dotted_name 'import' ('(' names ')' | names | '*') */
static py_node *import_stmt(parser *P)
{
    py_token *t = advance(P);
    nlist al = {0};
    py_node *n;
    if (t->kind == T_IMPORT) {
        n = node_at(P, N_IMPORT, t);
        do {
            py_node *a = node_at(P, N_ALIAS, peek(P));
            a->str = dotted_name(P);
            if (accept(P, T_AS)) { py_token *nm = expect(P, T_NAME); a->str2 = arena_strndup(P, nm->sval, nm->slen); }
            nl_push(P, &al, finish(P, a));
        } while (accept(P, T_COMMA));
    } else {
        n = node_at(P, N_IMPORTFROM, t);
        if (at(P, T_DOT) || at(P, T_ELLIPSIS)) refuse(P, REFUSE_RELATIVE_IMPORT, t->line, t->col);
        n->str = dotted_name(P);
        expect(P, T_IMPORT);
        if (at(P, T_STAR)) refuse(P, REFUSE_STAR_IMPORT, t->line, t->col);
        int paren = accept(P, T_LPAR);
        do {
            if (paren && at(P, T_RPAR)) break;
            py_token *nm = expect(P, T_NAME);
            py_node *a = node_at(P, N_ALIAS, nm);
            a->str = arena_strndup(P, nm->sval, nm->slen);
            if (accept(P, T_AS)) { py_token *as = expect(P, T_NAME); a->str2 = arena_strndup(P, as->sval, as->slen); }
            nl_push(P, &al, finish(P, a));
        } while (accept(P, T_COMMA));
        if (paren) expect(P, T_RPAR);
    }
    n->list = nl_freeze(P, &al, &n->n);
    return finish(P, n);
}

static int is_aug(int k) { return k >= T_PLUSEQ && k <= T_ATEQ; }
static int aug_op(int k)
{
    static const int map[][2] = {
        {T_PLUSEQ, BINOP_ADD}, {T_MINUSEQ, BINOP_SUB}, {T_STAREQ, BINOP_MUL}, {T_SLASHEQ, BINOP_TRUEDIV},
        {T_PERCENTEQ, BINOP_MOD}, {T_AMPEREQ, BINOP_AND}, {T_VBAREQ, BINOP_OR}, {T_CIRCUMFLEXEQ, BINOP_XOR},
        {T_LSHIFTEQ, BINOP_LSHIFT}, {T_RSHIFTEQ, BINOP_RSHIFT}, {T_DSTAREQ, BINOP_POW},
        {T_DSLASHEQ, BINOP_FLOORDIV}, {T_ATEQ, BINOP_MATMUL},
    };
    for (size_t i = 0; i < LL_ARRAY_LEN(map); i++) if (map[i][0] == k) return map[i][1];
    return 0;
}

/* Checks that e can be assigned to; reports CPython's message otherwise. */
/* _PyPegen_get_expr_name: what an expression is called in SyntaxErrors. */
static const char *expr_name(py_node *e)
{
    switch (e->kind) {
    case N_ATTR: return "attribute";
    case N_SUBSCRIPT: return "subscript";
    case N_STARRED: return "starred";
    case N_NAME: return "name";
    case N_LIST: return "list";
    case N_TUPLE: return "tuple";
    case N_LAMBDA: return "lambda";
    case N_CALL: return "function call";
    case N_BOOLOP: case N_BINOP: case N_UNARY: return "expression";
    case N_GENEXP: return "generator expression";
    case N_YIELD: return "yield expression";
    case N_AWAIT: return "await expression";
    case N_LISTCOMP: return "list comprehension";
    case N_SETCOMP: return "set comprehension";
    case N_DICTCOMP: return "dict comprehension";
    case N_DICT: return "dict literal";
    case N_SET: return "set display";
    case N_JOINED: case N_FORMATTED: return "f-string expression";
    case N_CONST: return e->op == 0 ? "None" : e->op == 1 ? "True" : e->op == 2 ? "False" : "ellipsis";
    case N_COMPARE: return "comparison";
    case N_IFEXP: return "conditional expression";
    case N_NAMEDEXPR: return "named expression";
    default: return "literal";
    }
}

/* Where a target is checked, for CPython's wording: the first target of an
 * assignment ("... here. Maybe you meant '==' instead of '='?"), any other target
 * (a later one in a chain, inside brackets, of a for loop or with), del, +=. */
static void check_target(parser *P, py_node *e, int ctx)
{
    switch (e->kind) {
    case N_NAME: case N_ATTR: case N_SUBSCRIPT: return;
    case N_TUPLE: case N_LIST:
        if (ctx == TGT_AUG) break;
        /* a bracketed list or tuple names its bad element without the "here" hint */
        for (int i = 0; i < e->n; i++)
            check_target(P, e->list[i], ctx == TGT_FIRST && e->kind == N_TUPLE && !(e->flags & 1) ? TGT_FIRST : ctx == TGT_DEL ? TGT_DEL : TGT_PLAIN);
        return;
    case N_STARRED:
        if (ctx == TGT_AUG || ctx == TGT_DEL) break;
        check_target(P, e->a, ctx);
        return;
    default: break;
    }
    const char *what = expr_name(e);
    char msg[160];
    if (ctx == TGT_AUG) snprintf(msg, sizeof msg, "'%s' is an illegal expression for augmented assignment", what);
    else if (ctx == TGT_DEL) snprintf(msg, sizeof msg, "cannot delete %s", what);
    else if (ctx == TGT_FIRST && !(e->kind == N_CONST && e->op != 3) && e->kind != N_LAMBDA)
        snprintf(msg, sizeof msg, "cannot assign to %s here. Maybe you meant '==' instead of '='?", what);
    else snprintf(msg, sizeof msg, "cannot assign to %s", what);
    fail_span(P, e->line, e->col + 1, e->end_line, e->end_col + 1, msg);
}

static py_node *expr_stmt(parser *P)
{
    py_token *t = peek(P);
    py_node *e = star_expressions(P);
    if (at(P, T_COLONEQ)) syntax_error(P, NULL);  /* an unparenthesized x := 1 statement */
    if (is_aug(peek(P)->kind)) {
        int op = aug_op(advance(P)->kind);
        check_target(P, e, TGT_AUG);
        py_node *n = node_at(P, N_AUGASSIGN, t);
        n->a = e;
        n->op = (uint8_t)op;
        n->b = at(P, T_YIELD) ? yield_expr(P) : star_expressions(P);
        return finish(P, n);
    }
    if (at(P, T_COLON) && (e->kind == N_NAME || e->kind == N_ATTR || e->kind == N_SUBSCRIPT)) {
        advance(P);
        py_node *n = node_at(P, N_ANNASSIGN, t);
        n->a = e;
        n->b = expression(P);
        if (accept(P, T_EQUAL)) n->c = star_expressions(P);
        return finish(P, n);
    }
    if (!at(P, T_EQUAL)) {
        py_node *n = node_at(P, N_EXPR, t);
        n->a = e;
        return finish(P, n);
    }
    nlist targets = {0};
    py_node *value = e;
    while (accept(P, T_EQUAL)) {
        nl_push(P, &targets, value);
        value = at(P, T_YIELD) ? yield_expr(P) : star_expressions(P);
    }
    for (int i = 0; i < targets.n; i++) check_target(P, targets.v[i], i == 0 ? TGT_FIRST : TGT_PLAIN);
    py_node *n = node_at(P, N_ASSIGN, t);
    n->list = nl_freeze(P, &targets, &n->n);
    n->a = value;
    return finish(P, n);
}

static py_node *name_list(parser *P, int kind, py_token *t)
{
    py_node *n = node_at(P, kind, t);
    nlist l = {0};
    do {
        py_token *nm = expect(P, T_NAME);
        py_node *x = node_at(P, N_NAME, nm);
        x->str = arena_strndup(P, nm->sval, nm->slen);
        nl_push(P, &l, x);
    } while (accept(P, T_COMMA));
    n->list = nl_freeze(P, &l, &n->n);
    return finish(P, n);
}

/* simple_stmt -> assignment | star_expressions | return_stmt | import_stmt | raise_stmt
 *              | 'pass' | del_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt */
static py_node *simple_stmt(parser *P)
{
    py_token *t = peek(P);
    py_node *n;
    switch (t->kind) {
    case T_PASS: advance(P); return node_at(P, N_PASS, t);
    case T_BREAK:
        advance(P);  /* 'break' outside a loop is the compiler's error, reported after parsing */
        return node_at(P, N_BREAK, t);
    case T_CONTINUE:
        advance(P);
        return node_at(P, N_CONTINUE, t);
    case T_RETURN:
        advance(P);
        n = node_at(P, N_RETURN, t);
        if (!at(P, T_NEWLINE) && !at(P, T_SEMI)) n->a = star_expressions(P);
        return finish(P, n);
    case T_RAISE:
        advance(P);
        n = node_at(P, N_RAISE, t);
        if (!at(P, T_NEWLINE) && !at(P, T_SEMI)) {
            n->a = expression(P);
            if (accept(P, T_FROM)) n->b = expression(P);
        }
        return finish(P, n);
    case T_DEL: {
        advance(P);
        n = node_at(P, N_DELETE, t);
        nlist l = {0};
        do {
            if (at(P, T_NEWLINE) || at(P, T_SEMI)) break;
            py_node *x = bitor_expr(P);
            nl_push(P, &l, x);
        } while (accept(P, T_COMMA));
        n->list = nl_freeze(P, &l, &n->n);
        for (int i = 0; i < n->n; i++) check_target(P, n->list[i], TGT_DEL);
        return finish(P, n);
    }
    case T_ASSERT:
        advance(P);
        n = node_at(P, N_ASSERT, t);
        n->a = expression(P);
        if (accept(P, T_COMMA)) n->b = expression(P);
        return finish(P, n);
    case T_IMPORT: case T_FROM:
        return import_stmt(P);
    case T_GLOBAL: advance(P); return name_list(P, N_GLOBAL, t);
    case T_NONLOCAL:
        advance(P);
        return name_list(P, N_NONLOCAL, t);
    case T_YIELD:
        n = node_at(P, N_EXPR, t);
        n->a = yield_expr(P);
        return finish(P, n);
    default:
        return expr_stmt(P);
    }
}

/* simple_stmts -> simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static void simple_stmts(parser *P, nlist *out)
{
    for (;;) {
        nl_push(P, out, simple_stmt(P));
        if (!accept(P, T_SEMI) || at(P, T_NEWLINE)) break;
    }
    expect(P, T_NEWLINE);
}

/* Is this line a 'match' statement (soft keyword)? match subject ':' NEWLINE INDENT 'case' */
static int looks_like_match(parser *P)
{
    py_token *t = peek(P);
    if (t->kind != T_NAME || strcmp(t->sval, "match") != 0) return 0;
    int k = P->t[P->pos + 1].kind;
    if (k == T_EQUAL || k == T_DOT || k == T_NEWLINE || is_aug(k) || k == T_COMMA || k == T_RPAR) return 0;
    for (int i = P->pos + 1; i < P->n - 2; i++) {
        if (P->t[i].kind == T_NEWLINE) {
            return P->t[i - 1].kind == T_COLON && P->t[i + 1].kind == T_INDENT &&
                   P->t[i + 2].kind == T_NAME && strcmp(P->t[i + 2].sval, "case") == 0;
        }
    }
    return 0;
}

/* ---- match statements (PEP 634) ---- */

static py_node *pattern(parser *P);

static bool at_name(parser *P, int k, const char *s)
{
    py_token *t = &P->t[P->pos + k];
    return t->kind == T_NAME && strcmp(t->sval, s) == 0;
}

static py_node *pat_node(parser *P, int op, py_token *t)
{
    py_node *n = node_at(P, N_PAT, t);
    n->op = (uint8_t)op;
    return n;
}

/* A literal's number: atom() for an int or float, '-' number as a negative literal. */
static py_node *pattern_number(parser *P)
{
    py_token *t = peek(P);
    if (accept(P, T_MINUS)) {
        if (!at(P, T_INT) && !at(P, T_FLOAT)) syntax_error(P, NULL);
        py_node *u = node_at(P, N_UNARY, t);
        u->op = UNARY_NEG;
        u->a = atom(P);
        return finish(P, u);
    }
    return atom(P);
}

/* name_or_attr -> NAME ('.' NAME)* as an N_NAME / N_ATTR chain. */
static py_node *pattern_dotted(parser *P)
{
    py_node *n = atom(P);
    while (accept(P, T_DOT)) {
        py_token *nm = expect(P, T_NAME);
        py_node *a = node_span(P, N_ATTR, n);
        a->a = n;
        a->str = arena_strndup(P, nm->sval, nm->slen);
        n = a;
    }
    return n;
}

/* class_pattern's arguments: positional patterns, then NAME '=' pattern. */
static void class_args(parser *P, py_node *n)
{
    nlist pos = {0}, kw = {0}, names = {0};
    while (!at(P, T_RPAR)) {
        if (at(P, T_NAME) && at_ahead(P, 1, T_EQUAL)) {
            py_token *t = advance(P);
            py_node *nm = node_at(P, N_NAME, t);
            nm->str = arena_strndup(P, t->sval, t->slen);
            advance(P);
            nl_push(P, &names, nm);
            nl_push(P, &kw, pattern(P));
        } else {
            if (kw.n) syntax_error(P, "positional patterns follow keyword patterns");
            nl_push(P, &pos, pattern(P));
        }
        if (!accept(P, T_COMMA)) break;
    }
    expect(P, T_RPAR);
    n->list = nl_freeze(P, &pos, &n->n);
    n->list2 = nl_freeze(P, &kw, &n->n2);
    n->list3 = nl_freeze(P, &names, &n->n3);
}

/* mapping_pattern -> '{' (key ':' pattern ',')* ['**' NAME] '}' */
static py_node *mapping_pattern(parser *P, py_token *t)
{
    py_node *n = pat_node(P, PAT_MAPPING, t);
    nlist keys = {0}, pats = {0};
    while (!at(P, T_RBRACE)) {
        if (accept(P, T_DSTAR)) {
            py_token *r = expect(P, T_NAME);
            if (strcmp(r->sval, "_") == 0) { P->pos--; syntax_error(P, NULL); }
            n->str = arena_strndup(P, r->sval, r->slen);
            accept(P, T_COMMA);
            break;
        }
        py_node *k;
        if (at(P, T_NAME) && !at(P, T_NONE)) {
            k = pattern_dotted(P);
            if (k->kind == N_NAME) syntax_error(P, NULL);
        } else if (at(P, T_STRING)) {
            k = strings(P);
            if (k->kind != N_STR && k->kind != N_BYTES) syntax_error(P, "patterns may only match literals and attribute lookups");
        } else if (at(P, T_NONE) || at(P, T_TRUE) || at(P, T_FALSE)) {
            k = atom(P);
        } else {
            k = pattern_number(P);
        }
        expect(P, T_COLON);
        nl_push(P, &keys, k);
        nl_push(P, &pats, pattern(P));
        if (!accept(P, T_COMMA)) break;
    }
    expect(P, T_RBRACE);
    n->list = nl_freeze(P, &keys, &n->n);
    n->list2 = nl_freeze(P, &pats, &n->n2);
    return finish(P, n);
}

/* The items of a sequence pattern up to close; *one is set when a lone item had no comma. */
static py_node *sequence_items(parser *P, py_token *t, int close, bool *one)
{
    py_node *n = pat_node(P, PAT_SEQUENCE, t);
    nlist l = {0};
    bool comma = false;
    while (!at(P, close)) {
        py_token *s = peek(P);
        if (accept(P, T_STAR)) {
            py_token *nm = expect(P, T_NAME);
            py_node *st = pat_node(P, PAT_STAR, s);
            if (strcmp(nm->sval, "_") != 0) st->str = arena_strndup(P, nm->sval, nm->slen);
            nl_push(P, &l, finish(P, st));
        } else {
            nl_push(P, &l, pattern(P));
        }
        comma = accept(P, T_COMMA);
        if (!comma) break;
    }
    expect(P, close);
    *one = l.n == 1 && !comma && l.v[0]->op != PAT_STAR;
    n->list = nl_freeze(P, &l, &n->n);
    return finish(P, n);
}

/* closed_pattern -> literal | capture | wildcard | value | group | sequence | mapping | class */
static py_node *closed_pattern(parser *P)
{
    py_token *t = peek(P);
    py_node *n;
    bool one;
    switch (t->kind) {
    case T_LSQB:
        advance(P);
        return sequence_items(P, t, T_RSQB, &one);
    case T_LPAR:
        advance(P);
        n = sequence_items(P, t, T_RPAR, &one);
        return one ? n->list[0] : n;
    case T_LBRACE:
        advance(P);
        return mapping_pattern(P, t);
    case T_NONE: case T_TRUE: case T_FALSE:
        n = pat_node(P, PAT_SINGLETON, t);
        n->a = atom(P);
        return finish(P, n);
    case T_STRING:
        n = pat_node(P, PAT_VALUE, t);
        n->a = strings(P);
        if (n->a->kind != N_STR && n->a->kind != N_BYTES) syntax_error(P, "patterns may only match literals and attribute lookups");
        return finish(P, n);
    case T_INT: case T_FLOAT: case T_MINUS:
        n = pat_node(P, PAT_VALUE, t);
        n->a = pattern_number(P);
        if (at(P, T_PLUS) || at(P, T_MINUS)) {  /* real +/- imaginary: a complex literal */
            advance(P);
            if (!at(P, T_INT) && !at(P, T_FLOAT)) syntax_error(P, NULL);
            if (!peek(P)->imag) syntax_error(P, "imaginary number required in complex literal");
            refuse(P, REFUSE_COMPLEX, t->line, t->col);
        }
        return finish(P, n);
    case T_NAME: {
        py_node *d = pattern_dotted(P);
        if (accept(P, T_LPAR)) {
            n = pat_node(P, PAT_CLASS, t);
            n->a = d;
            class_args(P, n);
            return finish(P, n);
        }
        if (d->kind == N_ATTR) {
            n = pat_node(P, PAT_VALUE, t);
            n->a = d;
            return finish(P, n);
        }
        n = pat_node(P, PAT_CAPTURE, t);
        if (strcmp(d->str, "_") != 0) n->str = d->str;
        return finish(P, n);
    }
    default:
        syntax_error(P, NULL);
    }
}

/* pattern -> or_pattern ['as' NAME]; or_pattern -> closed_pattern ('|' closed_pattern)* */
static py_node *pattern(parser *P)
{
    py_token *t = peek(P);
    py_node *n = closed_pattern(P);
    if (at(P, T_VBAR)) {
        nlist alts = {0};
        nl_push(P, &alts, n);
        while (accept(P, T_VBAR)) nl_push(P, &alts, closed_pattern(P));
        n = pat_node(P, PAT_OR, t);
        n->list = nl_freeze(P, &alts, &n->n);
        finish(P, n);
    }
    if (accept(P, T_AS)) {
        py_token *nm = expect(P, T_NAME);
        if (strcmp(nm->sval, "_") == 0) syntax_error(P, "cannot use '_' as a target");
        py_node *a = pat_node(P, PAT_AS, t);
        a->a = n;
        a->str = arena_strndup(P, nm->sval, nm->slen);
        n = finish(P, a);
    }
    return n;
}

/* patterns -> open_sequence_pattern | pattern (a top-level 'case a, *b:' is a sequence) */
static py_node *case_patterns(parser *P)
{
    py_token *t = peek(P);
    py_node *first;
    if (at(P, T_STAR)) {
        first = NULL;
    } else {
        first = pattern(P);
        if (!at(P, T_COMMA)) return first;
    }
    py_node *n = pat_node(P, PAT_SEQUENCE, t);
    nlist l = {0};
    if (first) {
        nl_push(P, &l, first);
        advance(P);
    } else if (P->t[P->pos + 2].kind != T_COMMA) {  /* a lone '*x' needs its comma */
        syntax_error(P, NULL);
    }
    while (!at(P, T_COLON) && !at(P, T_IF)) {
        py_token *s = peek(P);
        if (accept(P, T_STAR)) {
            py_token *nm = expect(P, T_NAME);
            py_node *st = pat_node(P, PAT_STAR, s);
            if (strcmp(nm->sval, "_") != 0) st->str = arena_strndup(P, nm->sval, nm->slen);
            nl_push(P, &l, finish(P, st));
        } else {
            nl_push(P, &l, pattern(P));
        }
        if (!accept(P, T_COMMA)) break;
    }
    n->list = nl_freeze(P, &l, &n->n);
    return finish(P, n);
}

/* match_stmt -> "match" subject ':' NEWLINE INDENT case_block+ DEDENT
 * case_block -> "case" patterns ['if' named_expression] ':' block */
static py_node *match_stmt(parser *P)
{
    py_token *t = advance(P);
    py_node *n = node_at(P, N_MATCH, t);
    n->a = star_expressions(P);
    expect(P, T_COLON);
    expect(P, T_NEWLINE);
    expect(P, T_INDENT);
    nlist cases = {0};
    while (at_name(P, 0, "case")) {
        py_token *c = advance(P);
        py_node *k = node_at(P, N_CASE, c);
        k->a = case_patterns(P);
        if (accept(P, T_IF)) k->b = condition(P);
        if (at(P, T_NEWLINE)) syntax_error(P, "expected ':'");  /* CPython's invalid_case_block */
        expect(P, T_COLON);
        block_of(P, &k->list, &k->n, "'case' statement", c->line);
        nl_push(P, &cases, finish(P, k));
    }
    if (!accept(P, T_DEDENT) && !at(P, T_END)) syntax_error(P, NULL);
    n->list = nl_freeze(P, &cases, &n->n);
    return finish(P, n);
}

static py_node *simple_line(parser *P)
{
    nlist l = {0};
    simple_stmts(P, &l);
    return l.v[0];
}
static py_node *match_subject_only(parser *P)
{
    advance(P);
    return star_expressions(P);
}

/* CPython's invalid_match_stmt, tried when a line starting with the name 'match' is no
 * ordinary statement: 'match' subject NEWLINE is "expected ':'", and 'match' subject ':'
 * without an indented block an IndentationError. */
static void invalid_match(parser *P)
{
    int end;
    if (!at_name(P, 0, "match") || try_parse(P, simple_line) || !try_parse_to(P, match_subject_only, &end)) return;
    int line = peek(P)->line;
    if (P->t[end].kind == T_NEWLINE) {
        P->pos = end;
        syntax_error(P, "expected ':'");
    }
    if (P->t[end].kind == T_COLON && P->t[end + 1].kind == T_NEWLINE && P->t[end + 2].kind != T_INDENT) {
        py_token *n = &P->t[end + 2];
        char msg[120];
        snprintf(msg, sizeof msg, "expected an indented block after 'match' statement on line %d", line);
        P->out->err_kind = PY_INDENTATION_ERROR;
        fail_span(P, n->line, n->col, n->line, n->col + 1, msg);
    }
    /* neither: the error is at the furthest token the match attempt read */
    bool colon = P->t[end].kind == T_COLON;
    P->pos = !colon ? end : P->t[end + 1].kind == T_NEWLINE ? end + 3 : end + 1;
    syntax_error(P, NULL);
}

/* decorated -> ('@' expression NEWLINE)+ (funcdef | 'async' funcdef | classdef)
 * The decorators go in the definition's list2 (a function) or list3 (a class). */
static py_node *decorated(parser *P)
{
    nlist d = {0};
    while (accept(P, T_AT)) {
        nl_push(P, &d, walrus_tail(P, expression(P)));
        expect(P, T_NEWLINE);
    }
    py_token *t = peek(P);
    py_node *n;
    if (t->kind == T_DEF) {
        n = funcdef(P, t, 0);
    } else if (t->kind == T_ASYNC && at_ahead(P, 1, T_DEF)) {
        advance(P);
        n = funcdef(P, t, 1);
    } else if (t->kind == T_CLASS) {
        n = classdef(P);
        n->list3 = nl_freeze(P, &d, &n->n3);
        return n;
    } else {
        syntax_error(P, NULL);
    }
    n->list2 = nl_freeze(P, &d, &n->n2);
    return n;
}

/* statement -> compound_stmt | simple_stmts
 * compound_stmt -> funcdef | if_stmt | classdef | with_stmt | for_stmt | try_stmt | while_stmt | decorated */
static void statement(parser *P, nlist *out)
{
    py_token *t = peek(P);
    switch (t->kind) {
    case T_DEF: nl_push(P, out, funcdef(P, t, 0)); return;
    case T_CLASS: nl_push(P, out, classdef(P)); return;
    case T_IF: nl_push(P, out, if_stmt(P)); return;
    case T_WHILE: nl_push(P, out, while_stmt(P)); return;
    case T_FOR: nl_push(P, out, for_stmt(P, t, 0)); return;
    case T_TRY: nl_push(P, out, try_stmt(P)); return;
    case T_WITH: nl_push(P, out, with_stmt(P, t, 0)); return;
    case T_AT: nl_push(P, out, decorated(P)); return;
    case T_ASYNC:
        advance(P);
        if (at(P, T_DEF)) { nl_push(P, out, funcdef(P, t, 1)); return; }
        if (at(P, T_WITH)) { nl_push(P, out, with_stmt(P, t, 1)); return; }
        if (at(P, T_FOR)) { nl_push(P, out, for_stmt(P, t, 1)); return; }
        syntax_error(P, NULL);
    case T_INDENT:  /* IndentationError at column 1: CPython shows no caret */
        P->out->err_kind = PY_INDENTATION_ERROR;
        fail_span(P, t->line, 1, t->line, 2, "unexpected indent");
    default: break;
    }
    if (looks_like_match(P)) { nl_push(P, out, match_stmt(P)); return; }
    invalid_match(P);
    if (t->kind == T_NAME && strcmp(t->sval, "type") == 0 && at_ahead(P, 1, T_NAME) && at_ahead(P, 2, T_EQUAL))
        refuse(P, REFUSE_TYPE_ALIAS, t->line, t->col);
    simple_stmts(P, out);
}

/* block -> NEWLINE INDENT statement+ DEDENT | simple_stmts. what/line name the
 * statement that owns the block, for CPython's IndentationError when it is missing. */
static void block_of(parser *P, py_node ***body, int *n, const char *what, int line)
{
    nlist l = {0};
    if (!accept(P, T_NEWLINE)) {
        simple_stmts(P, &l);
    } else {
        if (!at(P, T_INDENT)) {
            char msg[120];
            snprintf(msg, sizeof msg, "expected an indented block after %s on line %d", what, line);
            P->out->err_kind = PY_INDENTATION_ERROR;
            py_token *t = peek(P);
            fail_span(P, t->line, t->col, t->line, t->col + 1, msg);
        }
        advance(P);
        /* the indented line held only a backslash continuation (and a comment) */
        if (at(P, T_DEDENT) || at(P, T_END)) syntax_error(P, "expected an indented block");
        while (!accept(P, T_DEDENT) && !at(P, T_END)) statement(P, &l);
    }
    *body = nl_freeze(P, &l, n);
}

/* file -> statement* ENDMARKER */
static py_node *file_input(parser *P)
{
    py_node *m = node_at(P, N_MODULE, peek(P));
    nlist l = {0};
    while (!at(P, T_END)) {
        if (accept(P, T_NEWLINE)) continue;
        statement(P, &l);
    }
    m->list = nl_freeze(P, &l, &m->n);
    return m;
}

void py_parse(const char *src, py_parsed *out)
{
    py_parse_mode(src, false, out);
}

void py_parse_mode(const char *src, bool top_await, py_parsed *out)
{
    memset(out, 0, sizeof *out);
    py_lexed lx;
    py_lex(src, &lx);
    parser P = {0};
    P.t = lx.toks;
    P.n = lx.ntoks;
    P.out = out;
    P.in_async = top_await; /* REPL input may await at the top level */
    bool use_lex = false;
    if (setjmp(P.fail) == 0) {
        out->module = file_input(&P);
        use_lex = lx.failed;  /* the parse stopped where the tokens did */
    } else if (lx.failed && !out->refused) {
        /* As CPython: the tokenizer's own errors (bad strings, numbers, characters,
         * brackets) win wherever they are, since it scans the rest of the file after
         * a parse error; an unclosed bracket wins if the parse error is on a later
         * line; the rest only if the parser got as far as them. */
        use_lex = lx.err_direct || P.pos >= lx.ntoks - 2 || (lx.err_unclosed && P.t[P.far].line > lx.err_line);
    }
    if (use_lex) {
        out->failed = 1;
        out->err_line = out->err_end_line = lx.err_line;
        out->err_col = lx.err_col;
        out->err_end_col = lx.err_end_col;
        out->err_kind = lx.err_kind;
        out->err_chars = lx.err_chars;
        snprintf(out->err, sizeof out->err, "%s", lx.err);
    }
    if (out->failed) out->module = NULL;
    out->arena = P.arena;
    out->nwarn = lx.nwarn;
    for (int i = 0; i < lx.nwarn; i++) {
        out->warns[i].line = lx.warns[i].line;
        out->warns[i].kind = lx.warns[i].kind;
    }
    py_lex_free(&lx);
}

void py_parse_free(py_parsed *p)
{
    py_arena_free(p->arena);
    p->arena = NULL;
    p->module = NULL;
}

py_node *py_parse_expression(const char *src, py_arena **arena)
{
    py_lexed lx;
    py_lex(src, &lx);
    parser P = {0};
    py_parsed out = {0};
    P.t = lx.toks;
    P.n = lx.ntoks;
    P.out = &out;
    P.in_async = 1;
    py_node *e = NULL;
    if (!lx.failed && setjmp(P.fail) == 0) {
        e = star_expressions(&P);
        while (accept(&P, T_NEWLINE)) {}
        if (!at(&P, T_END)) e = NULL;
    }
    *arena = P.arena;
    py_lex_free(&lx);
    return e;
}
