/* base.h - allocation that cannot return NULL, a growable string, small file helpers.
 * Every layer may use these; they know nothing of looplab. */
#ifndef LOOPLAB_BASE_H
#define LOOPLAB_BASE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define LL_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define LL_NORETURN __attribute__((noreturn))
#else
#define LL_PRINTF(a, b)
#define LL_NORETURN
#endif

#define LL_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Out of memory in the tool itself (not in the mini-Python, which has its own cap)
 * is fatal: print one line and exit 1. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) LL_PRINTF(1, 2);

/* A growable, always NUL-terminated byte string. Zero-initialise to start. */
typedef struct sbuf {
    char *data;
    size_t len, cap;
} sbuf;

void sbuf_grow(sbuf *b, size_t extra);
void sbuf_add(sbuf *b, const char *s, size_t n);
void sbuf_adds(sbuf *b, const char *s);
void sbuf_addc(sbuf *b, char c);
void sbuf_printf(sbuf *b, const char *fmt, ...) LL_PRINTF(2, 3);
void sbuf_vprintf(sbuf *b, const char *fmt, va_list ap) LL_PRINTF(2, 0);
void sbuf_reset(sbuf *b);
void sbuf_free(sbuf *b);
/* Hands the buffer to the caller (never NULL) and empties b. */
char *sbuf_take(sbuf *b);
const char *sbuf_str(const sbuf *b);

/* Reads a whole file; returns NULL with errno set on failure. */
char *file_read(const char *path, size_t *len);
/* Creates every missing directory of path (like mkdir -p) with the given mode. */
int mkdir_p(const char *path, unsigned mode);

/* FNV-1a, 64-bit: portable, stable across runs and machines. */
uint64_t hash_fnv1a(const void *data, size_t n, uint64_t h);
#define HASH_FNV_INIT 0xcbf29ce484222325ULL
/* SplitMix64 finaliser: a well-mixed 64-bit value from a seed. */
uint64_t hash_splitmix64(uint64_t x);

#endif
