#ifndef REVERSE_H
#define REVERSE_H

/* Reverse text in place. */
void reverse(char *text);

#endif
