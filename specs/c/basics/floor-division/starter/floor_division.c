#include "floor_division.h"

int floor_div(int a, int b)
{
    return a / b;
}

int floor_mod(int a, int b)
{
    return a % b;
}
