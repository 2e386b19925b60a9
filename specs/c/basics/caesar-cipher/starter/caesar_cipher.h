#ifndef CAESAR_CIPHER_H
#define CAESAR_CIPHER_H

/* Shift every letter of text by shift places (wrapping, keeping case); others unchanged. */
void caesar_shift(char *text, int shift);

#endif
