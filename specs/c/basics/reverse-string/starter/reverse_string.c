#include <string.h>

#include "reverse_string.h"

void reverse_in_place(char *s)
{
    size_t i = 0;
    size_t j = strlen(s);
    while (i < j) {
        char kept = s[i];
        s[i] = s[j];
        s[j] = kept;
        i++;
        j--;
    }
}

bool is_palindrome(const char *s)
{
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        if (s[i] != s[n - i])
            return false;
    }
    return true;
}
