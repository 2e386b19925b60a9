#include "sum_array.h"

long long sum_array(const int *values, size_t count)
{
    long long total = 0;
    for (size_t i = 0; i < count; i++)
        total += values[i];
    return total;
}

double average(const int *values, size_t count)
{
    if (count == 0)
        return 0.0;
    return (double)sum_array(values, count) / (double)count;
}
