#include "temper_test.h"
#include <limits.h>
#include <stdlib.h>
#include "sort_records.h"

TEST(compares_small_ints)
{
    int a = 1, b = 2;
    CHECK(compare_ints(&a, &b) < 0);
    CHECK(compare_ints(&b, &a) > 0);
    CHECK_EQ_INT(compare_ints(&a, &a), 0);
}

TEST(compares_extreme_ints_without_overflow)
{
    int low = INT_MIN, high = INT_MAX, minus_one = -1, one = 1;
    CHECK(compare_ints(&low, &high) < 0);
    CHECK(compare_ints(&high, &low) > 0);
    CHECK(compare_ints(&high, &minus_one) > 0);
    CHECK(compare_ints(&low, &one) < 0);
}

TEST(qsort_with_the_comparison_sorts_ascending)
{
    int v[] = {3, INT_MIN, 7, INT_MAX, -2, 0, 7};
    int sorted[] = {INT_MIN, -2, 0, 3, 7, 7, INT_MAX};
    qsort(v, 7, sizeof v[0], compare_ints);
    for (int i = 0; i < 7; i++)
        CHECK_EQ_INT(v[i], sorted[i]);
}

TEST(sorts_players_by_score_highest_first)
{
    struct player team[] = {{"ann", 10}, {"bob", 30}, {"cid", 20}};
    sort_players(team, 3);
    CHECK_EQ_STR(team[0].name, "bob");
    CHECK_EQ_STR(team[1].name, "cid");
    CHECK_EQ_STR(team[2].name, "ann");
}

TEST(equal_scores_are_ordered_by_name)
{
    struct player team[] = {{"cleo", 50}, {"abe", 90}, {"bea", 50}, {"al", 50}};
    sort_players(team, 4);
    CHECK_EQ_STR(team[0].name, "abe");
    CHECK_EQ_STR(team[1].name, "al");
    CHECK_EQ_STR(team[2].name, "bea");
    CHECK_EQ_STR(team[3].name, "cleo");
}

TEST(extreme_scores_sort_correctly)
{
    struct player team[] = {{"min", INT_MIN}, {"max", INT_MAX}, {"zero", 0}, {"neg", -5}};
    sort_players(team, 4);
    CHECK_EQ_STR(team[0].name, "max");
    CHECK_EQ_STR(team[1].name, "zero");
    CHECK_EQ_STR(team[2].name, "neg");
    CHECK_EQ_STR(team[3].name, "min");
}

TEST(scores_stay_with_their_players)
{
    struct player team[] = {{"x", 1}, {"y", 3}, {"z", 2}};
    sort_players(team, 3);
    CHECK_EQ_INT(team[0].score, 3);
    CHECK_EQ_STR(team[0].name, "y");
    CHECK_EQ_INT(team[2].score, 1);
}

TEST(empty_and_single_arrays_are_fine)
{
    struct player one[] = {{"solo", 5}};
    sort_players(one, 0);
    sort_players(one, 1);
    CHECK_EQ_STR(one[0].name, "solo");
    CHECK_EQ_INT(one[0].score, 5);
}

int main(void)
{
    RUN(compares_small_ints);
    RUN(compares_extreme_ints_without_overflow);
    RUN(qsort_with_the_comparison_sorts_ascending);
    RUN(sorts_players_by_score_highest_first);
    RUN(equal_scores_are_ordered_by_name);
    RUN(extreme_scores_sort_correctly);
    RUN(scores_stay_with_their_players);
    RUN(empty_and_single_arrays_are_fine);
    return temper_done();
}
