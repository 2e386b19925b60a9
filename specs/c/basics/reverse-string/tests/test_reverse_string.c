#include "temper_test.h"
#include "reverse_string.h"

TEST(reverses_a_word)
{
    char text[] = "stressed";
    reverse_in_place(text);
    CHECK_EQ_STR(text, "desserts");
}

TEST(reverses_an_even_length_string)
{
    char text[] = "ab";
    reverse_in_place(text);
    CHECK_EQ_STR(text, "ba");
}

TEST(a_single_character_stays_the_same)
{
    char text[] = "x";
    reverse_in_place(text);
    CHECK_EQ_STR(text, "x");
}

TEST(the_empty_string_stays_empty)
{
    char text[] = "";
    reverse_in_place(text);
    CHECK_EQ_STR(text, "");
}

TEST(the_terminator_stays_at_the_end)
{
    char buffer[8] = "abc";
    buffer[4] = '!'; /* a byte after the terminator that must not move */
    reverse_in_place(buffer);
    CHECK_EQ_STR(buffer, "cba");
    CHECK_EQ_INT(buffer[3], '\0');
    CHECK_EQ_INT(buffer[4], '!');
}

TEST(reversing_twice_gives_the_original)
{
    char text[] = "Hello, world";
    reverse_in_place(text);
    reverse_in_place(text);
    CHECK_EQ_STR(text, "Hello, world");
}

TEST(recognises_palindromes)
{
    CHECK(is_palindrome("racecar"));
    CHECK(is_palindrome("abba"));
    CHECK(is_palindrome("a"));
}

TEST(the_empty_string_is_a_palindrome) { CHECK(is_palindrome("")); }

TEST(rejects_words_that_are_not_palindromes)
{
    CHECK(!is_palindrome("ab"));
    CHECK(!is_palindrome("abca"));
    CHECK(!is_palindrome("Abba")); /* case matters */
}

int main(void)
{
    RUN(reverses_a_word);
    RUN(reverses_an_even_length_string);
    RUN(a_single_character_stays_the_same);
    RUN(the_empty_string_stays_empty);
    RUN(the_terminator_stays_at_the_end);
    RUN(reversing_twice_gives_the_original);
    RUN(recognises_palindromes);
    RUN(the_empty_string_is_a_palindrome);
    RUN(rejects_words_that_are_not_palindromes);
    return temper_done();
}
