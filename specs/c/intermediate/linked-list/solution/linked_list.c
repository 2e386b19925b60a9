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
    struct node *done = NULL;
    struct node *current = head;
    while (current != NULL) {
        struct node *following = current->next;
        current->next = done;
        done = current;
        current = following;
    }
    return done;
}

bool list_remove_first(struct node **head, int value)
{
    /* link is the pointer that points at the node under inspection: the head or a next */
    for (struct node **link = head; *link != NULL; link = &(*link)->next) {
        struct node *found = *link;
        if (found->value == value) {
            *link = found->next;
            free(found);
            return true;
        }
    }
    return false;
}

void list_free(struct node *head)
{
    while (head != NULL) {
        struct node *following = head->next;
        free(head);
        head = following;
    }
}
