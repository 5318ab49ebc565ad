/* UTF-8 validation and decoding (RFC 3629), and XXH3 hashing. */
#include "core/core.h"
#include <xxhash.h>

int32_t tac_utf8_next(const char *str, size_t len, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t p = *i;
    unsigned char c = s[p];
    if (c < 0x80) {
        *i = p + 1;
        return c;
    }
    int n;
    int32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { n = 1; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { n = 2; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 3; cp = c & 0x07; min = 0x10000; }
    else { *i = p + 1; return -1; }
    if (p + (size_t)n >= len) { *i = p + 1; return -1; }  /* truncated sequence */
    for (int k = 1; k <= n; k++) {
        unsigned char cc = s[p + (size_t)k];
        if ((cc & 0xC0) != 0x80) { *i = p + 1; return -1; }
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) { *i = p + 1; return -1; }
    *i = p + (size_t)n + 1;
    return cp;
}

size_t tac_utf8_valid_prefix(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        /* ASCII fast path, 8 bytes at a time */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        size_t at = i;
        if (tac_utf8_next(s, len, &i) < 0)
            return at;
    }
    return len;
}

uint64_t tac_hash(const void *p, size_t n)
{
    return XXH3_64bits(p, n);
}

uint64_t tac_hash_seed(const void *p, size_t n, uint64_t seed)
{
    return XXH3_64bits_withSeed(p, n, seed);
}
