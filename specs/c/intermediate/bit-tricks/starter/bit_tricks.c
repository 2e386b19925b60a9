#include "bit_tricks.h"

int count_bits(uint32_t x)
{
    (void)x;
    return 0; /* TODO */
}

bool is_power_of_two(uint32_t x)
{
    return (x & (x - 1)) == 0;
}

bool test_bit(uint32_t x, unsigned bit)
{
    return x & (UINT32_C(1) << bit);
}

uint32_t set_bit(uint32_t x, unsigned bit)
{
    return x | (UINT32_C(1) << bit);
}

uint32_t clear_bit(uint32_t x, unsigned bit)
{
    return x & (UINT32_C(1) << bit);
}

uint32_t distance(uint32_t a, uint32_t b)
{
    return a - b;
}
