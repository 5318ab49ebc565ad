/*
 * ingest — bytes → article: text layer, blocks, metadata, dropped boilerplate.
 *
 * Input: one article's bytes (plain text, Markdown, HTML, or the decoded "text"
 * of a JSON Lines record), already checked for size, NUL bytes and UTF-8.
 * Output: doc->text/map (map NULL for plain text: text == src), doc->blocks
 * (ranges of doc->text; drop_reason set on boilerplate), doc->dropped (src
 * spans, in order), and the metadata fields of struct tac_doc.
 * Ownership: everything is allocated from doc->arena.
 * Complexity: O(n) in the input bytes (md4c and libxml2's HTML parser are
 * linear; every rule looks at one block and a bounded window of neighbours).
 * Failure: TAC_ERR_NOMEM only (doc->arena.failed); bad bytes are rejected
 * before a reader runs (read.c).
 */
#ifndef TAC_INGEST_H
#define TAC_INGEST_H

#include "core/doc.h"

/* Facts the readers gather about each block for the boilerplate pass; one per
 * doc->blocks entry, same index. */
typedef struct tac_block_info {
    uint32_t link_bytes;   /* text bytes inside Markdown links               */
    uint32_t group;        /* source paragraph: lines split from one plain-text
                              paragraph (or Markdown soft-broken paragraph)
                              share it                                       */
} tac_block_info;

/* The state of one ingest run. */
typedef struct tac_ingest {
    tac_doc *doc;
    tac_block_info *info;        /* parallel to doc->blocks                    */
    uint32_t cap_info;
    uint8_t *tflags;             /* per text byte: TAC_TF_* (NULL: none set)   */
    const char *given_title;     /* JSON Lines "title", NULL when absent       */
    size_t given_title_len;
    const char *html_title;      /* HTML og:title or <title>, NULL when absent */
    size_t html_title_len;
} tac_ingest;

#define TAC_TF_LINK 0x01         /* text byte inside a link                   */

/* Add a block [tstart,tend) of doc->text (trimmed here) with its info. */
bool tac_ingest_add_block(tac_ingest *in, uint32_t tstart, uint32_t tend, uint8_t kind,
                          uint8_t level, uint32_t group, uint32_t link_bytes);

/* The text layer of a structured reader while it grows (textbuf.c): text,
 * per byte its source offset and TAC_TF_* flags. */
typedef struct tac_textbuf {
    char *text;
    uint32_t *map;
    uint8_t *flags;
    uint32_t len, cap;
    bool failed;                 /* out of memory: later calls do nothing      */
} tac_textbuf;

/* Room for `extra` more bytes (and a terminator); false once failed. */
bool tac_textbuf_reserve(tac_textbuf *tb, uint32_t extra);
/* Record b (a raw, untrimmed range of tb) as a block, with the link bytes
 * inside it and its paragraph group. */
void tac_textbuf_add_block(tac_ingest *in, tac_textbuf *tb, const tac_block *b, uint32_t group);
/* Copy the text layer into the doc's arena (map[len] = end; clamp: make the
 * map non-decreasing) and trim the blocks, dropping empty ones. */
tac_status tac_textbuf_finish(tac_ingest *in, tac_textbuf *tb, uint32_t end, bool clamp, tac_error *err);
void tac_textbuf_free(tac_textbuf *tb);

/* Readers: fill the text layer and blocks. */
tac_status tac_ingest_plain(tac_ingest *in, tac_error *err);
tac_status tac_ingest_markdown(tac_ingest *in, tac_error *err);
tac_status tac_ingest_html(tac_ingest *in, tac_error *err);

/* Line-break heuristic shared by the readers: do the lines [starts[i],
 * ends[i]) of s look hard-wrapped at a fixed width (so their breaks are
 * spaces), rather than one item or sentence per line? n >= 2. */
bool tac_lines_wrapped(const char *s, const uint32_t *starts, const uint32_t *ends, uint32_t n);

/* Metadata and boilerplate over the blocks (boilerplate.c, metadata.c). */
void tac_ingest_classify(tac_ingest *in);

/* ---- metadata helpers (metadata.c) --------------------------------------- */

/* Find the first calendar date written in s[0..n): "September 25, 2023",
 * "Sept. 25, 2023", "25 September 2023", "2023-09-25" (a weekday before it is
 * part of the match). Returns days and the byte range, or false. */
bool tac_find_date(const char *s, size_t n, int32_t *days, size_t *start, size_t *end);

/* ASCII-case-insensitive prefix test on a byte range. */
bool tac_starts_with_ci(const char *s, size_t n, const char *prefix);
/* ASCII-case-insensitive substring search; returns offset or SIZE_MAX. */
size_t tac_find_ci(const char *s, size_t n, const char *needle);

#endif
