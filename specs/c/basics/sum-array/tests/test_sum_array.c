#include "temper_test.h"
#include <limits.h>
#include "sum_array.h"

TEST(sums_small_numbers)
{
    int values[] = {1, 2, 3, 4};
    CHECK_EQ_INT(sum_array(values, 4), 10);
}

TEST(sums_only_the_first_count_elements)
{
    int values[] = {5, 5, 100};
    CHECK_EQ_INT(sum_array(values, 2), 10);
}

TEST(the_sum_of_nothing_is_zero)
{
    int values[] = {7};
    CHECK_EQ_INT(sum_array(values, 0), 0);
}

TEST(sums_negative_numbers)
{
    int values[] = {-5, 3, -10};
    CHECK_EQ_INT(sum_array(values, 3), -12);
}

TEST(a_sum_larger_than_int_does_not_overflow)
{
    int values[] = {INT_MAX, INT_MAX, 2};
    CHECK_EQ_INT(sum_array(values, 3), 4294967296LL);
}

TEST(a_sum_below_int_min_does_not_overflow)
{
    int values[] = {INT_MIN, -1};
    CHECK_EQ_INT(sum_array(values, 2), -2147483649LL);
}

TEST(the_average_keeps_its_fraction)
{
    int values[] = {1, 2, 3, 4};
    CHECK_EQ_DBL(average(values, 4), 2.5, 1e-9);
}

TEST(the_average_of_negative_numbers)
{
    int values[] = {-1, -2};
    CHECK_EQ_DBL(average(values, 2), -1.5, 1e-9);
}

TEST(the_average_of_no_numbers_is_zero)
{
    int values[] = {3};
    CHECK_EQ_DBL(average(values, 0), 0.0, 1e-9);
}

int main(void)
{
    RUN(sums_small_numbers);
    RUN(sums_only_the_first_count_elements);
    RUN(the_sum_of_nothing_is_zero);
    RUN(sums_negative_numbers);
    RUN(a_sum_larger_than_int_does_not_overflow);
    RUN(a_sum_below_int_min_does_not_overflow);
    RUN(the_average_keeps_its_fraction);
    RUN(the_average_of_negative_numbers);
    RUN(the_average_of_no_numbers_is_zero);
    return temper_done();
}
