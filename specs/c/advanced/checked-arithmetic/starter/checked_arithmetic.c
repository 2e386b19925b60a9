#include <limits.h>
#include <stdint.h>

#include "checked_arithmetic.h"

bool checked_add(int a, int b, int *out)
{
    long long sum = (long long)a + b;
    if (sum < a)
        return false;
    *out = (int)sum;
    return true;
}

bool checked_mul(int a, int b, int *out)
{
    (void)a;
    (void)b;
    (void)out;
    return false; /* TODO */
}

bool checked_size(size_t count, size_t size, size_t *out)
{
    *out = count * size;
    return true;
}
