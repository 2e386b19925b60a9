// expect: none
// Known limitation: the NULL check happens inside die_if_null, which the heuristic cannot see.
#include <stdio.h>
#include <stdlib.h>

static void die_if_null(void *p) {
    if (p == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
}

int *counters(size_t n) {
    int *counts = calloc(n, sizeof *counts);
    die_if_null(counts);
    counts[0] = 1;
    return counts;
}
