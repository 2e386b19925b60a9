#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "make_greeting.h"

char *make_greeting(const char *name)
{
    static const char prefix[] = "Hello, ";
    /* sizeof prefix counts its '\0', which pays for the result's terminator */
    size_t size = sizeof prefix + strlen(name) + 1;
    char *text = malloc(size);
    if (text == NULL)
        return NULL;
    snprintf(text, size, "%s%s!", prefix, name);
    return text;
}

const char *weekday_name(int day)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
    if (day < 0 || day >= (int)(sizeof names / sizeof names[0]))
        return NULL;
    return names[day];
}
