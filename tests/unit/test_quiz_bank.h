/* test_quiz_bank.h - a synthetic question bank shaped like the real one: 16 topics,
 * five junior, five mid and five senior questions each, of mixed kinds. Shared by
 * the quiz tests and the simulation. */
#ifndef LOOPLAB_TEST_QUIZ_BANK_H
#define LOOPLAB_TEST_QUIZ_BANK_H

#include "quiz/engine.h"

#include <stdio.h>

#define BANK_TOPICS 16
#define BANK_PER_LEVEL 5
#define BANK_SIZE (BANK_TOPICS * 3 * BANK_PER_LEVEL)

struct bank {
    struct quiz_item items[BANK_SIZE];
    char ids[BANK_SIZE][48];
    char topics[BANK_TOPICS][24];
    int n;
};

/* Kinds as the curriculum mixes them: mostly single choice, some of every other. */
static inline void bank_kind(struct quiz_item *it, int j, int topic)
{
    static const enum quiz_kind kinds[BANK_PER_LEVEL] = {
        QUIZ_SINGLE, QUIZ_TRUEFALSE, QUIZ_PREDICT, QUIZ_SINGLE, QUIZ_MULTI};
    it->kind = kinds[j];
    it->noptions = it->kind == QUIZ_TRUEFALSE ? 2 : 4;
    if (j == 3 && topic % 3 == 1) {
        it->kind = QUIZ_BUG;
        it->noptions = 10;
    } else if (j == 3 && topic % 3 == 2) {
        it->kind = QUIZ_ORDER;
        it->noptions = 4;
    }
}

/* ntopics topics (<= BANK_TOPICS), per_level questions per level (<= BANK_PER_LEVEL). */
static inline void bank_make(struct bank *b, int ntopics, int per_level)
{
    static const char *const levels[3] = {"junior", "mid", "senior"};
    b->n = 0;
    for (int t = 0; t < ntopics; t++) {
        snprintf(b->topics[t], sizeof b->topics[t], "topic-%02d", t);
        for (int lv = 0; lv < 3; lv++)
            for (int j = 0; j < per_level; j++) {
                struct quiz_item *it = &b->items[b->n];
                snprintf(b->ids[b->n], sizeof b->ids[b->n], "topic-%02d/%s-%d", t, levels[lv], j);
                it->id = b->ids[b->n];
                it->topic = b->topics[t];
                it->level = (enum quiz_level)lv;
                bank_kind(it, j, t);
                b->n++;
            }
    }
}

#endif
