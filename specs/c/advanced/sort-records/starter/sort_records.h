#ifndef SORT_RECORDS_H
#define SORT_RECORDS_H

#include <stddef.h>

struct player {
    char name[16];
    int score;
};

/* qsort comparison for ints, ascending; correct for every pair of ints. */
int compare_ints(const void *a, const void *b);

/* Sort by score, highest first; equal scores by name in strcmp order. */
void sort_players(struct player *players, size_t count);

#endif
