#include "sum_array.h"

long long sum_array(const int *values, size_t count)
{
    int total = 0;
    for (size_t i = 0; i < count; i++)
        total += values[i];
    return total;
}

double average(const int *values, size_t count)
{
    return sum_array(values, count) / count;
}
