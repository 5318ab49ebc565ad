/*
 * store_impl — what the backends (sqlite.c, postgres.c) share with the
 * common layer (store.c): the vtable, the row values a doc flattens into, the
 * column lists of each table, and the migration steps.
 *
 * Layout: a backend struct embeds `tac_store base` first, so a tac_store *
 * is a pointer to the backend struct. Rows travel as arrays of tac_val in the
 * column order of tac_store_*_columns; a backend binds them (SQLite) or
 * writes them as COPY text (PostgreSQL). Queries are built once here with
 * numbered placeholders: "?1" for SQLite, "$1" for PostgreSQL.
 */
#ifndef TAC_STORE_IMPL_H
#define TAC_STORE_IMPL_H

#include "store/store.h"
#include <pthread.h>

typedef enum tac_val_type { TAC_VAL_NULL = 0, TAC_VAL_INT, TAC_VAL_REAL, TAC_VAL_TEXT } tac_val_type;

typedef struct tac_val {
    tac_val_type type;
    int64_t i;
    double d;
    const char *s;   /* not NUL-terminated necessarily: use n                     */
    size_t n;
} tac_val;

/* Called per result row with text values (NULL = SQL NULL). */
typedef int (*tac_row_fn)(void *ctx, int ncols, const char *const *vals);

typedef struct tac_store_ops {
    void (*close)(tac_store *s);
    /* Run statements that return nothing (may hold several ';'-separated). */
    tac_status (*exec)(tac_store *s, const char *sql, tac_error *err);
    /* Run a query with text parameters; call fn per row, streaming. */
    tac_status (*select)(tac_store *s, const char *sql, const char *const *params, int nparams,
                         tac_row_fn fn, void *ctx, tac_error *err);
    /* Start the transaction that migrates, holding the schema lock. */
    const char *migrate_begin;
    tac_status (*add)(tac_store *s, const tac_doc *doc, const char *file, const char *hash,
                      tac_error *err);
    tac_status (*commit)(tac_store *s, tac_error *err);
    /* Optional, for a backend whose commit only hands the batch to a
     * background writer: wait until every handed batch is committed and
     * return the first error among them. tac_store_commit calls it. */
    tac_status (*sync)(tac_store *s, tac_error *err);
    /* Insert a runs row; set s->run_id. */
    tac_status (*run_insert)(tac_store *s, const char *command, const char *host, tac_error *err);
    char placeholder;  /* '?' or '$' */
} tac_store_ops;

struct tac_store {
    const tac_store_ops *ops;
    tac_store_kind kind;
    int schema_version;
    uint32_t batch_articles;
    uint32_t pending_articles;
    uint64_t pending_events;
    tac_store_counts counts;      /* committed                                  */
    tac_store_counts pending;     /* in the open batch                          */
    int64_t run_id;               /* 0 = no run                                 */
    bool readonly;                /* opened with tac_store_open_readonly        */
    char *dict_version;           /* of the current run (heap)                  */
};

/* Fold pending into counts after a commit; clear pending after a rollback. */
void tac_store_pending_committed(tac_store *s);
void tac_store_pending_dropped(tac_store *s);
/* true when the batch is full and the backend should commit. */
bool tac_store_batch_full(const tac_store *s);

/* ---- tables ------------------------------------------------------------- */

enum {
    TAC_ART_ID = 0, TAC_ART_ARTICLE_ID, TAC_ART_HASH, TAC_ART_URL, TAC_ART_TITLE,
    TAC_ART_PUBLISHED, TAC_ART_ORIG_PUBLISHED, TAC_ART_OUTLET, TAC_ART_BYLINE,
    TAC_ART_ORIG_SOURCE, TAC_ART_TAGS, TAC_ART_FORMAT, TAC_ART_SOURCE_FILE,
    TAC_ART_DICT_VERSION, TAC_ART_INGESTED_AT, TAC_ART_RUN_ID, TAC_ART_BODY, TAC_ART_SENTENCES,
    TAC_ART_NCOLS
};
extern const char *const tac_store_article_columns[TAC_ART_NCOLS];

enum { TAC_DROP_ARTICLE = 0, TAC_DROP_IDX, TAC_DROP_START, TAC_DROP_END, TAC_DROP_REASON, TAC_DROP_NCOLS };
extern const char *const tac_store_dropped_columns[TAC_DROP_NCOLS];

/* Event columns, the id first: (article << TAC_STORE_EVENT_SHIFT) | seq.
 * Since schema 5 an event row holds only what queries filter, index or sum
 * on; the evidence (sentence, spans, dictionary entries, rules, pattern,
 * mode …) is one JSON array in the column `evidence`, positions below, and
 * the events_full view gives every field back as a column of its own. */
enum {
    TAC_EV_ID = 0, TAC_EV_DATE, TAC_EV_SOURCE_CODE, TAC_EV_SOURCE_COUNTRY, TAC_EV_TARGET_CODE,
    TAC_EV_TARGET_COUNTRY, TAC_EV_CODE, TAC_EV_QUAD, TAC_EV_GOLDSTEIN, TAC_EV_EVIDENCE,
    TAC_EV_NCOLS
};
#define TAC_STORE_EVENT_SHIFT 20
extern const char *const tac_store_event_columns[TAC_EV_NCOLS];

/* Positions in the evidence array (append only: stored rows keep theirs). */
enum {
    TAC_EVD_SENTENCE = 0, TAC_EVD_DATE_BASIS, TAC_EVD_DATE_START, TAC_EVD_DATE_END,
    TAC_EVD_SOURCE_START, TAC_EVD_SOURCE_END, TAC_EVD_SOURCE_ENTRY, TAC_EVD_SOURCE_RULE,
    TAC_EVD_SOURCE_AGENT, TAC_EVD_TARGET_START, TAC_EVD_TARGET_END, TAC_EVD_TARGET_ENTRY,
    TAC_EVD_TARGET_RULE, TAC_EVD_TARGET_AGENT, TAC_EVD_PLOVER, TAC_EVD_VERB_START,
    TAC_EVD_VERB_END, TAC_EVD_PATTERN, TAC_EVD_PATTERN_TEXT, TAC_EVD_DICT_FILE,
    TAC_EVD_NEGATED, TAC_EVD_MODE, TAC_EVD_CONFIDENCE, TAC_EVD_N
};

/* Flatten the article row. tags_buf receives the tags as a JSON array,
 * spans_buf the sentence spans as a JSON array of [start, end] pairs (the
 * sentences view reads them); both must outlive the values. id may be 0
 * (then the ID value is NULL). */
void tac_store_article_row(const tac_doc *d, int64_t id, const char *hash, const char *file,
                           const char *dict_version, int64_t ingested_at, int64_t run_id,
                           tac_buf *tags_buf, tac_buf *spans_buf, tac_val out[TAC_ART_NCOLS]);
void tac_store_dropped_row(const tac_doc *d, int64_t article, uint32_t i,
                           tac_val out[TAC_DROP_NCOLS]);
/* Flatten events first .. first + n - 1 of d into n rows of TAC_EV_NCOLS
 * values; their evidence arrays are appended to evid (cleared first), which
 * must outlive the values. */
void tac_store_event_rows(const tac_doc *d, int64_t article, uint32_t first, uint32_t n,
                          tac_buf *evid, tac_val *out);

/*
 * Schema 2's statement that filled dyad_days (per-day sums per country pair,
 * text key) from the events; kept for migration 2 only — schema 5 drops the
 * table (dyad series come from the pair index).
 */
#define TAC_DYAD_AGG_V2(sign, from_where) \
    "INSERT INTO dyad_days (source_country, target_country, date, q1, q2, q3, q4, other, gold10)" \
    " SELECT e.source_country, e.target_country, e.date," \
    " " sign "SUM(CASE WHEN e.quad = 1 THEN 1 ELSE 0 END)," \
    " " sign "SUM(CASE WHEN e.quad = 2 THEN 1 ELSE 0 END)," \
    " " sign "SUM(CASE WHEN e.quad = 3 THEN 1 ELSE 0 END)," \
    " " sign "SUM(CASE WHEN e.quad = 4 THEN 1 ELSE 0 END)," \
    " " sign "SUM(CASE WHEN e.quad IS NULL OR e.quad < 1 OR e.quad > 4 THEN 1 ELSE 0 END)," \
    " " sign "SUM(CAST(ROUND(COALESCE(e.goldstein, 0) * 10) AS BIGINT)) " \
    from_where \
    " AND e.date IS NOT NULL" \
    " GROUP BY e.source_country, e.target_country, e.date" \
    " ORDER BY e.source_country, e.target_country, e.date" \
    " ON CONFLICT (source_country, target_country, date) DO UPDATE SET" \
    " q1 = dyad_days.q1 + excluded.q1, q2 = dyad_days.q2 + excluded.q2," \
    " q3 = dyad_days.q3 + excluded.q3, q4 = dyad_days.q4 + excluded.q4," \
    " other = dyad_days.other + excluded.other, gold10 = dyad_days.gold10 + excluded.gold10"

/*
 * A backend's background writer: one thread that stores what the caller
 * hands over (run(ctx), one piece at a time) while the caller prepares the
 * next. The caller hands over only when the writer is idle (tac_bg_reap with
 * wait first) and uses the connection only then too (tac_bg_wait). run
 * reports with tac_bg_stored / tac_bg_failed; tac_bg_reap folds what was
 * stored into the store's counts and returns the first failure once. When
 * no thread can be started, tac_bg_go runs the piece in the caller.
 */
typedef struct tac_bg {
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cv;            /* mu/cv guard busy, quit, st, err, done      */
    bool init, started, no_thread, busy, quit;
    void (*run)(void *ctx);
    void *ctx;
    tac_status st;                /* first failure, not yet reported            */
    tac_error err;
    tac_store_counts done;        /* stored, not yet counted                    */
} tac_bg;

bool tac_bg_init(tac_bg *b, void (*run)(void *ctx), void *ctx);
/* Hand the prepared piece to the writer; true when it ran in the caller. */
bool tac_bg_go(tac_bg *b);
void tac_bg_wait(tac_bg *b);
tac_status tac_bg_reap(tac_bg *b, bool wait, tac_store_counts *counts, tac_error *err);
void tac_bg_stored(tac_bg *b, const tac_store_counts *c);
void tac_bg_failed(tac_bg *b, tac_status st, const tac_error *err);
/* Let the writer finish what it holds, then end it. */
void tac_bg_stop(tac_bg *b);

/* Apply migrations up to TAC_STORE_SCHEMA_VERSION (common to both backends);
 * on a read-only store, only check that the schema is exactly that version. */
tac_status tac_store_migrate(tac_store *s, tac_error *err);

/* Backends. */
tac_status tac_store_sqlite_open(const char *path, bool readonly, tac_store **out, tac_error *err);
tac_status tac_store_pg_open(const char *conninfo, bool readonly, tac_store **out, tac_error *err);

#endif
