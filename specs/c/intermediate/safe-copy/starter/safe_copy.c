#include <string.h>

#include "safe_copy.h"

size_t safe_copy(char *dst, size_t dst_size, const char *src)
{
    strncpy(dst, src, dst_size);
    return strlen(dst);
}

size_t safe_append(char *dst, size_t dst_size, const char *src)
{
    (void)dst_size;
    strcat(dst, src);
    return strlen(dst);
}
