#include <errno.h>
#include <limits.h>
#include <stdlib.h>

#include "parse_int.h"

bool parse_int(const char *text, int *out)
{
    *out = atoi(text);
    return true;
}
