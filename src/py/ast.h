/* ast.h - the syntax tree the parser builds and the compiler walks. One generic node
 * shape (children a..d, up to four child lists) keeps both sides small; the comment on
 * each kind says which fields it uses. Nodes live in an arena freed all at once.
 * Columns are 0-based byte offsets, as CPython's col_offset / end_col_offset. */
#ifndef LOOPLAB_PY_AST_H
#define LOOPLAB_PY_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum py_node_kind {
    /* expressions */
    N_NAME,        /* str */
    N_INT,         /* ival */
    N_FLOAT,       /* fval */
    N_STR,         /* str, slen (decoded UTF-8) */
    N_BYTES,       /* str, slen */
    N_CONST,       /* op: 0 None, 1 True, 2 False, 3 Ellipsis */
    N_JOINED,      /* list: N_STR and N_FORMATTED parts */
    N_FORMATTED,   /* a value, op conversion ('r','s','a' or 0), b spec (N_JOINED) or NULL */
    N_BINOP,       /* op (BINOP_*), a, b */
    N_UNARY,       /* op (UNARY_*), a */
    N_BOOLOP,      /* op 0 and / 1 or, list */
    N_COMPARE,     /* a, list comparators, ops in ops[] */
    N_CALL,        /* a func, list args (N_STARRED allowed), list2 N_KEYWORD */
    N_KEYWORD,     /* str name (NULL for **), a value */
    N_ATTR,        /* a, str */
    N_SUBSCRIPT,   /* a value, b index */
    N_SLICE,       /* a lower, b upper, c step (each may be NULL) */
    N_STARRED,     /* a */
    N_LIST, N_TUPLE, N_SET, /* list */
    N_DICT,        /* list keys (NULL entry for **value), list2 values */
    N_LISTCOMP, N_SETCOMP, N_GENEXP, /* a elt, list N_COMPFOR */
    N_DICTCOMP,    /* a key, b value, list N_COMPFOR */
    N_COMPFOR,     /* a target, b iter, list ifs, flags 1 = async */
    N_IFEXP,       /* a test, b body, c orelse */
    N_NAMEDEXPR,   /* a N_NAME target, b value (x := value) */
    N_LAMBDA,      /* a N_ARGS, b body */
    N_AWAIT,       /* a */
    N_YIELD,       /* a (may be NULL) */
    N_ARGS,        /* list N_ARG positional (a = default), b vararg, list2 kwonly, c kwarg, flags = posonly count */
    N_ARG,         /* str name, a default */
    /* statements */
    N_EXPR,        /* a */
    N_ASSIGN,      /* list targets, a value */
    N_AUGASSIGN,   /* a target, op, b value */
    N_ANNASSIGN,   /* a target, b annotation, c value (may be NULL) */
    N_FUNCDEF,     /* str name, a N_ARGS, list body, list2 decorators, flags 1 = async */
    N_CLASSDEF,    /* str name, list body, list2 bases (N_KEYWORD allowed), list3 decorators */
    N_RETURN,      /* a (may be NULL) */
    N_DELETE,      /* list */
    N_IF,          /* a test, list body, list2 orelse */
    N_WHILE,       /* a test, list body, list2 orelse */
    N_FOR,         /* a target, b iter, list body, list2 orelse, flags 1 = async */
    N_WITH,        /* list N_WITHITEM, list2 body, flags 1 = async */
    N_WITHITEM,    /* a context, b target (may be NULL) */
    N_RAISE,       /* a exc, b cause */
    N_TRY,         /* list body, list2 N_HANDLER, list3 orelse, list4 finalbody, flags 1 = except* */
    N_HANDLER,     /* a type (may be NULL), str name (may be NULL), list body */
    N_ASSERT,      /* a test, b msg */
    N_IMPORT,      /* list N_ALIAS */
    N_IMPORTFROM,  /* str module, list N_ALIAS */
    N_ALIAS,       /* str name, str2 asname */
    N_GLOBAL, N_NONLOCAL, /* list N_NAME */
    N_PASS, N_BREAK, N_CONTINUE,
    N_MODULE,      /* list body */
    N_MATCH,       /* a subject, list N_CASE */
    N_CASE,        /* a pattern (N_PAT), b guard (may be NULL), list body */
    N_PAT,         /* op PAT_*: see enum py_pat */
    N__COUNT
};

enum py_binop {
    BINOP_ADD, BINOP_SUB, BINOP_MUL, BINOP_TRUEDIV, BINOP_FLOORDIV, BINOP_MOD, BINOP_POW,
    BINOP_LSHIFT, BINOP_RSHIFT, BINOP_AND, BINOP_OR, BINOP_XOR, BINOP_MATMUL, BINOP__COUNT
};
/* Pattern kinds (N_PAT's op). VALUE: a the expression compared with ==
 * (literal, negative number or dotted name); SINGLETON: a N_CONST compared with is;
 * CAPTURE: str name (NULL: the wildcard _); STAR: str name or NULL (in a sequence);
 * SEQUENCE: list; MAPPING: list keys, list2 patterns, str **rest name or NULL;
 * CLASS: a class expression, list positional, list2 keyword patterns, list3 N_NAME
 * keyword names; OR: list alternatives; AS: a pattern, str name. */
enum py_pat { PAT_VALUE, PAT_SINGLETON, PAT_CAPTURE, PAT_STAR, PAT_SEQUENCE, PAT_MAPPING, PAT_CLASS, PAT_OR, PAT_AS };
enum py_unaryop { UNARY_NEG, UNARY_POS, UNARY_NOT, UNARY_INVERT };
enum py_cmpop { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE, CMP_IN, CMP_NOT_IN, CMP_IS, CMP_IS_NOT };

typedef struct py_node py_node;
struct py_node {
    uint8_t kind, op;
    int flags;
    int line, col, end_line, end_col;
    int pline, pcol;    /* where its outermost parentheses open (paren set): a node built on it starts there */
    uint8_t paren;
    py_node *a, *b, *c;
    py_node **list, **list2, **list3, **list4;
    int n, n2, n3, n4;
    uint8_t *ops;
    const char *str, *str2;
    size_t slen;
    int64_t ival;
    double fval;
};

/* The outcome of parsing a file. On failure, err says what and where; refused is set
 * when the construct is valid Python that looplab does not support. */
typedef struct py_parsed {
    py_node *module;
    struct py_arena *arena;
    int failed, refused;
    int err_line, err_col;      /* 1-based */
    int err_end_line, err_end_col; /* 1-based, exclusive: the carets under the error */
    int err_kind;               /* PY_SYNTAX_ERROR, PY_INDENTATION_ERROR, PY_TAB_ERROR */
    char err[320];
    char err_text[256];         /* the text to show instead of the source line ("" for the line) */
    int err_chars;              /* a tokenizer error: CPython counts its columns in characters */
    struct { int line; const char *kind; } warns[32];  /* the tokenizer's SyntaxWarnings */
    int nwarn;
} py_parsed;
enum { PY_SYNTAX_ERROR, PY_INDENTATION_ERROR, PY_TAB_ERROR, PY_PARSE_MEMORY_ERROR /* CPython's parser stack overflow: "MemoryError" */ };

void py_parse(const char *src, py_parsed *out);
/* top_await: REPL input, where await and async with are allowed at the top level. */
void py_parse_mode(const char *src, bool top_await, py_parsed *out);
void py_parse_free(py_parsed *p);

/* Parses one expression (used by the traceback code to find caret anchors in a
 * source segment). Returns NULL when the text is not exactly one expression. */
py_node *py_parse_expression(const char *src, struct py_arena **arena);
void py_arena_free(struct py_arena *a);

#endif
