/*
 * doc — the article being processed (struct tac_doc) and the records each
 * stage adds to it. Every stage writes only its own layer:
 *
 *   ingest  : src, metadata, text/map, blocks, dropped
 *   segment : sentences, tokens, pool (normalized forms, lemmas)
 *   code    : events, trace
 *
 * Layout: `src` is the original input (JSON Lines: the decoded text value).
 * `text` is the plain prose extracted from it (Markdown/HTML markup removed);
 * map[i] is the byte offset in src of text[i] (map == NULL means text == src,
 * identity). Blocks are ranges of `text`; a sentence never crosses a block.
 * Every tac_span is in src coordinates, so output offsets index the input.
 *
 * Ownership: everything hangs off doc->arena and dies with tac_doc_free.
 */
#ifndef TAC_DOC_H
#define TAC_DOC_H

#include "core/core.h"

enum tac_block_kind {
    TAC_BLOCK_PARA = 0,
    TAC_BLOCK_HEADING,
    TAC_BLOCK_LIST_ITEM,
    TAC_BLOCK_QUOTE,
    TAC_BLOCK_TABLE,
    TAC_BLOCK_CODE,
    TAC_BLOCK_OTHER
};

typedef struct tac_block {
    uint32_t tstart, tend;     /* range in doc->text                          */
    uint8_t kind;              /* enum tac_block_kind                          */
    uint8_t level;             /* heading level 1..6, else 0                   */
    uint16_t flags;            /* TAC_BLOCKF_*                                 */
    const char *drop_reason;   /* NULL: article prose; else why it is dropped  */
} tac_block;

#define TAC_BLOCKF_TITLE   0x01  /* the block is the headline                 */
#define TAC_BLOCKF_META    0x02  /* consumed as metadata (byline, date, tags)  */

typedef struct tac_dropped {
    tac_span span;             /* src offsets                                  */
    const char *reason;        /* static string, e.g. "share/follow line"      */
} tac_dropped;

enum tac_token_kind { TAC_TOK_WORD = 1, TAC_TOK_NUMBER, TAC_TOK_PUNCT, TAC_TOK_SYMBOL };

#define TAC_TOKF_CAP        0x0001  /* first letter upper case               */
#define TAC_TOKF_ALLCAPS    0x0002
#define TAC_TOKF_SENT_START 0x0004
#define TAC_TOKF_QUOTE      0x0008  /* inside quotation marks                 */
#define TAC_TOKF_ABBREV     0x0010  /* abbreviation with its period ("U.S.")  */
#define TAC_TOKF_SPACE_BEFORE 0x0020

typedef struct tac_token {
    tac_span span;             /* src offsets of the surface form             */
    uint32_t norm;             /* offset into doc->pool: NUL-terminated form:
                                  NFKC, casefolded, accents kept, curly quotes
                                  → ' ", dashes → -                           */
    uint32_t lemma;            /* offset into doc->pool (== norm if same)     */
    uint16_t norm_len, lemma_len;
    uint8_t kind;              /* enum tac_token_kind                          */
    uint8_t pos;               /* enum tac_pos (segment/tagger.h), 0 unknown   */
    uint16_t flags;            /* TAC_TOKF_*                                   */
} tac_token;

typedef struct tac_sentence {
    tac_span span;             /* src offsets, trimmed                        */
    uint32_t tstart, tend;     /* offsets in doc->text                         */
    uint32_t first_token, ntokens;
    uint32_t block;            /* index into doc->blocks                       */
    uint16_t flags;
} tac_sentence;

struct tac_event;
struct tac_trace;

struct tac_doc {
    tac_arena arena;
    tac_limits limits;
    tac_format format;

    const char *src;           /* original input (owned copy)                  */
    uint32_t src_len;

    /* metadata (arena strings; NULL when unknown) */
    const char *id, *title, *url, *outlet, *byline, *original_source;
    const char *article;       /* a JSON Lines record's "article": the article
                                  its sentence(s) belong to (record grouping) */
    const char *config;        /* a JSON Lines record's "config" object (coder
                                  options, PETRARCH style) as JSON text        */
    int32_t published, original_published;
    const char **tags;
    uint32_t ntags, cap_tags;
    tac_span title_span;

    /* text layer */
    const char *text;          /* == src when map == NULL                      */
    uint32_t text_len;
    uint32_t *map;             /* text_len + 1 entries, or NULL (identity)     */
    tac_block *blocks;
    uint32_t nblocks, cap_blocks;
    tac_dropped *dropped;
    uint32_t ndropped, cap_dropped;

    /* segment layer */
    bool segmented;
    tac_sentence *sentences;
    uint32_t nsentences, cap_sentences;
    tac_token *tokens;
    uint32_t ntokens, cap_tokens;
    char *pool;
    uint32_t pool_len, pool_cap;

    /* code layer */
    bool coded;
    struct tac_event *events;
    uint32_t nevents, cap_events;
    /* events named by a noun with both parties ("Assad's visit to China"):
     * reported, not happening here, so never counted as events (eval,
     * store); same record as an event */
    struct tac_event *mentions;
    uint32_t nmentions, cap_mentions;
    struct tac_trace *trace;   /* explain data, only when requested            */

    /* caller's per-document pointer (the CLI keeps the coder for a record's
     * own options here while the document is in the -j pipeline) */
    const void *user;
};

/* src offset of text offset t (t may equal text_len). */
static inline uint32_t tac_doc_src_off(const tac_doc *d, uint32_t t)
{
    return d->map ? d->map[t] : t;
}

/* src end of a non-empty text range ending at t (one past its last byte, so
 * markup after the range is excluded). A character decoded from a Markdown or
 * HTML entity maps its first byte to the '&' and (multi-byte characters) its
 * last byte to the ';'; for a one-byte one ("&quot;" → '"') the entity is
 * completed here, so a range never ends inside "&…;". */
static inline uint32_t tac_doc_src_end(const tac_doc *d, uint32_t t)
{
    if (!d->map)
        return t;
    uint32_t e = d->map[t - 1] + 1;
    if (e < d->src_len && d->src[e - 1] == '&') {
        uint32_t j = e;
        while (j < d->src_len && j - e < 32 &&
               ((d->src[j] >= 'a' && d->src[j] <= 'z') || (d->src[j] >= 'A' && d->src[j] <= 'Z') ||
                (d->src[j] >= '0' && d->src[j] <= '9') || d->src[j] == '#'))
            j++;
        if (j > e && j < d->src_len && d->src[j] == ';')
            return j + 1;
    }
    return e;
}

/* Token surface/normal forms. */
static inline const char *tac_tok_norm(const tac_doc *d, const tac_token *t)
{
    return d->pool + t->norm;
}
static inline const char *tac_tok_lemma(const tac_doc *d, const tac_token *t)
{
    return d->pool + t->lemma;
}

/* New empty document with its arena; src copied. NULL on OOM. */
tac_doc *tac_doc_new_internal(const char *src, size_t len, const tac_limits *lim);
/* Append a dropped span (src offsets) / a block / a tag. false on OOM. */
bool tac_doc_add_dropped(tac_doc *d, uint32_t start, uint32_t end, const char *reason);
bool tac_doc_add_block(tac_doc *d, const tac_block *b);
bool tac_doc_add_tag(tac_doc *d, const char *tag, size_t len);
/* Intern a string into the pool; returns its offset; UINT32_MAX on OOM. */
uint32_t tac_doc_pool_add(tac_doc *d, const char *s, size_t len);

#endif
