/* The event store on SQLite: URLs, migrations, idempotent and replacing
 * ingest, queries against expectations computed from the docs themselves,
 * dyad arithmetic against hand-computed values, export layouts against
 * docs/formats.md. */
#include <criterion/criterion.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>
#include "store/store.h"
#include "../tools/synth.h"

static char tmpdir_[64];
static char dbpath[128];

static void setup(void)
{
    strcpy(tmpdir_, "/tmp/tac-store-XXXXXX");
    cr_assert(mkdtemp(tmpdir_));
    snprintf(dbpath, sizeof dbpath, "%s/t.db", tmpdir_);
}

static void teardown(void)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir_);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", tmpdir_);
}

static tac_store *open_db(void)
{
    tac_store *s = NULL;
    tac_error err = {0};
    tac_status st = tac_store_open(dbpath, &s, &err);
    cr_assert_eq(st, TAC_OK, "open: %s %s", err.message, err.detail);
    return s;
}

static void add(tac_store *s, tac_doc *d)
{
    tac_error err = {0};
    cr_assert(d);
    tac_status st = tac_store_add(s, d, "synthetic", &err);
    cr_assert_eq(st, TAC_OK, "add: %s %s", err.message, err.detail);
    tac_doc_free(d);
}

static void commit(tac_store *s)
{
    tac_error err = {0};
    cr_assert_eq(tac_store_commit(s, &err), TAC_OK, "commit: %s %s", err.message, err.detail);
}

/* One integer from the raw database, read with sqlite3 directly. */
static long long sql_int(const char *sql)
{
    sqlite3 *db;
    cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
    sqlite3_stmt *st;
    cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
    cr_assert_eq(sqlite3_step(st), SQLITE_ROW);
    long long v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

typedef struct collected {
    int n;
    int64_t ids[4096];
    char codes[4096][8];
    char articles[4096][24];
    int32_t dates[4096];
    char src[4096][8], tgt[4096][8];
    char line[4096];
} collected;

static int collect(const tac_stored_event *e, void *ctx)
{
    collected *c = ctx;
    if (c->n < 4096) {
        c->ids[c->n] = e->id;
        snprintf(c->codes[c->n], 8, "%s", e->code);
        snprintf(c->articles[c->n], 24, "%s", e->article);
        c->dates[c->n] = e->date;
        snprintf(c->src[c->n], 8, "%s", e->source.country ? e->source.country : "");
        snprintf(c->tgt[c->n], 8, "%s", e->target.country ? e->target.country : "");
    }
    c->n++;
    return 0;
}

static int query(tac_store *s, const tac_event_filter *f, collected *c)
{
    memset(c, 0, sizeof *c);
    tac_error err = {0};
    tac_status st = tac_store_events(s, f, collect, c, &err);
    cr_assert_eq(st, TAC_OK, "query: %s %s", err.message, err.detail);
    return c->n;
}

TestSuite(store, .init = setup, .fini = teardown);

Test(store, url_parse)
{
    tac_store_kind k;
    const char *t;
    tac_error err;
    cr_assert_eq(tac_store_url_parse("postgres://u@h:5/db", &k, &t, &err), TAC_OK);
    cr_assert_eq(k, TAC_STORE_POSTGRES);
    cr_assert_str_eq(t, "postgres://u@h:5/db");
    cr_assert_eq(tac_store_url_parse("postgresql://h/db", &k, &t, &err), TAC_OK);
    cr_assert_eq(k, TAC_STORE_POSTGRES);
    cr_assert_eq(tac_store_url_parse("sqlite:/tmp/x.db", &k, &t, &err), TAC_OK);
    cr_assert_eq(k, TAC_STORE_SQLITE);
    cr_assert_str_eq(t, "/tmp/x.db");
    cr_assert_eq(tac_store_url_parse("sqlite:///tmp/x.db", &k, &t, &err), TAC_OK);
    cr_assert_str_eq(t, "/tmp/x.db");
    cr_assert_eq(tac_store_url_parse("data/events.db", &k, &t, &err), TAC_OK);
    cr_assert_eq(k, TAC_STORE_SQLITE);
    cr_assert_str_eq(t, "data/events.db");
    cr_assert_eq(tac_store_url_parse(NULL, &k, &t, &err), TAC_OK);
    cr_assert_str_eq(t, "tacitus.db");
    cr_assert_eq(tac_store_url_parse("mysql://h/db", &k, &t, &err), TAC_ERR_ARG);
    cr_assert_eq(tac_store_url_parse("", &k, &t, &err), TAC_ERR_ARG);
    cr_assert_eq(tac_store_url_parse("sqlite:", &k, &t, &err), TAC_ERR_ARG);
    char big[TAC_STORE_MAX_URL + 10];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = 0;
    cr_assert_eq(tac_store_url_parse(big, &k, &t, &err), TAC_ERR_LIMIT);
}

Test(store, migrations)
{
    tac_store *s = open_db();
    cr_assert_eq(tac_store_schema_version(s), TAC_STORE_SCHEMA_VERSION);
    tac_store_close(s);
    s = open_db();      /* reopening applies nothing twice */
    tac_store_close(s);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM schema_version"), TAC_STORE_SCHEMA_VERSION);
    cr_assert_eq(sql_int("SELECT MAX(version) FROM schema_version"), TAC_STORE_SCHEMA_VERSION);
    /* schema 5 on SQLite: one covering pair index answers pairs, countries
     * (the target side by skip-scan, planned from the statistics written
     * with it) and dyad series; no dyad_days, no target index */
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_pair'"), 1);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM pragma_index_info('events_pair')"), 6);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_target'"), 0);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_dyad'"), 0);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sqlite_master WHERE name = 'dyad_days'"), 0);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'events_pair'"), 1);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM pragma_table_info('events')"), 10);
    cr_assert_eq(sql_int("PRAGMA journal_mode") == 0, 1); /* text "wal" reads as 0 */
    /* a database from a newer tacitus is refused, not damaged */
    sqlite3 *db;
    sqlite3_open(dbpath, &db);
    sqlite3_exec(db, "INSERT INTO schema_version VALUES (999, 0)", NULL, NULL, NULL);
    sqlite3_close(db);
    tac_store *s2 = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_store_open(dbpath, &s2, &err), TAC_ERR_STORE);
    cr_assert_null(s2);
    cr_assert(strstr(err.detail, "999"), "%s", err.detail);
}

/* A database as schema 1 created it, with rows written by hand the way the
 * store of that time wrote them (texts copied next to their spans). Opening
 * it applies 2 (dyad_days filled from the events), 3 (index swap) and 4
 * (texts and sentence rows become spans into the body): every text must
 * come back the same through the views and the API. */
#define V1_SCHEMA \
    "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL);" \
    "INSERT INTO schema_version VALUES (1, 0);" \
    "CREATE TABLE runs (id INTEGER PRIMARY KEY, started_at INTEGER NOT NULL, finished_at INTEGER," \
    " command TEXT, dict_version TEXT, host TEXT, pid INTEGER, status TEXT NOT NULL, articles_new INTEGER," \
    " articles_same INTEGER, articles_replaced INTEGER, events INTEGER, errors INTEGER);" \
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, content_hash TEXT NOT NULL," \
    " url TEXT, title TEXT, published INTEGER, original_published INTEGER, outlet TEXT, byline TEXT," \
    " original_source TEXT, tags TEXT, format TEXT, source_file TEXT, dict_version TEXT," \
    " ingested_at INTEGER NOT NULL, run_id INTEGER, body TEXT NOT NULL);" \
    "CREATE INDEX articles_published ON articles(published);" \
    "CREATE TABLE sentences (article INTEGER NOT NULL, idx INTEGER NOT NULL, start_byte INTEGER NOT NULL," \
    " end_byte INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article, idx)) WITHOUT ROWID;" \
    "CREATE TABLE dropped (article INTEGER NOT NULL, idx INTEGER NOT NULL, start_byte INTEGER NOT NULL," \
    " end_byte INTEGER NOT NULL, reason TEXT, PRIMARY KEY (article, idx)) WITHOUT ROWID;" \
    "CREATE TABLE events (id INTEGER PRIMARY KEY, article INTEGER NOT NULL, seq INTEGER NOT NULL," \
    " sentence INTEGER NOT NULL, date INTEGER, date_basis TEXT, date_start INTEGER, date_end INTEGER," \
    " source_code TEXT, source_country TEXT NOT NULL, source_text TEXT, source_start INTEGER," \
    " source_end INTEGER, source_entry TEXT, source_rule TEXT, source_agent TEXT," \
    " target_code TEXT, target_country TEXT NOT NULL, target_text TEXT, target_start INTEGER," \
    " target_end INTEGER, target_entry TEXT, target_rule TEXT, target_agent TEXT," \
    " code TEXT NOT NULL, root TEXT, quad INTEGER, goldstein REAL, plover TEXT," \
    " verb_text TEXT, verb_start INTEGER, verb_end INTEGER, pattern INTEGER, pattern_text TEXT," \
    " dict_file TEXT, negated INTEGER NOT NULL, mode TEXT, confidence REAL);" \
    "CREATE INDEX events_dyad ON events(source_country, target_country, date, quad, goldstein);" \
    "CREATE INDEX events_target ON events(target_country, date);"

/* body: "Ré-élu, CHN hosted SYR envoys. Then SYR accused CHN." ("é" is two
 * bytes, so byte and character offsets differ after it) */
#define V1_ROWS \
    "INSERT INTO articles (id, article_id, content_hash, ingested_at, body) VALUES" \
    " (1, 'a1', 'h1', 0, 'Ré-élu, CHN hosted SYR envoys. Then SYR accused CHN.');" \
    "INSERT INTO sentences VALUES (1, 0, 0, 32, 'Ré-élu, CHN hosted SYR envoys.')," \
    " (1, 1, 33, 54, 'Then SYR accused CHN.');" \
    "INSERT INTO events (id, article, seq, sentence, date, date_basis, source_code, source_country," \
    " source_text, source_start, source_end, target_code, target_country, target_text, target_start," \
    " target_end, code, root, quad, goldstein, verb_text, verb_start, verb_end, pattern, negated, mode)" \
    " VALUES (1048576, 1, 0, 0, 19000, 'text', 'CHN', 'CHN', 'CHN', 10, 13, 'SYR', 'SYR', 'SYR', 21, 24," \
    " '043', '04', 1, 2.8, 'hosted', 14, 20, 0, 0, 'fact')," \
    " (1048577, 1, 1, 1, 19001, 'text', 'SYR', 'SYR', 'SYR', 38, 41, 'CHN', 'CHN', 'CHN', 50, 53," \
    " '112', '11', 3, -2.0, 'accused', 42, 49, 0, 0, 'fact');"

static int first_event(const tac_stored_event *e, void *ctx)
{
    tac_stored_event *out = ctx;
    if (out->id)
        return 0;
    *out = *e;
    /* the strings live only during the call: keep the ones checked below */
    static char verb[32], src[32], tgt[32];
    snprintf(verb, sizeof verb, "%s", e->verb_text ? e->verb_text : "(null)");
    snprintf(src, sizeof src, "%s", e->source.text ? e->source.text : "(null)");
    snprintf(tgt, sizeof tgt, "%s", e->target.text ? e->target.text : "(null)");
    out->verb_text = verb;
    out->source.text = src;
    out->target.text = tgt;
    return 0;
}

static void sql_text(const char *sql, char *out, size_t n)
{
    sqlite3 *db;
    sqlite3_stmt *st;
    cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
    cr_assert_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK, "%s", sqlite3_errmsg(db));
    out[0] = 0;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
        snprintf(out, n, "%s", (const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
}

typedef struct kept_points {
    tac_dyad_point *p;
    int n, cap;
} kept_points;

static int keep_point(const tac_dyad_point *p, void *ctx)
{
    kept_points *k = ctx;
    if (k->n < k->cap)
        k->p[k->n] = *p;
    k->n++;
    return 0;
}

/* The non-empty points of a dyad series (both directions), up to cap. */
static int collect_dyad(tac_store *s, const char *a, const char *b, tac_period by, tac_dyad_point *out, int cap)
{
    kept_points k = {out, 0, cap};
    tac_dyad_point all[64];
    kept_points raw = {all, 0, 64};
    tac_error err = {0};
    cr_assert_eq(tac_store_dyad(s, a, b, by, TAC_NO_DATE, TAC_NO_DATE, keep_point, &raw, &err), TAC_OK,
                 "%s %s", err.message, err.detail);
    for (int i = 0; i < raw.n && i < 64; i++)
        if (all[i].events)
            keep_point(&all[i], &k);
    return k.n;
}

/* For every dated country pair stored: the dyad series (by year, each
 * direction) sums to the events and Goldstein values of the rows. Closes s. */
static void dyad_matches_events(tac_store *s)
{
    sqlite3 *db;
    cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
    sqlite3_stmt *st;
    cr_assert_eq(sqlite3_prepare_v2(db, "SELECT source_country, target_country, COUNT(*),"
                                        " SUM(CAST(ROUND(goldstein * 10) AS INTEGER)) FROM events"
                                        " WHERE date IS NOT NULL AND source_country <> '' AND target_country <> ''"
                                        " GROUP BY 1, 2", -1, &st, NULL), SQLITE_OK);
    int pairs = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
        char a[4], b[4];
        snprintf(a, sizeof a, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(b, sizeof b, "%s", (const char *)sqlite3_column_text(st, 1));
        long long n = sqlite3_column_int64(st, 2), g10 = sqlite3_column_int64(st, 3);
        tac_dyad_point pts[64];
        int np = collect_dyad(s, a, b, TAC_BY_YEAR, pts, 64);
        long long got = 0;
        double gsum = 0;
        for (int i = 0; i < np && i < 64; i++)
            if (pts[i].direction == 0) {
                got += (long long)pts[i].events;
                gsum += pts[i].goldstein_mean * (double)pts[i].events;
            }
        cr_assert_eq(got, n, "%s-%s: %lld events in the series, %lld stored", a, b, got, n);
        cr_assert_float_eq(gsum, (double)g10 / 10.0, 1e-6, "%s-%s", a, b);
        pairs++;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    tac_store_close(s);
    cr_assert_gt(pairs, 0);
}

Test(store, migration_from_schema_1)
{
    sqlite3 *db;
    cr_assert_eq(sqlite3_open(dbpath, &db), SQLITE_OK);
    char *msg = NULL;
    cr_assert_eq(sqlite3_exec(db, V1_SCHEMA V1_ROWS, NULL, NULL, &msg), SQLITE_OK, "%s", msg);
    sqlite3_close(db);
    tac_store *s = open_db();
    cr_assert_eq(tac_store_schema_version(s), TAC_STORE_SCHEMA_VERSION);
    tac_event_filter f;
    tac_event_filter_init(&f);
    f.root = "11";
    tac_stored_event e;
    memset(&e, 0, sizeof e);
    tac_error err = {0};
    cr_assert_eq(tac_store_events(s, &f, first_event, &e, &err), TAC_OK, "%s %s", err.message, err.detail);
    cr_assert_eq(e.id, 1048577);
    cr_assert_str_eq(e.verb_text, "accused");
    cr_assert_str_eq(e.source.text, "SYR");
    cr_assert_str_eq(e.target.text, "CHN");
    cr_assert_eq(e.verb_start, 42);
    tac_stored_article *a = NULL;
    cr_assert_eq(tac_store_article(s, "a1", &a, &err), TAC_OK, "%s %s", err.message, err.detail);
    cr_assert_eq(a->nsentences, 2);
    cr_assert_str_eq(a->sentences[0].text, "Ré-élu, CHN hosted SYR envoys.");
    cr_assert_str_eq(a->sentences[1].text, "Then SYR accused CHN.");
    cr_assert_eq(a->sentences[1].start, 33);
    tac_stored_article_free(a);
    tac_store_close(s);
    char t[128];
    cr_assert_eq(sql_int("SELECT MAX(version) FROM schema_version"), TAC_STORE_SCHEMA_VERSION);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_dyad'"), 0);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_pair'"), 1);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM pragma_index_info('events_pair')"), 6);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM pragma_table_info('events') WHERE name IN ('source_text', 'target_text', 'verb_text', 'seq', 'root')"), 0);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sqlite_master WHERE name = 'dyad_days'"), 0);
    /* the fields moved into the evidence array come back as columns */
    sql_text("SELECT article || '|' || seq || '|' || sentence || '|' || date_basis || '|' || root || '|'"
             " || source_start || '|' || verb_end || '|' || negated || '|' || mode FROM events_full"
             " WHERE id = 1048577", t, sizeof t);
    cr_assert_str_eq(t, "1|1|1|text|11|38|49|0|fact");
    /* dyad series from the pair index: both events, Goldstein 2.8 and -2.0 */
    s = open_db();
    tac_dyad_point pts[4];
    int np = collect_dyad(s, "CHN", "SYR", TAC_BY_YEAR, pts, 4);
    tac_store_close(s);
    cr_assert_eq(np, 2);
    cr_assert_eq(pts[0].events + pts[1].events, 2);
    cr_assert_float_eq(pts[0].goldstein_mean, 2.8, 1e-9);
    cr_assert_float_eq(pts[1].goldstein_mean, -2.0, 1e-9);
    /* the views give SQL users the texts the tables no longer copy */
    sql_text("SELECT text FROM sentences WHERE article = 1 AND idx = 0", t, sizeof t);
    cr_assert_str_eq(t, "Ré-élu, CHN hosted SYR envoys.");
    sql_text("SELECT verb_text || '|' || source_text || '|' || sentence_text FROM events_full"
             " WHERE seq = 0", t, sizeof t);
    cr_assert_str_eq(t, "hosted|CHN|Ré-élu, CHN hosted SYR envoys.");
}

/* "?synchronous=" chooses the durability level; the file is PATH itself. */
Test(store, sqlite_synchronous_option)
{
    char url[600];
    tac_store *s = NULL;
    tac_error err = {0};
    snprintf(url, sizeof url, "sqlite:%s?synchronous=sometimes", dbpath);
    cr_assert_eq(tac_store_open(url, &s, &err), TAC_ERR_ARG);
    cr_assert_null(s);
    cr_assert_eq(access(dbpath, F_OK), -1, "nothing created on a bad option");
    snprintf(url, sizeof url, "sqlite:%s?synchronous=full", dbpath);
    cr_assert_eq(tac_store_open(url, &s, &err), TAC_OK, "%s %s", err.message, err.detail);
    add(s, synth_doc(1, 0, 3));
    commit(s);
    tac_store_close(s);
    cr_assert_eq(access(dbpath, F_OK), 0);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM events"), 3);
}

/* Read-only opens never create, migrate or write. */
Test(store, readonly_open)
{
    tac_store *s = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_store_open_readonly(dbpath, &s, &err), TAC_ERR_STORE, "missing file refused");
    cr_assert_eq(access(dbpath, F_OK), -1, "and not created");
    s = open_db();
    add(s, synth_doc(1, 0, 4));
    commit(s);
    tac_store_close(s);
    cr_assert_eq(tac_store_open_readonly(dbpath, &s, &err), TAC_OK, "%s %s", err.message, err.detail);
    cr_assert_eq(tac_store_schema_version(s), TAC_STORE_SCHEMA_VERSION);
    tac_event_filter f;
    tac_event_filter_init(&f);
    collected *c = calloc(1, sizeof *c);
    cr_assert_eq(query(s, &f, c), 4);
    free(c);
    tac_doc *d = synth_doc(2, 0, 4);
    cr_assert_eq(tac_store_add(s, d, NULL, &err), TAC_ERR_ARG);
    tac_doc_free(d);
    tac_store_close(s);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM articles"), 1);
    /* an older schema is refused with a clear message, and left as it was */
    sqlite3 *db;
    sqlite3_open(dbpath, &db);
    sqlite3_exec(db, "DELETE FROM schema_version WHERE version = 5", NULL, NULL, NULL);
    sqlite3_close(db);
    cr_assert_eq(tac_store_open_readonly(dbpath, &s, &err), TAC_ERR_STORE);
    cr_assert(strstr(err.message, "older"), "%s", err.message);
    cr_assert_eq(sql_int("SELECT MAX(version) FROM schema_version"), 4);
}

Test(store, not_a_database)
{
    FILE *f = fopen(dbpath, "w");
    fputs("this is not a database, just some text that is long enough to matter\n", f);
    fclose(f);
    tac_store *s = NULL;
    tac_error err = {0};
    cr_assert_eq(tac_store_open(dbpath, &s, &err), TAC_ERR_STORE);
    cr_assert_null(s);
}

Test(store, idempotent_reingest)
{
    tac_store *s = open_db();
    tac_error err = {0};
    cr_assert_eq(tac_store_run_begin(s, "test-dict 1", "test", &err), TAC_OK);
    for (int n = 0; n < 10; n++)
        add(s, synth_doc(n, 0, 5));
    commit(s);
    tac_store_counts c;
    tac_store_counts_get(s, &c);
    cr_assert_eq(c.articles_new, 10);
    cr_assert_eq(c.events, 50);
    for (int n = 0; n < 10; n++)
        add(s, synth_doc(n, 0, 5));
    cr_assert_eq(tac_store_run_end(s, 0, &err), TAC_OK);
    tac_store_counts_get(s, &c);
    cr_assert_eq(c.articles_new, 10);
    cr_assert_eq(c.articles_same, 10);
    cr_assert_eq(c.events, 50);
    tac_store_close(s);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM articles"), 10);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM events"), 50);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sentences"), 50);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM dropped"), 10);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM runs WHERE status = 'ok' AND articles_same = 10"), 1);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM articles WHERE dict_version = 'test-dict 1'"), 10);
    /* the body and the sentence spans agree */
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sentences s JOIN articles a ON a.id = s.article"
                         " WHERE CAST(substr(CAST(a.body AS BLOB), s.start_byte + 1,"
                         " s.end_byte - s.start_byte) AS TEXT) <> s.text"), 0);
    /* a fresh process sees the same and adds nothing */
    s = open_db();
    for (int n = 0; n < 10; n++)
        add(s, synth_doc(n, 0, 5));
    commit(s);
    tac_store_counts_get(s, &c);
    cr_assert_eq(c.articles_same, 10);
    cr_assert_eq(c.articles_new, 0);
    tac_store_close(s);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM events"), 50);
}

Test(store, replacement_on_changed_hash)
{
    tac_store *s = open_db();
    for (int n = 0; n < 5; n++)
        add(s, synth_doc(n, 0, 4));
    commit(s);
    tac_doc *v1 = synth_doc(3, 1, 6);
    char h0[33], h1[33];
    tac_doc *v0 = synth_doc(3, 0, 4);
    tac_store_content_hash(v0, h0);
    tac_store_content_hash(v1, h1);
    cr_assert_str_neq(h0, h1);
    /* the expected codes of the new version, in event order */
    char want[6][8];
    for (int j = 0; j < 6; j++)
        snprintf(want[j], 8, "%s", v1->events[j].code);
    tac_doc_free(v0);
    add(s, v1);
    commit(s);
    tac_store_counts c;
    tac_store_counts_get(s, &c);
    cr_assert_eq(c.articles_replaced, 1);
    tac_event_filter f;
    tac_event_filter_init(&f);
    f.article = "synth-0000003";
    collected *got = calloc(1, sizeof *got);
    cr_assert_eq(query(s, &f, got), 6);
    for (int j = 0; j < 6; j++)
        cr_assert_str_eq(got->codes[j], want[j]);
    tac_store_close(s);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM articles"), 5);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM events"), 4 * 4 + 6);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM sentences"), 4 * 4 + 6);
    /* the same article twice in one batch, changed in between: the later wins */
    s = open_db();
    add(s, synth_doc(7, 0, 3));
    add(s, synth_doc(7, 2, 2));
    add(s, synth_doc(7, 2, 2));
    commit(s);
    tac_store_close(s);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM events e JOIN articles a ON a.id = e.id >> 20"
                         " WHERE a.article_id = 'synth-0000007'"), 2);
    /* the dyad series followed every replacement, across and within batches */
    dyad_matches_events(open_db());
    s = open_db();
    for (int n = 0; n < 5; n++)
        add(s, synth_doc(n, 4, 3));
    tac_store_set_batch(s, 2);
    for (int n = 0; n < 5; n++)
        add(s, synth_doc(n, 5, 4));
    commit(s);
    tac_store_close(s);
    dyad_matches_events(open_db());
    cr_assert_eq(sql_int("PRAGMA integrity_check") == 0, 1);   /* text "ok" reads as 0 */
    free(got);
}

Test(store, bad_inputs)
{
    tac_store *s = open_db();
    tac_error err = {0};
    tac_doc *d = synth_doc(1, 0, 2);
    d->id = NULL;
    cr_assert_eq(tac_store_add(s, d, NULL, &err), TAC_ERR_ARG);
    d->id = "bad\xff id";
    cr_assert_eq(tac_store_add(s, d, NULL, &err), TAC_ERR_UTF8);
    d->id = "ok";
    d->events[1].sentence = 99;
    cr_assert_eq(tac_store_add(s, d, NULL, &err), TAC_ERR_ARG);
    tac_doc_free(d);
    tac_event_filter f;
    tac_event_filter_init(&f);
    f.actor = "CHN'; DROP TABLE events; --";
    cr_assert_eq(tac_store_events(s, &f, collect, NULL, &err), TAC_ERR_ARG);
    tac_event_filter_init(&f);
    f.country = "CHNGOV";
    cr_assert_eq(tac_store_events(s, &f, collect, NULL, &err), TAC_ERR_ARG);
    tac_event_filter_init(&f);
    f.dyad_a = "CHN";
    cr_assert_eq(tac_store_events(s, &f, collect, NULL, &err), TAC_ERR_ARG);
    tac_event_filter_init(&f);
    f.quad = 5;
    cr_assert_eq(tac_store_events(s, &f, collect, NULL, &err), TAC_ERR_ARG);
    cr_assert_eq(tac_store_dyad(s, "chn", "SYR", TAC_BY_MONTH, TAC_NO_DATE, TAC_NO_DATE, NULL, NULL, &err),
                 TAC_ERR_ARG);
    tac_store_close(s);
    cr_assert_eq(sql_int("SELECT COUNT(*) FROM articles"), 0);
}

/* Expected matches computed from the synthetic docs, independently of SQL. */
typedef bool (*event_pred)(const tac_event *e, const void *arg);

static int expect(int narticles, int nev, event_pred p, const void *arg)
{
    int n = 0;
    for (int a = 0; a < narticles; a++) {
        tac_doc *d = synth_doc(a, 0, nev);
        for (uint32_t j = 0; j < d->nevents; j++)
            n += p(&d->events[j], arg);
        tac_doc_free(d);
    }
    return n;
}

static bool p_country(const tac_event *e, const void *arg)
{
    return !strcmp(e->source.country, arg) || !strcmp(e->target.country, arg);
}
static bool p_dyad(const tac_event *e, const void *arg)
{
    const char *const *ab = arg;
    return (!strcmp(e->source.country, ab[0]) && !strcmp(e->target.country, ab[1])) ||
           (!strcmp(e->source.country, ab[1]) && !strcmp(e->target.country, ab[0]));
}
static bool p_actor(const tac_event *e, const void *arg)
{
    size_t n = strlen(arg);
    return !strncmp(e->source.code, arg, n) || !strncmp(e->target.code, arg, n);
}
static bool p_code(const tac_event *e, const void *arg) { return !strcmp(e->code, arg); }
static bool p_quad(const tac_event *e, const void *arg) { return e->quad == *(const int *)arg; }
static bool p_range(const tac_event *e, const void *arg)
{
    const int32_t *r = arg;
    return e->date >= r[0] && e->date <= r[1];
}
static bool p_dyad_quad_range(const tac_event *e, const void *arg)
{
    static const char *const ab[2] = {"CHN", "SYR"};
    static const int q = 4;
    return p_dyad(e, ab) && p_quad(e, &q) && p_range(e, arg);
}

Test(store, queries)
{
    enum { NA = 300, NE = 6 };
    tac_store *s = open_db();
    tac_store_set_batch(s, 64);
    for (int n = 0; n < NA; n++)
        add(s, synth_doc(n, 0, NE));
    commit(s);
    collected *c = calloc(1, sizeof *c);
    tac_event_filter f;

    tac_event_filter_init(&f);
    cr_assert_eq(query(s, &f, c), NA * NE);
    for (int i = 1; i < c->n && i < 4096; i++)
        cr_assert_gt(c->ids[i], c->ids[i - 1], "events come in id order");

    tac_event_filter_init(&f);
    f.country = "SYR";
    cr_assert_eq(query(s, &f, c), expect(NA, NE, p_country, "SYR"));
    cr_assert_gt(c->n, 0);

    static const char *const ab[2] = {"SYR", "CHN"};
    tac_event_filter_init(&f);
    f.dyad_a = "SYR";
    f.dyad_b = "CHN";
    cr_assert_eq(query(s, &f, c), expect(NA, NE, p_dyad, ab));
    cr_assert_gt(c->n, 20);

    tac_event_filter_init(&f);
    f.actor = "USAMIL";
    cr_assert_eq(query(s, &f, c), expect(NA, NE, p_actor, "USAMIL"));
    cr_assert_gt(c->n, 0);

    tac_event_filter_init(&f);
    f.code = "057";
    cr_assert_eq(query(s, &f, c), expect(NA, NE, p_code, "057"));
    for (int i = 0; i < c->n; i++)
        cr_assert_str_eq(c->codes[i], "057");

    tac_event_filter_init(&f);
    f.root = "19";
    cr_assert_eq(query(s, &f, c), expect(NA, NE, p_code, "190"));

    static const int q3 = 3;
    tac_event_filter_init(&f);
    f.quad = 3;
    cr_assert_eq(query(s, &f, c), expect(NA, NE, p_quad, &q3));

    int32_t range[2] = {tac_days_from_civil(2018, 1, 1), tac_days_from_civil(2019, 6, 30)};
    tac_event_filter_init(&f);
    f.from = range[0];
    f.to = range[1];
    cr_assert_eq(query(s, &f, c), expect(NA, NE, p_range, range));
    for (int i = 0; i < c->n; i++)
        cr_assert(c->dates[i] >= range[0] && c->dates[i] <= range[1]);

    int32_t wide[2] = {tac_days_from_civil(2015, 1, 1), tac_days_from_civil(2030, 1, 1)};
    tac_event_filter_init(&f);
    f.dyad_a = "CHN";
    f.dyad_b = "SYR";
    f.quad = 4;
    f.from = wide[0];
    f.to = wide[1];
    cr_assert_eq(query(s, &f, c), expect(NA, NE, p_dyad_quad_range, wide));

    tac_event_filter_init(&f);
    f.article = "synth-0000042";
    cr_assert_eq(query(s, &f, c), NE);
    for (int i = 0; i < c->n; i++)
        cr_assert_str_eq(c->articles[i], "synth-0000042");

    /* limit and cursor walk the whole table without gaps or repeats */
    int seen = 0;
    int64_t after = 0;
    for (;;) {
        tac_event_filter_init(&f);
        f.limit = 97;
        f.after_id = after;
        int n = query(s, &f, c);
        if (!n)
            break;
        cr_assert_leq(n, 97);
        cr_assert_gt(c->ids[0], after);
        after = c->ids[n - 1];
        seen += n;
    }
    cr_assert_eq(seen, NA * NE);

    /* a country dyad pages (two index ranges merged by id): same events, in
     * id order, no gaps or repeats across pages, both directions present */
    int want = expect(NA, NE, p_dyad, ab), dirs[2] = {0, 0};
    seen = 0;
    after = 0;
    for (;;) {
        tac_event_filter_init(&f);
        f.dyad_a = "CHN";
        f.dyad_b = "SYR";
        f.limit = 7;
        f.after_id = after;
        int n = query(s, &f, c);
        if (!n)
            break;
        cr_assert_leq(n, 7);
        cr_assert_gt(c->ids[0], after);
        for (int i = 1; i < n; i++)
            cr_assert_gt(c->ids[i], c->ids[i - 1], "dyad page in id order");
        for (int i = 0; i < n; i++)
            dirs[!strcmp(c->src[i], "CHN") ? 0 : 1]++;
        after = c->ids[n - 1];
        seen += n;
    }
    cr_assert_eq(seen, want);
    cr_assert_gt(dirs[0], 0);
    cr_assert_gt(dirs[1], 0);
    free(c);
    tac_store_close(s);
}

/* ---- dyad arithmetic ---------------------------------------------------- */

/* A doc with hand-written events: (source country, target country, code,
 * quad, goldstein, date). */
typedef struct hand_event {
    const char *src, *tgt, *code;
    int quad;
    float goldstein;
    int y, m, d;
} hand_event;

static tac_doc *hand_doc(const char *id, const hand_event *ev, int n)
{
    const char *text = "One sentence about two countries.";
    tac_doc *d = tac_doc_new_internal(text, strlen(text), NULL);
    d->id = id;
    d->sentences = tac_arena_calloc(&d->arena, 1, sizeof *d->sentences);
    d->sentences[0].span = (tac_span){0, (uint32_t)strlen(text)};
    d->nsentences = 1;
    d->events = tac_arena_calloc(&d->arena, (size_t)n, sizeof *d->events);
    d->nevents = (uint32_t)n;
    for (int i = 0; i < n; i++) {
        tac_event *e = &d->events[i];
        e->source.code = ev[i].src;
        memcpy(e->source.country, ev[i].src, 3);
        e->target.code = ev[i].tgt;
        memcpy(e->target.country, ev[i].tgt, 3);
        snprintf(e->code, sizeof e->code, "%s", ev[i].code);
        snprintf(e->root, sizeof e->root, "%.2s", ev[i].code);
        e->quad = (uint8_t)ev[i].quad;
        e->goldstein = ev[i].goldstein;
        e->date = tac_days_from_civil(ev[i].y, (unsigned)ev[i].m, (unsigned)ev[i].d);
    }
    return d;
}

typedef struct points {
    int n;
    tac_dyad_point p[64];
} points;

static int collect_point(const tac_dyad_point *p, void *ctx)
{
    points *ps = ctx;
    if (ps->n < 64)
        ps->p[ps->n++] = *p;
    return 0;
}

static void series(tac_store *s, const char *a, const char *b, tac_period by, int32_t from,
                   int32_t to, points *out)
{
    memset(out, 0, sizeof *out);
    tac_error err = {0};
    cr_assert_eq(tac_store_dyad(s, a, b, by, from, to, collect_point, out, &err), TAC_OK,
                 "%s %s", err.message, err.detail);
}

static void point_is(const tac_dyad_point *p, int y, int m, int d, int dir, uint64_t events,
                     uint64_t q1, uint64_t q2, uint64_t q3, uint64_t q4, double mean)
{
    char got[11], want[11];
    tac_date_format(p->start, got);
    tac_date_format(tac_days_from_civil(y, (unsigned)m, (unsigned)d), want);
    cr_assert_str_eq(got, want);
    cr_assert_eq(p->direction, dir);
    cr_assert_eq(p->events, events, "%s dir %d: %llu events", got, dir, (unsigned long long)p->events);
    cr_assert_eq(p->quad[0], q1);
    cr_assert_eq(p->quad[1], q2);
    cr_assert_eq(p->quad[2], q3);
    cr_assert_eq(p->quad[3], q4);
    cr_assert_float_eq(p->goldstein_mean, mean, 1e-9, "%s dir %d: mean %f", got, dir, p->goldstein_mean);
}

Test(store, dyad_series_arithmetic)
{
    static const hand_event ev[] = {
        {"CHNGOV", "SYRGOV", "042", 1, 1.9f, 2023, 9, 22},  /* Friday      */
        {"CHNGOV", "SYRGOV", "057", 1, 8.0f, 2023, 9, 22},
        {"CHN", "SYRMIL", "112", 3, -2.0f, 2023, 9, 25},    /* next Monday */
        {"SYRGOV", "CHNGOV", "163", 4, -8.0f, 2023, 9, 1},
        {"CHNGOV", "SYRGOV", "190", 4, -10.0f, 2023, 10, 3},
        {"SYRGOV", "CHNGOV", "061", 2, 6.4f, 2024, 1, 2},
        {"USAGOV", "SYRGOV", "163", 4, -8.0f, 2023, 9, 22}, /* another dyad */
        {"SYRGOV", "SYRMIL", "042", 1, 1.9f, 2023, 9, 22},  /* domestic     */
    };
    tac_store *s = open_db();
    add(s, hand_doc("hand-1", ev, 5));
    add(s, hand_doc("hand-2", ev + 5, 3));
    commit(s);
    points ps;

    /* by month: Sep 2023 CHN→SYR 3 events (1.9 + 8.0 − 2.0) / 3; SYR→CHN 1 (−8) */
    series(s, "CHN", "SYR", TAC_BY_MONTH, TAC_NO_DATE, TAC_NO_DATE, &ps);
    cr_assert_eq(ps.n, 6);
    point_is(&ps.p[0], 2023, 9, 1, 0, 3, 2, 0, 1, 0, (1.9 + 8.0 - 2.0) / 3);
    point_is(&ps.p[1], 2023, 9, 1, 1, 1, 0, 0, 0, 1, -8.0);
    point_is(&ps.p[2], 2023, 10, 1, 0, 1, 0, 0, 0, 1, -10.0);
    point_is(&ps.p[3], 2023, 10, 1, 1, 0, 0, 0, 0, 0, 0.0);
    point_is(&ps.p[4], 2024, 1, 1, 0, 0, 0, 0, 0, 0, 0.0);
    point_is(&ps.p[5], 2024, 1, 1, 1, 1, 0, 1, 0, 0, 6.4);

    /* by week (Monday starts): 2023-09-22 is in the week of 2023-09-18, the
     * 25th opens the next; 2023-09-01 (a Friday) is in the week of 08-28 */
    series(s, "CHN", "SYR", TAC_BY_WEEK, TAC_NO_DATE, TAC_NO_DATE, &ps);
    cr_assert_eq(ps.n, 10);
    point_is(&ps.p[0], 2023, 8, 28, 0, 0, 0, 0, 0, 0, 0.0);
    point_is(&ps.p[1], 2023, 8, 28, 1, 1, 0, 0, 0, 1, -8.0);
    point_is(&ps.p[2], 2023, 9, 18, 0, 2, 2, 0, 0, 0, (1.9 + 8.0) / 2);
    point_is(&ps.p[4], 2023, 9, 25, 0, 1, 0, 0, 1, 0, -2.0);
    point_is(&ps.p[6], 2023, 10, 2, 0, 1, 0, 0, 0, 1, -10.0);

    /* by year, sides swapped: direction 0 is now SYR→CHN */
    series(s, "SYR", "CHN", TAC_BY_YEAR, TAC_NO_DATE, TAC_NO_DATE, &ps);
    cr_assert_eq(ps.n, 4);
    point_is(&ps.p[0], 2023, 1, 1, 0, 1, 0, 0, 0, 1, -8.0);
    point_is(&ps.p[1], 2023, 1, 1, 1, 4, 2, 0, 1, 1, (1.9 + 8.0 - 2.0 - 10.0) / 4);
    point_is(&ps.p[2], 2024, 1, 1, 0, 1, 0, 1, 0, 0, 6.4);

    /* a date window and an actor-code prefix (CHNGOV excludes the bare CHN) */
    series(s, "CHNGOV", "SYR", TAC_BY_DAY, tac_days_from_civil(2023, 9, 2),
           tac_days_from_civil(2023, 12, 31), &ps);
    cr_assert_eq(ps.n, 4);
    point_is(&ps.p[0], 2023, 9, 22, 0, 2, 2, 0, 0, 0, (1.9 + 8.0) / 2);
    point_is(&ps.p[2], 2023, 10, 3, 0, 1, 0, 0, 0, 1, -10.0);

    /* a pair with nothing */
    series(s, "CHN", "USA", TAC_BY_MONTH, TAC_NO_DATE, TAC_NO_DATE, &ps);
    cr_assert_eq(ps.n, 0);
    tac_store_close(s);
}

Test(store, period_helpers)
{
    int32_t fri = tac_days_from_civil(2023, 9, 22);
    cr_assert_eq(tac_period_start(TAC_BY_WEEK, fri), tac_days_from_civil(2023, 9, 18));
    cr_assert_eq(tac_period_start(TAC_BY_WEEK, tac_days_from_civil(2023, 9, 18)), tac_days_from_civil(2023, 9, 18));
    cr_assert_eq(tac_period_start(TAC_BY_WEEK, tac_days_from_civil(2023, 9, 24)), tac_days_from_civil(2023, 9, 18));
    cr_assert_eq(tac_period_start(TAC_BY_MONTH, fri), tac_days_from_civil(2023, 9, 1));
    cr_assert_eq(tac_period_start(TAC_BY_YEAR, fri), tac_days_from_civil(2023, 1, 1));
    cr_assert_eq(tac_period_start(TAC_BY_WEEK, tac_days_from_civil(1970, 1, 1)), tac_days_from_civil(1969, 12, 29));
    char b[11];
    tac_period_label(TAC_BY_MONTH, tac_days_from_civil(2023, 9, 1), b);
    cr_assert_str_eq(b, "2023-09");
    tac_period_label(TAC_BY_YEAR, tac_days_from_civil(2023, 1, 1), b);
    cr_assert_str_eq(b, "2023");
    tac_period p;
    cr_assert(tac_period_from_name("week", &p) && p == TAC_BY_WEEK);
    cr_assert(!tac_period_from_name("fortnight", &p));
}

/* ---- exports -------------------------------------------------------------- */

/* Column names of the numbered table under the heading that contains
 * `section` in docs/formats.md: rows "| 1 | Name | …". */
static int doc_columns(const char *section, char names[80][40])
{
    const char *paths[] = {"docs/formats.md", "../docs/formats.md", "../../docs/formats.md"};
    FILE *f = NULL;
    for (size_t i = 0; i < 3 && !f; i++)
        f = fopen(paths[i], "r");
    cr_assert(f, "docs/formats.md not found (run from the repository top)");
    char line[1024];
    bool in = false;
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') {
            in = strstr(line, section) != NULL;
            continue;
        }
        int num;
        char name[40];
        if (in && sscanf(line, "| %d | %39[A-Za-z0-9_] |", &num, name) == 2) {
            cr_assert_eq(num, n + 1, "%s: row %d numbered %d", section, n + 1, num);
            cr_assert_lt(n, 80);
            strcpy(names[n++], name);
        }
    }
    fclose(f);
    return n;
}

static int count_fields(const char *line, char sep)
{
    int n = 1;
    for (; *line && *line != '\n' && *line != '\r'; line++)
        n += *line == sep;
    return n;
}

/* The i-th (0-based) tab-separated field of line. */
static void field(const char *line, int i, char *out, size_t cap)
{
    while (i > 0 && *line) {
        if (*line++ == '\t')
            i--;
    }
    size_t k = 0;
    while (line[k] && line[k] != '\t' && line[k] != '\n' && k + 1 < cap) {
        out[k] = line[k];
        k++;
    }
    out[k] = 0;
}

typedef struct exported {
    tac_export_format f;
    tac_buf out;
    int n;
} exported;

static int export_one(const tac_stored_event *e, void *ctx)
{
    exported *x = ctx;
    tac_export_event(x->f, e, &x->out);
    x->n++;
    return 0;
}

static void export_all(tac_store *s, tac_export_format f, exported *x)
{
    x->f = f;
    tac_buf_init(&x->out);
    x->n = 0;
    tac_export_header(f, &x->out);
    tac_event_filter flt;
    tac_event_filter_init(&flt);
    tac_error err = {0};
    cr_assert_eq(tac_store_events(s, &flt, export_one, x, &err), TAC_OK);
    tac_buf_putc(&x->out, 0);
}

Test(store, export_layouts)
{
    char names[80][40];
    size_t n;
    const char *const *cols = tac_export_columns(TAC_EXPORT_GDELT, &n);
    cr_assert_eq(n, 61);
    cr_assert_eq(doc_columns("GDELT", names), 61);
    for (size_t i = 0; i < n; i++)
        cr_assert_str_eq(cols[i], names[i], "GDELT column %zu", i + 1);
    cols = tac_export_columns(TAC_EXPORT_PHOENIX, &n);
    cr_assert_eq(n, 26);
    cr_assert_eq(doc_columns("Phoenix", names), 26);
    for (size_t i = 0; i < n; i++)
        cr_assert_str_eq(cols[i], names[i], "Phoenix column %zu", i + 1);
    cols = tac_export_columns(TAC_EXPORT_CSV, &n);
    size_t ncsv = n;
    cr_assert_eq(doc_columns("CSV", names), (int)n);
    for (size_t i = 0; i < n; i++)
        cr_assert_str_eq(cols[i], names[i], "CSV column %zu", i + 1);

    static const hand_event ev[] = {
        {"CHNGOVMIL", "SYRGOV", "0431", 1, 2.8f, 2023, 9, 22},
        {"SYRGOV", "CHN", "163", 4, -8.0f, 2024, 2, 29},
    };
    tac_store *s = open_db();
    tac_doc *d = hand_doc("hand-x", ev, 2);
    d->url = "https://example.org/a,b";
    d->events[1].sentence = 0;
    add(s, d);
    commit(s);
    exported x;

    export_all(s, TAC_EXPORT_GDELT, &x);
    cr_assert_eq(x.n, 2);
    const char *line = x.out.data;
    char fv[128];
    for (int k = 0; k < 2; k++) {
        cr_assert_eq(count_fields(line, '\t'), 61, "GDELT row %d: %s", k, line);
        line = strchr(line, '\n') + 1;
    }
    line = x.out.data;
    field(line, 1, fv, sizeof fv); cr_assert_str_eq(fv, "20230922");
    field(line, 2, fv, sizeof fv); cr_assert_str_eq(fv, "202309");
    field(line, 3, fv, sizeof fv); cr_assert_str_eq(fv, "2023");
    field(line, 4, fv, sizeof fv); cr_assert_str_eq(fv, "2023.7233");   /* 264 / 365 */
    field(line, 5, fv, sizeof fv); cr_assert_str_eq(fv, "CHNGOVMIL");
    field(line, 7, fv, sizeof fv); cr_assert_str_eq(fv, "CHN");
    field(line, 12, fv, sizeof fv); cr_assert_str_eq(fv, "GOV");
    field(line, 13, fv, sizeof fv); cr_assert_str_eq(fv, "MIL");
    field(line, 15, fv, sizeof fv); cr_assert_str_eq(fv, "SYRGOV");
    field(line, 17, fv, sizeof fv); cr_assert_str_eq(fv, "SYR");
    field(line, 22, fv, sizeof fv); cr_assert_str_eq(fv, "GOV");
    field(line, 25, fv, sizeof fv); cr_assert_str_eq(fv, "1");
    field(line, 26, fv, sizeof fv); cr_assert_str_eq(fv, "0431");
    field(line, 27, fv, sizeof fv); cr_assert_str_eq(fv, "043");
    field(line, 28, fv, sizeof fv); cr_assert_str_eq(fv, "04");
    field(line, 29, fv, sizeof fv); cr_assert_str_eq(fv, "1");
    field(line, 30, fv, sizeof fv); cr_assert_str_eq(fv, "2.8");
    field(line, 59, fv, sizeof fv); cr_assert_eq(strlen(fv), 14);   /* DATEADDED */
    field(line, 60, fv, sizeof fv); cr_assert_str_eq(fv, "https://example.org/a,b");
    line = strchr(line, '\n') + 1;
    field(line, 1, fv, sizeof fv); cr_assert_str_eq(fv, "20240229");
    field(line, 4, fv, sizeof fv); cr_assert_str_eq(fv, "2024.1612");   /* 59 / 366 */
    field(line, 30, fv, sizeof fv); cr_assert_str_eq(fv, "-8.0");
    tac_buf_free(&x.out);

    export_all(s, TAC_EXPORT_PHOENIX, &x);
    line = x.out.data;
    for (int k = 0; k < 2; k++) {
        cr_assert_eq(count_fields(line, '\t'), 26, "Phoenix row %d: %s", k, line);
        line = strchr(line, '\n') + 1;
    }
    line = x.out.data;
    field(line, 1, fv, sizeof fv); cr_assert_str_eq(fv, "20230922");
    field(line, 5, fv, sizeof fv); cr_assert_str_eq(fv, "CHNGOVMIL");
    field(line, 6, fv, sizeof fv); cr_assert_str_eq(fv, "CHN");
    field(line, 7, fv, sizeof fv); cr_assert_str_eq(fv, "GOV");
    field(line, 8, fv, sizeof fv); cr_assert_str_eq(fv, "MIL");
    field(line, 13, fv, sizeof fv); cr_assert_str_eq(fv, "0431");
    field(line, 15, fv, sizeof fv); cr_assert_str_eq(fv, "1");     /* Phoenix class of 04 */
    line = strchr(line, '\n') + 1;
    field(line, 15, fv, sizeof fv); cr_assert_str_eq(fv, "3");     /* 16 is verbal conflict there */
    field(line, 23, fv, sizeof fv); cr_assert_str_eq(fv, "hand-x_0");
    tac_buf_free(&x.out);

    export_all(s, TAC_EXPORT_CSV, &x);
    line = x.out.data;
    cr_assert_eq(count_fields(line, ','), (int)ncsv);
    line = strstr(line, "\r\n") + 2;
    cr_assert(strstr(line, "\"https://example.org/a,b\""), "%s", line);
    tac_buf_free(&x.out);

    export_all(s, TAC_EXPORT_JSONL, &x);
    cr_assert(strstr(x.out.data, "\"code\":\"0431\""));
    cr_assert(strstr(x.out.data, "\"date\":\"2024-02-29\""));
    cr_assert(strstr(x.out.data, "\"goldstein\":-8,"));
    tac_buf_free(&x.out);
    tac_store_close(s);
}

Test(store, article_and_stats)
{
    tac_store *s = open_db();
    tac_error err = {0};
    tac_store_stats st;
    cr_assert_eq(tac_store_stats_get(s, &st, &err), TAC_OK);
    cr_assert_eq(st.articles, 0);
    cr_assert_eq(st.events, 0);
    cr_assert_eq(tac_store_run_begin(s, "dict v7", "test", &err), TAC_OK);
    tac_doc *d = synth_doc(5, 0, 3);
    /* what the stored copy must give back, taken from the doc itself */
    char body[4096], sent1[256];
    snprintf(body, sizeof body, "%.*s", (int)d->src_len, d->src);
    tac_span sp = d->sentences[1].span;
    snprintf(sent1, sizeof sent1, "%.*s", (int)(sp.end - sp.start), d->src + sp.start);
    add(s, d);
    add(s, synth_doc(6, 0, 2));
    cr_assert_eq(tac_store_run_end(s, 0, &err), TAC_OK);

    tac_stored_article *a = NULL;
    cr_assert_eq(tac_store_article(s, "synth-0000005", &a, &err), TAC_OK, "%s", err.detail);
    cr_assert_str_eq(a->article_id, "synth-0000005");
    cr_assert_str_eq(a->url, "https://example.org/synth/5");
    cr_assert_str_eq(a->body, body);
    cr_assert_eq(a->body_len, strlen(body));
    cr_assert_eq(a->nsentences, 3);
    cr_assert_eq(a->sentences[1].start, sp.start);
    cr_assert_eq(a->sentences[1].end, sp.end);
    cr_assert_str_eq(a->sentences[1].text, sent1);
    cr_assert_eq(a->ndropped, 1);
    cr_assert_str_eq(a->dropped[0].text, "synthetic boilerplate");
    cr_assert_str_eq(a->tags_json, "[\"synthetic\"]");
    cr_assert_str_eq(a->dict_version, "dict v7");
    cr_assert_null(a->byline);
    cr_assert_neq(a->published, TAC_NO_DATE);
    tac_stored_article_free(a);
    cr_assert_eq(tac_store_article(s, "nope", &a, &err), TAC_ERR_NOTFOUND);
    cr_assert_null(a);

    cr_assert_eq(tac_store_stats_get(s, &st, &err), TAC_OK);
    cr_assert_eq(st.articles, 2);
    cr_assert_eq(st.events, 5);
    cr_assert_eq(st.runs, 1);
    cr_assert_gt(st.last_ingest, 0);
    cr_assert_str_eq(st.dict_version, "dict v7");
    cr_assert_eq(st.schema_version, TAC_STORE_SCHEMA_VERSION);
    tac_store_close(s);
}
