#include <string.h>

#include "safe_copy.h"

size_t safe_copy(char *dst, size_t dst_size, const char *src)
{
    size_t wanted = strlen(src);
    if (dst_size == 0)
        return wanted;
    size_t room = dst_size - 1; /* one byte is for the '\0' */
    size_t copied = wanted < room ? wanted : room;
    memcpy(dst, src, copied);
    dst[copied] = '\0';
    return wanted;
}

size_t safe_append(char *dst, size_t dst_size, const char *src)
{
    size_t used = strlen(dst);
    return used + safe_copy(dst + used, dst_size - used, src);
}
