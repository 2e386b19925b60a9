#include <stdlib.h>

#include "linked_list.h"

struct node *list_push_front(struct node *head, int value)
{
    struct node *fresh = malloc(sizeof *fresh);
    if (fresh == NULL)
        return NULL;
    fresh->value = value;
    fresh->next = head;
    return fresh;
}

size_t list_length(const struct node *head)
{
    size_t length = 0;
    for (const struct node *at = head; at != NULL; at = at->next)
        length++;
    return length;
}

struct node *list_reverse(struct node *head)
{
    return head; /* TODO: re-link the nodes */
}

bool list_remove_first(struct node **head, int value)
{
    /* TODO: this misses the first node, and never frees anything */
    for (struct node *at = *head; at != NULL && at->next != NULL; at = at->next) {
        if (at->next->value == value) {
            at->next = at->next->next;
            return true;
        }
    }
    return false;
}

void list_free(struct node *head)
{
    (void)head; /* TODO: free every node */
}
