#ifndef STRING_LENGTH_H
#define STRING_LENGTH_H

#include <stddef.h>

/* The number of characters in s before its terminating '\0'. */
size_t string_length(const char *s);

/* How many times c occurs in s (the terminating '\0' is not counted). */
size_t count_char(const char *s, char c);

#endif
