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
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !tac_buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void tac_buf_json_str(tac_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    tac_buf_putc(b, '"');
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            switch (c) {
            case '"': tac_buf_put(b, "\\\"", 2); break;
            case '\\': tac_buf_put(b, "\\\\", 2); break;
            case '\n': tac_buf_put(b, "\\n", 2); break;
            case '\r': tac_buf_put(b, "\\r", 2); break;
            case '\t': tac_buf_put(b, "\\t", 2); break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                    tac_buf_put(b, e, 6);
                } else {
                    tac_buf_putc(b, (char)c);
                }
            }
            i++;
            continue;
        }
        size_t start = i;
        if (tac_utf8_next(s, n, &i) < 0)
            tac_buf_put(b, "\xEF\xBF\xBD", 3);
        else
            tac_buf_put(b, s + start, i - start);
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
