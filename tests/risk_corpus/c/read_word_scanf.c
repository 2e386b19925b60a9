// expect: c-scanf-unbounded
#include <stdio.h>

int main(void) {
    char word[20];
    int count;
    printf("Word and count: ");
    if (scanf("%s %d", word, &count) != 2) {
        return 1;
    }
    printf("%s x %d\n", word, count);
    return 0;
}
