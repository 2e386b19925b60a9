#ifndef DYNAMIC_ARRAY_H
#define DYNAMIC_ARRAY_H

#include <stdbool.h>
#include <stddef.h>

struct int_vec {
    int *items;      /* storage for capacity ints, or NULL */
    size_t length;   /* items in use */
    size_t capacity; /* items that fit in the storage */
};

/* An empty vector; nothing is allocated yet. */
void vec_init(struct int_vec *v);

/* Add value at the end, growing (4, then doubling) when full. false, with the vector
   unchanged, when memory runs out. */
bool vec_push(struct int_vec *v, int value);

/* Remove the last value into *out; false (and *out untouched) when empty. */
bool vec_pop(struct int_vec *v, int *out);

/* A pointer to the item at index, or NULL when index >= length. */
int *vec_at(struct int_vec *v, size_t index);

/* Free the storage; the vector is empty and usable again. */
void vec_free(struct int_vec *v);

#endif
