#include <stdlib.h>
#include <string.h>

#include "join_words.h"

char *join_words(const char *const *words, size_t count, const char *separator)
{
    size_t separator_length = strlen(separator);
    size_t length = 0;
    for (size_t i = 0; i < count; i++)
        length += strlen(words[i]);
    if (count > 1)
        length += (count - 1) * separator_length;

    char *joined = malloc(length + 1); /* + 1 for the '\0' */
    if (joined == NULL)
        return NULL;

    char *next = joined;
    for (size_t i = 0; i < count; i++) {
        if (i > 0) {
            memcpy(next, separator, separator_length);
            next += separator_length;
        }
        size_t word_length = strlen(words[i]);
        memcpy(next, words[i], word_length);
        next += word_length;
    }
    *next = '\0';
    return joined;
}
