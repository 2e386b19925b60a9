#include "game_of_life.h"

int live_neighbours(size_t rows, size_t cols, const unsigned char grid[rows][cols],
                    size_t r, size_t c)
{
    /* the rows and columns around (r, c), clipped to the grid; computed before any
       subtraction so that row 0 or column 0 never wraps around */
    size_t first_row = r > 0 ? r - 1 : 0, last_row = r + 1 < rows ? r + 1 : r;
    size_t first_col = c > 0 ? c - 1 : 0, last_col = c + 1 < cols ? c + 1 : c;
    int count = 0;
    for (size_t i = first_row; i <= last_row; i++) {
        for (size_t j = first_col; j <= last_col; j++) {
            if ((i != r || j != c) && grid[i][j])
                count++;
        }
    }
    return count;
}

void life_step(size_t rows, size_t cols, const unsigned char grid[rows][cols],
               unsigned char next[rows][cols])
{
    for (size_t i = 0; i < rows; i++) {
        for (size_t j = 0; j < cols; j++) {
            int around = live_neighbours(rows, cols, grid, i, j);
            next[i][j] = grid[i][j] ? (around == 2 || around == 3) : (around == 3);
        }
    }
}
