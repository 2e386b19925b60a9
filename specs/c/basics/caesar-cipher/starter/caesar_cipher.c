#include <ctype.h>

#include "caesar_cipher.h"

void caesar_shift(char *text, int shift)
{
    for (int i = 0; text[i] != '\0'; i++) {
        if (isalpha((unsigned char)text[i]))
            text[i] = (char)(text[i] + shift);
    }
}
