/* lex.c - tokenizer for the mini-Python. Works on the whole source at once and
 * produces a token array, tracking the indentation stack (INDENT/DEDENT), bracket
 * depth (implicit line joining) and backslash continuations as CPython's tokenizer. */
#include "py/lex.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "py/ast.h"
#include "py/pyfmt.h"
#include "py/pyfmt_internal.h"
#include "py/unicode_db.h"

typedef struct lexer {
    const char *src, *p, *line_start;
    int line;
    int indents[128];
    int nindent;
    int depth;            /* open brackets */
    struct { char c; int line, col; } parens[200]; /* the open ones, for CPython's bracket errors */
    int altindents[128];  /* indentation with tabs counted as 1 (TabError) */
    py_lexed *out;
    int cap;
    char pending[160];    /* a literal's decoding error: CPython's parser reports it at the next token */
} lexer;

static const struct { const char *word; int kind; } keywords[] = {
    {"False", T_FALSE}, {"None", T_NONE}, {"True", T_TRUE}, {"and", T_AND}, {"as", T_AS},
    {"assert", T_ASSERT}, {"async", T_ASYNC}, {"await", T_AWAIT}, {"break", T_BREAK},
    {"class", T_CLASS}, {"continue", T_CONTINUE}, {"def", T_DEF}, {"del", T_DEL},
    {"elif", T_ELIF}, {"else", T_ELSE}, {"except", T_EXCEPT}, {"finally", T_FINALLY},
    {"for", T_FOR}, {"from", T_FROM}, {"global", T_GLOBAL}, {"if", T_IF},
    {"import", T_IMPORT}, {"in", T_IN}, {"is", T_IS}, {"lambda", T_LAMBDA},
    {"nonlocal", T_NONLOCAL}, {"not", T_NOT}, {"or", T_OR}, {"pass", T_PASS},
    {"raise", T_RAISE}, {"return", T_RETURN}, {"try", T_TRY}, {"while", T_WHILE},
    {"with", T_WITH}, {"yield", T_YIELD},
};

/* Longest operators first so that maximal munch falls out of a linear scan. */
static const struct { const char *op; int kind; } operators[] = {
    {"**=", T_DSTAREQ}, {"//=", T_DSLASHEQ}, {">>=", T_RSHIFTEQ}, {"<<=", T_LSHIFTEQ},
    {"...", T_ELLIPSIS}, {"!=", T_NOTEQUAL}, {"%=", T_PERCENTEQ}, {"&=", T_AMPEREQ},
    {"**", T_DSTAR}, {"*=", T_STAREQ}, {"+=", T_PLUSEQ}, {"-=", T_MINUSEQ}, {"->", T_ARROW},
    {"//", T_DSLASH}, {"/=", T_SLASHEQ}, {":=", T_COLONEQ}, {"<<", T_LSHIFT},
    {"<=", T_LESSEQUAL}, {"==", T_EQEQUAL}, {">=", T_GREATEREQUAL}, {">>", T_RSHIFT},
    {"@=", T_ATEQ}, {"^=", T_CIRCUMFLEXEQ}, {"|=", T_VBAREQ},
    {"%", T_PERCENT}, {"&", T_AMPER}, {"(", T_LPAR}, {")", T_RPAR}, {"*", T_STAR},
    {"+", T_PLUS}, {",", T_COMMA}, {"-", T_MINUS}, {".", T_DOT}, {"/", T_SLASH},
    {":", T_COLON}, {";", T_SEMI}, {"<", T_LESS}, {"=", T_EQUAL}, {">", T_GREATER},
    {"@", T_AT}, {"[", T_LSQB}, {"]", T_RSQB}, {"^", T_CIRCUMFLEX}, {"{", T_LBRACE},
    {"|", T_VBAR}, {"}", T_RBRACE}, {"~", T_TILDE},
};

const char *py_tok_name(int kind)
{
    for (size_t i = 0; i < LL_ARRAY_LEN(keywords); i++)
        if (keywords[i].kind == kind) return keywords[i].word;
    for (size_t i = 0; i < LL_ARRAY_LEN(operators); i++)
        if (operators[i].kind == kind) return operators[i].op;
    switch (kind) {
    case T_END: return "end of file";
    case T_NEWLINE: return "newline";
    case T_INDENT: return "indent";
    case T_DEDENT: return "dedent";
    case T_NAME: return "name";
    case T_INT: case T_FLOAT: return "number";
    case T_STRING: return "string";
    default: return "token";
    }
}

static int col_of(lexer *lx, const char *p) { return (int)(p - lx->line_start) + 1; }

/* Records the first error: kind (ast.h's PY_*_ERROR), a caret span, and whether
 * CPython's tokenizer raises it itself (see py_lexed). */
static void lex_fail_span(lexer *lx, int line, int col, int end_col, int kind, int direct, const char *msg)
{
    if (lx->out->failed) return;
    lx->out->failed = 1;
    snprintf(lx->out->err, sizeof lx->out->err, "%s", msg);
    lx->out->err_line = line;
    lx->out->err_col = col;
    lx->out->err_end_col = end_col > col ? end_col : col + 1;
    lx->out->err_kind = kind;
    lx->out->err_direct = direct;
    lx->out->err_chars = direct;  /* syntaxerror() counts characters; the others are byte offsets */
}

static void lex_fail(lexer *lx, const char *at, const char *msg)
{
    lex_fail_span(lx, lx->line, col_of(lx, at), 0, 0, 1, msg);
}

/* CPython's syntaxerror(tok): the caret goes one character before the tokenizer's
 * position, that is, under the character before `cur`. */
static void lex_fail_before(lexer *lx, const char *cur, const char *msg)
{
    const char *c = cur > lx->line_start ? cur - 1 : cur;
    while (c > lx->line_start && ((unsigned char)*c & 0xC0) == 0x80) c--;  /* the start of that character */
    lex_fail_span(lx, lx->line, col_of(lx, c), 0, 0, 1, msg);
}

static py_token *push_tok(lexer *lx, int kind, const char *start, const char *end)
{
    if (lx->out->ntoks == lx->cap) {
        lx->cap = lx->cap ? lx->cap * 2 : 256;
        lx->out->toks = xrealloc(lx->out->toks, (size_t)lx->cap * sizeof(py_token));
    }
    py_token *t = &lx->out->toks[lx->out->ntoks++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->line = t->end_line = lx->line;
    t->col = col_of(lx, start);
    t->end_col = col_of(lx, end);
    t->start = start;
    t->len = (size_t)(end - start);
    t->level = lx->depth;
    if (lx->pending[0] && kind != T_STRING) {
        lex_fail_span(lx, t->line, t->col, 0, 0, 1, lx->pending);
        lx->out->err_chars = 0;  /* the parser's error: a byte offset */
        lx->pending[0] = 0;
    }
    return t;
}

/* Appends the UTF-8 encoding of code point cp. */
static void put_utf8(sbuf *b, unsigned long cp)
{
    if (cp < 0x80) sbuf_addc(b, (char)cp);
    else if (cp < 0x800) {
        sbuf_addc(b, (char)(0xC0 | (cp >> 6)));
        sbuf_addc(b, (char)(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        sbuf_addc(b, (char)(0xE0 | (cp >> 12)));
        sbuf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sbuf_addc(b, (char)(0x80 | (cp & 0x3F)));
    } else {
        sbuf_addc(b, (char)(0xF0 | (cp >> 18)));
        sbuf_addc(b, (char)(0x80 | ((cp >> 12) & 0x3F)));
        sbuf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3F)));
        sbuf_addc(b, (char)(0x80 | (cp & 0x3F)));
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Reads n hex digits at s; -1 if they are not all there. */
static long read_hex(const char *s, const char *end, int n)
{
    long v = 0;
    for (int i = 0; i < n; i++) {
        if (s + i >= end || hexval(s[i]) < 0) return -1;
        v = v * 16 + hexval(s[i]);
    }
    return v;
}

/* The position CPython's decoder reports for an escape at s: it decodes a copy of the
 * literal in which every non-ASCII character became a 10-byte \\UXXXXXXXX escape. */
static long escape_pos(const char *body, const char *s, int bytes)
{
    long pos = 0;
    for (const char *c = body; c < s; c++) {
        if (bytes || (unsigned char)*c < 0x80) pos++;
        else if (((unsigned char)*c & 0xC0) != 0x80) pos += 10;
    }
    return pos;
}

int py_lex_unescape(const char *s, size_t n, int bytes, char **out, size_t *outlen, char *err, size_t errlen)
{
    sbuf b = {0};
    const char *body = s, *end = s + n;
    sbuf_grow(&b, n + 1);
    while (s < end) {
        if (*s != '\\' || s + 1 >= end) { sbuf_addc(&b, *s++); continue; }
        char c = s[1];
        s += 2;
        switch (c) {
        case '\n': break;
        case '\\': sbuf_addc(&b, '\\'); break;
        case '\'': sbuf_addc(&b, '\''); break;
        case '"': sbuf_addc(&b, '"'); break;
        case 'a': sbuf_addc(&b, '\a'); break;
        case 'b': sbuf_addc(&b, '\b'); break;
        case 'f': sbuf_addc(&b, '\f'); break;
        case 'n': sbuf_addc(&b, '\n'); break;
        case 'r': sbuf_addc(&b, '\r'); break;
        case 't': sbuf_addc(&b, '\t'); break;
        case 'v': sbuf_addc(&b, '\v'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            int v = c - '0', k = 1;
            while (k < 3 && s < end && *s >= '0' && *s <= '7') { v = v * 8 + (*s++ - '0'); k++; }
            if (bytes) sbuf_addc(&b, (char)v); else put_utf8(&b, (unsigned long)v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int nd = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (bytes && c != 'x') { sbuf_addc(&b, '\\'); sbuf_addc(&b, c); break; }
            long v = read_hex(s, end, nd);
            if (v < 0 || v > 0x10FFFF) {
                long at = escape_pos(body, s - 2, bytes);
                int got = 0;
                while (got < nd && s + got < end && hexval(s[got]) >= 0) got++;
                if (bytes)
                    snprintf(err, errlen, "(value error) invalid \\x escape at position %ld", at);
                else if (v < 0)
                    snprintf(err, errlen, "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: "
                             "truncated \\%c%.*s escape", at, at + 1 + got, c, nd, "XXXXXXXX");
                else
                    snprintf(err, errlen, "(unicode error) 'unicodeescape' codec can't decode bytes in position %ld-%ld: "
                             "illegal Unicode character", at, at + 1 + nd);
                sbuf_free(&b);
                return -1;
            }
            s += nd;
            if (bytes) sbuf_addc(&b, (char)v); else put_utf8(&b, (unsigned long)v);
            break;
        }
        default:
            sbuf_addc(&b, '\\');
            sbuf_addc(&b, c);
        }
    }
    *outlen = b.len;
    *out = sbuf_take(&b);
    return 0;
}

/* string -> [prefix] quote body quote; p points at the prefix or quote. */
static void lex_string(lexer *lx, const char *start, const char *p, int flags)
{
    char q = *p;
    int triple = p[1] == q && p[2] == q;
    int qlen = triple ? 3 : 1;
    int line0 = lx->line;
    const char *line_start0 = lx->line_start;
    const char *body = p + qlen, *s = body;
    for (;;) {
        if (*s == 0 || (!triple && *s == '\n')) {
            /* detected at: the line where the scan ran out (the last line of text) */
            int detected = lx->line - (*s == 0 && s > lx->src && s[-1] == '\n' && triple ? 1 : 0);
            lx->line = line0;
            lx->line_start = line_start0;
            char msg[120];
            snprintf(msg, sizeof msg, "unterminated %sstring literal (detected at line %d)", triple ? "triple-quoted " : "",
                     detected);
            lex_fail(lx, start, msg);
            lx->p = s;
            return;
        }
        if (*s == '\\' && s[1]) {
            if (s[1] == '\n') { lx->line++; lx->line_start = s + 2; }
            s += 2;
            continue;
        }
        if (*s == '\n') { lx->line++; lx->line_start = s + 1; }
        if (*s == q && (!triple || (s[1] == q && s[2] == q))) break;
        s++;
    }
    const char *body_end = s;
    s += qlen;
    int end_line = lx->line;
    const char *end_ls = lx->line_start;
    lx->line = line0;
    lx->line_start = line_start0;
    py_token *t = push_tok(lx, T_STRING, start, s);
    t->sflags = flags;
    t->body_line = line0;
    t->body_col = col_of(lx, body);
    t->end_line = end_line;
    t->end_col = (int)(s - end_ls) + 1;
    lx->line = end_line;
    lx->line_start = end_ls;
    for (const char *c = body; (flags & PY_STR_BYTES) && c < body_end; c++) {
        if ((unsigned char)*c >= 0x80) {
            lex_fail(lx, start, "bytes can only contain ASCII literal characters");
            break;
        }
    }
    if ((flags & PY_STR_F) || (flags & PY_STR_RAW)) {
        t->sval = xstrndup(body, (size_t)(body_end - body));
        t->slen = (size_t)(body_end - body);
    } else if (py_lex_unescape(body, (size_t)(body_end - body), flags & PY_STR_BYTES, &t->sval,
                               &t->slen, lx->out->err, sizeof lx->out->err) < 0) {
        snprintf(lx->pending, sizeof lx->pending, "%s", lx->out->err);
        lx->out->err[0] = 0;
    }
    lx->p = s;
}

/* Returns prefix flags if p starts a string prefix followed by a quote, else -1. */
static int string_prefix(const char *p, int *plen)
{
    int flags = 0, n = 0;
    while (n < 3 && isalpha((unsigned char)p[n])) {
        char c = (char)tolower((unsigned char)p[n]);
        int f = c == 'r' ? PY_STR_RAW : c == 'b' ? PY_STR_BYTES : c == 'f' ? PY_STR_F : c == 'u' ? 8 : 0;
        if (!f || (flags & f)) return -1;
        flags |= f;
        n++;
    }
    if (p[n] != '\'' && p[n] != '"') return -1;
    if ((flags & 8) && flags != 8) return -1;
    if ((flags & PY_STR_BYTES) && (flags & PY_STR_F)) return -1;
    *plen = n;
    return flags & 7;
}

static int is_ident_char(int c) { return isalnum(c) || c == '_' || c >= 0x80; }

/* verify_end_of_number: a number may not run into a name, except into the
 * keywords that can follow one ("1if x else 2"). Returns 0 after failing. */
static int number_end_ok(lexer *lx, const char *p, const char *kind)
{
    unsigned char c = (unsigned char)*p;
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "or", "not"};
    bool warn = c == 'i' && (p[1] == 'f' || p[1] == 'n' || p[1] == 's');
    for (size_t i = 0; i < LL_ARRAY_LEN(kws); i++) {  /* lookahead(): the whole keyword, then no name character */
        size_t n = strlen(kws[i]);
        if (kws[i][0] != 'i' && strncmp(p, kws[i], n) == 0 && !is_ident_char((unsigned char)p[n])) warn = true;
    }
    if (warn) {  /* valid for now, with CPython's SyntaxWarning */
        py_lexed *o = lx->out;
        if (o->nwarn < (int)LL_ARRAY_LEN(o->warns)) {
            o->warns[o->nwarn].line = lx->line;
            o->warns[o->nwarn++].kind = kind;
        }
        return 1;
    }
    if (!is_ident_char(c)) return 1;
    char msg[64];
    snprintf(msg, sizeof msg, "invalid %s literal", kind);
    lex_fail_before(lx, p, msg);
    return 0;
}

/* tok_decimal_tail: digits with single underscores between them; returns the end,
 * or NULL after failing. */
static const char *decimal_tail(lexer *lx, const char *p)
{
    for (;;) {
        while (isdigit((unsigned char)*p)) p++;
        if (*p != '_') return p;
        p++;
        if (!isdigit((unsigned char)*p)) { lex_fail_before(lx, p, "invalid decimal literal"); return NULL; }
    }
}

/* Digits of base (2, 8, 16) with single underscores; NULL after failing. */
static const char *radix_tail(lexer *lx, const char *p, int base, const char *kind)
{
    char msg[64];
    do {
        if (*p == '_') p++;
        int d = hexval(*p);
        if (d < 0 || d >= base) {
            if (base != 16 && isdigit((unsigned char)*p)) {
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kind);
                lex_fail_before(lx, p + 1, msg);
            } else {
                snprintf(msg, sizeof msg, "invalid %s literal", kind);
                lex_fail_before(lx, p, msg);
            }
            return NULL;
        }
        while (hexval(*p) >= 0 && hexval(*p) < base) p++;
    } while (*p == '_');
    if (base != 16 && isdigit((unsigned char)*p)) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", *p, kind);
        lex_fail_before(lx, p + 1, msg);
        return NULL;
    }
    return number_end_ok(lx, p, kind) ? p : NULL;
}

/* A number, scanned (and its errors found) as CPython's tokenizer does. */
static void lex_number(lexer *lx, const char *start)
{
    const char *p = start;
    int base = 10, is_float = 0, imag = 0;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X' || p[1] == 'o' || p[1] == 'O' || p[1] == 'b' || p[1] == 'B')) {
        base = (p[1] == 'x' || p[1] == 'X') ? 16 : (p[1] == 'o' || p[1] == 'O') ? 8 : 2;
        p = radix_tail(lx, p + 2, base, base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary");
        if (!p) { lx->p = start + 1; return; }
    } else {
        const char *zeros_end = NULL;
        int nonzero = 0;
        if (*p == '0') {
            for (;;) {
                if (*p == '_') {
                    p++;
                    if (!isdigit((unsigned char)*p)) { lex_fail_before(lx, p, "invalid decimal literal"); lx->p = p; return; }
                }
                if (*p != '0') break;
                p++;
            }
            zeros_end = p;
            if (isdigit((unsigned char)*p)) { nonzero = 1; if (!(p = decimal_tail(lx, p))) { lx->p = start + 1; return; } }
        } else if (!(p = decimal_tail(lx, p))) {
            lx->p = start + 1;
            return;
        }
        if (*p == '.') {
            is_float = 1;
            p++;
            if (isdigit((unsigned char)*p) && !(p = decimal_tail(lx, p))) { lx->p = start + 1; return; }
        }
        if (*p == 'e' || *p == 'E') {
            const char *e = p;
            p++;
            if (*p == '+' || *p == '-') {
                p++;
                if (!isdigit((unsigned char)*p)) { lex_fail_before(lx, p, "invalid decimal literal"); lx->p = p; return; }
                if (!(p = decimal_tail(lx, p))) { lx->p = start + 1; return; }
                is_float = 1;
            } else if (!isdigit((unsigned char)*p)) {
                if (!number_end_ok(lx, e, "decimal")) { lx->p = start + 1; return; }
                p = e;  /* "1else": the number ends before the 'e' */
                goto done;
            } else {
                if (!(p = decimal_tail(lx, p))) { lx->p = start + 1; return; }
                is_float = 1;
            }
        }
        if (*p == 'j' || *p == 'J') {
            imag = 1;
            p++;
            if (!number_end_ok(lx, p, "imaginary")) { lx->p = start + 1; return; }
        } else if (nonzero && !is_float) {
            lex_fail_span(lx, lx->line, col_of(lx, start), col_of(lx, zeros_end), 0, 1,
                          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            lx->out->err_chars = 0;  /* syntaxerror_known_range: byte offsets */
            lx->p = p;
            return;
        } else if (!number_end_ok(lx, p, "decimal")) {
            lx->p = start + 1;
            return;
        }
    }
done:;
    py_token *t = push_tok(lx, is_float ? T_FLOAT : T_INT, start, p);
    t->imag = imag;
    sbuf digits = {0};
    for (const char *q = base == 10 ? start : start + 2; q < p - imag; q++) if (*q != '_') sbuf_addc(&digits, *q);
    const char *d = sbuf_str(&digits);
    if (is_float || imag) {
        t->fval = strtod(d, NULL);
    } else {
        uint64_t v = 0;
        for (const char *q = d; *q; q++) {
            uint64_t dv = (uint64_t)hexval(*q);
            if (v > (UINT64_MAX - dv) / (uint64_t)base) { t->overflow = 1; break; }
            v = v * (uint64_t)base + dv;
        }
        if (v > (uint64_t)INT64_MAX && !t->overflow) t->overflow = v == (uint64_t)INT64_MAX + 1 ? 2 : 1;  /* 2: only as -2**63 */
        t->ival = (int64_t)v;
    }
    sbuf_free(&digits);
    lx->p = p;
}

/* Handles the start of a logical line: measures indentation and emits INDENT/DEDENTs.
 * Returns 0 if the line is blank or a comment (skipped entirely). */
static int lex_indent(lexer *lx)
{
    const char *p = lx->p;
    int col = 0, altcol = 0;  /* tabs to multiples of 8, and tabs as 1 (CPython's TabError check) */
    for (;; p++) {
        if (*p == ' ') { col++; altcol++; }
        else if (*p == '\t') { col = (col / 8 + 1) * 8; altcol++; }
        else if (*p == '\f') col = altcol = 0;
        else break;
    }
    lx->p = p;
    if (*p == '#' || *p == '\n' || *p == '\r' || *p == 0 || (*p == '\\' && p[1] == '\n' && 0)) return 0;
    int line_end = col_of(lx, p + strcspn(p, "\n"));  /* E_DEDENT / E_TABSPACE point past the line */
    int top = lx->nindent - 1;
    if (col == lx->indents[top]) {
        if (altcol != lx->altindents[top]) goto tab_error;
    } else if (col > lx->indents[top]) {
        if (lx->nindent == (int)LL_ARRAY_LEN(lx->indents)) {
            lex_fail_span(lx, lx->line, 1, 0, PY_INDENTATION_ERROR, 0, "too many levels of indentation");
            return 1;
        }
        if (altcol <= lx->altindents[top]) goto tab_error;
        lx->indents[lx->nindent] = col;
        lx->altindents[lx->nindent++] = altcol;
        push_tok(lx, T_INDENT, lx->line_start, p);
    } else {
        while (lx->nindent > 1 && col < lx->indents[lx->nindent - 1]) {
            lx->nindent--;
            push_tok(lx, T_DEDENT, p, p);
        }
        if (col != lx->indents[lx->nindent - 1]) {
            lex_fail_span(lx, lx->line, line_end, 0, PY_INDENTATION_ERROR, 0,
                          "unindent does not match any outer indentation level");
        } else if (altcol != lx->altindents[lx->nindent - 1]) {
            goto tab_error;
        }
    }
    return 1;
tab_error:
    lex_fail_span(lx, lx->line, 1, 0, PY_TAB_ERROR, 0, "inconsistent use of tabs and spaces in indentation");
    return 1;
}

static void lex_name(lexer *lx, const char *start)
{
    const char *p = start;
    while (isalnum((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80) p++;
    /* verify_identifier: a non-ASCII character that cannot be part of a name */
    for (const char *q = start; q < p;) {
        uint32_t cp;
        size_t k = fmt_utf8_decode(q, (size_t)(p - q), &cp);
        cp &= ~FMT_BAD_BYTE;
        if (cp >= 0x80 && !(q == start ? uni_isxidstart(cp) : uni_isxidcontinue(cp))) {
            char msg[80];
            if (pyfmt_unicode_isprintable(cp))
                snprintf(msg, sizeof msg, "invalid character '%.*s' (U+%04X)", (int)k, q, (unsigned)cp);
            else
                snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
            lex_fail_before(lx, q + k, msg);
            lx->p = p;
            return;
        }
        q += k;
    }
    int kind = T_NAME;
    size_t n = (size_t)(p - start);
    for (size_t i = 0; i < LL_ARRAY_LEN(keywords); i++)
        if (strlen(keywords[i].word) == n && memcmp(keywords[i].word, start, n) == 0) kind = keywords[i].kind;
    py_token *t = push_tok(lx, kind, start, p);
    if (kind == T_NAME) { t->sval = xstrndup(start, n); t->slen = n; }
    lx->p = p;
}

static int lex_operator(lexer *lx, const char *p)
{
    for (size_t i = 0; i < LL_ARRAY_LEN(operators); i++) {
        size_t n = strlen(operators[i].op);
        if (strncmp(p, operators[i].op, n) == 0) {
            int k = operators[i].kind;
            if (k == T_LPAR || k == T_LSQB || k == T_LBRACE) {
                if (lx->depth == (int)LL_ARRAY_LEN(lx->parens)) {
                    lex_fail_before(lx, p + 1, "too many nested parentheses");
                    lx->p = p + 1;
                    return 1;
                }
                lx->parens[lx->depth].c = *p;
                lx->parens[lx->depth].line = lx->line;
                lx->parens[lx->depth].col = col_of(lx, p);
                lx->depth++;
            }
            if (k == T_RPAR || k == T_RSQB || k == T_RBRACE) {
                char msg[120];
                if (lx->depth == 0) {
                    snprintf(msg, sizeof msg, "unmatched '%c'", *p);
                    lex_fail_before(lx, p + 1, msg);
                    lx->p = p + 1;
                    return 1;
                }
                char open = lx->parens[lx->depth - 1].c;
                if ((open == '(' && *p != ')') || (open == '[' && *p != ']') || (open == '{' && *p != '}')) {
                    int oline = lx->parens[lx->depth - 1].line;
                    if (oline != lx->line)
                        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                                 *p, open, oline);
                    else
                        snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'", *p, open);
                    lex_fail_before(lx, p + 1, msg);
                    lx->p = p + 1;
                    return 1;
                }
                lx->depth--;
            }
            push_tok(lx, k, p, p + n);
            lx->p = p + n;
            return 1;
        }
    }
    return 0;
}

/* One token (or a run of skipped whitespace) starting at lx->p. */
static void lex_one(lexer *lx, int *at_line_start)
{
    const char *p = lx->p;
    if (*at_line_start && lx->depth == 0) {
        *at_line_start = 0;
        if (!lex_indent(lx)) {
            /* blank or comment-only line: skip to its end */
            p = lx->p;
            while (*p && *p != '\n') p++;
            if (*p == '\n') { lx->line++; lx->line_start = p + 1; *at_line_start = 1; p++; }
            lx->p = p;
            return;
        }
        p = lx->p;
    }
    while (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r') p++;
    lx->p = p;
    if (!*p) return;  /* trailing blanks without a final newline */
    if (*p == '#') { while (*p && *p != '\n') p++; lx->p = p; return; }
    if (*p == '\\') {
        const char *q = p + 1;
        if (*q == '\r') q++;
        if (*q != '\n') {
            /* E_LINECONT: reported at the character after the backslash, and only if the parser gets there */
            lex_fail_span(lx, lx->line, col_of(lx, q), 0, 0, 0, "unexpected character after line continuation character");
            lx->p = p + 1;
            return;
        }
        lx->line++;
        lx->line_start = q + 1;
        lx->p = q + 1;
        if (!*lx->p) lex_fail(lx, lx->p, "unexpected EOF while parsing");
        return;
    }
    if (*p == '\n') {
        if (lx->depth == 0) push_tok(lx, T_NEWLINE, p, p + 1);
        lx->line++;
        lx->line_start = p + 1;
        lx->p = p + 1;
        if (lx->depth == 0) *at_line_start = 1;
        return;
    }
    int plen = 0, flags;
    if ((flags = string_prefix(p, &plen)) >= 0) { lex_string(lx, p, p + plen, flags); return; }
    if (isalpha((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80) { lex_name(lx, p); return; }
    if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) { lex_number(lx, p); return; }
    if (lex_operator(lx, p)) return;
    /* '$', '?', '`' ...: an ERRORTOKEN that the parser reports as invalid syntax */
    lex_fail_span(lx, lx->line, col_of(lx, p), col_of(lx, p) + 1, 0, 0, "invalid syntax");
    lx->p = p + 1;
}

static void eof_tok(lexer *lx, int kind, int line)
{
    py_token *t = push_tok(lx, kind, lx->p, lx->p);
    t->line = t->end_line = line;
    t->col = t->end_col = 0;
}

void py_lex(const char *src, py_lexed *out)
{
    lexer lx = {0};
    memset(out, 0, sizeof *out);
    lx.src = lx.p = lx.line_start = src;
    lx.line = 1;
    lx.indents[0] = 0;
    lx.nindent = 1;
    lx.out = out;
    int at_line_start = 1;
    while (*lx.p && !out->failed) lex_one(&lx, &at_line_start);
    if (!out->failed && lx.depth > 0) {
        char msg[64];
        snprintf(msg, sizeof msg, "'%c' was never closed", lx.parens[lx.depth - 1].c);
        lex_fail_span(&lx, lx.parens[lx.depth - 1].line, lx.parens[lx.depth - 1].col, 0, 0, 0, msg);
        out->err_unclosed = 1;
    }
    if (out->ntoks > 0 && out->toks[out->ntoks - 1].kind != T_NEWLINE &&
        out->toks[out->ntoks - 1].kind != T_DEDENT && out->toks[out->ntoks - 1].kind != T_INDENT)
        push_tok(&lx, T_NEWLINE, lx.p, lx.p);
    /* CPython's DEDENT and ENDMARKER at the end of the file sit on its last line, with
     * no column: an error there shows that line and no caret */
    int last = lx.line - (lx.p > src && lx.p[-1] == '\n' ? 1 : 0);
    if (last < 1) last = 1;
    while (lx.nindent > 1) { lx.nindent--; eof_tok(&lx, T_DEDENT, last); }
    eof_tok(&lx, T_END, last);
}

void py_lex_free(py_lexed *lx)
{
    for (int i = 0; i < lx->ntoks; i++) free(lx->toks[i].sval);
    free(lx->toks);
    lx->toks = NULL;
    lx->ntoks = 0;
}
