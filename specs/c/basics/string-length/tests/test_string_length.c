#include "temper_test.h"
#include "string_length.h"

TEST(counts_the_letters_of_a_word) { CHECK_EQ_INT(string_length("hello"), 5); }

TEST(the_empty_string_has_length_zero) { CHECK_EQ_INT(string_length(""), 0); }

TEST(the_terminating_nul_is_not_counted)
{
    CHECK_EQ_INT(sizeof "hello", 6); /* the array holds the '\0' too ... */
    CHECK_EQ_INT(string_length("hello"), 5); /* ... but the length does not */
}

TEST(stops_at_the_first_nul) { CHECK_EQ_INT(string_length("ab\0cd"), 2); }

TEST(measures_the_text_not_the_buffer)
{
    char buffer[32] = "hi there";
    CHECK_EQ_INT(string_length(buffer), 8);
}

TEST(counts_spaces_and_punctuation_too) { CHECK_EQ_INT(string_length("a b, c!"), 7); }

TEST(counts_a_repeated_character) { CHECK_EQ_INT(count_char("banana", 'a'), 3); }

TEST(counts_zero_when_the_character_is_absent) { CHECK_EQ_INT(count_char("banana", 'z'), 0); }

TEST(never_counts_the_terminator) { CHECK_EQ_INT(count_char("banana", '\0'), 0); }

int main(void)
{
    RUN(counts_the_letters_of_a_word);
    RUN(the_empty_string_has_length_zero);
    RUN(the_terminating_nul_is_not_counted);
    RUN(stops_at_the_first_nul);
    RUN(measures_the_text_not_the_buffer);
    RUN(counts_spaces_and_punctuation_too);
    RUN(counts_a_repeated_character);
    RUN(counts_zero_when_the_character_is_absent);
    RUN(never_counts_the_terminator);
    return temper_done();
}
