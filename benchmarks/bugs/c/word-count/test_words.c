#include "temper_test.h"
#include "words.h"

TEST(empty_text_has_no_words)
{
    CHECK_EQ_INT(count_words(""), 0);
}

TEST(two_words)
{
    CHECK_EQ_INT(count_words("hello world"), 2);
}

TEST(extra_spaces)
{
    CHECK_EQ_INT(count_words("  one   two  "), 2);
}

TEST(tabs_and_newlines_separate_words)
{
    CHECK_EQ_INT(count_words("one\ttwo\nthree"), 3);
}

int main(void)
{
    RUN(empty_text_has_no_words);
    RUN(two_words);
    RUN(extra_spaces);
    RUN(tabs_and_newlines_separate_words);
    return temper_done();
}
