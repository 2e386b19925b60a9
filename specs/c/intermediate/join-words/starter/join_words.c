#include <stdlib.h>
#include <string.h>

#include "join_words.h"

char *join_words(const char *const *words, size_t count, const char *separator)
{
    (void)words;
    (void)count;
    (void)separator;
    return NULL; /* TODO: measure, allocate, copy */
}
