#include <stdlib.h>
#include <string.h>

#include "sort_records.h"

int compare_ints(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static int by_score(const void *a, const void *b)
{
    const struct player *p = a;
    const struct player *q = b;
    return p->score - q->score;
}

void sort_players(struct player *players, size_t count)
{
    qsort(players, count, sizeof players[0], by_score);
}
