/*
 * tacitus.h — the one public header of libtacitus, an event-data coder.
 *
 * Pipeline: bytes → article (tac_doc: metadata, body, dropped boilerplate)
 *           → sentences and tokens → dictionary matches → CAMEO events.
 *
 * Conventions
 *  - Every exported name starts with tac_ / TAC_. Handles are opaque.
 *  - Calls that can fail return tac_status and fill a caller-supplied
 *    tac_error (may be NULL): a code, a static message, a byte position.
 *  - Byte offsets always refer to the original input bytes of the article
 *    (for JSON Lines input: to the decoded "text" value of that line).
 *  - Dates are days since 1970-01-01 (int32); TAC_NO_DATE when unknown.
 *  - The library never prints, never exits and keeps no global state.
 *    Ownership is stated per function: "caller frees" or "owned by X".
 */
#ifndef TACITUS_H
#define TACITUS_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(TAC_BUILDING) || defined(__GNUC__)
#define TAC_API __attribute__((visibility("default")))
#else
#define TAC_API
#endif

#define TAC_NO_DATE INT32_MIN

/* ---- errors ------------------------------------------------------------ */

typedef enum tac_status {
    TAC_OK = 0,
    TAC_ERR_NOMEM,      /* an allocation failed; nothing half-built escapes   */
    TAC_ERR_IO,         /* a file could not be read or written                */
    TAC_ERR_UTF8,       /* invalid UTF-8 at error.position                    */
    TAC_ERR_BINARY,     /* NUL bytes or other binary content                  */
    TAC_ERR_FORMAT,     /* malformed input (JSON, dictionary, WARC …)         */
    TAC_ERR_LIMIT,      /* a documented limit was exceeded                    */
    TAC_ERR_EMPTY,      /* the input holds no article text                    */
    TAC_ERR_ARG,        /* a bad argument from the caller                     */
    TAC_ERR_DICT,       /* a dictionary failed to load or validate            */
    TAC_ERR_STORE,      /* the event store reported an error                  */
    TAC_ERR_NOTFOUND,   /* the requested item does not exist                  */
    TAC_ERR_INTERNAL
} tac_status;

typedef struct tac_error {
    tac_status code;
    const char *message;    /* static string, never freed                      */
    uint64_t position;      /* byte offset into the input where it went wrong  */
    uint32_t line;          /* 1-based line of position, 0 when not computed   */
    uint32_t column;        /* 1-based byte column of position, 0 likewise     */
    char detail[200];       /* optional: file name, token, key … ("" if none)  */
} tac_error;

TAC_API const char *tac_status_name(tac_status s);
/* Fill err->line/column from err->position over the given input. */
TAC_API void tac_error_locate(tac_error *err, const char *input, size_t len);

TAC_API const char *tac_version(void);

/* ---- limits on untrusted input (0 = default; documented in README) ----- */

typedef struct tac_limits {
    size_t max_article_bytes;     /* default 16 MiB                          */
    size_t max_line_bytes;        /* JSON Lines: one line; default 32 MiB    */
    uint32_t max_sentence_bytes;  /* longer sentences are split; default 4096 */
    uint32_t max_sentence_tokens; /* default 256                             */
    uint32_t max_sentences;       /* per article; default 20000              */
    uint32_t max_events;          /* per article; default 10000              */
} tac_limits;

TAC_API void tac_limits_default(tac_limits *l);

/* ---- dates -------------------------------------------------------------- */

/* Parse "YYYY-MM-DD" or "YYYYMMDD" (and a leading ISO date of a timestamp). */
TAC_API int32_t tac_date_parse(const char *s, size_t len);
/* Write "YYYY-MM-DD" into buf (>= 11 bytes). */
TAC_API void tac_date_format(int32_t days, char buf[11]);

/* ---- articles ----------------------------------------------------------- */

typedef enum tac_format {
    TAC_FORMAT_AUTO = 0,
    TAC_FORMAT_TEXT,
    TAC_FORMAT_MARKDOWN,
    TAC_FORMAT_HTML,
    TAC_FORMAT_JSONL
} tac_format;

typedef struct tac_doc tac_doc;

/* Guess the format from a file name (may be NULL) and the first bytes. */
TAC_API tac_format tac_format_detect(const char *name, const char *bytes, size_t len);
TAC_API const char *tac_format_name(tac_format f);
TAC_API tac_format tac_format_from_name(const char *name);

/*
 * Read one article from bytes (text, Markdown or HTML). The bytes are copied;
 * the caller keeps its buffer. id may be NULL (then "article"). On success
 * *out is a new document the caller frees with tac_doc_free.
 */
TAC_API tac_status tac_doc_read(const char *bytes, size_t len, tac_format fmt,
                                const char *id, const tac_limits *lim,
                                tac_doc **out, tac_error *err);

/*
 * Read one JSON Lines record {"id","url","date"|"published","title",
 * "text"|"content"|"body"}. Offsets of the resulting document refer to the
 * decoded text value. Caller frees *out.
 */
TAC_API tac_status tac_doc_read_json(const char *line, size_t len,
                                     const tac_limits *lim,
                                     tac_doc **out, tac_error *err);

/* Split the body into sentences and tokens (idempotent). */
TAC_API tac_status tac_doc_segment(tac_doc *doc, tac_error *err);

TAC_API void tac_doc_free(tac_doc *doc);

/* Metadata; strings are owned by the document, NULL when unknown. */
TAC_API const char *tac_doc_id(const tac_doc *doc);
TAC_API const char *tac_doc_title(const tac_doc *doc);
TAC_API const char *tac_doc_url(const tac_doc *doc);
TAC_API const char *tac_doc_outlet(const tac_doc *doc);
TAC_API const char *tac_doc_byline(const tac_doc *doc);
TAC_API const char *tac_doc_original_source(const tac_doc *doc);
TAC_API int32_t tac_doc_published(const tac_doc *doc);
TAC_API int32_t tac_doc_original_published(const tac_doc *doc);
/* The date events are resolved against: original publication, else publication. */
TAC_API int32_t tac_doc_reference_date(const tac_doc *doc);
TAC_API void tac_doc_set_published(tac_doc *doc, int32_t days);
TAC_API size_t tac_doc_tag_count(const tac_doc *doc);
TAC_API const char *tac_doc_tag(const tac_doc *doc, size_t i);
/* The input the offsets refer to. */
TAC_API const char *tac_doc_source(const tac_doc *doc, size_t *len);

TAC_API size_t tac_doc_dropped_count(const tac_doc *doc);
/* Byte span [start,end) of the i-th dropped span and its reason (static). */
TAC_API const char *tac_doc_dropped(const tac_doc *doc, size_t i,
                                    uint32_t *start, uint32_t *end);

TAC_API size_t tac_doc_sentence_count(const tac_doc *doc);
TAC_API void tac_doc_sentence(const tac_doc *doc, size_t i,
                              uint32_t *start, uint32_t *end);

/* JSON Lines records of the output contract (README); one line each. */
TAC_API tac_status tac_doc_write_article_json(const tac_doc *doc, FILE *out);
TAC_API tac_status tac_doc_write_sentences_json(const tac_doc *doc, FILE *out);

/* ---- dictionaries and coding -------------------------------------------- */

typedef struct tac_dict tac_dict;
typedef struct tac_coder tac_coder;

/*
 * Load a dictionary set: a compiled image (.dict), a native text file, a
 * directory of native and/or PETRARCH/TABARI files. Immutable once loaded and
 * safe to share between threads. Caller frees with tac_dict_free.
 */
TAC_API tac_status tac_dict_load(const char *path, tac_dict **out, tac_error *err);
TAC_API void tac_dict_free(tac_dict *d);
TAC_API const char *tac_dict_version(const tac_dict *d);

typedef struct tac_coder_options {
    bool require_dyad;          /* PETRARCH require_dyad; default true         */
    int new_actor_length;       /* PETRARCH new_actor_length; default 0        */
    int comma_min, comma_max;   /* PETRARCH comma options; see docs            */
    int comma_bmin, comma_bmax;
    int comma_emin, comma_emax;
    bool keep_negated;          /* emit negated events flagged (default: drop) */
    bool mentions;              /* find events named by a noun ("mention"
                                   records, never counted); default true      */
} tac_coder_options;

TAC_API void tac_coder_options_default(tac_coder_options *o);
/* The coder borrows d; d must outlive it. Caller frees with tac_coder_free. */
TAC_API tac_status tac_coder_new(const tac_dict *d, const tac_coder_options *o,
                                 tac_coder **out, tac_error *err);
TAC_API void tac_coder_free(tac_coder *c);

/* Code every sentence of doc (segmenting first if needed). Events are owned by doc. */
TAC_API tac_status tac_code_doc(const tac_coder *c, tac_doc *doc, tac_error *err);

/* Article context carried from one document to the next, for input that
 * gives an article's sentences as separate records: references ("he",
 * "the two sides", "the strike", "the foreign minister") in a document
 * coded with tac_code_doc_in may point back to actors of the documents
 * coded before it with the same context (as within one document, at most
 * two sentences back). Reset it between articles. A context serves one
 * document at a time. */
typedef struct tac_code_context tac_code_context;
TAC_API tac_status tac_code_context_new(tac_code_context **out, tac_error *err);
TAC_API void tac_code_context_reset(tac_code_context *ctx);
TAC_API void tac_code_context_free(tac_code_context *ctx);
/* Like tac_code_doc; ctx (may be NULL) is read first and updated after. */
TAC_API tac_status tac_code_doc_in(const tac_coder *c, tac_doc *doc, tac_code_context *ctx,
                                   tac_error *err);
/* Whether context should carry across records under this coder's
 * dictionaries: false for a PETRARCH-format set, which codes every
 * sentence on its own by design; true for native sets. */
TAC_API bool tac_coder_carries_context(const tac_coder *c);

TAC_API size_t tac_doc_event_count(const tac_doc *doc);
/* One JSON Lines "event" record per event, in sentence order. */
TAC_API tac_status tac_doc_write_events_json(const tac_doc *doc, FILE *out);

#ifdef __cplusplus
}
#endif
#endif /* TACITUS_H */
