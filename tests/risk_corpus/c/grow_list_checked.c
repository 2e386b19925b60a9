// expect: none
#include <stdlib.h>

struct list {
    int *items;
    size_t length;
    size_t capacity;
};

int push(struct list *list, int value) {
    if (list->length == list->capacity) {
        size_t capacity = list->capacity ? list->capacity * 2 : 4;
        int *items = realloc(list->items, capacity * sizeof *items);
        if (items == NULL) {
            return -1;
        }
        list->items = items;
        list->capacity = capacity;
    }
    list->items[list->length++] = value;
    return 0;
}
