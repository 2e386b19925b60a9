#include "temper_test.h"
#include "gcd.h"

TEST(common_divisor)
{
    CHECK_EQ_INT(gcd(12, 18), 6);
}

TEST(equal_numbers)
{
    CHECK_EQ_INT(gcd(7, 7), 7);
}

TEST(least_common_multiple)
{
    CHECK_EQ_INT(lcm(4, 6), 12);
}

TEST(zero_and_a_number)
{
    CHECK_EQ_INT(gcd(0, 5), 5);
}

int main(void)
{
    RUN(common_divisor);
    RUN(equal_numbers);
    RUN(least_common_multiple);
    RUN(zero_and_a_number);
    return temper_done();
}
