#include "string_length.h"

size_t string_length(const char *s)
{
    const char *end = s;
    while (*end != '\0')
        end++;
    return (size_t)(end - s);
}

size_t count_char(const char *s, char c)
{
    size_t found = 0;
    for (; *s != '\0'; s++) {
        if (*s == c)
            found++;
    }
    return found;
}
