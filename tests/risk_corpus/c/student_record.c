// expect: c-unchecked-malloc, c-strcpy, c-sprintf
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct student {
    char name[32];
    char label[48];
    int grade;
};

struct student *new_student(const char *name, int grade) {
    struct student *s = (struct student *)malloc(sizeof(struct student));
    strcpy(s->name, name);
    s->grade = grade;
    sprintf(s->label, "%s (%d)", s->name, grade);
    return s;
}
