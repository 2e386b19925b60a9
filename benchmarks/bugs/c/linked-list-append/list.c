#include <stdlib.h>

#include "list.h"

void list_append(Node **head, int value)
{
    Node *node = malloc(sizeof *node);
    node->value = value;
    node->next = NULL;
    Node *last = *head;
    while (last->next != NULL)
        last = last->next;
    last->next = node;
}

int list_length(const Node *head)
{
    int n = 0;
    for (const Node *p = head; p != NULL; p = p->next)
        n++;
    return n;
}

long list_sum(const Node *head)
{
    long total = 0;
    for (const Node *p = head; p != NULL; p = p->next)
        total += p->value;
    return total;
}
