#ifndef JOIN_WORDS_H
#define JOIN_WORDS_H

#include <stddef.h>

/* A newly allocated string with the count words joined by separator ("" for no words),
   or NULL when memory runs out. The caller frees it. */
char *join_words(const char *const *words, size_t count, const char *separator);

#endif
