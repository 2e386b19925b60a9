#include "temper_test.h"
#include <limits.h>
#include "min_max.h"

TEST(swap_exchanges_two_variables)
{
    int x = 1, y = 2;
    swap_ints(&x, &y);
    CHECK_EQ_INT(x, 2);
    CHECK_EQ_INT(y, 1);
}

TEST(swapping_a_variable_with_itself_keeps_it)
{
    int x = 42;
    swap_ints(&x, &x);
    CHECK_EQ_INT(x, 42);
}

TEST(swap_works_on_array_elements)
{
    int v[] = {10, 20, 30};
    swap_ints(&v[0], &v[2]);
    CHECK_EQ_INT(v[0], 30);
    CHECK_EQ_INT(v[1], 20);
    CHECK_EQ_INT(v[2], 10);
}

TEST(finds_the_smallest_and_largest)
{
    int v[] = {4, -3, 9, 7};
    int lo = 0, hi = 0;
    CHECK(min_max(v, 4, &lo, &hi));
    CHECK_EQ_INT(lo, -3);
    CHECK_EQ_INT(hi, 9);
}

TEST(all_positive_numbers_have_a_positive_minimum)
{
    int v[] = {4, 9, 7};
    int lo = 0, hi = 0;
    CHECK(min_max(v, 3, &lo, &hi));
    CHECK_EQ_INT(lo, 4);
    CHECK_EQ_INT(hi, 9);
}

TEST(all_negative_numbers_have_a_negative_maximum)
{
    int v[] = {-8, -2, -5};
    int lo = 0, hi = 0;
    CHECK(min_max(v, 3, &lo, &hi));
    CHECK_EQ_INT(lo, -8);
    CHECK_EQ_INT(hi, -2);
}

TEST(one_value_is_both_minimum_and_maximum)
{
    int v[] = {INT_MIN};
    int lo = 0, hi = 0;
    CHECK(min_max(v, 1, &lo, &hi));
    CHECK_EQ_INT(lo, INT_MIN);
    CHECK_EQ_INT(hi, INT_MIN);
}

TEST(no_values_give_no_answer_and_leave_the_outputs_alone)
{
    int v[] = {1};
    int lo = 111, hi = 222;
    CHECK(!min_max(v, 0, &lo, &hi));
    CHECK_EQ_INT(lo, 111);
    CHECK_EQ_INT(hi, 222);
}

int main(void)
{
    RUN(swap_exchanges_two_variables);
    RUN(swapping_a_variable_with_itself_keeps_it);
    RUN(swap_works_on_array_elements);
    RUN(finds_the_smallest_and_largest);
    RUN(all_positive_numbers_have_a_positive_minimum);
    RUN(all_negative_numbers_have_a_negative_maximum);
    RUN(one_value_is_both_minimum_and_maximum);
    RUN(no_values_give_no_answer_and_leave_the_outputs_alone);
    return temper_done();
}
