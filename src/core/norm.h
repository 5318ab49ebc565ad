/* Word normalization (see norm.c): the one form in which dictionary phrases
 * and text tokens are compared. */
#ifndef TAC_NORM_H
#define TAC_NORM_H
#include <stddef.h>
/* Normalize s[0..len) into out (cap bytes, NUL-terminated, truncated to fit).
 * Returns the output length. Invalid UTF-8 is copied through. */
size_t tac_norm_word(const char *s, size_t len, char *out, size_t cap);
#endif
