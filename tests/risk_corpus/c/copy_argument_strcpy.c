// expect: c-strcpy
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
    char title[16];
    if (argc < 2) {
        return 1;
    }
    strcpy(title, argv[1]);
    printf("Title: %s\n", title);
    return 0;
}
