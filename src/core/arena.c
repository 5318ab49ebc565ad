/* Arena and growable buffer. See core.h for the contract. */
#include "core/core.h"
#include <stdlib.h>
#include <stdio.h>

struct tac_arena_chunk {
    tac_arena_chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

void tac_arena_init(tac_arena *a, size_t chunk_size)
{
    a->head = NULL;
    a->chunk_size = chunk_size ? chunk_size : 64 * 1024;
    a->total = 0;
    a->failed = false;
}

void *tac_arena_alloc(tac_arena *a, size_t n)
{
    if (a->failed)
        return NULL;
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n) {  /* overflow */
        a->failed = true;
        return NULL;
    }
    tac_arena_chunk *c = a->head;
    if (!c || c->size - c->used < need) {
        size_t size = need > a->chunk_size ? need : a->chunk_size;
        c = malloc(sizeof *c + size);
        if (!c) {
            a->failed = true;
            return NULL;
        }
        c->size = size;
        c->used = 0;
        a->total += sizeof *c + size;
        /* A big private chunk goes behind the head so the head keeps serving
         * small requests. */
        if (a->head && need > a->chunk_size) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->data + c->used;
    c->used += need;
    return p;
}

void *tac_arena_calloc(tac_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) {
        a->failed = true;
        return NULL;
    }
    void *p = tac_arena_alloc(a, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *tac_arena_strndup(tac_arena *a, const char *s, size_t n)
{
    char *p = tac_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *tac_arena_strdup(tac_arena *a, const char *s)
{
    return s ? tac_arena_strndup(a, s, strlen(s)) : NULL;
}

char *tac_arena_printf(tac_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = tac_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void *tac_arena_grow(tac_arena *a, void *items, uint32_t *cap, size_t elem, uint32_t need)
{
    if (need <= *cap)
        return items;
    uint64_t ncap = *cap ? (uint64_t)*cap * 2 : 16;
    while (ncap < need)
        ncap *= 2;
    if (ncap > UINT32_MAX || ncap * elem > SIZE_MAX / 2) {
        a->failed = true;
        return NULL;
    }
    void *p = tac_arena_alloc(a, (size_t)ncap * elem);
    if (!p)
        return NULL;
    if (items && *cap)
        memcpy(p, items, (size_t)*cap * elem);
    *cap = (uint32_t)ncap;
    return p;
}

void tac_arena_release(tac_arena *a)
{
    tac_arena_chunk *c = a->head;
    while (c) {
        tac_arena_chunk *n = c->next;
        free(c);
        c = n;
    }
    a->head = NULL;
    a->total = 0;
}

/* ---- tac_buf ------------------------------------------------------------ */

void tac_buf_init(tac_buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

void tac_buf_free(tac_buf *b)
{
    free(b->data);
    tac_buf_init(b);
}

bool tac_buf_reserve(tac_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (b->len + extra + 1 <= b->cap)
        return true;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < b->len + extra + 1) {
        if (ncap > SIZE_MAX / 2) {
            b->failed = true;
            return false;
        }
        ncap *= 2;
    }
    char *p = realloc(b->data, ncap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = ncap;
    return true;
}

void tac_buf_put(tac_buf *b, const void *p, size_t n)
{
    if (!tac_buf_reserve(b, n))
        return;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

void tac_buf_putc(tac_buf *b, char c)
{
    tac_buf_put(b, &c, 1);
}

void tac_buf_puts(tac_buf *b, const char *s)
{
    tac_buf_put(b, s, strlen(s));
}

void tac_buf_printf(tac_buf *b, const char *fmt, ...)
{
    /* most records' pieces are short: format once into the spare room (or a
     * stack buffer) and measure only when that was too small */
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        tac_buf_put(b, small, (size_t)n);
        return;
    }
    if (!tac_buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void tac_buf_put_u64(tac_buf *b, uint64_t v)
{
    char tmp[20];
    size_t k = sizeof tmp;
    do {
        tmp[--k] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    tac_buf_put(b, tmp + k, sizeof tmp - k);
}

/* Bytes copied as they are inside a JSON string: printable ASCII but the
 * quote and the backslash. */
static const bool json_plain[128] = {
    [' '] = 1, ['!'] = 1, ['#'] = 1, ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\''] = 1, ['('] = 1, [')'] = 1,
    ['*'] = 1, ['+'] = 1, [','] = 1, ['-'] = 1, ['.'] = 1, ['/'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1,
    ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, [':'] = 1, [';'] = 1,
    ['<'] = 1, ['='] = 1, ['>'] = 1, ['?'] = 1, ['@'] = 1, ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1,
    ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1,
    ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1,
    ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1, ['['] = 1, [']'] = 1, ['^'] = 1, ['_'] = 1, ['`'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1, ['i'] = 1,
    ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1, ['y'] = 1, ['z'] = 1, ['{'] = 1,
    ['|'] = 1, ['}'] = 1, ['~'] = 1,
};

void tac_buf_json_str(tac_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    tac_buf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        /* a run of bytes copied as they are: plain ASCII, valid UTF-8 */
        size_t start = i;
        for (;;) {
            if (i >= n)
                break;
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) {
                if (!json_plain[c])
                    break;
                i++;
                continue;
            }
            size_t j = i;
            if (tac_utf8_next(s, n, &j) < 0)
                break;
            i = j;
        }
        if (i > start)
            tac_buf_put(b, s + start, i - start);
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            size_t j = i;
            tac_utf8_next(s, n, &j);   /* invalid: skip what it consumed */
            tac_buf_put(b, "\xEF\xBF\xBD", 3);
            i = j > i ? j : i + 1;
            continue;
        }
        switch (c) {
        case '"': tac_buf_put(b, "\\\"", 2); break;
        case '\\': tac_buf_put(b, "\\\\", 2); break;
        case '\n': tac_buf_put(b, "\\n", 2); break;
        case '\r': tac_buf_put(b, "\\r", 2); break;
        case '\t': tac_buf_put(b, "\\t", 2); break;
        default: {
            char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            tac_buf_put(b, e, 6);
        }
        }
        i++;
    }
    tac_buf_putc(b, '"');
}

void tac_buf_json_cstr(tac_buf *b, const char *s)
{
    if (!s)
        tac_buf_put(b, "null", 4);
    else
        tac_buf_json_str(b, s, strlen(s));
}
