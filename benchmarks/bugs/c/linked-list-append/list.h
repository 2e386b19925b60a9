#ifndef LIST_H
#define LIST_H

typedef struct Node {
    int value;
    struct Node *next;
} Node;

/* Add value at the end of the list that *head points to (NULL for an empty list). */
void list_append(Node **head, int value);

/* The number of nodes. */
int list_length(const Node *head);

/* The sum of the values. */
long list_sum(const Node *head);

#endif
