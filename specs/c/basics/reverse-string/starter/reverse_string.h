#ifndef REVERSE_STRING_H
#define REVERSE_STRING_H

#include <stdbool.h>

/* Reverse the characters of s; the terminating '\0' stays at the end. */
void reverse_in_place(char *s);

/* True when s reads the same forwards and backwards. */
bool is_palindrome(const char *s);

#endif
