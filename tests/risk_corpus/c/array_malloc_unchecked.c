// expect: c-unchecked-malloc
#include <stdlib.h>

int *squares(int n) {
    int *values = malloc(n * sizeof(int));
    for (int i = 0; i < n; i++) {
        values[i] = i * i;
    }
    return values;
}
