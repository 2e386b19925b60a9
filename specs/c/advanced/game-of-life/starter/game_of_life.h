#ifndef GAME_OF_LIFE_H
#define GAME_OF_LIFE_H

#include <stddef.h>

/* The number of live cells (1) among the eight neighbours of grid[r][c]; positions
   outside the grid count as dead. */
int live_neighbours(size_t rows, size_t cols, const unsigned char grid[rows][cols],
                    size_t r, size_t c);

/* Fill next with the generation after grid (all cells change at once). */
void life_step(size_t rows, size_t cols, const unsigned char grid[rows][cols],
               unsigned char next[rows][cols]);

#endif
