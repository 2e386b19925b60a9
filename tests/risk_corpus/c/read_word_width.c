// expect: none
#include <stdio.h>

int main(void) {
    char word[20];
    int count;
    printf("Word and count (100%%s sure): ");
    if (scanf("%19s %d", word, &count) != 2) {
        return 1;
    }
    if (sscanf("skip me 42", "%*s %*s %d", &count) != 1) {
        return 1;
    }
    printf("%s x %d\n", word, count);
    return 0;
}
