#include "temper_test.h"
#include "reverse.h"

TEST(empty_string)
{
    char text[] = "";
    reverse(text);
    CHECK_EQ_STR(text, "");
}

TEST(one_letter)
{
    char text[] = "a";
    reverse(text);
    CHECK_EQ_STR(text, "a");
}

TEST(word)
{
    char text[] = "stressed";
    reverse(text);
    CHECK_EQ_STR(text, "desserts");
}

TEST(odd_length)
{
    char text[] = "abc";
    reverse(text);
    CHECK_EQ_STR(text, "cba");
}

int main(void)
{
    RUN(empty_string);
    RUN(one_letter);
    RUN(word);
    RUN(odd_length);
    return temper_done();
}
