/* lex.h - the mini-Python tokenizer: source text to a token array with INDENT/DEDENT,
 * decoded string literals and 1-based line/column spans on every token. */
#ifndef LOOPLAB_PY_LEX_H
#define LOOPLAB_PY_LEX_H

#include <stddef.h>
#include <stdint.h>

enum py_tok {
    T_END, T_NEWLINE, T_INDENT, T_DEDENT, T_NAME, T_INT, T_FLOAT, T_STRING, T_ERROR,
    /* operators and delimiters */
    T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COLON, T_COMMA, T_SEMI,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS, T_GREATER, T_EQUAL,
    T_DOT, T_PERCENT, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL, T_GREATEREQUAL, T_TILDE,
    T_CIRCUMFLEX, T_LSHIFT, T_RSHIFT, T_DSTAR, T_DSLASH, T_AT, T_ARROW, T_ELLIPSIS,
    T_COLONEQ,
    T_PLUSEQ, T_MINUSEQ, T_STAREQ, T_SLASHEQ, T_PERCENTEQ, T_AMPEREQ, T_VBAREQ,
    T_CIRCUMFLEXEQ, T_LSHIFTEQ, T_RSHIFTEQ, T_DSTAREQ, T_DSLASHEQ, T_ATEQ,
    /* keywords */
    T_FALSE, T_NONE, T_TRUE, T_AND, T_AS, T_ASSERT, T_ASYNC, T_AWAIT, T_BREAK, T_CLASS,
    T_CONTINUE, T_DEF, T_DEL, T_ELIF, T_ELSE, T_EXCEPT, T_FINALLY, T_FOR, T_FROM,
    T_GLOBAL, T_IF, T_IMPORT, T_IN, T_IS, T_LAMBDA, T_NONLOCAL, T_NOT, T_OR, T_PASS,
    T_RAISE, T_RETURN, T_TRY, T_WHILE, T_WITH, T_YIELD,
    T__COUNT
};

/* String prefix flags on T_STRING tokens. */
enum { PY_STR_RAW = 1, PY_STR_BYTES = 2, PY_STR_F = 4 };

typedef struct py_token {
    int kind;
    int line, col;          /* 1-based start */
    int end_line, end_col;  /* 1-based, exclusive end column */
    const char *start;      /* into the source */
    size_t len;
    /* T_STRING: the decoded value (f-strings: the raw body between the quotes,
     * decoded later piece by piece by the parser). T_NAME: a copy of the name. */
    char *sval;
    size_t slen;
    int sflags;
    int body_line, body_col; /* f-strings: where the body starts (1-based) */
    int64_t ival;
    double fval;
    int overflow;           /* T_INT too large for 64 bits */
    int imag;               /* T_INT/T_FLOAT with a 'j' (refused: complex numbers) */
    int level;              /* brackets open after this token (CPython's tok->level) */
} py_token;

typedef struct py_lexed {
    py_token *toks;
    int ntoks;
    /* On failure: message and 1-based position (err_end_col exclusive). */
    char err[160];
    int err_line, err_col, err_end_col;
    int err_kind;       /* PY_SYNTAX_ERROR, PY_INDENTATION_ERROR, PY_TAB_ERROR (ast.h) */
    int err_direct;     /* raised by CPython's tokenizer itself: wins over a parser error anywhere */
    int err_unclosed;   /* "'(' was never closed": wins if the parser got to its line or past */
    int err_chars;      /* columns in characters (CPython's syntaxerror()), not bytes */
    int failed;
} py_lexed;

/* Tokenizes src (NUL-terminated). Always fills out; out->failed says whether an error
 * stopped it (the tokens before the error stay valid). Free with py_lex_free. */
void py_lex(const char *src, py_lexed *out);
void py_lex_free(py_lexed *lx);
const char *py_tok_name(int kind);

/* Decodes backslash escapes of a (non-raw) string body into out; returns 0, or -1
 * with a message in err. */
int py_lex_unescape(const char *s, size_t n, int bytes, char **out, size_t *outlen, char *err, size_t errlen);

#endif
