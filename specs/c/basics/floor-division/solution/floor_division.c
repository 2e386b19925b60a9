#include "floor_division.h"

/* The quotient is rounded toward zero; when the signs differ and something is left
   over, the exact answer was negative and not whole, so step one further down. */
static int needs_correction(int a, int b)
{
    return a % b != 0 && ((a < 0) != (b < 0));
}

int floor_div(int a, int b)
{
    int quotient = a / b;
    if (needs_correction(a, b))
        quotient -= 1;
    return quotient;
}

int floor_mod(int a, int b)
{
    int remainder = a % b;
    if (needs_correction(a, b))
        remainder += b;
    return remainder;
}
