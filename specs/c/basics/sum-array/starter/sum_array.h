#ifndef SUM_ARRAY_H
#define SUM_ARRAY_H

#include <stddef.h>

/* The sum of values[0] .. values[count - 1]. */
long long sum_array(const int *values, size_t count);

/* The mean of the count values, with its fraction; 0.0 when count is 0. */
double average(const int *values, size_t count);

#endif
