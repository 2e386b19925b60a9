// expect: none
#include <stdio.h>
#include <string.h>

void label(char *out, size_t size, const char *name) {
    char prefix[16];
    strcpy(prefix, "item: ");
    snprintf(out, size, "%s%s", prefix, name);
}

int fits(const char *src, char *dst, size_t size) {
    if (strlen(src) >= size) {
        return 0;
    }
    memcpy(dst, src, strlen(src) + 1);
    return 1;
}
