#ifndef BIT_TRICKS_H
#define BIT_TRICKS_H

#include <stdbool.h>
#include <stdint.h>

/* How many bits of x are 1. */
int count_bits(uint32_t x);

/* True for 1, 2, 4, 8, ...; false for 0 and every other number. */
bool is_power_of_two(uint32_t x);

/* Whether bit number `bit` (0 .. 31) of x is 1. */
bool test_bit(uint32_t x, unsigned bit);

/* x with bit number `bit` made 1 / made 0; the other bits unchanged. */
uint32_t set_bit(uint32_t x, unsigned bit);
uint32_t clear_bit(uint32_t x, unsigned bit);

/* How far apart a and b are. */
uint32_t distance(uint32_t a, uint32_t b);

#endif
