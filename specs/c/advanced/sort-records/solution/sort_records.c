#include <stdlib.h>
#include <string.h>

#include "sort_records.h"

/* -1, 0 or 1 without subtracting, so no overflow is possible. */
static int order(int x, int y)
{
    return (x > y) - (x < y);
}

int compare_ints(const void *a, const void *b)
{
    const int *x = a;
    const int *y = b;
    return order(*x, *y);
}

static int compare_players(const void *a, const void *b)
{
    const struct player *left = a;
    const struct player *right = b;
    int by_score = order(right->score, left->score); /* reversed: highest first */
    if (by_score != 0)
        return by_score;
    return strcmp(left->name, right->name);
}

void sort_players(struct player *players, size_t count)
{
    if (count > 1)
        qsort(players, count, sizeof players[0], compare_players);
}
