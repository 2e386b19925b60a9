// expect: c-sprintf
#include <stdio.h>

void show_score(const char *player, int score) {
    char line[20];
    sprintf(line, "%s scored %d points", player, score);
    puts(line);
}
