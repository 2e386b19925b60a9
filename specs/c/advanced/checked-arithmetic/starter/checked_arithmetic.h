#ifndef CHECKED_ARITHMETIC_H
#define CHECKED_ARITHMETIC_H

#include <stdbool.h>
#include <stddef.h>

/* a + b into *out and true when it fits in an int; false and *out untouched otherwise. */
bool checked_add(int a, int b, int *out);

/* a * b into *out and true when it fits in an int; false and *out untouched otherwise. */
bool checked_mul(int a, int b, int *out);

/* count * size into *out and true when it fits in a size_t; false and *out untouched. */
bool checked_size(size_t count, size_t size, size_t *out);

#endif
