#include "temper_test.h"
#include <stdlib.h>
#include <string.h>
#include "join_words.h"

TEST(joins_words_with_a_separator)
{
    const char *words[] = {"red", "green", "blue"};
    char *joined = join_words(words, 3, ", ");
    CHECK_EQ_STR(joined, "red, green, blue");
    free(joined);
}

TEST(a_single_word_gets_no_separator)
{
    const char *words[] = {"alone"};
    char *joined = join_words(words, 1, "-");
    CHECK_EQ_STR(joined, "alone");
    free(joined);
}

TEST(no_words_give_an_allocated_empty_string)
{
    const char *words[] = {"unused"};
    char *joined = join_words(words, 0, "-");
    CHECK(joined != NULL);
    CHECK_EQ_STR(joined, "");
    free(joined);
}

TEST(joins_only_the_first_count_words)
{
    const char *words[] = {"a", "b", "c"};
    char *joined = join_words(words, 2, "+");
    CHECK_EQ_STR(joined, "a+b");
    free(joined);
}

TEST(empty_words_and_an_empty_separator_are_fine)
{
    const char *words[] = {"", "x", ""};
    char *joined = join_words(words, 3, "");
    CHECK_EQ_STR(joined, "x");
    free(joined);
    joined = join_words(words, 3, "/");
    CHECK_EQ_STR(joined, "/x/");
    free(joined);
}

TEST(the_result_is_the_callers_own_copy)
{
    char first[] = "mutable";
    const char *words[] = {first, "text"};
    char *joined = join_words(words, 2, " ");
    first[0] = 'M'; /* changing the input later does not change the result */
    CHECK_EQ_STR(joined, "mutable text");
    joined[0] = 'X'; /* and the caller may change the result */
    CHECK_EQ_STR(joined, "Xutable text");
    free(joined);
}

TEST(two_results_are_independent)
{
    const char *words[] = {"one", "two"};
    char *a = join_words(words, 2, ",");
    char *b = join_words(words, 2, ";");
    CHECK_EQ_STR(a, "one,two");
    CHECK_EQ_STR(b, "one;two");
    free(a);
    free(b);
}

TEST(joins_many_long_words)
{
    enum { COUNT = 500 };
    const char *words[COUNT];
    for (int i = 0; i < COUNT; i++)
        words[i] = "abcdefghij";
    char *joined = join_words(words, COUNT, "--");
    CHECK(joined != NULL);
    CHECK_EQ_INT(strlen(joined), COUNT * 10 + (COUNT - 1) * 2);
    CHECK_EQ_STR(joined + strlen(joined) - 12, "--abcdefghij");
    free(joined);
}

int main(void)
{
    RUN(joins_words_with_a_separator);
    RUN(a_single_word_gets_no_separator);
    RUN(no_words_give_an_allocated_empty_string);
    RUN(joins_only_the_first_count_words);
    RUN(empty_words_and_an_empty_separator_are_fine);
    RUN(the_result_is_the_callers_own_copy);
    RUN(two_results_are_independent);
    RUN(joins_many_long_words);
    return temper_done();
}
