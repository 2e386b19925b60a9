#include "temper_test.h"
#include <stdlib.h>
#include <string.h>
#include "make_greeting.h"

TEST(greets_by_name)
{
    char *greeting = make_greeting("Ada");
    CHECK_EQ_STR(greeting, "Hello, Ada!");
    free(greeting);
}

TEST(greets_an_empty_name)
{
    char *greeting = make_greeting("");
    CHECK_EQ_STR(greeting, "Hello, !");
    free(greeting);
}

TEST(two_greetings_stay_valid_together)
{
    char *first = make_greeting("Ada");
    char *second = make_greeting("Grace");
    CHECK_EQ_STR(first, "Hello, Ada!");
    CHECK_EQ_STR(second, "Hello, Grace!");
    free(first);
    free(second);
}

TEST(the_greeting_survives_other_calls)
{
    char *greeting = make_greeting("Linus");
    char *other = make_greeting("Someone with a much longer name than that");
    free(other);
    CHECK_EQ_STR(greeting, "Hello, Linus!");
    free(greeting);
}

TEST(a_very_long_name_fits)
{
    char name[301];
    memset(name, 'a', 300);
    name[300] = '\0';
    char *greeting = make_greeting(name);
    CHECK(greeting != NULL);
    CHECK_EQ_INT(strlen(greeting), 300 + strlen("Hello, !"));
    CHECK_EQ_STR(greeting + 307, "!");
    free(greeting);
}

TEST(names_the_days_of_the_week)
{
    CHECK_EQ_STR(weekday_name(0), "Monday");
    CHECK_EQ_STR(weekday_name(2), "Wednesday");
    CHECK_EQ_STR(weekday_name(6), "Sunday");
}

TEST(day_names_are_not_allocated_and_stay_the_same)
{
    CHECK(weekday_name(4) == weekday_name(4));
}

TEST(numbers_outside_the_week_have_no_name)
{
    CHECK_EQ_STR(weekday_name(7), NULL);
    CHECK_EQ_STR(weekday_name(-1), NULL);
    CHECK_EQ_STR(weekday_name(1000000), NULL);
}

int main(void)
{
    RUN(greets_by_name);
    RUN(greets_an_empty_name);
    RUN(two_greetings_stay_valid_together);
    RUN(the_greeting_survives_other_calls);
    RUN(a_very_long_name_fits);
    RUN(names_the_days_of_the_week);
    RUN(day_names_are_not_allocated_and_stay_the_same);
    RUN(numbers_outside_the_week_have_no_name);
    return temper_done();
}
