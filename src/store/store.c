/*
 * The common layer of the store: URL parsing, migrations, how a doc becomes
 * rows, filter → SQL, and the dyad roll-up. Backends only move rows.
 *
 * Why dates are integers: an event's date is stored as days since
 * 1970-01-01 (as everywhere in tacitus), so both databases compare and group
 * them the same way and no timezone ever enters. The dyad series asks the
 * database for per-day sums (one index range scan per direction) and rolls
 * days up into weeks/months/years here, so no date function of either SQL
 * dialect is needed.
 */
#include "store/store_impl.h"
#include <stdlib.h>
#include <stdio.h>
#include <math.h>
#include <time.h>
#include <unistd.h>
#define XXH_STATIC_LINKING_ONLY  /* XXH3_state_t on the stack */
#include <xxhash.h>

/* ---- URL ---------------------------------------------------------------- */

tac_status tac_store_url_parse(const char *url, tac_store_kind *kind, const char **target,
                               tac_error *err)
{
    if (!url)
        url = "tacitus.db";
    size_t n = strlen(url);
    if (n == 0)
        return tac_fail(err, TAC_ERR_ARG, "empty database URL", 0, NULL);
    if (n > TAC_STORE_MAX_URL)
        return tac_fail(err, TAC_ERR_LIMIT, "database URL too long", TAC_STORE_MAX_URL, "%zu bytes", n);
    if (!strncmp(url, "postgres://", 11) || !strncmp(url, "postgresql://", 13)) {
        *kind = TAC_STORE_POSTGRES;
        *target = url;
        return TAC_OK;
    }
    if (!strncmp(url, "sqlite:", 7)) {
        const char *p = url + 7;
        if (!strncmp(p, "//", 2))       /* sqlite:///abs/path → /abs/path */
            p += 2;
        if (!*p)
            return tac_fail(err, TAC_ERR_ARG, "sqlite: URL without a path", 7, "%s", url);
        *kind = TAC_STORE_SQLITE;
        *target = p;
        return TAC_OK;
    }
    const char *colon = strstr(url, "://");
    if (colon) {
        /* A scheme we do not speak (mysql://, http://): refuse rather than
         * create a file with that name. */
        bool scheme = colon > url;
        for (const char *q = url; q < colon; q++)
            if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
                  *q == '+' || *q == '-' || *q == '.'))
                scheme = false;
        if (scheme)
            return tac_fail(err, TAC_ERR_ARG, "unknown database URL scheme", 0,
                            "%.*s (use postgres://…, sqlite:PATH or a path)", (int)(colon - url), url);
    }
    *kind = TAC_STORE_SQLITE;
    *target = url;
    return TAC_OK;
}

static tac_status store_open(const char *url, bool readonly, tac_store **out, tac_error *err)
{
    *out = NULL;
    tac_store_kind kind;
    const char *target;
    tac_status st = tac_store_url_parse(url, &kind, &target, err);
    if (st)
        return st;
    tac_store *s = NULL;
    /* each backend migrates while opening (it prepares statements after) */
    st = kind == TAC_STORE_POSTGRES ? tac_store_pg_open(target, readonly, &s, err)
                                    : tac_store_sqlite_open(target, readonly, &s, err);
    if (st)
        return st;
    s->batch_articles = tac_store_default_batch(kind);
    *out = s;
    return TAC_OK;
}

tac_status tac_store_open(const char *url, tac_store **out, tac_error *err)
{
    return store_open(url, false, out, err);
}

tac_status tac_store_open_readonly(const char *url, tac_store **out, tac_error *err)
{
    return store_open(url, true, out, err);
}

void tac_store_close(tac_store *s)
{
    if (!s)
        return;
    free(s->dict_version);
    s->ops->close(s);
}

tac_store_kind tac_store_kind_of(const tac_store *s) { return s->kind; }
int tac_store_schema_version(const tac_store *s) { return s->schema_version; }

/* SQLite: a commit writes every page the batch dirtied to the WAL, and the
 * index pages a batch touches (a tail page per country pair) are rewritten
 * once per batch whatever their number of new rows, so larger batches write
 * much less (512 → 4096 articles: a third less CPU per event; 4096 → 16384:
 * a tenth less wall time over 1M events; 32768 and more were slower).
 * PostgreSQL: each
 * article of a batch holds an advisory lock until commit, and the server's
 * lock table is shared by every loader (64 × max_connections entries by
 * default), so its batches stay smaller. */
uint32_t tac_store_default_batch(tac_store_kind kind)
{
    return kind == TAC_STORE_POSTGRES ? 512 : 16384;
}

void tac_store_set_batch(tac_store *s, uint32_t articles)
{
    s->batch_articles = articles ? articles : tac_store_default_batch(s->kind);
}

/* ---- migrations --------------------------------------------------------- */

/*
 * Ordered schema steps; step i brings the schema to version i + 1. Never edit
 * a released step: add one. Tokens differ per dialect:
 *   @PK@     surrogate key     INTEGER PRIMARY KEY | BIGSERIAL PRIMARY KEY
 *   @ID@     given key         INTEGER PRIMARY KEY | BIGINT PRIMARY KEY
 *   @BIG@    64-bit integer    INTEGER | BIGINT
 *   @REAL@   double            REAL | DOUBLE PRECISION
 *   @NOROWID@ clustered table  WITHOUT ROWID | (nothing)
 *   @C@      byte order        (SQLite's default) | COLLATE "C"
 *   @IDK@    index key tail    (SQLite's implicit rowid) | , id
 * Codes are compared as bytes: the code-prefix ranges of the queries
 * ("CHN" ≤ code < "CHO") are wrong under a locale collation that ignores
 * punctuation, and byte order keeps both databases sorting alike.
 * Event ids are (article id << 20) | seq (TAC_STORE_EVENT_SHIFT): an
 * article's events are one contiguous key range, appended in order (articles
 * get increasing ids), found and deleted without an index on events.article,
 * and the id doubles as a stable GDELT GlobalEventID. Each index costs
 * microseconds per stored event, so events carry two (since migration 3):
 * (source country, target country, id) and (target country, id) — see step 3
 * for why; the articles' UNIQUE(article_id) serves re-ingest. An empty country is stored as '' so that actor-prefix
 * filters can use the country indexes (see q_side).
 * Foreign keys are not declared: the store writes an article and its rows in
 * one transaction, and undeclared keys keep COPY and bulk inserts fast.
 */
static const char *const migrations[TAC_STORE_SCHEMA_VERSION] = {
    /* 1: the first schema */
    "CREATE TABLE runs ("
    " id @PK@, started_at @BIG@ NOT NULL, finished_at @BIG@, command TEXT, dict_version TEXT,"
    " host TEXT, pid INTEGER, status TEXT NOT NULL, articles_new @BIG@, articles_same @BIG@,"
    " articles_replaced @BIG@, events @BIG@, errors @BIG@);"
    "CREATE TABLE articles ("
    " id @PK@, article_id TEXT@C@ NOT NULL UNIQUE, content_hash TEXT NOT NULL, url TEXT, title TEXT,"
    " published INTEGER, original_published INTEGER, outlet TEXT, byline TEXT,"
    " original_source TEXT, tags TEXT, format TEXT, source_file TEXT, dict_version TEXT,"
    " ingested_at @BIG@ NOT NULL, run_id @BIG@, body TEXT NOT NULL);"
    "CREATE INDEX articles_published ON articles(published);"
    "CREATE TABLE sentences ("
    " article @BIG@ NOT NULL, idx INTEGER NOT NULL, start_byte INTEGER NOT NULL,"
    " end_byte INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, idx))@NOROWID@;"
    "CREATE TABLE dropped ("
    " article @BIG@ NOT NULL, idx INTEGER NOT NULL, start_byte INTEGER NOT NULL,"
    " end_byte INTEGER NOT NULL, reason TEXT, PRIMARY KEY (article, idx))@NOROWID@;"
    "CREATE TABLE events ("
    " id @ID@, article @BIG@ NOT NULL, seq INTEGER NOT NULL, sentence INTEGER NOT NULL,"
    " date INTEGER, date_basis TEXT, date_start INTEGER, date_end INTEGER,"
    " source_code TEXT@C@, source_country TEXT@C@ NOT NULL, source_text TEXT, source_start INTEGER,"
    " source_end INTEGER, source_entry TEXT, source_rule TEXT, source_agent TEXT,"
    " target_code TEXT@C@, target_country TEXT@C@ NOT NULL, target_text TEXT, target_start INTEGER,"
    " target_end INTEGER, target_entry TEXT, target_rule TEXT, target_agent TEXT,"
    " code TEXT@C@ NOT NULL, root TEXT@C@, quad INTEGER, goldstein @REAL@, plover TEXT,"
    " verb_text TEXT, verb_start INTEGER, verb_end INTEGER, pattern @BIG@, pattern_text TEXT,"
    " dict_file TEXT, negated INTEGER NOT NULL, mode TEXT, confidence @REAL@);"
    "CREATE INDEX events_dyad ON events(source_country, target_country, date, quad, goldstein);"
    "CREATE INDEX events_target ON events(target_country, date);",
    /* 2: per-day dyad sums (see TAC_DYAD_AGG_V2 in store_impl.h), filled from
     * the events already stored */
    "CREATE TABLE dyad_days ("
    " source_country TEXT@C@ NOT NULL, target_country TEXT@C@ NOT NULL, date INTEGER NOT NULL,"
    " q1 @BIG@ NOT NULL, q2 @BIG@ NOT NULL, q3 @BIG@ NOT NULL, q4 @BIG@ NOT NULL,"
    " other @BIG@ NOT NULL, gold10 @BIG@ NOT NULL,"
    " PRIMARY KEY (source_country, target_country, date))@NOROWID@;"
    TAC_DYAD_AGG_V2("", "FROM events e WHERE 1 = 1") ";",
    /* 3: cheaper event indexes. With dyad_days answering country-pair series,
     * the dyad index no longer needs date, quad and goldstein; keyed on the
     * countries and then the event id it takes each new event at the end of
     * its pair's range (ids grow), so a batch dirties a few tail pages per
     * pair instead of pages all over the index, and it returns a dyad's or a
     * country's events already in id order: the first page of a busy dyad
     * is two short index range scans instead of a sort of all its events.
     * (SQLite appends the rowid to every index key itself; @IDK@ adds it
     * explicitly for PostgreSQL.) */
    "DROP INDEX events_dyad; DROP INDEX events_target;"
    "CREATE INDEX events_pair ON events(source_country, target_country@IDK@);"
    "CREATE INDEX events_target ON events(target_country@IDK@);",
    /* 4: spans, not copies (issue #5: ingest speed). The texts of source,
     * target and verb were copies of body bytes, and each sentence was a row
     * holding a copy of its text: a third of the bytes and a B-tree insert
     * per sentence for nothing the spans do not already say. Events keep the
     * spans; the sentences become one JSON array of [start, end] pairs on
     * their article. The views `sentences` (same columns as the old table)
     * and `events_full` (events with article id, URL and the texts of source,
     * target, verb and evidence sentence) cut the texts out of the body on
     * read; they are created after this step (see views_sql). */
    "CREATE TABLE events4 ("
    " id @ID@, article @BIG@ NOT NULL, seq INTEGER NOT NULL, sentence INTEGER NOT NULL,"
    " date INTEGER, date_basis TEXT, date_start INTEGER, date_end INTEGER,"
    " source_code TEXT@C@, source_country TEXT@C@ NOT NULL, source_start INTEGER,"
    " source_end INTEGER, source_entry TEXT, source_rule TEXT, source_agent TEXT,"
    " target_code TEXT@C@, target_country TEXT@C@ NOT NULL, target_start INTEGER,"
    " target_end INTEGER, target_entry TEXT, target_rule TEXT, target_agent TEXT,"
    " code TEXT@C@ NOT NULL, root TEXT@C@, quad INTEGER, goldstein @REAL@, plover TEXT,"
    " verb_start INTEGER, verb_end INTEGER, pattern @BIG@, pattern_text TEXT,"
    " dict_file TEXT, negated INTEGER NOT NULL, mode TEXT, confidence @REAL@);"
    "INSERT INTO events4 SELECT id, article, seq, sentence, date, date_basis, date_start, date_end,"
    " source_code, source_country, source_start, source_end, source_entry, source_rule, source_agent,"
    " target_code, target_country, target_start, target_end, target_entry, target_rule, target_agent,"
    " code, root, quad, goldstein, plover, verb_start, verb_end, pattern, pattern_text, dict_file,"
    " negated, mode, confidence FROM events ORDER BY id;"
    "DROP TABLE events;"
    "ALTER TABLE events4 RENAME TO events;"
    "CREATE INDEX events_pair ON events(source_country, target_country@IDK@);"
    "CREATE INDEX events_target ON events(target_country@IDK@);"
    "ALTER TABLE articles ADD COLUMN sentences TEXT;"
    "UPDATE articles SET sentences = COALESCE((SELECT @SPANS@), '[]');"
    "DROP TABLE sentences;",
    /* 5: narrow event rows, dyad series from the pair index (issue #5:
     * ingest speed). Every column of a row costs its bind, its place in the
     * record and its parse (COPY) on each of the million rows, used or not:
     * an event kept 35 of them, 25 only ever read back for display. The row
     * now holds what queries filter, index or sum on; the rest is one JSON
     * array `evidence` (positions TAC_EVD_* in store_impl.h) that events_full
     * spreads back into the old columns (article, seq and root come from id
     * and code). The pair index carries date, quad and Goldstein, so a
     * country-pair series is a covering range of it and dyad_days (per-day
     * sums kept in step with the events: a third of SQLite's ingest time and
     * half of PostgreSQL's) is dropped. See @DYAD5@ in dialect() for the
     * indexes of each database. The views are made again after this step. */
    "DROP VIEW IF EXISTS events_full;"
    "CREATE TABLE events5 ("
    " id @ID@, date INTEGER, source_code TEXT@C@, source_country TEXT@C@ NOT NULL,"
    " target_code TEXT@C@, target_country TEXT@C@ NOT NULL, code TEXT@C@ NOT NULL,"
    " quad INTEGER, goldstein @REAL@, evidence TEXT NOT NULL);"
    "INSERT INTO events5 SELECT id, date, source_code, source_country, target_code, target_country,"
    " code, quad, goldstein, @EVIDENCE@ FROM events ORDER BY id;"
    "DROP TABLE events;"
    "ALTER TABLE events5 RENAME TO events;"
    /* no query reads articles by publication date: an insert for nothing */
    "DROP INDEX articles_published;"
    "@DYAD5@",
};/* The fields of the evidence array, in position order (TAC_EVD_*), with the
 * type events_full gives them: i integer, b bigint, r real, t text. */
static const struct evd_field {
    const char *name;
    char type;
} evd_fields[TAC_EVD_N] = {
    {"sentence", 'i'}, {"date_basis", 't'}, {"date_start", 'i'}, {"date_end", 'i'},
    {"source_start", 'i'}, {"source_end", 'i'}, {"source_entry", 't'}, {"source_rule", 't'},
    {"source_agent", 't'}, {"target_start", 'i'}, {"target_end", 'i'}, {"target_entry", 't'},
    {"target_rule", 't'}, {"target_agent", 't'}, {"plover", 't'}, {"verb_start", 'i'},
    {"verb_end", 'i'}, {"pattern", 'b'}, {"pattern_text", 't'}, {"dict_file", 't'},
    {"negated", 'i'}, {"mode", 't'}, {"confidence", 'r'},
};

/* Schema 4's event columns as schema 5's evidence array (migration 5). */
static void evidence_from_columns_sql(tac_buf *b, tac_store_kind kind)
{
    tac_buf_puts(b, kind == TAC_STORE_POSTGRES ? "json_build_array(" : "json_array(");
    for (int i = 0; i < TAC_EVD_N; i++)
        tac_buf_printf(b, "%s%s", i ? ", " : "", evd_fields[i].name);
    tac_buf_puts(b, kind == TAC_STORE_POSTGRES ? ")::text" : ")");
}

/* Field i of the evidence array as a typed SQL value. PostgreSQL reads it
 * from ev.j, the array parsed once per row (see views_sql). */
static void evd_expr(char *out, size_t n, tac_store_kind kind, int i)
{
    if (kind == TAC_STORE_POSTGRES) {
        const char *cast = evd_fields[i].type == 'i'   ? "::int"
                           : evd_fields[i].type == 'b' ? "::bigint"
                           : evd_fields[i].type == 'r' ? "::double precision"
                                                       : "";
        snprintf(out, n, "(ev.j ->> %d)%s", i, cast);
    } else {
        snprintf(out, n, "json_extract(e.evidence, '$[%d]')", i);
    }
}

static void evidence_field_sql(tac_buf *b, tac_store_kind kind, int i)
{
    char x[96];
    evd_expr(x, sizeof x, kind, i);
    tac_buf_puts(b, x);
}

static void dialect(tac_buf *b, const char *sql, tac_store_kind kind)
{
    static const char *const tok[][3] = {
        {"@PK@", "INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY"},
        {"@ID@", "INTEGER PRIMARY KEY", "BIGINT PRIMARY KEY"},
        {"@BIG@", "INTEGER", "BIGINT"},
        {"@REAL@", "REAL", "DOUBLE PRECISION"},
        {"@NOROWID@", " WITHOUT ROWID", ""},
        {"@C@", "", " COLLATE \"C\""},
        {"@IDK@", "", ", id"},
        /* an article's sentence rows as a JSON array of [start, end], in order */
        {"@SPANS@",
         "json_group_array(json_array(start_byte, end_byte)) FROM (SELECT start_byte, end_byte"
         " FROM sentences s WHERE s.article = articles.id ORDER BY idx)",
         "json_agg(json_build_array(start_byte, end_byte) ORDER BY idx)::text"
         " FROM sentences s WHERE s.article = articles.id"},
    };
    int col = kind == TAC_STORE_POSTGRES ? 2 : 1;
    while (*sql) {
        bool hit = false;
        if (!strncmp(sql, "@EVIDENCE@", 10)) {
            evidence_from_columns_sql(b, kind);
            sql += 10;
            continue;
        }
        if (!strncmp(sql, "@DYAD5@", 7)) {
            /* One pair index whose payload (date, quad class, Goldstein)
             * answers dyad series without reading a row; id before the
             * payload keeps each pair's new entries at its tail. */
            if (kind == TAC_STORE_POSTGRES) {
                /* INCLUDE: payload outside the key. A target country alone:
                 * see q_target_only. */
                tac_buf_puts(b, "CREATE INDEX events_pair ON events(source_country, target_country, id)"
                                " INCLUDE (date, quad, goldstein);"
                                "DROP TABLE dyad_days;");
            } else {
                /* A target country alone is found by skip-scan (one range
                 * per source country, a few hundred), which the planner
                 * chooses when sqlite_stat1 says the source countries are
                 * few — so the statistics are written here for a typical
                 * store (ANALYZE or PRAGMA optimize replace them with
                 * measured ones). A second index on the target country cost
                 * a quarter of the ingest time. */
                tac_buf_puts(b, "CREATE INDEX events_pair ON events(source_country, target_country, id,"
                                " date, quad, goldstein);"
                                "DROP TABLE dyad_days;"
                                "ANALYZE sqlite_schema;"
                                "DELETE FROM sqlite_stat1 WHERE tbl = 'events';"
                                "INSERT INTO sqlite_stat1 VALUES ('events', 'events_pair',"
                                " '1000000 5000 50 1 1 1 1');");
            }
            sql += 7;
            continue;
        }
        if (*sql == '@')
            for (size_t t = 0; t < sizeof tok / sizeof *tok; t++) {
                size_t n = strlen(tok[t][0]);
                if (!strncmp(sql, tok[t][0], n)) {
                    tac_buf_puts(b, tok[t][col]);
                    sql += n;
                    hit = true;
                    break;
                }
            }
        if (!hit)
            tac_buf_putc(b, *sql++);
    }
    tac_buf_putc(b, 0);
}

/* The bytes [start, end) of the article body `a.body` as text, NULL when
 * the span is empty. SQLite's substr counts characters in TEXT and bytes in
 * a BLOB; PostgreSQL's counts bytes in bytea. */
static void span_sql(tac_buf *b, tac_store_kind kind, const char *start, const char *end)
{
    if (kind == TAC_STORE_POSTGRES)
        tac_buf_printf(b, "CASE WHEN %s > %s THEN convert_from(substr(convert_to(a.body, 'UTF8'),"
                          " %s + 1, %s - %s), 'UTF8') END", end, start, start, end, start);
    else
        tac_buf_printf(b, "CASE WHEN %s > %s THEN CAST(substr(CAST(a.body AS BLOB), %s + 1, %s - %s)"
                          " AS TEXT) END", end, start, start, end, start);
}

/* The views (made after the last migration step): `sentences` cuts each
 * sentence of articles.sentences out of the body; `events_full` gives an
 * event every field of the event record as a column, with the article id,
 * its URL and the texts of source, target, verb and sentence. Dialect by
 * dialect; PostgreSQL parses the evidence once per row (the OFFSET 0 keeps
 * the planner from pulling the parse up into every field). */
/* The body bytes between evidence fields i0 and i1 (see span_sql). */
static void evidence_span_sql(tac_buf *b, tac_store_kind kind, int i0, int i1)
{
    char x0[96], x1[96];
    evd_expr(x0, sizeof x0, kind, i0);
    evd_expr(x1, sizeof x1, kind, i1);
    span_sql(b, kind, x0, x1);
}

static void views_sql(tac_buf *b, tac_store_kind kind)
{
    bool pg = kind == TAC_STORE_POSTGRES;
    const char *s0 = pg ? "(j.v ->> 0)::int" : "json_extract(j.value, '$[0]')";
    const char *s1 = pg ? "(j.v ->> 1)::int" : "json_extract(j.value, '$[1]')";
    tac_buf_puts(b, "DROP VIEW IF EXISTS sentences; DROP VIEW IF EXISTS events_full;");
    tac_buf_printf(b, "CREATE VIEW sentences AS SELECT a.id AS article, %s AS idx, %s AS start_byte,"
                      " %s AS end_byte, COALESCE(",
                   pg ? "(j.n - 1)::int" : "CAST(j.key AS INTEGER)", s0, s1);
    span_sql(b, kind, s0, s1);
    tac_buf_printf(b, ", '') AS text FROM articles a%s;",
                   pg ? " CROSS JOIN LATERAL jsonb_array_elements(a.sentences::jsonb) WITH ORDINALITY"
                        " AS j(v, n)"
                      : ", json_each(a.sentences) j");
    tac_buf_printf(b, "CREATE VIEW events_full AS SELECT e.id, e.id >> %d AS article, %s AS seq",
                   TAC_STORE_EVENT_SHIFT, pg ? "(e.id & 1048575)::int" : "e.id & 1048575");
    /* the column order of schema 4's table, then the joined and cut fields */
    static const char *const order[] = {
        "@sentence", "date", "@date_basis", "@date_start", "@date_end",
        "source_code", "source_country", "@source_start", "@source_end", "@source_entry",
        "@source_rule", "@source_agent", "target_code", "target_country", "@target_start",
        "@target_end", "@target_entry", "@target_rule", "@target_agent", "code", "!root",
        "quad", "goldstein", "@plover", "@verb_start", "@verb_end", "@pattern",
        "@pattern_text", "@dict_file", "@negated", "@mode", "@confidence"};
    for (size_t k = 0; k < sizeof order / sizeof *order; k++) {
        const char *c = order[k];
        tac_buf_puts(b, ", ");
        if (*c == '@') {
            int i = 0;
            while (i < TAC_EVD_N && strcmp(evd_fields[i].name, c + 1))
                i++;
            evidence_field_sql(b, kind, i);
            tac_buf_printf(b, " AS %s", c + 1);
        } else if (*c == '!') {
            /* the coder's root: the code's first two characters when digits */
            tac_buf_puts(b, pg ? "CASE WHEN e.code ~ '^[0-9][0-9]' THEN substr(e.code, 1, 2) END AS root"
                               : "CASE WHEN e.code GLOB '[0-9][0-9]*' THEN substr(e.code, 1, 2) END AS root");
        } else {
            tac_buf_printf(b, "e.%s", c);
        }
    }
    tac_buf_puts(b, ", a.article_id, a.url, a.ingested_at, ");
    evidence_span_sql(b, kind, TAC_EVD_SOURCE_START, TAC_EVD_SOURCE_END);
    tac_buf_puts(b, " AS source_text, ");
    evidence_span_sql(b, kind, TAC_EVD_TARGET_START, TAC_EVD_TARGET_END);
    tac_buf_puts(b, " AS target_text, ");
    evidence_span_sql(b, kind, TAC_EVD_VERB_START, TAC_EVD_VERB_END);
    tac_buf_puts(b, " AS verb_text, ");
    tac_buf sent0, sent1;
    tac_buf_init(&sent0);
    tac_buf_init(&sent1);
    for (int k = 0; k < 2; k++) {
        tac_buf *t = k ? &sent1 : &sent0;
        if (pg) {
            tac_buf_puts(t, "(a.sentences::jsonb -> ");
            evidence_field_sql(t, kind, TAC_EVD_SENTENCE);
            tac_buf_printf(t, " ->> %d)::int", k);
        } else {
            tac_buf_puts(t, "json_extract(a.sentences, '$[' || ");
            evidence_field_sql(t, kind, TAC_EVD_SENTENCE);
            tac_buf_printf(t, " || '][%d]')", k);
        }
        tac_buf_putc(t, 0);
    }
    if (sent0.failed || sent1.failed)
        b->failed = true;
    else
        span_sql(b, kind, sent0.data, sent1.data);
    tac_buf_free(&sent0);
    tac_buf_free(&sent1);
    tac_buf_printf(b, " AS sentence_text FROM events e JOIN articles a ON a.id = e.id >> %d%s;",
                   TAC_STORE_EVENT_SHIFT,
                   pg ? " CROSS JOIN LATERAL (SELECT e.evidence::jsonb AS j OFFSET 0) ev" : "");
    tac_buf_putc(b, 0);
}

static int row_first_int(void *ctx, int ncols, const char *const *vals)
{
    if (ncols > 0 && vals[0])
        *(int64_t *)ctx = strtoll(vals[0], NULL, 10);
    return 0;
}

tac_status tac_store_migrate(tac_store *s, tac_error *err)
{
    const tac_store_ops *o = s->ops;
    if (s->readonly) {
        int64_t have = 0;
        tac_status st = o->select(s, "SELECT MAX(version) FROM schema_version", NULL, 0,
                                  row_first_int, &have, err);
        if (st) {   /* no schema_version table: a new or foreign database */
            char why[sizeof err->detail];
            snprintf(why, sizeof why, "%s", err ? err->detail : "");
            return tac_fail(err, TAC_ERR_STORE, "not a tacitus database", 0, "%s", why);
        }
        if (have != TAC_STORE_SCHEMA_VERSION)
            return tac_fail(err, TAC_ERR_STORE,
                            have < TAC_STORE_SCHEMA_VERSION
                                ? "database schema is older than this tacitus (opened read-only: not migrated)"
                                : "database schema is newer than this tacitus",
                            0, "schema version %lld, this build needs %d%s", (long long)have,
                            TAC_STORE_SCHEMA_VERSION,
                            have < TAC_STORE_SCHEMA_VERSION ? "; run tacitus ingest once to migrate it" : "");
        s->schema_version = (int)have;
        return TAC_OK;
    }
    tac_status st = o->exec(s, o->migrate_begin, err);
    if (st)
        return st;
    st = o->exec(s, "CREATE TABLE IF NOT EXISTS schema_version ("
                    " version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", err);
    int64_t have = 0;
    if (!st)
        st = o->select(s, "SELECT MAX(version) FROM schema_version", NULL, 0, row_first_int, &have, err);
    if (!st && have > TAC_STORE_SCHEMA_VERSION)
        st = tac_fail(err, TAC_ERR_STORE, "database schema is newer than this tacitus", 0,
                      "schema version %lld, this build knows up to %d", (long long)have,
                      TAC_STORE_SCHEMA_VERSION);
    for (int64_t v = have; !st && v < TAC_STORE_SCHEMA_VERSION; v++) {
        tac_buf b;
        tac_buf_init(&b);
        dialect(&b, migrations[v], s->kind);
        if (b.failed)
            st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
        else
            st = o->exec(s, b.data, err);
        if (!st && v + 1 == TAC_STORE_SCHEMA_VERSION) {
            b.len = 0;
            views_sql(&b, s->kind);
            st = b.failed ? tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL) : o->exec(s, b.data, err);
        }
        tac_buf_free(&b);
        if (!st) {
            char sql[128];
            snprintf(sql, sizeof sql, "INSERT INTO schema_version VALUES (%lld, %lld)",
                     (long long)v + 1, (long long)time(NULL));
            st = o->exec(s, sql, err);
        }
    }
    if (st) {
        tac_error ignored;
        o->exec(s, "ROLLBACK", &ignored);
        return st;
    }
    st = o->exec(s, "COMMIT", err);
    if (!st)
        s->schema_version = TAC_STORE_SCHEMA_VERSION;
    return st;
}

/* ---- counts and batches ------------------------------------------------- */

static void counts_add(tac_store_counts *to, const tac_store_counts *c)
{
    to->articles_new += c->articles_new;
    to->articles_same += c->articles_same;
    to->articles_replaced += c->articles_replaced;
    to->events += c->events;
}

void tac_store_pending_committed(tac_store *s)
{
    counts_add(&s->counts, &s->pending);
    s->counts.batches++;
    memset(&s->pending, 0, sizeof s->pending);
    s->pending_articles = 0;
    s->pending_events = 0;
}

void tac_store_pending_dropped(tac_store *s)
{
    memset(&s->pending, 0, sizeof s->pending);
    s->pending_articles = 0;
    s->pending_events = 0;
}

bool tac_store_batch_full(const tac_store *s)
{
    return s->pending_articles >= s->batch_articles ||
           s->pending_events >= (uint64_t)s->batch_articles * 64;
}

void tac_store_counts_get(const tac_store *s, tac_store_counts *c) { *c = s->counts; }

/* ---- ingest ------------------------------------------------------------- */

static void hash_field(XXH3_state_t *st, const char *s, size_t n)
{
    /* length-prefixed, so ("ab","c") and ("a","bc") differ */
    uint64_t len = s ? n : UINT64_MAX;
    XXH3_128bits_update(st, &len, sizeof len);
    if (s && n)
        XXH3_128bits_update(st, s, n);
}

static void hash_str(XXH3_state_t *st, const char *s) { hash_field(st, s, s ? strlen(s) : 0); }

void tac_store_content_hash(const tac_doc *d, char out[33])
{
    XXH3_state_t st;
    XXH3_128bits_reset(&st);
    hash_field(&st, d->src, d->src_len);
    hash_str(&st, d->id);
    hash_str(&st, d->title);
    hash_str(&st, d->url);
    hash_str(&st, d->outlet);
    hash_str(&st, d->byline);
    hash_str(&st, d->original_source);
    int32_t dates[2] = {d->published, d->original_published};
    XXH3_128bits_update(&st, dates, sizeof dates);
    for (uint32_t i = 0; i < d->ntags; i++)
        hash_str(&st, d->tags[i]);
    XXH128_hash_t h = XXH3_128bits_digest(&st);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}

static tac_status refuse_readonly(tac_error *err)
{
    return tac_fail(err, TAC_ERR_ARG, "store opened read-only", 0, NULL);
}

tac_status tac_store_run_begin(tac_store *s, const char *dict_version, const char *command,
                               tac_error *err)
{
    if (s->readonly)
        return refuse_readonly(err);
    free(s->dict_version);
    s->dict_version = dict_version ? strdup(dict_version) : NULL;
    char host[256] = "";
    if (gethostname(host, sizeof host - 1) != 0)
        host[0] = 0;
    return s->ops->run_insert(s, command, host, err);
}

tac_status tac_store_run_end(tac_store *s, uint64_t nerrors, tac_error *err)
{
    tac_status st = tac_store_commit(s, err);
    if (st || !s->run_id)
        return st;
    char sql[512];
    snprintf(sql, sizeof sql,
             "UPDATE runs SET finished_at = %lld, status = '%s', articles_new = %llu,"
             " articles_same = %llu, articles_replaced = %llu, events = %llu, errors = %llu"
             " WHERE id = %lld",
             (long long)time(NULL), nerrors ? "errors" : "ok",
             (unsigned long long)s->counts.articles_new, (unsigned long long)s->counts.articles_same,
             (unsigned long long)s->counts.articles_replaced, (unsigned long long)s->counts.events,
             (unsigned long long)nerrors, (long long)s->run_id);
    return s->ops->exec(s, sql, err);
}

/* A full batch goes to the backend, which may commit it in the background
 * (ops->sync then waits for it). */
static tac_status commit_batch(tac_store *s, tac_error *err)
{
    if (!s->pending_articles)
        return TAC_OK;
    tac_status st = s->ops->commit(s, err);
    if (st)
        tac_store_pending_dropped(s);
    else
        tac_store_pending_committed(s);
    return st;
}

tac_status tac_store_add(tac_store *s, const tac_doc *doc, const char *file, tac_error *err)
{
    if (s->readonly)
        return refuse_readonly(err);
    if (!doc->id || !*doc->id)
        return tac_fail(err, TAC_ERR_ARG, "article without an id", 0, NULL);
    size_t idlen = strlen(doc->id);
    if (idlen > TAC_STORE_MAX_ARTICLE_ID)
        return tac_fail(err, TAC_ERR_LIMIT, "article id too long", TAC_STORE_MAX_ARTICLE_ID,
                        "%zu bytes", idlen);
    if (tac_utf8_valid_prefix(doc->id, idlen) != idlen)
        return tac_fail(err, TAC_ERR_UTF8, "article id is not valid UTF-8", 0, NULL);
    if (doc->nevents >= (1u << TAC_STORE_EVENT_SHIFT))
        return tac_fail(err, TAC_ERR_LIMIT, "too many events in one article for the store", 0,
                        "%s: %u events (limit %u)", doc->id, doc->nevents, (1u << TAC_STORE_EVENT_SHIFT) - 1);
    for (uint32_t i = 0; i < doc->nevents; i++)
        if (doc->events[i].sentence >= doc->nsentences && doc->nsentences)
            return tac_fail(err, TAC_ERR_ARG, "event refers to a sentence the article lacks", 0,
                            "%s: event %u, sentence %u", doc->id, i, doc->events[i].sentence);
    char hash[33];
    tac_store_content_hash(doc, hash);
    tac_status st = s->ops->add(s, doc, file, hash, err);
    if (st)
        return st;
    s->pending_articles++;
    if (tac_store_batch_full(s))
        return commit_batch(s, err);
    return TAC_OK;
}

tac_status tac_store_commit(tac_store *s, tac_error *err)
{
    tac_status st = commit_batch(s, err);
    if (!st && s->ops->sync)
        st = s->ops->sync(s, err);
    return st;
}

/* ---- background writer (see store_impl.h) -------------------------------- */

bool tac_bg_init(tac_bg *b, void (*run)(void *ctx), void *ctx)
{
    memset(b, 0, sizeof *b);
    b->run = run;
    b->ctx = ctx;
    if (pthread_mutex_init(&b->mu, NULL))
        return false;
    if (pthread_cond_init(&b->cv, NULL)) {
        pthread_mutex_destroy(&b->mu);
        return false;
    }
    b->init = true;
    return true;
}

static void *bg_main(void *arg)
{
    tac_bg *b = arg;
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (!b->busy && !b->quit)
            pthread_cond_wait(&b->cv, &b->mu);
        if (!b->busy)
            break;
        pthread_mutex_unlock(&b->mu);
        b->run(b->ctx);
        pthread_mutex_lock(&b->mu);
        b->busy = false;
        pthread_cond_broadcast(&b->cv);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

bool tac_bg_go(tac_bg *b)
{
    if (!b->started && !b->no_thread) {
        if (pthread_create(&b->thread, NULL, bg_main, b) == 0)
            b->started = true;
        else
            b->no_thread = true;
    }
    if (!b->started) {
        b->run(b->ctx);
        return true;
    }
    pthread_mutex_lock(&b->mu);
    b->busy = true;
    pthread_cond_broadcast(&b->cv);
    pthread_mutex_unlock(&b->mu);
    return false;
}

void tac_bg_wait(tac_bg *b)
{
    if (!b->started)
        return;
    pthread_mutex_lock(&b->mu);
    while (b->busy)
        pthread_cond_wait(&b->cv, &b->mu);
    pthread_mutex_unlock(&b->mu);
}

tac_status tac_bg_reap(tac_bg *b, bool wait, tac_store_counts *counts, tac_error *err)
{
    if (!b->init)
        return TAC_OK;
    if (wait)
        tac_bg_wait(b);
    pthread_mutex_lock(&b->mu);
    counts_add(counts, &b->done);
    memset(&b->done, 0, sizeof b->done);
    tac_status st = b->st;
    if (st) {
        if (err)
            *err = b->err;
        b->st = TAC_OK;
    }
    pthread_mutex_unlock(&b->mu);
    return st;
}

void tac_bg_stored(tac_bg *b, const tac_store_counts *c)
{
    pthread_mutex_lock(&b->mu);
    counts_add(&b->done, c);
    pthread_mutex_unlock(&b->mu);
}

void tac_bg_failed(tac_bg *b, tac_status st, const tac_error *err)
{
    pthread_mutex_lock(&b->mu);
    if (!b->st) {
        b->st = st;
        b->err = *err;
    }
    pthread_mutex_unlock(&b->mu);
}

void tac_bg_stop(tac_bg *b)
{
    if (!b->init)
        return;
    if (b->started) {
        pthread_mutex_lock(&b->mu);
        b->quit = true;
        pthread_cond_broadcast(&b->cv);
        pthread_mutex_unlock(&b->mu);
        pthread_join(b->thread, NULL);
        b->started = false;
    }
    pthread_mutex_destroy(&b->mu);
    pthread_cond_destroy(&b->cv);
    b->init = false;
}

/* ---- rows --------------------------------------------------------------- */

const char *const tac_store_article_columns[TAC_ART_NCOLS] = {
    "id", "article_id", "content_hash", "url", "title", "published", "original_published",
    "outlet", "byline", "original_source", "tags", "format", "source_file", "dict_version",
    "ingested_at", "run_id", "body", "sentences"};
const char *const tac_store_dropped_columns[TAC_DROP_NCOLS] = {
    "article", "idx", "start_byte", "end_byte", "reason"};
const char *const tac_store_event_columns[TAC_EV_NCOLS] = {
    "id", "date", "source_code", "source_country", "target_code", "target_country",
    "code", "quad", "goldstein", "evidence"};

static tac_val v_null(void) { return (tac_val){.type = TAC_VAL_NULL}; }
static tac_val v_int(int64_t i) { return (tac_val){.type = TAC_VAL_INT, .i = i}; }
static tac_val v_real(double d) { return (tac_val){.type = TAC_VAL_REAL, .d = d}; }
static tac_val v_text(const char *s, size_t n) { return (tac_val){.type = TAC_VAL_TEXT, .s = s, .n = n}; }
static tac_val v_str(const char *s) { return s ? v_text(s, strlen(s)) : v_null(); }
static tac_val v_date(int32_t d) { return d == TAC_NO_DATE ? v_null() : v_int(d); }

/* Our own names, so the store does not depend on the readers' table. */
static const char *format_name(tac_format f)
{
    switch (f) {
    case TAC_FORMAT_TEXT: return "text";
    case TAC_FORMAT_MARKDOWN: return "markdown";
    case TAC_FORMAT_HTML: return "html";
    case TAC_FORMAT_JSONL: return "jsonl";
    default: return NULL;
    }
}

/* Decimal digits without printf: an article's spans are written for every
 * article stored, and vfprintf cost more than the rest of the row. */
static void put_uint(tac_buf *b, uint32_t v)
{
    char d[10];
    int n = 0;
    do {
        d[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        tac_buf_putc(b, d[--n]);
}

void tac_store_article_row(const tac_doc *d, int64_t id, const char *hash, const char *file,
                           const char *dict_version, int64_t ingested_at, int64_t run_id,
                           tac_buf *tags, tac_buf *spans, tac_val out[TAC_ART_NCOLS])
{
    spans->len = 0;
    tac_buf_putc(spans, '[');
    for (uint32_t i = 0; i < d->nsentences; i++) {
        /* a span past the end of the body would cut garbage on read */
        tac_span sp = d->sentences[i].span;
        uint32_t a = sp.start <= d->src_len ? sp.start : 0, b = sp.end <= d->src_len ? sp.end : 0;
        if (i)
            tac_buf_putc(spans, ',');
        tac_buf_putc(spans, '[');
        put_uint(spans, a);
        tac_buf_putc(spans, ',');
        put_uint(spans, b > a ? b : a);
        tac_buf_putc(spans, ']');
    }
    tac_buf_putc(spans, ']');
    tags->len = 0;
    tac_buf_putc(tags, '[');
    for (uint32_t i = 0; i < d->ntags; i++) {
        if (i)
            tac_buf_putc(tags, ',');
        tac_buf_json_cstr(tags, d->tags[i]);
    }
    tac_buf_putc(tags, ']');
    out[TAC_ART_ID] = id ? v_int(id) : v_null();
    out[TAC_ART_ARTICLE_ID] = v_str(d->id);
    out[TAC_ART_HASH] = v_text(hash, 32);
    out[TAC_ART_URL] = v_str(d->url);
    out[TAC_ART_TITLE] = v_str(d->title);
    out[TAC_ART_PUBLISHED] = v_date(d->published);
    out[TAC_ART_ORIG_PUBLISHED] = v_date(d->original_published);
    out[TAC_ART_OUTLET] = v_str(d->outlet);
    out[TAC_ART_BYLINE] = v_str(d->byline);
    out[TAC_ART_ORIG_SOURCE] = v_str(d->original_source);
    out[TAC_ART_TAGS] = d->ntags && !tags->failed ? v_text(tags->data, tags->len) : v_null();
    out[TAC_ART_FORMAT] = v_str(format_name(d->format));
    out[TAC_ART_SOURCE_FILE] = v_str(file);
    out[TAC_ART_DICT_VERSION] = v_str(dict_version);
    out[TAC_ART_INGESTED_AT] = v_int(ingested_at);
    out[TAC_ART_RUN_ID] = run_id ? v_int(run_id) : v_null();
    out[TAC_ART_BODY] = v_text(d->src, d->src_len);
    out[TAC_ART_SENTENCES] = spans->failed ? v_null() : v_text(spans->data, spans->len);
}

void tac_store_dropped_row(const tac_doc *d, int64_t article, uint32_t i, tac_val out[TAC_DROP_NCOLS])
{
    out[TAC_DROP_ARTICLE] = v_int(article);
    out[TAC_DROP_IDX] = v_int(i);
    out[TAC_DROP_START] = v_int(d->dropped[i].span.start);
    out[TAC_DROP_END] = v_int(d->dropped[i].span.end);
    out[TAC_DROP_REASON] = v_str(d->dropped[i].reason);
}

static const char *const mode_names[] = {"fact", "intent", "negated", "hypothetical", "denied"};

/* A span is stored only when it lies inside the body: the text is cut out
 * of the body on read. */
static bool span_ok(const tac_doc *d, tac_span sp) { return sp.end > sp.start && sp.end <= d->src_len; }

/* Rounded so that the float of the event record prints as written in the
 * tables (3.4f would otherwise come back as 3.4000000953674316). */
static double round_to(float f, double scale) { return round((double)f * scale) / scale; }

/* ---- the evidence array: JSON written straight into the buffer (a field
 * per event column it replaced, for every event stored: printf or a call per
 * byte cost more than SQLite's insert) ---- */

typedef struct evd_out {
    tac_buf *b;
    char *p;                 /* next byte; room reserved by evidence_json    */
} evd_out;

static void evd_int(evd_out *o, int64_t v)
{
    char d[24];
    int n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        d[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        d[n++] = '-';
    while (n)
        *o->p++ = d[--n];
    *o->p++ = ',';
}

static void evd_null(evd_out *o)
{
    memcpy(o->p, "null,", 5);
    o->p += 5;
}

/* Plain printable ASCII is copied; anything else goes through the shared
 * JSON escaper (its output is at most 6 bytes per input byte, reserved). */
static void evd_str(evd_out *o, const char *s)
{
    if (!s) {
        evd_null(o);
        return;
    }
    /* bytes JSON takes as they are: printable ASCII but '"' and '\\' */
    static const uint8_t plain[256] = {
        [0x20] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,             /* 0x20-0x2f */
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,                      /* 0x30-0x3f */
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,                      /* 0x40-0x4f */
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,                      /* 0x50-0x5f */
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,                      /* 0x60-0x6f */
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,                      /* 0x70-0x7f */
    };
    size_t i = 0;
    while (plain[(unsigned char)s[i]])
        i++;
    size_t n = s[i] ? i + strlen(s + i) : i;
    if (i == n) {
        *o->p++ = '"';
        memcpy(o->p, s, n);
        o->p += n;
        *o->p++ = '"';
    } else {
        o->b->len = (size_t)(o->p - o->b->data);
        tac_buf_json_str(o->b, s, n);
        o->p = o->b->data + o->b->len;
    }
    *o->p++ = ',';
}

static void evd_span(evd_out *o, const tac_doc *d, tac_span sp)
{
    if (span_ok(d, sp)) {
        evd_int(o, sp.start);
        evd_int(o, sp.end);
    } else {
        evd_null(o);
        evd_null(o);
    }
}

/* A value in [0, 1e9] with at most 4 decimals ("0.93"), as the old REAL
 * column printed it. */
static void evd_unit(evd_out *o, float f)
{
    double v = round_to(f, 10000);
    if (!(v >= 0 && v <= 1e9)) {
        evd_null(o);
        return;
    }
    long long k = llround(v * 10000.0);
    evd_int(o, k / 10000);
    int frac = (int)(k % 10000), digits = 4;
    if (!frac)
        return;
    o->p--;   /* the comma */
    while (frac % 10 == 0) {
        frac /= 10;
        digits--;
    }
    *o->p++ = '.';
    for (int i = digits - 1; i >= 0; i--, frac /= 10)
        o->p[i] = (char)('0' + frac % 10);
    o->p += digits;
    *o->p++ = ',';
}

static size_t strlen0(const char *s) { return s ? strlen(s) : 0; }

static void evidence_json(tac_buf *b, const tac_doc *d, const tac_event *e)
{
    const char *mode = e->mode < sizeof mode_names / sizeof *mode_names ? mode_names[e->mode] : NULL;
    size_t text = strlen0(e->source.entry) + strlen0(e->source.rule) + strlen0(e->source.agent) +
                  strlen0(e->target.entry) + strlen0(e->target.rule) + strlen0(e->target.agent) +
                  strlen0(e->plover) + strlen0(e->pattern_text) + strlen0(e->dict_file) + strlen0(mode);
    /* 23 fields of at most 24 bytes plus separators, and 6 bytes per text byte */
    if (!tac_buf_reserve(b, 23 * 26 + 6 * text + 16))
        return;
    evd_out o = {b, b->data + b->len};
    *o.p++ = '[';
    evd_int(&o, e->sentence);
    evd_str(&o, e->date_basis == TAC_DATE_TEXT ? "text" : "published");
    if (e->date_span.end > e->date_span.start) {
        evd_int(&o, e->date_span.start);
        evd_int(&o, e->date_span.end);
    } else {
        evd_null(&o);
        evd_null(&o);
    }
    const tac_actor *act[2] = {&e->source, &e->target};
    for (int k = 0; k < 2; k++) {
        evd_span(&o, d, act[k]->span);
        evd_str(&o, act[k]->entry);
        evd_str(&o, act[k]->rule);
        evd_str(&o, act[k]->agent);
    }
    evd_str(&o, e->plover);
    evd_span(&o, d, e->verb);
    evd_int(&o, e->pattern);
    evd_str(&o, e->pattern_text);
    evd_str(&o, e->dict_file);
    evd_int(&o, e->negated ? 1 : 0);
    evd_str(&o, mode);
    evd_unit(&o, e->confidence);
    o.p[-1] = ']';
    b->len = (size_t)(o.p - b->data);
}

void tac_store_event_rows(const tac_doc *d, int64_t article, uint32_t first, uint32_t n,
                          tac_buf *evid, tac_val *out)
{
    evid->len = 0;
    for (uint32_t r = 0; r < n; r++) {
        const tac_event *e = &d->events[first + r];
        tac_val *v = out + (size_t)r * TAC_EV_NCOLS;
        v[TAC_EV_ID] = v_int((article << TAC_STORE_EVENT_SHIFT) | (first + r));
        v[TAC_EV_DATE] = v_date(e->date);
        v[TAC_EV_SOURCE_CODE] = v_str(e->source.code);
        v[TAC_EV_SOURCE_COUNTRY] = v_text(e->source.country, strnlen(e->source.country, 3));
        v[TAC_EV_TARGET_CODE] = v_str(e->target.code);
        v[TAC_EV_TARGET_COUNTRY] = v_text(e->target.country, strnlen(e->target.country, 3));
        v[TAC_EV_CODE] = v_text(e->code, strnlen(e->code, sizeof e->code));
        v[TAC_EV_QUAD] = e->quad ? v_int(e->quad) : v_null();
        v[TAC_EV_GOLDSTEIN] = v_real(round_to(e->goldstein, 10));
        /* an offset until the buffer stops moving */
        size_t at = evid->len;
        evidence_json(evid, d, e);
        v[TAC_EV_EVIDENCE] = (tac_val){.type = TAC_VAL_TEXT, .i = (int64_t)at, .n = evid->len - at};
    }
    for (uint32_t r = 0; r < n; r++) {
        tac_val *v = out + (size_t)r * TAC_EV_NCOLS + TAC_EV_EVIDENCE;
        if (evid->failed)
            *v = v_text("[]", 2);
        else
            v->s = evid->data + v->i;
    }
}

/* ---- queries ------------------------------------------------------------ */

void tac_event_filter_init(tac_event_filter *f)
{
    memset(f, 0, sizeof *f);
    f->from = f->to = TAC_NO_DATE;
}

/* Codes in filters: upper-case letters and digits, 1..32 of them. */
static bool code_ok(const char *c)
{
    size_t n = strlen(c);
    if (n == 0 || n > TAC_STORE_MAX_CODE)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= '0' && c[i] <= '9')))
            return false;
    return true;
}

typedef struct sqlq {
    tac_buf sql;
    const char *params[48];  /* a split dyad query repeats every filter    */
    char owned[48][48];    /* storage for parameters formatted here          */
    int n;
    char ph;
} sqlq;

static void q_param(sqlq *q, const char *value)
{
    q->params[q->n] = value;
    q->n++;
    tac_buf_printf(&q->sql, "%c%d", q->ph, q->n);
}

static void q_param_int(sqlq *q, long long v)
{
    snprintf(q->owned[q->n], sizeof q->owned[0], "%lld", v);
    q_param(q, q->owned[q->n]);
}

/* Upper bound of the prefix range: "CHN" → "CHO"; codes are [A-Z0-9] so the
 * last byte never overflows. */
static void q_param_prefix_end(sqlq *q, const char *prefix)
{
    size_t n = strlen(prefix);
    memcpy(q->owned[q->n], prefix, n + 1);
    q->owned[q->n][n - 1]++;
    q_param(q, q->owned[q->n]);
}

/* One side of an actor match: "<side>_country = X", or a code-prefix range.
 * An actor's country is the first 3 letters of its code when those are a
 * country/IGO key and '' otherwise, so a prefix of 3+ letters also bounds the
 * country to those 3 letters or '' — which lets the country indexes find the
 * rows instead of a scan of the table. */
static void q_side(sqlq *q, const char *side, const char *who)
{
    size_t n = strlen(who);
    if (n == 3) {
        tac_buf_printf(&q->sql, "e.%s_country = ", side);
        q_param(q, who);
        return;
    }
    tac_buf_puts(&q->sql, "(");
    if (n > 3) {
        snprintf(q->owned[q->n], sizeof q->owned[0], "%.3s", who);
        tac_buf_printf(&q->sql, "e.%s_country IN (", side);
        q_param(q, q->owned[q->n]);
        tac_buf_puts(&q->sql, ", '') AND ");
    }
    tac_buf_printf(&q->sql, "e.%s_code >= ", side);
    q_param(q, who);
    tac_buf_printf(&q->sql, " AND e.%s_code < ", side);
    q_param_prefix_end(q, who);
    tac_buf_puts(&q->sql, ")");
}

#define EVENT_SELECT \
    "SELECT e.id, e.article_id, e.url, e.ingested_at, e.seq, e.sentence, e.date, e.date_basis," \
    " e.date_start, e.date_end," \
    " e.source_code, e.source_country, e.source_text, e.source_start, e.source_end," \
    " e.source_entry, e.source_rule, e.source_agent," \
    " e.target_code, e.target_country, e.target_text, e.target_start, e.target_end," \
    " e.target_entry, e.target_rule, e.target_agent," \
    " e.code, e.root, e.quad, e.goldstein, e.plover, e.verb_text, e.verb_start, e.verb_end," \
    " e.pattern, e.pattern_text, e.dict_file, e.negated, e.mode, e.confidence" \
    " FROM events_full e"
#define EVENT_SELECT_NCOLS 40

static int64_t int_or(const char *v, int64_t dflt) { return v ? strtoll(v, NULL, 10) : dflt; }

static void actor_from(const char *const *v, tac_stored_actor *a)
{
    a->code = v[0];
    a->country = v[1] && *v[1] ? v[1] : NULL;
    a->text = v[2];
    a->start = int_or(v[3], -1);
    a->end = int_or(v[4], -1);
    a->entry = v[5];
    a->rule = v[6];
    a->agent = v[7];
}

typedef struct event_cb {
    tac_stored_event_fn fn;
    void *ctx;
} event_cb;

static int event_row(void *ctx, int ncols, const char *const *v)
{
    event_cb *cb = ctx;
    if (ncols != EVENT_SELECT_NCOLS)
        return -1;
    tac_stored_event e;
    memset(&e, 0, sizeof e);
    e.id = int_or(v[0], 0);
    e.article = v[1];
    e.url = v[2];
    e.ingested_at = int_or(v[3], 0);
    e.seq = (uint32_t)int_or(v[4], 0);
    e.sentence = (uint32_t)int_or(v[5], 0);
    e.date = v[6] ? (int32_t)strtol(v[6], NULL, 10) : TAC_NO_DATE;
    e.date_basis = v[7];
    e.date_start = int_or(v[8], -1);
    e.date_end = int_or(v[9], -1);
    actor_from(v + 10, &e.source);
    actor_from(v + 18, &e.target);
    e.code = v[26];
    e.root = v[27];
    e.quad = (int)int_or(v[28], 0);
    e.goldstein = v[29] ? strtod(v[29], NULL) : 0;
    e.plover = v[30];
    e.verb_text = v[31];
    e.verb_start = int_or(v[32], -1);
    e.verb_end = int_or(v[33], -1);
    e.pattern = int_or(v[34], 0);
    e.pattern_text = v[35];
    e.dict_file = v[36];
    /* PostgreSQL has no bool here (INTEGER column), so "1"/"0" both ways */
    e.negated = v[37] && (v[37][0] == '1' || v[37][0] == 't');
    e.mode = v[38];
    e.confidence = v[39] ? strtod(v[39], NULL) : 0;
    return cb->fn(&e, cb->ctx);
}

enum { SPLIT_NONE, SPLIT_DYAD };

/* Can the query run as two id-ordered index ranges merged by id (see
 * tac_store_events)? Only where the two halves are disjoint by construction. */
static int event_split(const tac_event_filter *f)
{
    /* (A country alone does not split well: no index returns the events
     * of one source country in id order without a third index.) */
    return f->dyad_a && strlen(f->dyad_a) == 3 && strlen(f->dyad_b) == 3 &&
                   strcmp(f->dyad_a, f->dyad_b) != 0
               ? SPLIT_DYAD : SPLIT_NONE;
}

/* Every source country stored, as a PostgreSQL array: a loose scan of the
 * pair index, one descent per country (a few hundred; about a millisecond). */
#define PG_SOURCE_COUNTRIES \
    "ARRAY(WITH RECURSIVE t(c) AS (SELECT MIN(source_country) FROM events" \
    " UNION ALL SELECT (SELECT MIN(x.source_country) FROM events x WHERE x.source_country > t.c)" \
    " FROM t WHERE t.c IS NOT NULL) SELECT c FROM t WHERE c IS NOT NULL)"

/* A condition on the target country alone: the pair index serves it as one
 * range per source country — SQLite's planner does that itself (skip-scan),
 * PostgreSQL 15 needs the source countries spelled out. */
static void q_target_only(sqlq *q)
{
    if (q->ph == '$')
        tac_buf_puts(&q->sql, " AND e.source_country = ANY(" PG_SOURCE_COUNTRIES ")");
}

/* The WHERE conditions of a filter after "WHERE 1=1". With a split, arm 0
 * or 1 keeps one direction of the dyad: A→B or B→A. */
static void event_where(sqlq *q, const tac_event_filter *f, int split, int arm)
{
    if (f->actor) {
        tac_buf_puts(&q->sql, " AND (");
        q_side(q, "source", f->actor);
        tac_buf_puts(&q->sql, " OR (");
        q_side(q, "target", f->actor);
        q_target_only(q);
        tac_buf_puts(&q->sql, "))");
    }
    if (f->country) {
        tac_buf_puts(&q->sql, " AND (e.source_country = ");
        q_param(q, f->country);
        tac_buf_puts(&q->sql, " OR (e.target_country = ");
        q_param(q, f->country);
        q_target_only(q);
        tac_buf_puts(&q->sql, "))");
    }
    if (split == SPLIT_DYAD) {
        tac_buf_puts(&q->sql, " AND e.source_country = ");
        q_param(q, arm ? f->dyad_b : f->dyad_a);
        tac_buf_puts(&q->sql, " AND e.target_country = ");
        q_param(q, arm ? f->dyad_a : f->dyad_b);
    } else if (f->dyad_a) {
        tac_buf_puts(&q->sql, " AND ((");
        q_side(q, "source", f->dyad_a);
        tac_buf_puts(&q->sql, " AND ");
        q_side(q, "target", f->dyad_b);
        tac_buf_puts(&q->sql, ") OR (");
        q_side(q, "source", f->dyad_b);
        tac_buf_puts(&q->sql, " AND ");
        q_side(q, "target", f->dyad_a);
        tac_buf_puts(&q->sql, "))");
    }
    if (f->code) {
        tac_buf_puts(&q->sql, " AND e.code = ");
        q_param(q, f->code);
    }
    if (f->root) {
        tac_buf_puts(&q->sql, " AND e.root = ");
        q_param(q, f->root);
    }
    if (f->quad) {
        tac_buf_puts(&q->sql, " AND e.quad = ");
        q_param_int(q, f->quad);
    }
    if (f->from != TAC_NO_DATE) {
        tac_buf_puts(&q->sql, " AND e.date >= ");
        q_param_int(q, f->from);
    }
    if (f->to != TAC_NO_DATE) {
        tac_buf_puts(&q->sql, " AND e.date <= ");
        q_param_int(q, f->to);
    }
    if (f->article) {
        /* the article's events are one id range (see the migrations) */
        tac_buf_printf(&q->sql, " AND e.id >= (SELECT id * %u FROM articles WHERE article_id = ",
                       1u << TAC_STORE_EVENT_SHIFT);
        q_param(q, f->article);
        tac_buf_printf(&q->sql, ") AND e.id < (SELECT (id + 1) * %u FROM articles WHERE article_id = %c%d)",
                       1u << TAC_STORE_EVENT_SHIFT, q->ph, q->n);
    }
    if (f->after_id) {
        tac_buf_puts(&q->sql, " AND e.id > ");
        q_param_int(q, f->after_id);
    }
}

/* ---- a page of one country's events (SQLite) ----------------------------
 *
 * "Events of SYR, either side, in id order, first 100": the OR of the two
 * sides reads every event of the country and sorts them before the first
 * row comes out (~0.3-0.45 s over 1M events, for a busy country, and
 * growing with the store). But events_pair holds each country pair's events
 * in id order, and a country has a few hundred pairs at most: read each
 * pair's first `limit` ids (below the limit-th smallest found so far),
 * merge, then fetch the winners' rows — ~6 ms over 1M events. PostgreSQL
 * needs none of this: its plan walks the pair index by source country (see
 * q_target_only). */

/* Pages longer than this take the general query. */
#define COUNTRY_PAGE_MAX 10000

/* p with room for element n (doubling from `first`), or NULL with p left
 * as it was when memory is short. */
static void *grow(void *p, size_t *cap, size_t n, size_t size, size_t first)
{
    if (n < *cap)
        return p;
    size_t c = *cap ? *cap * 2 : first;
    void *q = realloc(p, c * size);
    if (q)
        *cap = c;
    return q;
}

typedef struct pair_list {
    char (*p)[2][40];
    size_t n, cap;
    bool failed;
} pair_list;

static int collect_pair(void *ctx, int ncols, const char *const *v)
{
    pair_list *l = ctx;
    if (ncols != 2 || !v[0] || !v[1] || strlen(v[0]) >= 40 || strlen(v[1]) >= 40) {
        l->failed = true;   /* not a pair this path can name: take the general query */
        return 1;
    }
    void *p = grow(l->p, &l->cap, l->n, sizeof *l->p, 64);
    if (!p) {
        l->failed = true;
        return 1;
    }
    l->p = p;
    strcpy(l->p[l->n][0], v[0]);
    strcpy(l->p[l->n][1], v[1]);
    l->n++;
    return 0;
}

typedef struct id_list {
    int64_t *v;
    size_t n, cap;
    bool failed;
} id_list;

static int collect_id(void *ctx, int ncols, const char *const *v)
{
    id_list *l = ctx;
    if (ncols < 1 || !v[0])
        return 0;
    int64_t *p = grow(l->v, &l->cap, l->n, sizeof *p, 128);
    if (!p) {
        l->failed = true;
        return 1;
    }
    l->v = p;
    l->v[l->n++] = strtoll(v[0], NULL, 10);
    return 0;
}

/* The country whose page can be merged from its pairs, if any. */
static const char *page_country(const tac_store *s, const tac_event_filter *f)
{
    if (s->kind != TAC_STORE_SQLITE || f->dyad_a || !f->limit || f->limit > COUNTRY_PAGE_MAX)
        return NULL;
    if (f->country)
        return f->country;
    return f->actor && strlen(f->actor) == 3 ? f->actor : NULL;
}

/* Every (source, target) pair with the country on one side: one descent of
 * the pair index per target of the country and per source country. */
#define SQLITE_COUNTRY_PAIRS \
    "WITH RECURSIVE src(c) AS (SELECT MIN(source_country) FROM events" \
    " UNION ALL SELECT (SELECT MIN(source_country) FROM events WHERE source_country > src.c)" \
    " FROM src WHERE src.c IS NOT NULL)," \
    " tgt(c) AS (SELECT MIN(target_country) FROM events WHERE source_country = ?1" \
    " UNION ALL SELECT (SELECT MIN(target_country) FROM events WHERE source_country = ?1" \
    " AND target_country > tgt.c) FROM tgt WHERE tgt.c IS NOT NULL)" \
    " SELECT ?1, c FROM tgt WHERE c IS NOT NULL" \
    " UNION ALL SELECT c, ?1 FROM src WHERE c IS NOT NULL AND c <> ?1" \
    " AND EXISTS (SELECT 1 FROM events WHERE source_country = src.c AND target_country = ?1)"

/* The `limit` smallest of two id-ordered lists, into out; their number. */
static size_t merge_ids(const int64_t *a, size_t na, const int64_t *b, size_t nb, int64_t *out,
                        size_t limit)
{
    size_t n = na + nb < limit ? na + nb : limit, i = 0, j = 0;
    for (size_t k = 0; k < n; k++)
        out[k] = j >= nb || (i < na && a[i] < b[j]) ? a[i++] : b[j++];
    return n;
}

/* *general: a pair this path cannot name; the caller runs the general
 * query instead. */
static tac_status country_page(tac_store *s, const tac_event_filter *f, const char *ctry,
                               tac_stored_event_fn fn, void *ctx, bool *general, tac_error *err)
{
    *general = false;
    pair_list pairs = {0};
    const char *p1[1] = {ctry};
    tac_status st = s->ops->select(s, SQLITE_COUNTRY_PAIRS, p1, 1, collect_pair, &pairs, err);
    if (!st && pairs.failed) {
        free(pairs.p);
        *general = true;
        return TAC_OK;
    }
    /* best: the page so far; next: where the merge writes, then they swap */
    size_t limit = (size_t)f->limit, nbest = 0;
    int64_t *best = malloc(limit * sizeof *best), *next = malloc(limit * sizeof *next);
    id_list got = {0};
    if (!best || !next)
        st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    sqlq q;
    memset(&q, 0, sizeof q);
    tac_buf_init(&q.sql);
    q.ph = s->ops->placeholder;
    for (size_t i = 0; !st && i < pairs.n; i++) {
        q.sql.len = 0;
        q.n = 0;
        tac_buf_puts(&q.sql, "SELECT e.id FROM events_full e WHERE e.source_country = ");
        q_param(&q, pairs.p[i][0]);
        tac_buf_puts(&q.sql, " AND e.target_country = ");
        q_param(&q, pairs.p[i][1]);
        event_where(&q, f, SPLIT_NONE, 0);
        if (nbest == limit) {   /* only ids that could still make the page */
            tac_buf_puts(&q.sql, " AND e.id < ");
            q_param_int(&q, best[nbest - 1]);
        }
        tac_buf_printf(&q.sql, " ORDER BY e.id LIMIT %zu", limit);
        tac_buf_putc(&q.sql, 0);
        if (q.sql.failed) {
            st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
            break;
        }
        got.n = 0;
        st = s->ops->select(s, q.sql.data, q.params, q.n, collect_id, &got, err);
        if (!st && got.failed)
            st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
        if (!st) {
            nbest = merge_ids(best, nbest, got.v, got.n, next, limit);
            int64_t *t = best;
            best = next;
            next = t;
        }
    }
    if (!st && nbest) {
        /* the ids are the database's own integers: written into the SQL */
        q.sql.len = 0;
        tac_buf_puts(&q.sql, EVENT_SELECT " WHERE e.id IN (");
        for (size_t i = 0; i < nbest; i++)
            tac_buf_printf(&q.sql, "%s%lld", i ? "," : "", (long long)best[i]);
        tac_buf_puts(&q.sql, ") ORDER BY e.id");
        tac_buf_putc(&q.sql, 0);
        if (q.sql.failed) {
            st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
        } else {
            event_cb cb = {fn, ctx};
            st = s->ops->select(s, q.sql.data, NULL, 0, event_row, &cb, err);
        }
    }
    tac_buf_free(&q.sql);
    free(pairs.p);
    free(best);
    free(next);
    free(got.v);
    return st;
}

tac_status tac_store_events(tac_store *s, const tac_event_filter *f, tac_stored_event_fn fn,
                            void *ctx, tac_error *err)
{
    const char *codes[][2] = {{"actor", f->actor}, {"country", f->country}, {"dyad", f->dyad_a},
                              {"dyad", f->dyad_b}, {"code", f->code}, {"root", f->root}};
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++)
        if (codes[i][1] && !code_ok(codes[i][1]))
            return tac_fail(err, TAC_ERR_ARG, "bad code in filter", 0,
                            "%s: '%.40s' (expected 1-32 of A-Z, 0-9)", codes[i][0], codes[i][1]);
    if (f->country && strlen(f->country) != 3)
        return tac_fail(err, TAC_ERR_ARG, "a country is a 3-letter code", 0, "%s", f->country);
    if ((f->dyad_a == NULL) != (f->dyad_b == NULL))
        return tac_fail(err, TAC_ERR_ARG, "a dyad needs two sides", 0, NULL);
    if (f->quad < 0 || f->quad > 4)
        return tac_fail(err, TAC_ERR_ARG, "quad class is 1..4", 0, "%d", f->quad);
    if (f->article && strlen(f->article) > TAC_STORE_MAX_ARTICLE_ID)
        return tac_fail(err, TAC_ERR_LIMIT, "article id too long", 0, NULL);

    const char *ctry = page_country(s, f);
    if (ctry) {
        bool general;
        tac_status st = country_page(s, f, ctry, fn, ctx, &general, err);
        if (st || !general)
            return st;
    }
    sqlq q;
    memset(&q, 0, sizeof q);
    tac_buf_init(&q.sql);
    q.ph = s->ops->placeholder;
    /* A dyad of two countries: one query per direction, each an id-ordered
     * range of events_pair cut at the limit, merged by id. The OR of both
     * directions would fetch and sort every event of the pair before the
     * first row of a page could come out. */
    int split = event_split(f);
    if (!split) {
        tac_buf_puts(&q.sql, EVENT_SELECT " WHERE 1=1");
        event_where(&q, f, SPLIT_NONE, 0);
        tac_buf_puts(&q.sql, " ORDER BY e.id");
    } else {
        for (int dir = 0; dir < 2; dir++) {
            tac_buf_puts(&q.sql, dir ? " UNION ALL SELECT * FROM (" : "SELECT * FROM (");
            tac_buf_puts(&q.sql, EVENT_SELECT " WHERE 1=1");
            event_where(&q, f, split, dir);
            tac_buf_puts(&q.sql, " ORDER BY e.id");
            if (f->limit)
                tac_buf_printf(&q.sql, " LIMIT %llu", (unsigned long long)f->limit);
            tac_buf_printf(&q.sql, ") AS d%d", dir);
        }
        tac_buf_puts(&q.sql, " ORDER BY 1");
    }
    if (f->limit)
        tac_buf_printf(&q.sql, " LIMIT %llu", (unsigned long long)f->limit);
    tac_buf_putc(&q.sql, 0);
    tac_status st;
    if (q.sql.failed) {
        st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    } else {
        event_cb cb = {fn, ctx};
        st = s->ops->select(s, q.sql.data, q.params, q.n, event_row, &cb, err);
    }
    tac_buf_free(&q.sql);
    return st;
}

/* ---- dyad series -------------------------------------------------------- */

bool tac_period_from_name(const char *name, tac_period *out)
{
    static const char *const names[] = {"day", "week", "month", "year"};
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, names[i])) {
            *out = (tac_period)i;
            return true;
        }
    return false;
}

int32_t tac_period_start(tac_period p, int32_t day)
{
    int y;
    unsigned m, d;
    switch (p) {
    case TAC_BY_DAY:
        return day;
    case TAC_BY_WEEK:
        return day - tac_weekday(day);
    case TAC_BY_MONTH:
        tac_civil_from_days(day, &y, &m, &d);
        return tac_days_from_civil(y, m, 1);
    case TAC_BY_YEAR:
        tac_civil_from_days(day, &y, &m, &d);
        return tac_days_from_civil(y, 1, 1);
    }
    return day;
}

void tac_period_label(tac_period p, int32_t start, char buf[11])
{
    tac_date_format(start, buf);
    if (p == TAC_BY_MONTH)
        buf[7] = 0;
    else if (p == TAC_BY_YEAR)
        buf[4] = 0;
}

/* One day of one direction: events per quad class (n[4]: no class) and the
 * Goldstein sum in tenths (exact: the values have one decimal). */
typedef struct day_row {
    int32_t day;
    int64_t n[5];
    int64_t gold10;
} day_row;

typedef struct day_rows {
    day_row *rows;
    size_t n, cap;
    bool failed;
} day_rows;

static int collect_day(void *ctx, int ncols, const char *const *v)
{
    day_rows *r = ctx;
    if (ncols != 7 || !v[0])
        return 0;
    day_row *p = grow(r->rows, &r->cap, r->n, sizeof *p, 256);
    if (!p) {
        r->failed = true;
        return -1;
    }
    r->rows = p;
    day_row *d = &r->rows[r->n++];
    d->day = (int32_t)strtol(v[0], NULL, 10);
    for (int q = 0; q < 5; q++)
        d->n[q] = v[1 + q] ? strtoll(v[1 + q], NULL, 10) : 0;
    d->gold10 = v[6] ? strtoll(v[6], NULL, 10) : 0;
    return 0;
}

/* Per-day sums for one direction, in day order, summed from the events:
 * for two countries one covering range of the pair index (no row is read),
 * for actor-code prefixes the country indexes narrow the scan. */
static tac_status dyad_days(tac_store *s, const char *src, const char *tgt, int32_t from,
                            int32_t to, day_rows *out, tac_error *err)
{
    sqlq q;
    memset(&q, 0, sizeof q);
    tac_buf_init(&q.sql);
    q.ph = s->ops->placeholder;
    tac_buf_puts(&q.sql, "SELECT e.date, SUM(CASE WHEN e.quad = 1 THEN 1 ELSE 0 END),"
                         " SUM(CASE WHEN e.quad = 2 THEN 1 ELSE 0 END),"
                         " SUM(CASE WHEN e.quad = 3 THEN 1 ELSE 0 END),"
                         " SUM(CASE WHEN e.quad = 4 THEN 1 ELSE 0 END),"
                         " SUM(CASE WHEN e.quad IS NULL OR e.quad < 1 OR e.quad > 4 THEN 1 ELSE 0 END),"
                         " SUM(CAST(ROUND(COALESCE(e.goldstein, 0) * 10) AS BIGINT))"
                         " FROM events e WHERE ");
    q_side(&q, "source", src);
    tac_buf_puts(&q.sql, " AND ");
    q_side(&q, "target", tgt);
    tac_buf_puts(&q.sql, " AND e.date IS NOT NULL");
    if (from != TAC_NO_DATE) {
        tac_buf_puts(&q.sql, " AND e.date >= ");
        q_param_int(&q, from);
    }
    if (to != TAC_NO_DATE) {
        tac_buf_puts(&q.sql, " AND e.date <= ");
        q_param_int(&q, to);
    }
    tac_buf_puts(&q.sql, " GROUP BY e.date ORDER BY e.date");
    tac_buf_putc(&q.sql, 0);
    tac_status st = q.sql.failed ? tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL)
                                 : s->ops->select(s, q.sql.data, q.params, q.n, collect_day, out, err);
    tac_buf_free(&q.sql);
    if (!st && out->failed)
        st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    return st;
}

static void point_add(tac_dyad_point *p, const day_row *r)
{
    for (int q = 0; q < 5; q++) {
        p->events += (uint64_t)r->n[q];
        if (q < 4)
            p->quad[q] += (uint64_t)r->n[q];
    }
    p->goldstein_mean += (double)r->gold10;   /* tenths, summed until emitted */
}

tac_status tac_store_dyad(tac_store *s, const char *a, const char *b, tac_period by,
                          int32_t from, int32_t to, tac_dyad_fn fn, void *ctx, tac_error *err)
{
    if (!a || !b || !code_ok(a) || !code_ok(b))
        return tac_fail(err, TAC_ERR_ARG, "bad dyad side", 0,
                        "'%.40s' '%.40s' (expected 1-32 of A-Z, 0-9)", a ? a : "", b ? b : "");
    if ((unsigned)by > TAC_BY_YEAR)
        return tac_fail(err, TAC_ERR_ARG, "bad period", 0, NULL);
    day_rows dir[2] = {{0}, {0}};
    tac_status st = dyad_days(s, a, b, from, to, &dir[0], err);
    if (!st)
        st = dyad_days(s, b, a, from, to, &dir[1], err);
    /* Merge the two day-ordered lists period by period. */
    size_t i[2] = {0, 0};
    while (!st && (i[0] < dir[0].n || i[1] < dir[1].n)) {
        int32_t next = INT32_MAX;
        for (int k = 0; k < 2; k++)
            if (i[k] < dir[k].n) {
                int32_t ps = tac_period_start(by, dir[k].rows[i[k]].day);
                if (ps < next)
                    next = ps;
            }
        tac_dyad_point pt[2];
        for (int k = 0; k < 2; k++) {
            memset(&pt[k], 0, sizeof pt[k]);
            pt[k].start = next;
            pt[k].direction = k;
            while (i[k] < dir[k].n && tac_period_start(by, dir[k].rows[i[k]].day) == next)
                point_add(&pt[k], &dir[k].rows[i[k]++]);
            pt[k].goldstein_mean = pt[k].events ? pt[k].goldstein_mean / 10.0 / (double)pt[k].events : 0;
        }
        if (fn(&pt[0], ctx) || fn(&pt[1], ctx))
            break;
    }
    free(dir[0].rows);
    free(dir[1].rows);
    return st;
}

/* ---- one article ---------------------------------------------------------- */

typedef struct article_build {
    tac_stored_article *a;
    tac_buf strings;              /* every string, NUL-separated; offsets first */
    size_t off[16];
    char *sentences;              /* the JSON array of [start, end] (heap)      */
    bool found;
    tac_stored_span *spans;
    size_t nspans, cap;
    size_t *span_text;            /* offsets of span texts in strings           */
    bool failed;
} article_build;

static size_t keep_str(tac_buf *b, const char *s)
{
    if (!s)
        return SIZE_MAX;
    size_t at = b->len;
    tac_buf_put(b, s, strlen(s) + 1);
    return at;
}

static int article_row(void *ctx, int ncols, const char *const *v)
{
    article_build *b = ctx;
    if (ncols != 18)
        return 1;
    b->found = true;
    tac_stored_article *a = b->a;
    a->key = int_or(v[0], 0);
    a->published = v[12] ? (int32_t)strtol(v[12], NULL, 10) : TAC_NO_DATE;
    a->original_published = v[13] ? (int32_t)strtol(v[13], NULL, 10) : TAC_NO_DATE;
    a->ingested_at = int_or(v[14], 0);
    for (int i = 1; i <= 11; i++)
        b->off[i] = keep_str(&b->strings, v[i]);
    b->off[15] = keep_str(&b->strings, v[15] ? v[15] : "");
    a->body_len = v[15] ? strlen(v[15]) : 0;
    b->sentences = strdup(v[17] ? v[17] : "[]");
    if (!b->sentences)
        b->failed = true;
    return 0;
}

static bool span_grow(article_build *b)
{
    if (b->nspans < b->cap)
        return true;
    size_t cap = b->cap ? b->cap * 2 : 64;
    tac_stored_span *p = realloc(b->spans, cap * sizeof *p);
    size_t *q = realloc(b->span_text, cap * sizeof *q);
    if (p)
        b->spans = p;
    if (q)
        b->span_text = q;
    if (!p || !q) {
        b->failed = true;
        return false;
    }
    b->cap = cap;
    return true;
}

/* The sentences from the article's JSON array of [start, end] pairs, their
 * texts cut out of the body (kept in strings at off[15]). Only digits and
 * separators are expected; anything else ends the list. */
static void sentence_spans(article_build *b)
{
    /* the texts are appended to the buffer the body is in: copy it first */
    char *body = malloc(b->a->body_len + 1);
    if (!body) {
        b->failed = true;
        return;
    }
    memcpy(body, b->strings.data + b->off[15], b->a->body_len);
    const char *p = b->sentences;
    while (p && *p && !b->failed) {
        while (*p && (*p < '0' || *p > '9') && *p != ']')
            p++;
        if (*p == ']' && p[1] == 0)
            break;
        if (*p == ']') {
            p++;
            continue;
        }
        char *q;
        long long st = strtoll(p, &q, 10);
        while (*q == ' ' || *q == ',')
            q++;
        if (*q < '0' || *q > '9')
            break;
        long long en = strtoll(q, (char **)&p, 10);
        if (!span_grow(b))
            break;
        size_t len = b->a->body_len;
        if (st < 0 || (size_t)st > len)
            st = (long long)len;
        if (en < st || (size_t)en > len)
            en = st;
        b->spans[b->nspans].start = st;
        b->spans[b->nspans].end = en;
        b->span_text[b->nspans] = b->strings.len;
        tac_buf_put(&b->strings, body + st, (size_t)(en - st));
        tac_buf_putc(&b->strings, 0);
        b->nspans++;
    }
    free(body);
}

static int span_row(void *ctx, int ncols, const char *const *v)
{
    article_build *b = ctx;
    if (ncols != 3)
        return 1;
    if (!span_grow(b))
        return 1;
    b->spans[b->nspans].start = int_or(v[0], 0);
    b->spans[b->nspans].end = int_or(v[1], 0);
    b->span_text[b->nspans] = keep_str(&b->strings, v[2]);
    b->nspans++;
    return 0;
}

/* Layout of one allocation: the struct, the sentence and dropped arrays, then
 * the strings — freed with one free(). */
tac_status tac_store_article(tac_store *s, const char *article_id, tac_stored_article **out,
                             tac_error *err)
{
    *out = NULL;
    if (!article_id || strlen(article_id) > TAC_STORE_MAX_ARTICLE_ID)
        return tac_fail(err, TAC_ERR_ARG, "bad article id", 0, NULL);
    tac_stored_article head;
    memset(&head, 0, sizeof head);
    article_build b = {.a = &head};
    tac_buf_init(&b.strings);
    char sql[512];
    snprintf(sql, sizeof sql,
             "SELECT id, article_id, content_hash, url, title, outlet, byline, original_source, tags,"
             " format, source_file, dict_version, published, original_published, ingested_at, body,"
             " run_id, sentences FROM articles WHERE article_id = %c1", s->ops->placeholder);
    const char *p[1] = {article_id};
    tac_status st = s->ops->select(s, sql, p, 1, article_row, &b, err);
    if (!st && !b.found)
        st = tac_fail(err, TAC_ERR_NOTFOUND, "no such article", 0, "%.100s", article_id);
    char key[32];
    snprintf(key, sizeof key, "%lld", (long long)head.key);
    p[0] = key;
    size_t nsent = 0;
    if (!st && !b.strings.failed) {
        sentence_spans(&b);
        nsent = b.nspans;
    }
    if (!st) {
        snprintf(sql, sizeof sql, "SELECT start_byte, end_byte, reason FROM dropped WHERE article = %c1"
                 " ORDER BY idx", s->ops->placeholder);
        st = s->ops->select(s, sql, p, 1, span_row, &b, err);
    }
    if (!st && (b.failed || b.strings.failed))
        st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    tac_stored_article *a = NULL;
    if (!st) {
        size_t fixed = sizeof *a + b.nspans * sizeof *b.spans;
        a = malloc(fixed + b.strings.len + 1);
        if (!a)
            st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    }
    if (!st) {
        *a = head;
        tac_stored_span *spans = (tac_stored_span *)(a + 1);
        char *str = (char *)a + sizeof *a + b.nspans * sizeof *b.spans;
        memcpy(str, b.strings.data ? b.strings.data : "", b.strings.len);
        str[b.strings.len] = 0;
#define S(i) (b.off[i] == SIZE_MAX ? NULL : str + b.off[i])
        a->article_id = S(1); a->content_hash = S(2); a->url = S(3); a->title = S(4);
        a->outlet = S(5); a->byline = S(6); a->original_source = S(7); a->tags_json = S(8);
        a->format = S(9); a->source_file = S(10); a->dict_version = S(11); a->body = S(15);
#undef S
        for (size_t i = 0; i < b.nspans; i++) {
            spans[i] = b.spans[i];
            spans[i].text = b.span_text[i] == SIZE_MAX ? NULL : str + b.span_text[i];
        }
        a->sentences = spans;
        a->nsentences = nsent;
        a->dropped = spans + nsent;
        a->ndropped = b.nspans - nsent;
        *out = a;
    }
    free(b.spans);
    free(b.span_text);
    free(b.sentences);
    tac_buf_free(&b.strings);
    return st;
}

void tac_stored_article_free(tac_stored_article *a) { free(a); }

static int stats_row(void *ctx, int ncols, const char *const *v)
{
    tac_store_stats *o = ctx;
    if (ncols != 5)
        return 1;
    o->articles = v[0] ? strtoull(v[0], NULL, 10) : 0;
    o->events = v[1] ? strtoull(v[1], NULL, 10) : 0;
    o->runs = v[2] ? strtoull(v[2], NULL, 10) : 0;
    o->last_ingest = int_or(v[3], 0);
    snprintf(o->dict_version, sizeof o->dict_version, "%s", v[4] ? v[4] : "");
    return 0;
}

tac_status tac_store_stats_get(tac_store *s, tac_store_stats *out, tac_error *err)
{
    memset(out, 0, sizeof *out);
    out->schema_version = s->schema_version;
    return s->ops->select(s,
                          "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM events),"
                          " (SELECT COUNT(*) FROM runs), (SELECT MAX(ingested_at) FROM articles),"
                          " (SELECT dict_version FROM runs ORDER BY id DESC LIMIT 1)",
                          NULL, 0, stats_row, out, err);
}
