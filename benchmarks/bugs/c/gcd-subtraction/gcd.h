#ifndef GCD_H
#define GCD_H

/* Greatest common divisor of two non-negative numbers; gcd(0, n) is n. */
int gcd(int a, int b);

/* Least common multiple of two positive numbers. */
int lcm(int a, int b);

#endif
