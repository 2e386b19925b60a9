#include "min_max.h"

void swap_ints(int *a, int *b)
{
    int kept = *a;
    *a = *b;
    *b = kept;
}

bool min_max(const int *values, size_t count, int *min, int *max)
{
    if (count == 0)
        return false;
    int low = values[0];
    int high = values[0];
    for (size_t i = 1; i < count; i++) {
        if (values[i] < low)
            low = values[i];
        else if (values[i] > high)
            high = values[i];
    }
    *min = low;
    *max = high;
    return true;
}
