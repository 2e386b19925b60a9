#include <ctype.h>

#include "caesar_cipher.h"

void caesar_shift(char *text, int shift)
{
    int step = shift % 26;
    if (step < 0)
        step += 26;
    for (char *p = text; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;
        if (islower(c))
            *p = (char)('a' + (c - 'a' + step) % 26);
        else if (isupper(c))
            *p = (char)('A' + (c - 'A' + step) % 26);
    }
}
