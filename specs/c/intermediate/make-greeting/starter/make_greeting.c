#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "make_greeting.h"

char *make_greeting(const char *name)
{
    char greeting[64];
    snprintf(greeting, sizeof greeting, "Hello, %s!", name);
    return greeting;
}

const char *weekday_name(int day)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    return names[day];
}
