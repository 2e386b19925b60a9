#ifndef SAFE_COPY_H
#define SAFE_COPY_H

#include <stddef.h>

/* Copy src into the dst_size bytes at dst, truncating, always terminated (nothing is
   written when dst_size is 0). Returns strlen(src). */
size_t safe_copy(char *dst, size_t dst_size, const char *src);

/* Append src to the string in dst (terminated within dst_size), truncating, always
   terminated. Returns the old length of dst plus strlen(src). */
size_t safe_append(char *dst, size_t dst_size, const char *src);

#endif
