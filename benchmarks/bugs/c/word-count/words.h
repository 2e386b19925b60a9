#ifndef WORDS_H
#define WORDS_H

/* The number of words in text; words are separated by whitespace. */
int count_words(const char *text);

#endif
