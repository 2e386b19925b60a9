#include "temper_test.h"
#include <limits.h>
#include "parse_int.h"

TEST(parses_a_plain_number)
{
    int n = 0;
    CHECK(parse_int("42", &n));
    CHECK_EQ_INT(n, 42);
}

TEST(parses_signs_and_leading_spaces)
{
    int n = 0;
    CHECK(parse_int("  -17", &n));
    CHECK_EQ_INT(n, -17);
    CHECK(parse_int("+5", &n));
    CHECK_EQ_INT(n, 5);
}

TEST(parses_zero)
{
    int n = 99;
    CHECK(parse_int("0", &n));
    CHECK_EQ_INT(n, 0);
}

TEST(rejects_text_without_digits)
{
    int n = 7;
    CHECK(!parse_int("", &n));
    CHECK(!parse_int("abc", &n));
    CHECK(!parse_int("   ", &n));
    CHECK(!parse_int("-", &n));
    CHECK_EQ_INT(n, 7);
}

TEST(rejects_anything_after_the_digits)
{
    int n = 7;
    CHECK(!parse_int("12abc", &n));
    CHECK(!parse_int("3.5", &n));
    CHECK(!parse_int("10 ", &n));
    CHECK_EQ_INT(n, 7);
}

TEST(accepts_the_limits_of_int)
{
    int n = 0;
    CHECK(parse_int("2147483647", &n));
    CHECK_EQ_INT(n, INT_MAX);
    CHECK(parse_int("-2147483648", &n));
    CHECK_EQ_INT(n, INT_MIN);
}

TEST(rejects_numbers_just_outside_int)
{
    int n = 7;
    CHECK(!parse_int("2147483648", &n));
    CHECK(!parse_int("-2147483649", &n));
    CHECK_EQ_INT(n, 7);
}

TEST(rejects_numbers_too_big_even_for_long)
{
    int n = 7;
    CHECK(!parse_int("99999999999999999999999", &n));
    CHECK(!parse_int("-99999999999999999999999", &n));
    CHECK_EQ_INT(n, 7);
}

TEST(rejects_a_null_pointer)
{
    int n = 7;
    CHECK(!parse_int(NULL, &n));
    CHECK_EQ_INT(n, 7);
}

int main(void)
{
    RUN(parses_a_plain_number);
    RUN(parses_signs_and_leading_spaces);
    RUN(parses_zero);
    RUN(rejects_text_without_digits);
    RUN(rejects_anything_after_the_digits);
    RUN(accepts_the_limits_of_int);
    RUN(rejects_numbers_just_outside_int);
    RUN(rejects_numbers_too_big_even_for_long);
    RUN(rejects_a_null_pointer);
    return temper_done();
}
