#ifndef MIN_MAX_H
#define MIN_MAX_H

#include <stdbool.h>
#include <stddef.h>

/* Exchange *a and *b. */
void swap_ints(int *a, int *b);

/* Store the smallest and largest of values[0 .. count-1] in *min and *max and return true;
   return false and leave *min and *max alone when count is 0. */
bool min_max(const int *values, size_t count, int *min, int *max);

#endif
