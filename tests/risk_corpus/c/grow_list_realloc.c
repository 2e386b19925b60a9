// expect: c-unchecked-malloc
#include <stdlib.h>

struct list {
    int *items;
    size_t length;
    size_t capacity;
};

void push(struct list *list, int value) {
    if (list->length == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 4;
        list->items = realloc(list->items, list->capacity * sizeof(int));
    }
    list->items[list->length++] = value;
}
