#ifndef NAMES_H
#define NAMES_H

#include <stddef.h>

/* The index of target in names, or -1. */
int find_name(const char *names[], size_t count, const char *target);

/* How many names start with letter. */
int count_starting_with(const char *names[], size_t count, char letter);

#endif
