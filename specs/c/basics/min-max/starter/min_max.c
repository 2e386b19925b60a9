#include "min_max.h"

void swap_ints(int *a, int *b)
{
    int *old_a = a;
    a = b;
    b = old_a;
}

bool min_max(const int *values, size_t count, int *min, int *max)
{
    int smallest = 0;
    int largest = 0;
    for (size_t i = 0; i < count; i++) {
        if (values[i] < smallest)
            smallest = values[i];
        if (values[i] > largest)
            largest = values[i];
    }
    *min = smallest;
    *max = largest;
    return true;
}
