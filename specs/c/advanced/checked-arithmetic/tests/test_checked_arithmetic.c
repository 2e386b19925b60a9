#include "temper_test.h"
#include <limits.h>
#include <stdint.h>
#include "checked_arithmetic.h"

TEST(adds_numbers_that_fit)
{
    int r = 0;
    CHECK(checked_add(2, 3, &r));
    CHECK_EQ_INT(r, 5);
    CHECK(checked_add(5, -3, &r));
    CHECK_EQ_INT(r, 2);
    CHECK(checked_add(-5, -3, &r));
    CHECK_EQ_INT(r, -8);
}

TEST(adds_right_up_to_the_limits)
{
    int r = 0;
    CHECK(checked_add(INT_MAX - 1, 1, &r));
    CHECK_EQ_INT(r, INT_MAX);
    CHECK(checked_add(INT_MIN, 0, &r));
    CHECK_EQ_INT(r, INT_MIN);
    CHECK(checked_add(INT_MAX, INT_MIN, &r));
    CHECK_EQ_INT(r, -1);
}

TEST(refuses_additions_past_the_limits)
{
    int r = 77;
    CHECK(!checked_add(INT_MAX, 1, &r));
    CHECK(!checked_add(INT_MIN, -1, &r));
    CHECK(!checked_add(INT_MAX, INT_MAX, &r));
    CHECK(!checked_add(INT_MIN, INT_MIN, &r));
    CHECK_EQ_INT(r, 77);
}

TEST(multiplies_numbers_that_fit)
{
    int r = 0;
    CHECK(checked_mul(6, 7, &r));
    CHECK_EQ_INT(r, 42);
    CHECK(checked_mul(-2, 3, &r));
    CHECK_EQ_INT(r, -6);
    CHECK(checked_mul(-4, -5, &r));
    CHECK_EQ_INT(r, 20);
    CHECK(checked_mul(0, INT_MIN, &r));
    CHECK_EQ_INT(r, 0);
}

TEST(multiplies_right_up_to_the_limits)
{
    int r = 0;
    CHECK(checked_mul(INT_MIN, 1, &r));
    CHECK_EQ_INT(r, INT_MIN);
    CHECK(checked_mul(-1, INT_MAX, &r));
    CHECK_EQ_INT(r, -INT_MAX);
    CHECK(checked_mul(46340, 46340, &r));
    CHECK_EQ_INT(r, 2147395600);
    CHECK(checked_mul(-65536, 32768, &r));
    CHECK_EQ_INT(r, INT_MIN);
}

TEST(refuses_products_past_the_limits)
{
    int r = 77;
    CHECK(!checked_mul(46341, 46341, &r));
    CHECK(!checked_mul(INT_MAX, 2, &r));
    CHECK(!checked_mul(INT_MIN, 2, &r));
    CHECK(!checked_mul(-46341, 46341, &r));
    CHECK(!checked_mul(-46341, -46341, &r));
    CHECK_EQ_INT(r, 77);
}

TEST(minus_one_times_int_min_does_not_fit)
{
    int r = 77;
    CHECK(!checked_mul(-1, INT_MIN, &r));
    CHECK(!checked_mul(INT_MIN, -1, &r));
    CHECK_EQ_INT(r, 77);
}

TEST(allocation_sizes_that_fit)
{
    size_t n = 0;
    CHECK(checked_size(10, sizeof(int), &n));
    CHECK_EQ_INT(n, 10 * sizeof(int));
    CHECK(checked_size(0, SIZE_MAX, &n));
    CHECK_EQ_INT(n, 0);
    CHECK(checked_size(SIZE_MAX, 1, &n));
    CHECK(n == SIZE_MAX);
}

TEST(allocation_sizes_that_would_wrap_are_refused)
{
    size_t n = 77;
    CHECK(!checked_size(SIZE_MAX / 2, 3, &n));
    CHECK(!checked_size((SIZE_MAX >> 1) + 1, 2, &n));
    CHECK_EQ_INT(n, 77);
}

int main(void)
{
    RUN(adds_numbers_that_fit);
    RUN(adds_right_up_to_the_limits);
    RUN(refuses_additions_past_the_limits);
    RUN(multiplies_numbers_that_fit);
    RUN(multiplies_right_up_to_the_limits);
    RUN(refuses_products_past_the_limits);
    RUN(minus_one_times_int_min_does_not_fit);
    RUN(allocation_sizes_that_fit);
    RUN(allocation_sizes_that_would_wrap_are_refused);
    return temper_done();
}
