#include "temper_test.h"
#include "names.h"

static const char *crew[] = {"ada", "grace", "alan"};

TEST(no_names)
{
    CHECK_EQ_INT(find_name(crew, 0, "ada"), -1);
}

TEST(count_by_first_letter)
{
    CHECK_EQ_INT(count_starting_with(crew, 3, 'a'), 2);
}

TEST(finds_a_later_name)
{
    CHECK_EQ_INT(find_name(crew, 3, "alan"), 2);
}

TEST(missing_name)
{
    CHECK_EQ_INT(find_name(crew, 3, "linus"), -1);
}

int main(void)
{
    RUN(no_names);
    RUN(count_by_first_letter);
    RUN(finds_a_later_name);
    RUN(missing_name);
    return temper_done();
}
