// expect: none
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int *squares(int n) {
    int *values = malloc(n * sizeof *values);
    if (values == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        values[i] = i * i;
    }
    return values;
}

char *copy_text(const char *text) {
    char *copy;
    if ((copy = malloc(strlen(text) + 1)) == NULL) {
        perror("malloc");
        exit(1);
    }
    strcpy(copy, text);
    return copy;
}

double *zeros(size_t n) {
    double *xs = calloc(n, sizeof *xs);
    if (!xs) {
        return NULL;
    }
    xs[0] = 0.0;
    return xs;
}
