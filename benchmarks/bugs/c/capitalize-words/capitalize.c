#include <ctype.h>

#include "capitalize.h"

void capitalize_words(char *text)
{
    int new_word = 0;
    for (char *p = text; *p != '\0'; p++) {
        unsigned char c = (unsigned char)*p;
        if (isspace(c)) {
            new_word = 1;
        } else if (new_word) {
            *p = (char)toupper(c);
            new_word = 0;
        }
    }
}
