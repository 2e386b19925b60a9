#include "temper_test.h"
#include <string.h>
#include "game_of_life.h"


TEST(counts_neighbours_in_the_middle)
{
    unsigned char grid[3][3] = {{1, 1, 0},
                                {0, 1, 0},
                                {1, 0, 1}};
    CHECK_EQ_INT(live_neighbours(3, 3, grid, 1, 1), 4);
    CHECK_EQ_INT(live_neighbours(3, 3, grid, 0, 0), 2);
}

TEST(counts_neighbours_in_corners_and_edges)
{
    unsigned char grid[3][4] = {{1, 1, 1, 1},
                                {1, 1, 1, 1},
                                {1, 1, 1, 1}};
    CHECK_EQ_INT(live_neighbours(3, 4, grid, 0, 0), 3);
    CHECK_EQ_INT(live_neighbours(3, 4, grid, 2, 3), 3);
    CHECK_EQ_INT(live_neighbours(3, 4, grid, 0, 1), 5);
    CHECK_EQ_INT(live_neighbours(3, 4, grid, 1, 1), 8);
}

TEST(never_reads_outside_the_grid)
{
    /* A dead 2x2 grid in the middle of live memory: reads before or after the grid
       (row -1, or past the last cell) find live cells and change the count. */
    unsigned char memory[6][6];
    memset(memory, 1, sizeof memory);
    unsigned char (*grid)[2] = (unsigned char (*)[2])&memory[2][0];
    memset(grid, 0, 4);
    CHECK_EQ_INT(live_neighbours(2, 2, (const unsigned char (*)[2])grid, 0, 0), 0);
    CHECK_EQ_INT(live_neighbours(2, 2, (const unsigned char (*)[2])grid, 1, 1), 0);
}

TEST(a_lonely_cell_dies)
{
    unsigned char grid[3][3] = {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}};
    unsigned char next[3][3];
    memset(next, 7, sizeof next);
    life_step(3, 3, grid, next);
    for (int r = 0; r < 3; r++)
        for (int c = 0; c < 3; c++)
            CHECK_EQ_INT(next[r][c], 0);
}

TEST(a_blinker_turns_from_horizontal_to_vertical)
{
    unsigned char grid[3][3] = {{0, 0, 0}, {1, 1, 1}, {0, 0, 0}};
    unsigned char expected[3][3] = {{0, 1, 0}, {0, 1, 0}, {0, 1, 0}};
    unsigned char next[3][3];
    life_step(3, 3, grid, next);
    CHECK(memcmp(next, expected, sizeof next) == 0);
}

TEST(the_grid_being_read_is_not_changed)
{
    unsigned char grid[3][3] = {{0, 0, 0}, {1, 1, 1}, {0, 0, 0}};
    unsigned char before[3][3];
    memcpy(before, grid, sizeof grid);
    unsigned char next[3][3];
    life_step(3, 3, grid, next);
    CHECK(memcmp(grid, before, sizeof grid) == 0);
}

TEST(a_block_in_the_corner_stays)
{
    unsigned char grid[4][4] = {{1, 1, 0, 0}, {1, 1, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}};
    unsigned char next[4][4];
    life_step(4, 4, grid, next);
    CHECK(memcmp(next, grid, sizeof grid) == 0);
}

TEST(a_glider_moves_one_cell_diagonally_in_four_steps)
{
    unsigned char a[6][6] = {{0, 1, 0, 0, 0, 0},
                             {0, 0, 1, 0, 0, 0},
                             {1, 1, 1, 0, 0, 0}};
    unsigned char expected[6][6] = {{0},
                                    {0, 0, 1, 0, 0, 0},
                                    {0, 0, 0, 1, 0, 0},
                                    {0, 1, 1, 1, 0, 0}};
    unsigned char b[6][6];
    life_step(6, 6, a, b);
    life_step(6, 6, b, a);
    life_step(6, 6, a, b);
    life_step(6, 6, b, a);
    CHECK(memcmp(a, expected, sizeof a) == 0);
}

TEST(a_single_cell_grid_works)
{
    unsigned char grid[1][1] = {{1}};
    unsigned char next[1][1] = {{1}};
    CHECK_EQ_INT(live_neighbours(1, 1, grid, 0, 0), 0);
    life_step(1, 1, grid, next);
    CHECK_EQ_INT(next[0][0], 0);
}

int main(void)
{
    RUN(counts_neighbours_in_the_middle);
    RUN(counts_neighbours_in_corners_and_edges);
    RUN(never_reads_outside_the_grid);
    RUN(a_lonely_cell_dies);
    RUN(a_blinker_turns_from_horizontal_to_vertical);
    RUN(the_grid_being_read_is_not_changed);
    RUN(a_block_in_the_corner_stays);
    RUN(a_glider_moves_one_cell_diagonally_in_four_steps);
    RUN(a_single_cell_grid_works);
    return temper_done();
}
