// expect: none
#include <stdlib.h>
#include <string.h>

char *duplicate(const char *name) {
    char *copy = malloc(strlen(name) + 1);
    if (copy != NULL) {
        strcpy(copy, name);
    }
    return copy;
}
