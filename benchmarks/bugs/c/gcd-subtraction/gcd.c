#include "gcd.h"

int gcd(int a, int b)
{
    while (a != b) {
        if (a > b)
            a = a - b;
        else
            b = b - a;
    }
    return a;
}

int lcm(int a, int b)
{
    return a / gcd(a, b) * b;
}
