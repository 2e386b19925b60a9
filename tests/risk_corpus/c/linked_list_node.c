// expect: c-unchecked-malloc
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

void append(struct node *tail, int value) {
    tail->next = malloc(sizeof *tail->next);
    tail->next->value = value;
    tail->next->next = NULL;
}
