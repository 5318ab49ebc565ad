/* Word normalization shared by the tokenizer and the dictionary readers, so a
 * dictionary phrase and a text token meet in one form: NFKC, casefolded,
 * accents stripped, curly quotes → ' and ", dashes → -. */
#include "core/core.h"
#include "core/norm.h"
#include <utf8proc.h>
#include <stdlib.h>

size_t tac_norm_word(const char *s, size_t len, char *out, size_t cap)
{
    if (cap == 0)
        return 0;
    size_t o = 0;
    /* ASCII fast path: most news words */
    size_t i = 0;
    for (; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80)
            break;
        if (o + 1 >= cap)
            goto done;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (i == len)
        goto done;
    {
        utf8proc_uint8_t *m = NULL;
        utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &m,
                                          UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE |
                                              UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
        if (n < 0) {
            /* invalid UTF-8: keep the bytes as they are, lowercased ASCII */
            for (; i < len && o + 1 < cap; i++)
                out[o++] = s[i];
            goto done;
        }
        for (utf8proc_ssize_t k = 0; k < n && o + 1 < cap;) {
            utf8proc_int32_t cp;
            utf8proc_ssize_t step = utf8proc_iterate(m + k, n - k, &cp);
            if (step <= 0)
                break;
            switch (cp) {
            case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
                out[o++] = '\'';
                break;
            case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
                out[o++] = '"';
                break;
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
                out[o++] = '-';
                break;
            default:
                if (o + (size_t)step >= cap)
                    goto mapped_done;
                memcpy(out + o, m + k, (size_t)step);
                o += (size_t)step;
            }
            k += step;
        }
    mapped_done:
        free(m);
    }
done:
    out[o] = 0;
    return o;
}
