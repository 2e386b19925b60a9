#ifndef MAKE_GREETING_H
#define MAKE_GREETING_H

/* A newly allocated "Hello, <name>!" (NULL when memory runs out). The caller frees it. */
char *make_greeting(const char *name);

/* "Monday" for 0 up to "Sunday" for 6; NULL for other numbers. Not allocated. */
const char *weekday_name(int day);

#endif
