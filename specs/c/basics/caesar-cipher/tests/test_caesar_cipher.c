#include "temper_test.h"
#include "caesar_cipher.h"

TEST(shifts_letters_forward)
{
    char text[] = "abc";
    caesar_shift(text, 1);
    CHECK_EQ_STR(text, "bcd");
}

TEST(wraps_from_z_back_to_a)
{
    char text[] = "xyz";
    caesar_shift(text, 3);
    CHECK_EQ_STR(text, "abc");
}

TEST(keeps_case_and_leaves_other_characters_alone)
{
    char text[] = "Hello, World! 42";
    caesar_shift(text, 13);
    CHECK_EQ_STR(text, "Uryyb, Jbeyq! 42");
}

TEST(wraps_upper_case_letters_too)
{
    char text[] = "XYZ";
    caesar_shift(text, 4);
    CHECK_EQ_STR(text, "BCD");
}

TEST(a_negative_shift_goes_backwards)
{
    char text[] = "abc";
    caesar_shift(text, -1);
    CHECK_EQ_STR(text, "zab");
}

TEST(a_shift_of_26_changes_nothing)
{
    char text[] = "Same";
    caesar_shift(text, 26);
    CHECK_EQ_STR(text, "Same");
}

TEST(large_shifts_wrap_around_several_times)
{
    char text[] = "az";
    caesar_shift(text, 27 + 26 * 3);
    CHECK_EQ_STR(text, "ba");
    caesar_shift(text, -53);
    CHECK_EQ_STR(text, "az");
}

TEST(shifting_back_restores_the_text)
{
    char text[] = "The quick brown fox, 1984.";
    caesar_shift(text, 11);
    caesar_shift(text, -11);
    CHECK_EQ_STR(text, "The quick brown fox, 1984.");
}

TEST(the_empty_string_stays_empty)
{
    char text[] = "";
    caesar_shift(text, 5);
    CHECK_EQ_STR(text, "");
}

int main(void)
{
    RUN(shifts_letters_forward);
    RUN(wraps_from_z_back_to_a);
    RUN(keeps_case_and_leaves_other_characters_alone);
    RUN(wraps_upper_case_letters_too);
    RUN(a_negative_shift_goes_backwards);
    RUN(a_shift_of_26_changes_nothing);
    RUN(large_shifts_wrap_around_several_times);
    RUN(shifting_back_restores_the_text);
    RUN(the_empty_string_stays_empty);
    return temper_done();
}
