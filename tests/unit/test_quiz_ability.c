/* test_quiz_ability.c - the Elo-style ability model: guessing floors, predictions,
 * steps, and learning only from first attempts. */
#include "test.h"
#include "quiz/engine.h"

#include <math.h>

static struct quiz_item item(enum quiz_kind kind, int nopts, enum quiz_level level)
{
    struct quiz_item it = {"t/q", "t", level, kind, nopts};
    return it;
}

TEST(quiz_ability_guess_floors)
{
    struct quiz_item it = item(QUIZ_SINGLE, 4, QUIZ_MID);
    EXPECT_NEAR(quiz_item_guess(&it), 0.25, 1e-12);
    it = item(QUIZ_TRUEFALSE, 2, QUIZ_MID);
    EXPECT_NEAR(quiz_item_guess(&it), 0.5, 1e-12);
    it = item(QUIZ_MULTI, 4, QUIZ_MID);
    EXPECT_NEAR(quiz_item_guess(&it), 1.0 / 15, 1e-12);
    it = item(QUIZ_PREDICT, 0, QUIZ_MID);
    EXPECT_NEAR(quiz_item_guess(&it), 0, 0);
    it = item(QUIZ_BUG, 8, QUIZ_MID);
    EXPECT_NEAR(quiz_item_guess(&it), 0.125, 1e-12);
    it = item(QUIZ_ORDER, 4, QUIZ_MID);
    EXPECT_NEAR(quiz_item_guess(&it), 1.0 / 24, 1e-12);
    it = item(QUIZ_SINGLE, 0, QUIZ_MID);   /* malformed: no floor rather than 1/0 */
    EXPECT_NEAR(quiz_item_guess(&it), 0, 0);
}

TEST(quiz_ability_difficulty_from_level)
{
    struct quiz_item j = item(QUIZ_PREDICT, 0, QUIZ_JUNIOR);
    struct quiz_item m = item(QUIZ_PREDICT, 0, QUIZ_MID);
    struct quiz_item s = item(QUIZ_PREDICT, 0, QUIZ_SENIOR);
    EXPECT_NEAR(quiz_item_difficulty(&j), -1, 0);
    EXPECT_NEAR(quiz_item_difficulty(&m), 0, 0);
    EXPECT_NEAR(quiz_item_difficulty(&s), 1, 0);
}

TEST(quiz_ability_prediction)
{
    struct quiz_learner l = {0};
    struct quiz_item it = item(QUIZ_SINGLE, 4, QUIZ_MID);
    EXPECT_NEAR(quiz_predict(&l, &it), 0.625, 1e-12);   /* 0.25 + 0.75 * 0.5 */
    it = item(QUIZ_PREDICT, 0, QUIZ_JUNIOR);
    EXPECT_NEAR(quiz_predict(&l, &it), 1 / (1 + exp(-1.0)), 1e-12);
    l.theta = 0.5;
    quiz_learner_set(&l, "t", 0.5, 3);
    it = item(QUIZ_PREDICT, 0, QUIZ_SENIOR);
    EXPECT_NEAR(quiz_predict(&l, &it), 0.5, 1e-12);     /* 0.5 + 0.5 - 1 */
    quiz_learner_free(&l);
}

TEST(quiz_ability_steps_shrink_with_answers)
{
    EXPECT_NEAR(quiz_step_global(0), 0.80, 1e-12);
    EXPECT_NEAR(quiz_step_topic(0), 0.30, 1e-12);
    for (int n = 0; n < 200; n++) {
        EXPECT_TRUE(quiz_step_global(n + 1) <= quiz_step_global(n));
        EXPECT_TRUE(quiz_step_topic(n + 1) <= quiz_step_topic(n));
    }
    /* The cap keeps a floor so that the estimate can follow a learner who improves. */
    EXPECT_TRUE(quiz_step_global(100000) > 0.05);
    EXPECT_TRUE(quiz_step_topic(100000) > 0.05);
}

TEST(quiz_ability_plain_elo_without_guessing)
{
    struct quiz_learner l = {0};
    struct quiz_item it = item(QUIZ_PREDICT, 0, QUIZ_MID);
    double p = quiz_learn(&l, &it, true, true);
    EXPECT_NEAR(p, 0.5, 1e-12);
    EXPECT_NEAR(l.theta, quiz_step_global(0) * 0.5, 1e-12);  /* K (1 - P) */
    EXPECT_NEAR(quiz_learner_skill(&l, "t")->theta, quiz_step_topic(0) * 0.5, 1e-12);
    EXPECT_EQ_INT(l.n, 1);
    EXPECT_EQ_INT(quiz_learner_skill(&l, "t")->n, 1);
    quiz_learner_free(&l);
}

TEST(quiz_ability_guessing_discounts_a_right_answer)
{
    struct quiz_learner a = {0}, b = {0};
    struct quiz_item typed = item(QUIZ_PREDICT, 0, QUIZ_MID);
    struct quiz_item tf = item(QUIZ_TRUEFALSE, 2, QUIZ_MID);
    quiz_learn(&a, &typed, true, true);
    quiz_learn(&b, &tf, true, true);
    EXPECT_TRUE(b.theta > 0 && b.theta < a.theta);
    quiz_learner_free(&a);
    quiz_learner_free(&b);
    /* A wrong answer costs the same either way: sigmoid(logit), the guess no excuse. */
    quiz_learn(&a, &typed, false, true);
    quiz_learn(&b, &tf, false, true);
    EXPECT_NEAR(a.theta, b.theta, 1e-12);
    EXPECT_TRUE(a.theta < 0);
    quiz_learner_free(&a);
    quiz_learner_free(&b);
}

TEST(quiz_ability_only_first_attempts_count)
{
    struct quiz_learner l = {0};
    struct quiz_item it = item(QUIZ_SINGLE, 4, QUIZ_MID);
    double p = quiz_learn(&l, &it, true, false);
    EXPECT_NEAR(p, 0.625, 1e-12);
    EXPECT_NEAR(l.theta, 0, 0);
    EXPECT_EQ_INT(l.n, 0);
    EXPECT_TRUE(quiz_learner_skill(&l, "t") == NULL);
    quiz_learner_free(&l);
}

TEST(quiz_ability_always_right_rises_always_wrong_falls)
{
    struct quiz_learner up = {0}, down = {0};
    struct quiz_item it = item(QUIZ_SINGLE, 4, QUIZ_SENIOR);
    double prev_up = 0, prev_down = 0;
    for (int i = 0; i < 60; i++) {
        quiz_learn(&up, &it, true, true);
        quiz_learn(&down, &it, false, true);
        EXPECT_TRUE(up.theta > prev_up && down.theta < prev_down);
        prev_up = up.theta;
        prev_down = down.theta;
    }
    EXPECT_TRUE(up.theta <= 4 && down.theta >= -4);
    EXPECT_EQ_INT(quiz_level_for(up.theta + quiz_learner_skill(&up, "t")->theta), QUIZ_SENIOR);
    EXPECT_EQ_INT(quiz_level_for(down.theta), QUIZ_JUNIOR);
    quiz_learner_free(&up);
    quiz_learner_free(&down);
}

TEST(quiz_ability_topics_kept_apart)
{
    struct quiz_learner l = {0};
    struct quiz_item a = {"a/1", "a", QUIZ_MID, QUIZ_PREDICT, 0};
    struct quiz_item b = {"b/1", "b", QUIZ_MID, QUIZ_PREDICT, 0};
    for (int i = 0; i < 20; i++) {
        quiz_learn(&l, &a, true, true);
        quiz_learn(&l, &b, false, true);
    }
    EXPECT_NEAR(l.theta, 0, 0.05);    /* the global level is unmoved: one up, one down */
    EXPECT_TRUE(quiz_predict(&l, &a) > 0.75);
    EXPECT_TRUE(quiz_predict(&l, &b) < 0.25);
    EXPECT_EQ_INT(l.nskills, 2);
    EXPECT_EQ_INT(l.n, 40);
    quiz_learner_set(&l, "a", 1.25, 7);   /* loading overwrites */
    EXPECT_NEAR(quiz_learner_skill(&l, "a")->theta, 1.25, 0);
    EXPECT_EQ_INT(quiz_learner_skill(&l, "a")->n, 7);
    quiz_learner_free(&l);
    EXPECT_EQ_INT(l.nskills, 0);
}

TEST(quiz_ability_level_words)
{
    EXPECT_EQ_INT(quiz_level_for(-2), QUIZ_JUNIOR);
    EXPECT_EQ_INT(quiz_level_for(-0.5), QUIZ_MID);
    EXPECT_EQ_INT(quiz_level_for(0.49), QUIZ_MID);
    EXPECT_EQ_INT(quiz_level_for(0.5), QUIZ_SENIOR);
}
