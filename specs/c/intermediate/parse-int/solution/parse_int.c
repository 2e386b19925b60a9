#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "parse_int.h"

bool parse_int(const char *text, int *out)
{
    if (text == NULL)
        return false;
    char *stop = NULL;
    errno = 0;
    long parsed = strtol(text, &stop, 10);
    if (stop == text)           /* no digits at all */
        return false;
    if (*stop != '\0')          /* something after the digits */
        return false;
    if (errno == ERANGE || parsed < INT_MIN || parsed > INT_MAX)
        return false;
    *out = (int)parsed;
    return true;
}
