#include <string.h>

#include "reverse_string.h"

void reverse_in_place(char *s)
{
    size_t length = strlen(s);
    if (length < 2)
        return;
    char *front = s;
    char *back = s + length - 1; /* the last character, not the '\0' */
    while (front < back) {
        char tmp = *front;
        *front++ = *back;
        *back-- = tmp;
    }
}

bool is_palindrome(const char *s)
{
    size_t length = strlen(s);
    for (size_t i = 0; i < length / 2; i++) {
        if (s[i] != s[length - 1 - i])
            return false;
    }
    return true;
}
