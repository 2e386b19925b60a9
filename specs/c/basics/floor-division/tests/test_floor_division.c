#include "temper_test.h"
#include <limits.h>
#include "floor_division.h"

TEST(positive_numbers_divide_as_usual)
{
    CHECK_EQ_INT(floor_div(7, 2), 3);
    CHECK_EQ_INT(floor_mod(7, 2), 1);
}

TEST(a_negative_dividend_rounds_down)
{
    CHECK_EQ_INT(floor_div(-7, 2), -4);
    CHECK_EQ_INT(floor_mod(-7, 2), 1);
}

TEST(a_negative_divisor_rounds_down)
{
    CHECK_EQ_INT(floor_div(7, -2), -4);
    CHECK_EQ_INT(floor_mod(7, -2), -1);
}

TEST(two_negatives_give_a_positive_quotient)
{
    CHECK_EQ_INT(floor_div(-7, -2), 3);
    CHECK_EQ_INT(floor_mod(-7, -2), -1);
}

TEST(an_exact_negative_division_needs_no_correction)
{
    CHECK_EQ_INT(floor_div(-6, 3), -2);
    CHECK_EQ_INT(floor_mod(-6, 3), 0);
}

TEST(one_hour_before_midnight_is_23)
{
    CHECK_EQ_INT(floor_mod(-1, 24), 23);
    CHECK_EQ_INT(floor_div(-1, 24), -1);
}

TEST(zero_divided_is_zero)
{
    CHECK_EQ_INT(floor_div(0, -5), 0);
    CHECK_EQ_INT(floor_mod(0, -5), 0);
}

TEST(quotient_and_remainder_rebuild_the_dividend)
{
    int divisors[] = {3, -3, 7, -7, 1};
    for (int a = -20; a <= 20; a++) {
        for (int i = 0; i < 5; i++) {
            int b = divisors[i];
            CHECK_EQ_INT(floor_div(a, b) * b + floor_mod(a, b), a);
        }
    }
}

TEST(works_at_the_edge_of_int)
{
    CHECK_EQ_INT(floor_div(INT_MIN, 2), INT_MIN / 2);
    CHECK_EQ_INT(floor_mod(INT_MIN + 1, 2), 1);
}

int main(void)
{
    RUN(positive_numbers_divide_as_usual);
    RUN(a_negative_dividend_rounds_down);
    RUN(a_negative_divisor_rounds_down);
    RUN(two_negatives_give_a_positive_quotient);
    RUN(an_exact_negative_division_needs_no_correction);
    RUN(one_hour_before_midnight_is_23);
    RUN(zero_divided_is_zero);
    RUN(quotient_and_remainder_rebuild_the_dividend);
    RUN(works_at_the_edge_of_int);
    return temper_done();
}
