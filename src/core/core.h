/*
 * core — arena, spans, errors, growable buffers, dates, JSON string output.
 *
 * Input: nothing from the pipeline; every other stage uses these.
 * Ownership: an arena owns everything allocated from it and is freed in one
 * call; a tac_buf owns its bytes until tac_buf_free.
 * Failure: allocation failure is sticky (arena->failed) and surfaces as
 * TAC_ERR_NOMEM at the API boundary; nothing here prints or exits.
 * Complexity: arena allocation O(1) amortized; dates O(1).
 */
#ifndef TAC_CORE_H
#define TAC_CORE_H

#include "tacitus.h"
#include <string.h>
#include <stdarg.h>

#define TAC_INTERNAL __attribute__((visibility("hidden")))

/* A byte range [start,end) into the article's original input. */
typedef struct tac_span {
    uint32_t start, end;
} tac_span;

/* ---- arena -------------------------------------------------------------- */
/* Chunks are chained; allocations are 16-byte aligned; large requests get a
 * chunk of their own. Nothing is freed individually. */
typedef struct tac_arena_chunk tac_arena_chunk;
typedef struct tac_arena {
    tac_arena_chunk *head;
    size_t chunk_size;   /* default payload of a new chunk                   */
    size_t total;        /* bytes obtained from malloc, for accounting        */
    bool failed;         /* sticky: some allocation returned NULL             */
} tac_arena;

void tac_arena_init(tac_arena *a, size_t chunk_size);
void *tac_arena_alloc(tac_arena *a, size_t n);           /* uninitialised */
void *tac_arena_calloc(tac_arena *a, size_t count, size_t size);
char *tac_arena_strndup(tac_arena *a, const char *s, size_t n);
char *tac_arena_strdup(tac_arena *a, const char *s);
char *tac_arena_printf(tac_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tac_arena_release(tac_arena *a);                    /* frees every chunk */

/* Grow an arena array *items (count *n, capacity *cap) to hold one more. */
void *tac_arena_grow(tac_arena *a, void *items, uint32_t *cap, size_t elem, uint32_t need);

/* ---- growable byte buffer (heap) ---------------------------------------- */
typedef struct tac_buf {
    char *data;
    size_t len, cap;
    bool failed;
} tac_buf;

void tac_buf_init(tac_buf *b);
void tac_buf_free(tac_buf *b);
bool tac_buf_reserve(tac_buf *b, size_t extra);
void tac_buf_put(tac_buf *b, const void *p, size_t n);
void tac_buf_putc(tac_buf *b, char c);
void tac_buf_puts(tac_buf *b, const char *s);
void tac_buf_printf(tac_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tac_buf_put_u64(tac_buf *b, uint64_t v);                /* decimal */
/* Append s[0..n) as a JSON string literal with quotes; invalid UTF-8 → U+FFFD. */
void tac_buf_json_str(tac_buf *b, const char *s, size_t n);
void tac_buf_json_cstr(tac_buf *b, const char *s);   /* NULL → null */

/* ---- errors ------------------------------------------------------------- */
tac_status tac_fail(tac_error *err, tac_status code, const char *message,
                    uint64_t position, const char *detail_fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* ---- UTF-8 -------------------------------------------------------------- */
/* Length of the longest valid UTF-8 prefix of s (RFC 3629: no overlongs,
 * no surrogates, <= U+10FFFF). == len when all valid. */
size_t tac_utf8_valid_prefix(const char *s, size_t len);
/* Decode one code point at s[*i], advancing *i; returns -1 on invalid input
 * (and advances by one byte). */
int32_t tac_utf8_next(const char *s, size_t len, size_t *i);

/* ---- dates (proleptic Gregorian, days since 1970-01-01) ------------------ */
int32_t tac_days_from_civil(int y, unsigned m, unsigned d);
void tac_civil_from_days(int32_t z, int *y, unsigned *m, unsigned *d);
int tac_weekday(int32_t days);   /* 0 = Monday … 6 = Sunday */
bool tac_date_valid(int y, unsigned m, unsigned d);

/* ---- hashing ------------------------------------------------------------ */
uint64_t tac_hash(const void *p, size_t n);           /* XXH3 64 */
uint64_t tac_hash_seed(const void *p, size_t n, uint64_t seed);

#endif
