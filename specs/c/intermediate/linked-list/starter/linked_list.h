#ifndef LINKED_LIST_H
#define LINKED_LIST_H

#include <stdbool.h>
#include <stddef.h>

struct node {
    int value;
    struct node *next;
};

/* A new node holding value in front of head; returns the new head, or NULL (leaving the
   list as it was) when memory runs out. */
struct node *list_push_front(struct node *head, int value);

/* The number of nodes. */
size_t list_length(const struct node *head);

/* Reverse the list by re-linking its nodes; returns the new head. */
struct node *list_reverse(struct node *head);

/* Remove and free the first node holding value; false when there is none. */
bool list_remove_first(struct node **head, int value);

/* Free every node of the list. */
void list_free(struct node *head);

#endif
