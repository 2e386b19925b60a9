#ifndef PARSE_INT_H
#define PARSE_INT_H

#include <stdbool.h>

/* Parse text as a whole decimal int (leading whitespace and a sign allowed, nothing
   after the digits). true and *out set on success; false and *out unchanged otherwise. */
bool parse_int(const char *text, int *out);

#endif
