#include <stdlib.h>

#include "dynamic_array.h"

void vec_init(struct int_vec *v)
{
    v->items = NULL;
    v->length = 0;
    v->capacity = 0;
}

bool vec_push(struct int_vec *v, int value)
{
    (void)v;
    (void)value;
    return false; /* TODO: grow when full, then store the value */
}

bool vec_pop(struct int_vec *v, int *out)
{
    (void)v;
    (void)out;
    return false; /* TODO */
}

int *vec_at(struct int_vec *v, size_t index)
{
    if (index <= v->length)
        return &v->items[index];
    return NULL;
}

void vec_free(struct int_vec *v)
{
    free(v->items);
}
