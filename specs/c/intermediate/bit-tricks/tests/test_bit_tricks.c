#include "temper_test.h"
#include "bit_tricks.h"

TEST(counts_the_one_bits)
{
    CHECK_EQ_INT(count_bits(0), 0);
    CHECK_EQ_INT(count_bits(1), 1);
    CHECK_EQ_INT(count_bits(0xFF), 8);
    CHECK_EQ_INT(count_bits(0xA5), 4);
}

TEST(counts_all_32_bits)
{
    CHECK_EQ_INT(count_bits(UINT32_MAX), 32);
    CHECK_EQ_INT(count_bits(0x80000000u), 1);
}

TEST(recognises_powers_of_two)
{
    CHECK(is_power_of_two(1));
    CHECK(is_power_of_two(64));
    CHECK(is_power_of_two(0x80000000u));
    CHECK(!is_power_of_two(6));
    CHECK(!is_power_of_two(UINT32_MAX));
}

TEST(zero_is_not_a_power_of_two) { CHECK(!is_power_of_two(0)); }

TEST(tests_single_bits_as_yes_or_no)
{
    CHECK_EQ_INT(test_bit(0x5, 0), 1);
    CHECK_EQ_INT(test_bit(0x5, 1), 0);
    CHECK_EQ_INT(test_bit(0x5, 2), 1);
}

TEST(tests_the_highest_bit)
{
    CHECK(test_bit(0x80000000u, 31));
    CHECK(!test_bit(0x7FFFFFFFu, 31));
}

TEST(sets_a_bit_and_keeps_the_others)
{
    CHECK_EQ_INT(set_bit(0, 31), 0x80000000u);
    CHECK_EQ_INT(set_bit(0x10, 0), 0x11);
    CHECK_EQ_INT(set_bit(0x11, 4), 0x11); /* already set */
}

TEST(clears_a_bit_and_keeps_the_others)
{
    CHECK_EQ_INT(clear_bit(0xFF, 0), 0xFE);
    CHECK_EQ_INT(clear_bit(UINT32_MAX, 31), 0x7FFFFFFFu);
    CHECK_EQ_INT(clear_bit(0xF0, 0), 0xF0); /* already clear */
}

TEST(distance_does_not_wrap_around)
{
    CHECK_EQ_INT(distance(5, 3), 2);
    CHECK_EQ_INT(distance(3, 5), 2);
    CHECK_EQ_INT(distance(0, UINT32_MAX), UINT32_MAX);
    CHECK_EQ_INT(distance(7, 7), 0);
}

int main(void)
{
    RUN(counts_the_one_bits);
    RUN(counts_all_32_bits);
    RUN(recognises_powers_of_two);
    RUN(zero_is_not_a_power_of_two);
    RUN(tests_single_bits_as_yes_or_no);
    RUN(tests_the_highest_bit);
    RUN(sets_a_bit_and_keeps_the_others);
    RUN(clears_a_bit_and_keeps_the_others);
    RUN(distance_does_not_wrap_around);
    return temper_done();
}
