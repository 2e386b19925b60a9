#ifndef FLOOR_DIVISION_H
#define FLOOR_DIVISION_H

/* a / b rounded down (toward minus infinity). b != 0. */
int floor_div(int a, int b);

/* The remainder that goes with floor_div: its sign follows b. b != 0. */
int floor_mod(int a, int b);

#endif
