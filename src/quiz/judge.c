/* judge.c - see judge.h. */
#include "quiz/judge.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"

char *judge_normalize(const char *s)
{
    sbuf b = {0};
    bool space = false;
    for (; *s; s++) {
        if (isspace((unsigned char)*s)) {
            space = b.len > 0;
            continue;
        }
        if (space)
            sbuf_addc(&b, ' ');
        space = false;
        sbuf_addc(&b, *s);
    }
    return sbuf_take(&b);
}

/* Reads letters (A..) or option numbers (1..) into a choice mask; -1 if unreadable. */
static int read_choices(const char *s, int nopts, unsigned *mask, int *first)
{
    *mask = 0;
    *first = -1;
    for (; *s; s++) {
        int c = toupper((unsigned char)*s), i;
        if (isspace(c) || c == ',')
            continue;
        if (c >= 'A' && c < 'A' + nopts)
            i = c - 'A';
        else if (c >= '1' && c < '1' + nopts && nopts <= 9)
            i = c - '1';
        else
            return -1;
        if (*first < 0)
            *first = i;
        *mask |= 1u << i;
    }
    return *mask ? 0 : -1;
}

static char *mask_letters(unsigned mask, int n)
{
    sbuf b = {0};
    for (int i = 0; i < n; i++)
        if (mask & (1u << i))
            sbuf_addc(&b, (char)('A' + i));
    return sbuf_take(&b);
}

static int judge_choice(const struct question *q, const char *a, struct verdict *v, char *hint, size_t n)
{
    unsigned mask, want = 0;
    int first;
    if (q->kind == Q_TRUEFALSE) {
        char *t = judge_normalize(a);
        for (char *p = t; *p; p++)
            *p = (char)tolower((unsigned char)*p);
        const char *mapped = strcmp(t, "t") == 0 || strcmp(t, "true") == 0 ? "A"
                           : strcmp(t, "f") == 0 || strcmp(t, "false") == 0 ? "B" : NULL;
        free(t);
        if (mapped)
            a = mapped;
    }
    if (read_choices(a, q->nopts, &mask, &first) != 0) {
        snprintf(hint, n, q->kind == Q_MULTI ? "answer with one or more letters A-%c (for example AC)"
                        : q->kind == Q_TRUEFALSE ? "answer t (true) or f (false)"
                        : "answer with one letter, A-%c", 'A' + q->nopts - 1);
        return -1;
    }
    if (q->kind != Q_MULTI && (mask & (mask - 1))) {
        snprintf(hint, n, "pick one answer only");
        return -1;
    }
    for (int i = 0; i < q->nopts; i++)
        want |= q->opts[i].correct ? 1u << i : 0;
    v->correct = mask == want;
    v->answer = mask_letters(mask, q->nopts);
    for (int i = 0; i < q->nopts && !v->correct; i++)
        if ((mask & (1u << i)) && !q->opts[i].correct && q->opts[i].note) {
            v->note = q->opts[i].note;
            break;
        }
    return 0;
}

static const char *typed_note(const struct question *q, const char *key)
{
    for (int i = 0; i < q->nnotes; i++) {
        char *k = judge_normalize(q->notes[i].answer);
        bool same = strcmp(k, key) == 0;
        free(k);
        if (same)
            return q->notes[i].note;
    }
    return NULL;
}

static int judge_bug(const struct question *q, const char *a, struct verdict *v, char *hint, size_t n)
{
    char *end;
    long line = strtol(a, &end, 10);
    while (isspace((unsigned char)*end))
        end++;
    int nlines = 0;
    for (const char *p = q->code; *p; p++)
        nlines += *p == '\n';
    if (end == a || *end || line < 1 || line > nlines) {
        snprintf(hint, n, "answer with a line number, 1-%d", nlines);
        return -1;
    }
    v->correct = line == q->answer_line;
    v->answer = xasprintf("%ld", line);
    if (!v->correct)
        v->note = typed_note(q, v->answer);
    return 0;
}

static int judge_order(const struct question *q, const char *a, const int *perm, struct verdict *v,
                       char *hint, size_t n)
{
    sbuf b = {0};
    unsigned seen = 0;
    bool ok = true;
    for (; *a; a++) {
        int c = toupper((unsigned char)*a);
        if (isspace(c) || c == ',' || c == '-' || c == '>')
            continue;
        if (c < 'A' || c >= 'A' + q->nopts || (seen & (1u << (c - 'A'))))
            ok = false;
        else
            seen |= 1u << (c - 'A');
        sbuf_addc(&b, (char)c);
    }
    if (!ok || b.len != (size_t)q->nopts) {
        char example[8] = "";
        for (int i = 0; i < q->nopts && i < 7; i++)
            example[i] = (char)('A' + q->nopts - 1 - i);
        snprintf(hint, n, "type all %d letters A-%c once each, in order (for example %s)", q->nopts,
                 'A' + q->nopts - 1, example);
        sbuf_free(&b);
        return -1;
    }
    v->correct = true;
    for (int i = 0; i < q->nopts; i++)
        v->correct &= perm[b.data[i] - 'A'] == i;
    v->answer = sbuf_take(&b);
    return 0;
}

int judge_answer(const struct question *q, const char *answer, const int *perm, struct verdict *v,
                 char *hint, size_t hintlen)
{
    memset(v, 0, sizeof *v);
    hint[0] = '\0';
    switch (q->kind) {
    case Q_SINGLE:
    case Q_MULTI:
    case Q_TRUEFALSE:
        return judge_choice(q, answer, v, hint, hintlen);
    case Q_BUG:
        return judge_bug(q, answer, v, hint, hintlen);
    case Q_ORDER:
        return judge_order(q, answer, perm, v, hint, hintlen);
    case Q_PREDICT: {
        v->answer = judge_normalize(answer);
        char *want = judge_normalize(q->output);
        v->correct = strcmp(v->answer, want) == 0;
        free(want);
        if (!v->correct)
            v->note = typed_note(q, v->answer);
        return 0;
    }
    case Q_NKINDS:
        break;
    }
    snprintf(hint, hintlen, "unknown question kind");
    return -1;
}

void verdict_free(struct verdict *v)
{
    free(v->answer);
    v->answer = NULL;
}

char *judge_expected(const struct question *q, const int *perm)
{
    unsigned mask = 0;
    switch (q->kind) {
    case Q_SINGLE:
    case Q_MULTI:
    case Q_TRUEFALSE:
        for (int i = 0; i < q->nopts; i++)
            mask |= q->opts[i].correct ? 1u << i : 0;
        return mask_letters(mask, q->nopts);
    case Q_BUG:
        return xasprintf("%d", q->answer_line);
    case Q_ORDER: {
        sbuf b = {0};
        for (int want = 0; want < q->nopts; want++)
            for (int i = 0; i < q->nopts; i++)
                if (perm[i] == want)
                    sbuf_addc(&b, (char)('A' + i));
        return sbuf_take(&b);
    }
    case Q_PREDICT:
        return judge_normalize(q->output);
    case Q_NKINDS:
        break;
    }
    return xstrdup("");
}

void judge_shuffle(const struct question *q, uint64_t seed, int *perm)
{
    int n = q->nopts;
    uint64_t h = hash_fnv1a(q->id, strlen(q->id), HASH_FNV_INIT) ^ seed;
    for (int i = 0; i < n; i++)
        perm[i] = i;
    for (int i = n - 1; i > 0; i--) {
        h = hash_splitmix64(h);
        int j = (int)(h % (uint64_t)(i + 1));
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    bool identity = true;
    for (int i = 0; i < n; i++)
        identity &= perm[i] == i;
    if (identity && n >= 2) {
        int t = perm[0];
        perm[0] = perm[1];
        perm[1] = t;
    }
}
