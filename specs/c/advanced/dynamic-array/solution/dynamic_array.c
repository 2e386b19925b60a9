#include <stdint.h>
#include <stdlib.h>

#include "dynamic_array.h"

enum { FIRST_CAPACITY = 4 };

void vec_init(struct int_vec *v)
{
    v->items = NULL;
    v->length = 0;
    v->capacity = 0;
}

/* Make room for at least one more item; false (nothing changed) when memory runs out. */
static bool grow(struct int_vec *v)
{
    size_t wanted = v->capacity == 0 ? FIRST_CAPACITY : v->capacity * 2;
    if (wanted < v->capacity || wanted > SIZE_MAX / sizeof v->items[0])
        return false; /* the size in bytes would not fit in a size_t */
    int *moved = realloc(v->items, wanted * sizeof v->items[0]);
    if (moved == NULL)
        return false; /* the old block is still there, and still ours */
    v->items = moved;
    v->capacity = wanted;
    return true;
}

bool vec_push(struct int_vec *v, int value)
{
    if (v->length == v->capacity && !grow(v))
        return false;
    v->items[v->length++] = value;
    return true;
}

bool vec_pop(struct int_vec *v, int *out)
{
    if (v->length == 0)
        return false;
    *out = v->items[--v->length];
    return true;
}

int *vec_at(struct int_vec *v, size_t index)
{
    return index < v->length ? &v->items[index] : NULL;
}

void vec_free(struct int_vec *v)
{
    free(v->items);
    vec_init(v);
}
