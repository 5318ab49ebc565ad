/*
 * store — the event store: articles, sentences, dropped spans, events and an
 * ingest log, behind one interface with SQLite (default) and PostgreSQL.
 * Input: coded tac_docs (tac_store_add); filters for queries.
 * Output: rows in the database; events and dyad series streamed to callbacks.
 * Ownership: tac_store_open returns a store the caller closes; rows passed
 * to callbacks are valid only during the call. tac_store_add copies what it
 * needs, so the doc may be freed as soon as it returns.
 * Complexity: add is O(size of the article); a query streams rows in O(1)
 * memory; a dyad series uses memory proportional to its days.
 * Failures: TAC_ERR_ARG (bad URL, filter, code), TAC_ERR_STORE (database said
 * no; err->detail carries its message), TAC_ERR_NOMEM. A failed commit rolls
 * the whole batch back: no article is ever half stored.
 */
#ifndef TAC_STORE_H
#define TAC_STORE_H

#include "code/event.h"

typedef struct tac_store tac_store;

typedef enum tac_store_kind { TAC_STORE_SQLITE = 1, TAC_STORE_POSTGRES = 2 } tac_store_kind;

/* The newest schema this build knows (see the migration list in store.c). */
#define TAC_STORE_SCHEMA_VERSION 5

/* Limits on what the store accepts (untrusted input reaches it through docs
 * and through query parameters from the CLI and the HTTP server). */
#define TAC_STORE_MAX_URL 4096
#define TAC_STORE_MAX_CODE 32          /* actor / event code in a filter     */
#define TAC_STORE_MAX_ARTICLE_ID 1024

/*
 * Which backend a URL names: "postgres://…" / "postgresql://…" → PostgreSQL
 * (the whole URL is the libpq connection string); "sqlite:PATH" or a plain
 * path → SQLite at PATH. *target points into url. TAC_ERR_ARG when empty,
 * too long or an unknown "scheme://".
 */
tac_status tac_store_url_parse(const char *url, tac_store_kind *kind, const char **target,
                               tac_error *err);

/*
 * Open (creating when needed) and migrate the database named by url (NULL =
 * "tacitus.db"). A database whose schema is newer than this build is refused.
 * Caller closes with tac_store_close.
 */
tac_status tac_store_open(const char *url, tac_store **out, tac_error *err);
/*
 * Open for serving: no migration and no writes. A database at another schema
 * version than this build's is refused with TAC_ERR_STORE (a read-write open,
 * e.g. `tacitus ingest`, migrates it); a missing SQLite file is refused, not
 * created. Adding to a read-only store fails with TAC_ERR_ARG.
 */
tac_status tac_store_open_readonly(const char *url, tac_store **out, tac_error *err);
/* Wait for batches committing in the background, roll back an uncommitted
 * batch, close the connection, free everything. */
void tac_store_close(tac_store *s);
tac_store_kind tac_store_kind_of(const tac_store *s);
/* The schema version found (after migration: TAC_STORE_SCHEMA_VERSION). */
int tac_store_schema_version(const tac_store *s);

/* ---- ingest ------------------------------------------------------------- */

typedef struct tac_store_counts {
    uint64_t articles_new;       /* article id not seen before                  */
    uint64_t articles_same;      /* same id and content hash: nothing added     */
    uint64_t articles_replaced;  /* same id, new content: its events replaced   */
    uint64_t events;             /* events written                              */
    uint64_t batches;            /* transactions committed                      */
} tac_store_counts;

/* Articles per transaction (0 = the default: 4096 for SQLite, 512 for
 * PostgreSQL); events per transaction are capped at 64 times that. Larger
 * batches load faster and lose more on a crash (a re-run redoes them). */
void tac_store_set_batch(tac_store *s, uint32_t articles);
uint32_t tac_store_default_batch(tac_store_kind kind);

/* Start an ingest run: a row in the runs log that later articles point to.
 * dict_version and command (the command line, for the log) may be NULL. */
tac_status tac_store_run_begin(tac_store *s, const char *dict_version, const char *command,
                               tac_error *err);
/* Commit what is pending and close the run row with the counts and status
 * ("ok", or "errors" when nerrors > 0). */
tac_status tac_store_run_end(tac_store *s, uint64_t nerrors, tac_error *err);

/*
 * Add one coded article to the current batch; commits the batch when it is
 * full. Identity is the article id (tac_doc_id); the content hash (XXH3-128 of
 * the input bytes and the metadata) decides between new / same / replaced.
 * source_file may be NULL. Nothing of doc is kept. PostgreSQL commits a full
 * batch in the background while the next one is built; an error of that
 * commit is returned by a later add or commit (and nothing since the last
 * successful commit is stored, as after a crash).
 */
tac_status tac_store_add(tac_store *s, const tac_doc *doc, const char *source_file,
                         tac_error *err);
/* Commit the pending batch and wait for those committing in the background;
 * returns when everything added is committed, or the first error. */
tac_status tac_store_commit(tac_store *s, tac_error *err);
/* Totals of committed batches since open. */
void tac_store_counts_get(const tac_store *s, tac_store_counts *c);

/* The 32-hex-digit content hash the store uses for doc (for tests, tools). */
void tac_store_content_hash(const tac_doc *doc, char out[33]);

/* ---- queries ------------------------------------------------------------ */

/*
 * Filters combine with AND. An actor or dyad side of exactly 3 letters is a
 * country (or IGO) code matched against the actor's country; longer is an
 * actor-code prefix ("CHNGOV" matches "CHNGOVMIL"). Codes are [A-Z0-9]{1,32}.
 * Dates are inclusive; TAC_NO_DATE leaves that end open.
 */
typedef struct tac_event_filter {
    const char *actor;           /* source or target code prefix               */
    const char *country;         /* source or target country                   */
    const char *dyad_a, *dyad_b; /* both directions                             */
    const char *code;            /* exact CAMEO code                            */
    const char *root;            /* CAMEO root "01".."20"                       */
    int quad;                    /* 1..4, 0 = any                               */
    int32_t from, to;
    const char *article;         /* article id                                  */
    int64_t after_id;            /* cursor: events with id > after_id           */
    uint64_t limit;              /* 0 = no limit                                */
} tac_event_filter;

void tac_event_filter_init(tac_event_filter *f);

typedef struct tac_stored_actor {
    const char *code, *country, *text, *entry, *rule, *agent;  /* NULL = none */
    int64_t start, end;          /* -1 when no span                              */
} tac_stored_actor;

/* One stored event joined with its article; strings valid during the callback. */
typedef struct tac_stored_event {
    int64_t id;                  /* store-assigned, increasing in insert order  */
    const char *article;         /* article id                                  */
    const char *url;
    int64_t ingested_at;         /* unix seconds                                */
    uint32_t seq;                /* index of the event within its article       */
    uint32_t sentence;
    int32_t date;                /* TAC_NO_DATE when unknown                    */
    const char *date_basis;      /* "text" | "published"                        */
    int64_t date_start, date_end;
    tac_stored_actor source, target;
    const char *code, *root;
    int quad;
    double goldstein;
    const char *plover;
    const char *verb_text;
    int64_t verb_start, verb_end;
    int64_t pattern;
    const char *pattern_text, *dict_file;
    bool negated;
    const char *mode;            /* "fact" | "intent" | "negated" | …           */
    double confidence;
} tac_stored_event;

/* Return 0 to go on, non-zero to stop (the query then returns TAC_OK). */
typedef int (*tac_stored_event_fn)(const tac_stored_event *ev, void *ctx);

/* Stream the matching events in id order. Memory stays bounded. */
tac_status tac_store_events(tac_store *s, const tac_event_filter *f, tac_stored_event_fn fn,
                            void *ctx, tac_error *err);

/* ---- one article, for display ------------------------------------------- */

typedef struct tac_stored_span {
    int64_t start, end;          /* byte offsets into body                      */
    const char *text;            /* sentence text, or the dropped span's reason */
} tac_stored_span;

typedef struct tac_stored_article {
    int64_t key;                 /* store key (events' ids are key << 20 | seq)  */
    const char *article_id, *content_hash, *url, *title, *outlet, *byline;
    const char *original_source, *tags_json, *format, *source_file, *dict_version;
    int32_t published, original_published;   /* TAC_NO_DATE when unknown       */
    int64_t ingested_at;
    const char *body;            /* the input the offsets index                 */
    size_t body_len;
    const tac_stored_span *sentences, *dropped;
    size_t nsentences, ndropped;
} tac_stored_article;

/*
 * Fetch one article with its sentences and dropped spans (its events: use
 * tac_store_events with filter.article). *out is valid until
 * tac_stored_article_free. TAC_ERR_NOTFOUND when no such article.
 */
tac_status tac_store_article(tac_store *s, const char *article_id, tac_stored_article **out,
                             tac_error *err);
void tac_stored_article_free(tac_stored_article *a);

typedef struct tac_store_stats {
    uint64_t articles, events, runs;
    int64_t last_ingest;          /* unix seconds of the newest article, 0 if none */
    char dict_version[128];       /* of the newest run ("" if none)               */
    int schema_version;
} tac_store_stats;

tac_status tac_store_stats_get(tac_store *s, tac_store_stats *out, tac_error *err);

/* ---- dyad series -------------------------------------------------------- */

typedef enum tac_period { TAC_BY_DAY = 0, TAC_BY_WEEK, TAC_BY_MONTH, TAC_BY_YEAR } tac_period;

/* "day" | "week" | "month" | "year" → period; false when unknown. */
bool tac_period_from_name(const char *name, tac_period *out);
/* First day of the period holding day (weeks start on Monday). */
int32_t tac_period_start(tac_period p, int32_t day);
/* "2023-09-22", "2023-09-18" (week: its Monday), "2023-09", "2023". buf >= 11. */
void tac_period_label(tac_period p, int32_t start, char buf[11]);

typedef struct tac_dyad_point {
    int32_t start;               /* first day of the period                     */
    int direction;               /* 0: A→B, 1: B→A                              */
    uint64_t events;
    uint64_t quad[4];            /* events per quad class 1..4                  */
    double goldstein_mean;       /* 0 when events == 0                          */
} tac_dyad_point;

typedef int (*tac_dyad_fn)(const tac_dyad_point *p, void *ctx);

/*
 * The series between a and b (country codes or actor-code prefixes), dated
 * events only, from..to inclusive (TAC_NO_DATE = open). For every period with
 * at least one event either way, fn is called twice: direction 0 then 1, in
 * period order.
 */
tac_status tac_store_dyad(tac_store *s, const char *a, const char *b, tac_period by,
                          int32_t from, int32_t to, tac_dyad_fn fn, void *ctx, tac_error *err);

/* ---- exports (src/store/export.c) -------------------------------------- */

typedef enum tac_export_format {
    TAC_EXPORT_JSONL = 0,
    TAC_EXPORT_CSV,
    TAC_EXPORT_GDELT,            /* GDELT 2.0 event table, 61 columns, docs/formats.md */
    TAC_EXPORT_PHOENIX           /* Phoenix, 26 columns, docs/formats.md               */
} tac_export_format;

bool tac_export_format_from_name(const char *name, tac_export_format *out);
/* Column names of a tabular format in order (NULL-terminated); NULL for jsonl. */
const char *const *tac_export_columns(tac_export_format f, size_t *n);
/* The header line, if the format has one (csv), else nothing is appended. */
void tac_export_header(tac_export_format f, tac_buf *out);
/* Append one event as one line (with its newline). */
void tac_export_event(tac_export_format f, const tac_stored_event *ev, tac_buf *out);
/* Append one dyad point as a JSON Lines record. */
void tac_export_dyad_json(const tac_dyad_point *p, tac_period by, const char *a, const char *b,
                          tac_buf *out);

#endif
