#ifndef CAPITALIZE_H
#define CAPITALIZE_H

/* Make the first letter of every word upper case, in place. */
void capitalize_words(char *text);

#endif
