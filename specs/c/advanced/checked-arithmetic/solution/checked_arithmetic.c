#include <limits.h>
#include <stdint.h>

#include "checked_arithmetic.h"

bool checked_add(int a, int b, int *out)
{
    /* compare before adding: INT_MAX - b and INT_MIN - b cannot overflow themselves */
    bool too_big = b > 0 && a > INT_MAX - b;
    bool too_small = b < 0 && a < INT_MIN - b;
    if (too_big || too_small)
        return false;
    *out = a + b;
    return true;
}

bool checked_mul(int a, int b, int *out)
{
    bool fits;
    if (a == 0 || b == 0)
        fits = true;
    else if (a > 0 && b > 0)
        fits = a <= INT_MAX / b;
    else if (a < 0 && b < 0)
        fits = a >= INT_MAX / b;           /* the product is positive */
    else if (a < 0)
        fits = a >= INT_MIN / b;           /* b > 0, the product is negative */
    else
        fits = b >= INT_MIN / a;           /* a > 0, b < 0 */
    if (!fits)
        return false;
    *out = a * b;
    return true;
}

bool checked_size(size_t count, size_t size, size_t *out)
{
    if (size != 0 && count > SIZE_MAX / size)
        return false;
    *out = count * size;
    return true;
}
