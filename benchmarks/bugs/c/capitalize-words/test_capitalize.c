#include "temper_test.h"
#include "capitalize.h"

TEST(leading_space)
{
    char text[] = " big cat";
    capitalize_words(text);
    CHECK_EQ_STR(text, " Big Cat");
}

TEST(empty)
{
    char text[] = "";
    capitalize_words(text);
    CHECK_EQ_STR(text, "");
}

TEST(two_words)
{
    char text[] = "hello world";
    capitalize_words(text);
    CHECK_EQ_STR(text, "Hello World");
}

TEST(one_word)
{
    char text[] = "c";
    capitalize_words(text);
    CHECK_EQ_STR(text, "C");
}

int main(void)
{
    RUN(leading_space);
    RUN(empty);
    RUN(two_words);
    RUN(one_word);
    return temper_done();
}
