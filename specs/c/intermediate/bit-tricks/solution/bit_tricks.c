#include "bit_tricks.h"

static uint32_t mask_of(unsigned bit)
{
    return UINT32_C(1) << bit; /* unsigned: shifting into bit 31 is well defined */
}

int count_bits(uint32_t x)
{
    int ones = 0;
    for (; x != 0; x >>= 1)
        ones += (int)(x & 1u);
    return ones;
}

bool is_power_of_two(uint32_t x)
{
    /* a power of two has exactly one 1 bit; x - 1 turns it off and sets the ones below */
    return x != 0 && (x & (x - 1)) == 0;
}

bool test_bit(uint32_t x, unsigned bit)
{
    return (x & mask_of(bit)) != 0;
}

uint32_t set_bit(uint32_t x, unsigned bit)
{
    return x | mask_of(bit);
}

uint32_t clear_bit(uint32_t x, unsigned bit)
{
    return x & ~mask_of(bit);
}

uint32_t distance(uint32_t a, uint32_t b)
{
    return a > b ? a - b : b - a;
}
