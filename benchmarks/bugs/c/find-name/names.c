#include <string.h>

#include "names.h"

int find_name(const char *names[], size_t count, const char *target)
{
    for (size_t i = 0; i < count; i++) {
        if (strcmp(names[i], target))
            return (int)i;
    }
    return -1;
}

int count_starting_with(const char *names[], size_t count, char letter)
{
    int n = 0;
    for (size_t i = 0; i < count; i++) {
        if (names[i][0] == letter)
            n++;
    }
    return n;
}
