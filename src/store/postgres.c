/*
 * PostgreSQL backend (libpq): articles are serialized as COPY text when they
 * are added and loaded in one transaction per batch with COPY … FROM STDIN.
 *
 * Several ingest processes, on one machine or many, may load one database at
 * once. A batch commits like this:
 *   1. BEGIN; take a transaction-scoped advisory lock per article id of the
 *      batch (key: XXH3-64 of the id), in ascending key order — every process
 *      locks in the same order, so two batches never deadlock, and a second
 *      process holding the same article waits for the first to commit;
 *   2. read the stored (article_id, content_hash) of the batch's ids — after
 *      the locks, so it sees what the other process committed;
 *   3. skip articles stored with the same hash, delete the rows of those
 *      stored with another hash, COPY the rest; COMMIT.
 * articles.article_id is UNIQUE as well, so a writer that bypassed the locks
 * would fail rather than duplicate. A batch that fails with a deadlock,
 * serialization or unique-key error is retried (up to 4 times).
 * Surrogate article ids come from the articles_id_seq sequence, fetched
 * ahead (two batches' worth) so events can refer to their article; ids of
 * skipped or rolled-back articles are simply never used.
 *
 * Overlap: a full batch is handed to one of two writer threads, each with
 * its own connection, in turn; the caller's thread meanwhile builds the next
 * batch on its own connection. Two batches load at once, in two server
 * backends: a backend spends most of a batch in index inserts, so one of
 * them leaves the second core idle. Their order is kept:
 *   - batch n+1 takes its locks only once batch n holds all of its own (so
 *     an article in both waits for n's commit and then sees it: the later
 *     copy wins, as with one connection), and
 *   - batch n+1 commits only after batch n has; if n fails, n+1 rolls back,
 *     so what is stored is always every batch up to some point. Should n
 *     roll back for a retry while n+1 holds locks, n+1 rolls back too and
 *     starts again behind it: n+1 never holds locks that n may wait for.
 * Each writer has one batch at most in flight; the hand-off to a writer,
 * an explicit commit (ops->sync), any other statement and close wait for
 * it first. An error is returned by the next add or commit, and the batch
 * being built then is dropped too: after an error nothing since the last
 * successful commit is stored, as after a crash.
 *
 * Durability: the session sets synchronous_commit = off unless the URL says
 * otherwise (postgres://…?synchronous_commit=on|local|remote_write|
 * remote_apply|off, or =server to keep the server's setting; the parameter
 * is taken out before the URL goes to libpq). COMMIT then returns before the
 * WAL is flushed: a SIGKILL of the loader loses nothing committed (the
 * server has it), a server crash or power cut may lose the last commits
 * (< ~1 s, 3 × wal_writer_delay), never consistency — the contract of our
 * SQLite WAL with synchronous=NORMAL. A re-run stores what was lost.
 */
#include "store/store_impl.h"
#include <libpq-fe.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

enum { T_ART = 0, T_DROP, T_EV, T_N };
static const char *const table_names[T_N] = {"articles", "dropped", "events"};

typedef struct pg_article {
    char *article_id;
    char hash[33];
    uint64_t key;            /* advisory lock key                              */
    int64_t id;              /* reserved surrogate id                          */
    size_t seg[T_N][2];      /* [start, end) of its rows in each COPY buffer   */
    uint32_t nevents;
    bool dead;               /* superseded by a later copy in the same batch   */
} pg_article;

/* Writer threads, each loading one batch at a time on its own connection. */
#define PG_WRITERS 2

/* Where a writer's batch is in its commit: seq is its number (from 1; 0
 * when the writer holds none), restarts counts its rollbacks for a retry. */
enum { LANE_LOCKING, LANE_LOCKED, LANE_DONE };
typedef struct pg_lane {
    uint64_t seq;
    int state;
    bool ok;
    unsigned restarts;
} pg_lane;

typedef struct pg_store {
    tac_store base;
    PGconn *conn;
    tac_buf copy[T_N];
    pg_article *arts;
    size_t narts, cap_arts;
    uint64_t same_in_batch;  /* duplicates dropped before commit               */
    int64_t *ids;            /* reserved article ids                           */
    size_t nids, next_id;
    tac_buf tags, spans, scratch, evid;
    /* The background writers (tac_bg). w[i] is writer i's half: a pg_store
     * on its own connection (opened at the first hand-off) holding the batch
     * being committed (swapped in at hand-off) and the buffers of the
     * commit; top leads from a half back to the whole. */
    struct pg_store *w[PG_WRITERS];
    tac_bg bg[PG_WRITERS];
    struct pg_store *top;
    int lane;                /* a half's index                                  */
    uint64_t handed;         /* batches handed over so far (the whole)          */
    uint64_t analyzed_events; /* counts.events at the last ANALYZE (the whole)  */
    uint32_t unvacuumed;     /* batches committed since the last VACUUM (half)  */
    bool dropped;            /* the half's last batch rolled back behind a failure */
    char *url;               /* libpq conninfo and session settings, for the    */
    char *session_sql;       /* writers' connections                            */
    /* The batches' order (see the header comment), under omu/ocv. */
    pthread_mutex_t omu;
    pthread_cond_t ocv;
    bool order_init;
    pg_lane lanes[PG_WRITERS];
} pg_store;


static void notice_quiet(void *arg, const char *message) { (void)arg; (void)message; }

static tac_status pg_fail(pg_store *s, tac_error *err, const char *what, const PGresult *r)
{
    const char *msg = r ? PQresultErrorMessage(r) : NULL;
    if (!msg || !*msg)
        msg = PQerrorMessage(s->conn);
    char clean[180];
    snprintf(clean, sizeof clean, "%s", msg);
    size_t n = strlen(clean);
    while (n && (clean[n - 1] == '\n' || clean[n - 1] == ' '))
        clean[--n] = 0;
    return tac_fail(err, TAC_ERR_STORE, what, 0, "postgres: %s", clean);
}

/* Statements on the caller's connection wait for the writers: what runs
 * after a hand-off sees it committed. (A writer's half has no writers.) */
static void wait_writers(pg_store *s)
{
    for (int i = 0; i < PG_WRITERS; i++)
        tac_bg_wait(&s->bg[i]);
}

static tac_status pg_exec(tac_store *base, const char *sql, tac_error *err)
{
    pg_store *s = (pg_store *)base;
    wait_writers(s);
    PGresult *r = PQexec(s->conn, sql);
    ExecStatusType t = PQresultStatus(r);
    tac_status st = TAC_OK;
    if (t != PGRES_COMMAND_OK && t != PGRES_TUPLES_OK)
        st = pg_fail(s, err, "database statement failed", r);
    PQclear(r);
    return st;
}

/* Run a query with text parameters; results in one piece (small queries). */
static PGresult *pg_query(pg_store *s, const char *sql, int n, const char *const *params)
{
    return PQexecParams(s->conn, sql, n, NULL, params, NULL, NULL, 0);
}

static tac_status pg_select(tac_store *base, const char *sql, const char *const *params, int nparams,
                            tac_row_fn fn, void *ctx, tac_error *err)
{
    pg_store *s = (pg_store *)base;
    wait_writers(s);
    if (!PQsendQueryParams(s->conn, sql, nparams, NULL, params, NULL, NULL, 0))
        return pg_fail(s, err, "could not send a query", NULL);
    /* Single-row mode streams: memory stays bounded whatever the result size. */
    PQsetSingleRowMode(s->conn);
    tac_status st = TAC_OK;
    bool stopped = false;
    const char *vals[64];
    PGresult *r;
    while ((r = PQgetResult(s->conn))) {
        ExecStatusType t = PQresultStatus(r);
        if (t == PGRES_SINGLE_TUPLE && !stopped && !st) {
            int ncols = PQnfields(r);
            if (ncols > 64)
                ncols = 64;
            for (int c = 0; c < ncols; c++)
                vals[c] = PQgetisnull(r, 0, c) ? NULL : PQgetvalue(r, 0, c);
            if (fn(ctx, ncols, vals)) {
                stopped = true;
                PGcancel *cancel = PQgetCancel(s->conn);
                if (cancel) {
                    char buf[256];
                    PQcancel(cancel, buf, sizeof buf);
                    PQfreeCancel(cancel);
                }
            }
        } else if (t != PGRES_SINGLE_TUPLE && t != PGRES_TUPLES_OK && !stopped && !st) {
            st = pg_fail(s, err, "query failed", r);
        }
        PQclear(r);
    }
    return st;
}

/* ---- COPY text encoding -------------------------------------------------- */

/* Escape for COPY text format; invalid UTF-8 becomes U+FFFD so one bad span
 * cannot fail a whole batch. */
static void copy_text(tac_buf *b, const char *p, size_t n)
{
    bool valid = tac_utf8_valid_prefix(p, n) == n;
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        while (run < n && (unsigned char)p[run] >= 0x20 && p[run] != '\\' && p[run] != 0x7f &&
               (valid || (unsigned char)p[run] < 0x80))
            run++;
        if (run > i) {
            tac_buf_put(b, p + i, run - i);
            i = run;
            continue;
        }
        unsigned char c = (unsigned char)p[i];
        if (c == '\\') { tac_buf_put(b, "\\\\", 2); i++; }
        else if (c == '\t') { tac_buf_put(b, "\\t", 2); i++; }
        else if (c == '\n') { tac_buf_put(b, "\\n", 2); i++; }
        else if (c == '\r') { tac_buf_put(b, "\\r", 2); i++; }
        else if (c < 0x20 || c == 0x7f) {
            tac_buf_printf(b, "\\x%02x", c);
            if (c == 0)
                b->len -= 4, tac_buf_put(b, "\xEF\xBF\xBD", 3); /* NUL: no text may hold it */
            i++;
        } else {
            size_t start = i;
            if (tac_utf8_next(p, n, &i) < 0)
                tac_buf_put(b, "\xEF\xBF\xBD", 3);
            else
                tac_buf_put(b, p + start, i - start);
        }
    }
}

/* Integers and reals are most of a row's fields: formatted here rather than
 * by printf (a third of the loader's CPU went to vfprintf). */
static void copy_int(tac_buf *b, int64_t v)
{
    char tmp[24];
    int n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[sizeof tmp - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[sizeof tmp - 1 - n++] = '-';
    tac_buf_put(b, tmp + sizeof tmp - n, (size_t)n);
}

/* The store's reals (Goldstein, confidence) have at most 4 decimals: written
 * as such ("0.93", not "0.93000000000000005"), which reads back as the same
 * double; anything else gets all 17 significant digits. */
static void copy_real(tac_buf *b, double d)
{
    if (d > -1e12 && d < 1e12) {
        long long k = llround(d * 10000.0);
        if ((double)k / 10000.0 == d) {
            if (k < 0) {
                tac_buf_putc(b, '-');
                k = -k;
            }
            copy_int(b, k / 10000);
            int frac = (int)(k % 10000), digits = 4;
            while (frac && frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            if (frac) {
                char tmp[5];
                for (int i = digits - 1; i >= 0; i--, frac /= 10)
                    tmp[i] = (char)('0' + frac % 10);
                tac_buf_putc(b, '.');
                tac_buf_put(b, tmp, (size_t)digits);
            }
            return;
        }
    }
    tac_buf_printf(b, "%.17g", d);
}

static void copy_row(tac_buf *b, const tac_val *v, int n)
{
    for (int i = 0; i < n; i++) {
        if (i)
            tac_buf_putc(b, '\t');
        switch (v[i].type) {
        case TAC_VAL_NULL: tac_buf_put(b, "\\N", 2); break;
        case TAC_VAL_INT: copy_int(b, v[i].i); break;
        case TAC_VAL_REAL: copy_real(b, v[i].d); break;
        case TAC_VAL_TEXT: copy_text(b, v[i].s, v[i].n); break;
        }
    }
    tac_buf_putc(b, '\n');
}

/* ---- ids ------------------------------------------------------------------ */

/* Add ids to the unused ones (on the caller's connection, which the writers
 * never use): enough for two batches, so that they are fetched at a
 * hand-off rather than one round trip in the middle of a batch. */
static tac_status reserve_ids(pg_store *s, tac_error *err)
{
    char sql[96];
    uint32_t want = s->base.batch_articles > 512 ? 2 * s->base.batch_articles : 1024;
    snprintf(sql, sizeof sql, "SELECT nextval('articles_id_seq') FROM generate_series(1, %u)", want);
    PGresult *r = PQexec(s->conn, sql);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        tac_status st = pg_fail(s, err, "could not reserve article ids", r);
        PQclear(r);
        return st;
    }
    size_t n = (size_t)PQntuples(r), left = s->nids - s->next_id;
    int64_t *p = malloc((left + n + 1) * sizeof *p);
    if (!p) {
        PQclear(r);
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    }
    if (left)
        memcpy(p, s->ids + s->next_id, left * sizeof *p);
    for (size_t i = 0; i < n; i++)
        p[left + i] = strtoll(PQgetvalue(r, (int)i, 0), NULL, 10);
    free(s->ids);
    s->ids = p;
    s->nids = left + n;
    s->next_id = 0;
    PQclear(r);
    return TAC_OK;
}

/* ---- the batches' order ---------------------------------------------------- */

/* The lane of the batch before the one of half s while that batch is in
 * flight or failed unreported; NULL once it committed (the caller hands
 * its writer another batch only after reaping it, and after a failure
 * waits for every writer before anything else: see reap). Under omu. */
static pg_lane *lane_before(pg_store *s)
{
    pg_store *t = s->top;
    uint64_t seq = t->lanes[s->lane].seq;
    for (int i = 0; i < PG_WRITERS; i++)
        if (i != s->lane && seq > 1 && t->lanes[i].seq == seq - 1)
            return &t->lanes[i];
    return NULL;
}

static void lane_set(pg_store *s, int state, bool ok, bool restart)
{
    pg_store *t = s->top;
    pthread_mutex_lock(&t->omu);
    pg_lane *l = &t->lanes[s->lane];
    l->state = state;
    l->ok = ok;
    l->restarts += restart;
    pthread_cond_broadcast(&t->ocv);
    pthread_mutex_unlock(&t->omu);
}

/* Before taking locks: wait until the batch before holds all of its own.
 * Returns its restart count, which order_commit compares. */
static unsigned order_gate(pg_store *s)
{
    pg_store *t = s->top;
    pthread_mutex_lock(&t->omu);
    pg_lane *p;
    while ((p = lane_before(s)) && p->state == LANE_LOCKING)
        pthread_cond_wait(&t->ocv, &t->omu);
    unsigned seen = p ? p->restarts : 0;
    pthread_mutex_unlock(&t->omu);
    return seen;
}

enum { ORDER_GO, ORDER_DROP, ORDER_BEHIND };

/* Before COMMIT: wait for the batch before to commit. ORDER_DROP: it
 * failed; ORDER_BEHIND: it let its locks go to retry after we took ours
 * (it may be waiting for one of them, or for a loader that waits for one):
 * roll back and start again behind it. */
static int order_commit(pg_store *s, unsigned seen)
{
    pg_store *t = s->top;
    int r;
    pthread_mutex_lock(&t->omu);
    for (;;) {
        pg_lane *p = lane_before(s);
        if (!p || (p->state == LANE_DONE && p->ok)) {
            r = ORDER_GO;
            break;
        }
        if (p->state == LANE_DONE) {
            r = ORDER_DROP;
            break;
        }
        if (p->restarts != seen) {
            r = ORDER_BEHIND;
            break;
        }
        pthread_cond_wait(&t->ocv, &t->omu);
    }
    pthread_mutex_unlock(&t->omu);
    return r;
}

/* Fold what the writers stored into the counts; return the first failure
 * not yet reported. wait: the writer to wait for first, PG_WRITERS for
 * all, -1 for none. After a failure every writer is waited for (a batch
 * behind the failed one rolls back: see order_commit) and the order starts
 * afresh, so nothing handed over before the error is left in flight. */
static tac_status reap(pg_store *s, int wait, tac_error *err)
{
    tac_status st = TAC_OK;
    for (int i = 0; i < PG_WRITERS; i++) {
        tac_error e = {0};
        tac_status x = tac_bg_reap(&s->bg[i], wait == i || wait == PG_WRITERS, &s->base.counts, &e);
        if (x && !st) {
            st = x;
            if (err)
                *err = e;
        }
    }
    if (st) {
        for (int i = 0; i < PG_WRITERS; i++)
            tac_bg_reap(&s->bg[i], true, &s->base.counts, NULL);
        pthread_mutex_lock(&s->omu);
        memset(s->lanes, 0, sizeof s->lanes);
        pthread_mutex_unlock(&s->omu);
    }
    return st;
}

/* ---- add and commit -------------------------------------------------------- */

static void batch_clear(pg_store *s)
{
    for (size_t i = 0; i < s->narts; i++)
        free(s->arts[i].article_id);
    s->narts = 0;
    s->same_in_batch = 0;
    for (int t = 0; t < T_N; t++)
        s->copy[t].len = 0;
}

static tac_status pgs_add(tac_store *base, const tac_doc *d, const char *file, const char *hash,
                          tac_error *err)
{
    pg_store *s = (pg_store *)base;
    /* a background commit failed: report it now, and drop what came after,
     * so that the caller knows nothing since the last commit is stored */
    tac_status bst = reap(s, -1, err);
    if (bst) {
        batch_clear(s);
        tac_store_pending_dropped(base);
        return bst;
    }
    uint64_t key = tac_hash(d->id, strlen(d->id));
    /* The same article twice in one batch: the later copy wins, as it would
     * had they been committed one after the other. */
    for (size_t i = 0; i < s->narts; i++) {
        pg_article *a = &s->arts[i];
        if (!a->dead && a->key == key && !strcmp(a->article_id, d->id)) {
            if (!strcmp(a->hash, hash)) {
                s->same_in_batch++;
                return TAC_OK;
            }
            a->dead = true;
            base->pending_events -= a->nevents;
        }
    }
    if (s->next_id >= s->nids) {
        tac_status st = reserve_ids(s, err);
        if (st)
            return st;
    }
    if (s->narts == s->cap_arts) {
        size_t cap = s->cap_arts ? s->cap_arts * 2 : 256;
        pg_article *p = realloc(s->arts, cap * sizeof *p);
        if (!p)
            return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
        s->arts = p;
        s->cap_arts = cap;
    }
    pg_article *a = &s->arts[s->narts];
    memset(a, 0, sizeof *a);
    a->article_id = strdup(d->id);
    if (!a->article_id)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    memcpy(a->hash, hash, 33);
    a->key = key;
    a->id = s->ids[s->next_id++];
    a->nevents = d->nevents;

    tac_val v[(int)TAC_EV_NCOLS > (int)TAC_ART_NCOLS ? (int)TAC_EV_NCOLS : (int)TAC_ART_NCOLS];
    a->seg[T_ART][0] = s->copy[T_ART].len;
    tac_store_article_row(d, a->id, hash, file, base->dict_version, (int64_t)time(NULL),
                          base->run_id, &s->tags, &s->spans, v);
    copy_row(&s->copy[T_ART], v, TAC_ART_NCOLS);
    a->seg[T_ART][1] = s->copy[T_ART].len;
    a->seg[T_DROP][0] = s->copy[T_DROP].len;
    for (uint32_t i = 0; i < d->ndropped; i++) {
        tac_store_dropped_row(d, a->id, i, v);
        copy_row(&s->copy[T_DROP], v, TAC_DROP_NCOLS);
    }
    a->seg[T_DROP][1] = s->copy[T_DROP].len;
    a->seg[T_EV][0] = s->copy[T_EV].len;
    for (uint32_t i = 0; i < d->nevents; i++) {
        tac_store_event_rows(d, a->id, i, 1, &s->evid, v);
        copy_row(&s->copy[T_EV], v, TAC_EV_NCOLS);
    }
    if (s->evid.failed)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    a->seg[T_EV][1] = s->copy[T_EV].len;
    for (int t = 0; t < T_N; t++)
        if (s->copy[t].failed)
            return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    s->narts++;
    base->pending_events += d->nevents;
    return TAC_OK;
}

static int cmp_key(const void *x, const void *y)
{
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

/* A PostgreSQL array literal of the batch's article ids: {"a","b\"c"}. */
static void ids_array(pg_store *s, tac_buf *b)
{
    b->len = 0;
    tac_buf_putc(b, '{');
    bool first = true;
    for (size_t i = 0; i < s->narts; i++) {
        if (s->arts[i].dead)
            continue;
        if (!first)
            tac_buf_putc(b, ',');
        first = false;
        tac_buf_putc(b, '"');
        for (const char *p = s->arts[i].article_id; *p; p++) {
            if (*p == '"' || *p == '\\')
                tac_buf_putc(b, '\\');
            tac_buf_putc(b, *p);
        }
        tac_buf_putc(b, '"');
    }
    tac_buf_puts(b, "}");
    tac_buf_putc(b, 0);
}

static bool retryable(const PGresult *r)
{
    const char *code = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    return code && (!strcmp(code, "40P01") || !strcmp(code, "40001") || !strcmp(code, "23505"));
}

enum { FATE_NEW, FATE_SAME, FATE_REPLACE };

/* The events of the articles whose keys are in $1 (a bigint[]). */
#define OLD_EVENTS "FROM events e JOIN unnest($1::bigint[]) AS o(id)" \
    " ON e.id >= o.id * 1048576 AND e.id < (o.id + 1) * 1048576 WHERE 1 = 1"

typedef struct commit_state {
    uint8_t *fate;
    int64_t *old_ids;
    size_t nold;
    bool behind;             /* rolled back to start again behind the batch before */
    bool dropped;            /* not stored because the batch before failed          */
} commit_state;

static tac_status copy_table(pg_store *s, int t, const uint8_t *fate, tac_error *err, bool *retry)
{
    const char *const *cols;
    int n;
    switch (t) {
    case T_ART: cols = tac_store_article_columns; n = TAC_ART_NCOLS; break;
    case T_DROP: cols = tac_store_dropped_columns; n = TAC_DROP_NCOLS; break;
    default: cols = tac_store_event_columns; n = TAC_EV_NCOLS; break;
    }
    tac_buf *sql = &s->scratch;
    sql->len = 0;
    tac_buf_printf(sql, "COPY %s (", table_names[t]);
    for (int i = 0; i < n; i++)
        tac_buf_printf(sql, "%s%s", i ? ", " : "", cols[i]);
    tac_buf_puts(sql, ") FROM STDIN");
    tac_buf_putc(sql, 0);
    if (sql->failed)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    PGresult *r = PQexec(s->conn, sql->data);
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        tac_status st = pg_fail(s, err, "COPY failed to start", r);
        PQclear(r);
        return st;
    }
    PQclear(r);
    bool ok = true;
    for (size_t i = 0; ok && i < s->narts; i++) {
        if (s->arts[i].dead || fate[i] == FATE_SAME)
            continue;
        size_t a = s->arts[i].seg[t][0], b = s->arts[i].seg[t][1];
        /* PQputCopyData takes an int length: send large articles in pieces */
        while (ok && a < b) {
            size_t k = b - a > (1u << 30) ? (1u << 30) : b - a;
            ok = PQputCopyData(s->conn, s->copy[t].data + a, (int)k) == 1;
            a += k;
        }
    }
    PQputCopyEnd(s->conn, ok ? NULL : "client failed to send data");
    tac_status st = TAC_OK;
    while ((r = PQgetResult(s->conn))) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && !st) {
            *retry = retryable(r);
            st = pg_fail(s, err, "COPY failed", r);
        }
        PQclear(r);
    }
    return st;
}

static tac_status commit_once(pg_store *s, commit_state *cs, tac_error *err, bool *retry)
{
    *retry = false;
    tac_status st = pg_exec(&s->base, "BEGIN", err);
    if (st)
        return st;
    unsigned seen = order_gate(s);
    /* 1. locks, in ascending key order */
    int64_t *keys = malloc((s->narts ? s->narts : 1) * sizeof *keys);
    if (!keys)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    size_t nk = 0;
    for (size_t i = 0; i < s->narts; i++)
        if (!s->arts[i].dead)
            keys[nk++] = (int64_t)s->arts[i].key;
    qsort(keys, nk, sizeof *keys, cmp_key);
    tac_buf *b = &s->scratch;
    b->len = 0;
    tac_buf_putc(b, '{');
    for (size_t i = 0; i < nk; i++)
        if (i == 0 || keys[i] != keys[i - 1])
            tac_buf_printf(b, "%s%lld", i ? "," : "", (long long)keys[i]);
    tac_buf_puts(b, "}");
    tac_buf_putc(b, 0);
    free(keys);
    if (b->failed)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    const char *p1[1] = {b->data};
    PGresult *r = pg_query(s, "SELECT count(pg_advisory_xact_lock(k)) FROM unnest($1::bigint[]) AS k", 1, p1);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        *retry = retryable(r);
        st = pg_fail(s, err, "could not lock the batch's articles", r);
        PQclear(r);
        return st;
    }
    PQclear(r);
    lane_set(s, LANE_LOCKED, false, false);
    /* 2. what is stored already */
    ids_array(s, b);
    if (b->failed)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    p1[0] = b->data;
    r = pg_query(s, "SELECT article_id, content_hash, id FROM articles WHERE article_id = ANY($1::text[])", 1, p1);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        *retry = retryable(r);
        st = pg_fail(s, err, "could not look up the batch's articles", r);
        PQclear(r);
        return st;
    }
    for (size_t i = 0; i < s->narts; i++)
        cs->fate[i] = FATE_NEW;
    cs->nold = 0;
    int nrows = PQntuples(r);
    for (int row = 0; row < nrows; row++) {
        const char *aid = PQgetvalue(r, row, 0), *h = PQgetvalue(r, row, 1);
        uint64_t key = tac_hash(aid, strlen(aid));
        for (size_t i = 0; i < s->narts; i++) {
            pg_article *a = &s->arts[i];
            if (a->dead || a->key != key || strcmp(a->article_id, aid))
                continue;
            if (!strcmp(a->hash, h)) {
                cs->fate[i] = FATE_SAME;
            } else {
                cs->fate[i] = FATE_REPLACE;
                cs->old_ids[cs->nold++] = strtoll(PQgetvalue(r, row, 2), NULL, 10);
            }
        }
    }
    PQclear(r);
    /* 3. delete replaced articles' rows, COPY the new ones */
    if (cs->nold) {
        b->len = 0;
        tac_buf_putc(b, '{');
        for (size_t i = 0; i < cs->nold; i++)
            tac_buf_printf(b, "%s%lld", i ? "," : "", (long long)cs->old_ids[i]);
        tac_buf_puts(b, "}");
        tac_buf_putc(b, 0);
        if (b->failed)
            return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
        static const char *const del[] = {
            "DELETE FROM events e USING unnest($1::bigint[]) AS o(id)"
            " WHERE e.id >= o.id * 1048576 AND e.id < (o.id + 1) * 1048576",
            "DELETE FROM dropped WHERE article = ANY($1::bigint[])",
            "DELETE FROM articles WHERE id = ANY($1::bigint[])",
        };
        p1[0] = b->data;
        for (size_t k = 0; k < sizeof del / sizeof *del; k++) {
            r = pg_query(s, del[k], 1, p1);
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                *retry = retryable(r);
                st = pg_fail(s, err, "could not delete a replaced article", r);
                PQclear(r);
                return st;
            }
            PQclear(r);
        }
    }
    bool any = false;
    for (size_t i = 0; i < s->narts; i++)
        if (!s->arts[i].dead && cs->fate[i] != FATE_SAME)
            any = true;
    for (int t = 0; any && t < T_N && !st; t++)
        st = copy_table(s, t, cs->fate, err, retry);
    if (st)
        return st;
    switch (order_commit(s, seen)) {
    case ORDER_DROP:
        cs->dropped = true;
        return tac_fail(err, TAC_ERR_STORE, "batch not stored: the batch before it failed", 0, NULL);
    case ORDER_BEHIND:
        cs->behind = *retry = true;
        return tac_fail(err, TAC_ERR_STORE, "batch restarted behind the batch before it", 0, NULL);
    default: break;
    }
    r = PQexec(s->conn, "COMMIT");
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        *retry = retryable(r);
        st = pg_fail(s, err, "commit failed", r);
    }
    PQclear(r);
    return st;
}

/* Dyad series are index-only scans of events_pair (see migration 5), which
 * read the heap for every row on a page the visibility map does not mark
 * all-visible — and only VACUUM marks pages. So the loader vacuums, every
 * VACUUM_EVERY batches (each VACUUM has a fixed cost) and at the end of a
 * load: the map lets VACUUM skip every page marked before, so it reads
 * little more than the new pages. SKIP_LOCKED: when another loader or
 * autovacuum is at it, this one does not wait. Failure (a role that does
 * not own the table) costs only speed: ignored. */
#define VACUUM_EVERY 4

static void mark_visible(pg_store *s)
{
    s->unvacuumed = 0;
    /* PARALLEL 0: index-cleanup workers take ~100 ms to start, for nothing
     * to clean; TRUNCATE false: no exclusive lock to give back empty pages */
    PGresult *r = PQexec(s->conn, "VACUUM (SKIP_LOCKED, PARALLEL 0, TRUNCATE false) events");
    PQclear(r);
}

/* Commit the batch of s (the writer's half) with retries; add what it stored
 * to s->base.pending. */
static tac_status commit_batch(pg_store *s, tac_error *err)
{
    tac_store *base = &s->base;
    commit_state cs = {0};
    cs.fate = malloc(s->narts + 1);
    cs.old_ids = malloc((s->narts + 1) * sizeof *cs.old_ids);
    if (!cs.fate || !cs.old_ids) {
        free(cs.fate);
        free(cs.old_ids);
        batch_clear(s);
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    }
    tac_status st = TAC_OK;
    /* restarts behind the batch before are not attempts: it retries at
     * most as often, then ends */
    for (int attempt = 0; attempt < 4;) {
        bool retry = false;
        cs.behind = false;
        st = commit_once(s, &cs, err, &retry);
        if (!st)
            break;
        tac_error ignored;
        pg_exec(base, "ROLLBACK", &ignored);
        lane_set(s, LANE_LOCKING, false, true);   /* its locks are gone */
        if (!retry)
            break;
        if (!cs.behind)
            usleep(10000u << attempt++);
    }
    s->dropped = cs.dropped;
    lane_set(s, LANE_DONE, !st, false);
    /* every few batches over all writers (each VACUUM has a fixed cost),
     * and at the end (sync) */
    if (!st && ++s->unvacuumed >= VACUUM_EVERY / PG_WRITERS)
        mark_visible(s);
    if (!st) {
        base->pending.articles_same += s->same_in_batch;
        for (size_t i = 0; i < s->narts; i++) {
            if (s->arts[i].dead)
                continue;
            if (cs.fate[i] == FATE_SAME) {
                base->pending.articles_same++;
            } else {
                base->pending.events += s->arts[i].nevents;
                if (cs.fate[i] == FATE_REPLACE)
                    base->pending.articles_replaced++;
                else
                    base->pending.articles_new++;
            }
        }
    }
    free(cs.fate);
    free(cs.old_ids);
    batch_clear(s);
    return st;
}

/* ---- the background writer ------------------------------------------------ */

/* Commit the writer's batch and record the outcome (tac_bg's run: in the
 * writer thread, or in the caller's when no thread could be started). */
static void writer_run(void *ctx)
{
    pg_store *w = ctx;
    tac_bg *bg = &w->top->bg[w->lane];
    tac_error e = {0};
    tac_status st = commit_batch(w, &e);
    /* a batch dropped behind a failed one: that failure is the one to report */
    if (st && !w->dropped)
        tac_bg_failed(bg, st, &e);
    else if (!st)
        tac_bg_stored(bg, &w->base.pending);
    memset(&w->base.pending, 0, sizeof w->base.pending);
}

/* Connect s (the caller's side or a writer's) with the session settings
 * of the whole store t. */
static tac_status session_connect(pg_store *s, const pg_store *t, tac_error *err)
{
    s->conn = PQconnectdb(t->url);
    if (!s->conn || PQstatus(s->conn) != CONNECTION_OK) {
        tac_status st = pg_fail(s, err, "could not connect to PostgreSQL", NULL);
        PQfinish(s->conn);
        s->conn = NULL;
        return st;
    }
    /* The library never prints: libpq would write NOTICEs to stderr. */
    PQsetNoticeProcessor(s->conn, notice_quiet, NULL);
    return pg_exec(&s->base, t->session_sql, err);
}

/* The batch fields of two stores change places. */
static void batch_swap(pg_store *a, pg_store *b)
{
#define SWAP(f) do { __typeof__(a->f) t_ = a->f; a->f = b->f; b->f = t_; } while (0)
    for (int t = 0; t < T_N; t++)
        SWAP(copy[t]);
    SWAP(arts);
    SWAP(narts);
    SWAP(cap_arts);
    SWAP(same_in_batch);
#undef SWAP
}

/* Hand the full batch to the writer and return: the caller builds the next
 * batch while the server loads this one. The previous batch's error, if
 * any, is returned here instead (and this batch dropped). */
static tac_status pgs_commit(tac_store *base, tac_error *err)
{
    pg_store *s = (pg_store *)base;
    int i = (int)(s->handed % PG_WRITERS);
    pg_store *w = s->w[i];
    tac_status st = reap(s, i, err);
    if (!st && !w->conn)
        st = session_connect(w, s, err);
    if (!st && s->nids - s->next_id < base->batch_articles)
        st = reserve_ids(s, err);
    if (st) {
        batch_clear(s);
        return st;
    }
    batch_swap(s, w);
    pthread_mutex_lock(&s->omu);
    s->lanes[i] = (pg_lane){.seq = ++s->handed, .state = LANE_LOCKING};
    pthread_mutex_unlock(&s->omu);
    if (tac_bg_go(&s->bg[i]))   /* no thread: committed here and now */
        return reap(s, -1, err);
    return TAC_OK;
}

/* Column statistics after a load that grew the events by a tenth or more
 * (pg_class.reltuples, which our VACUUMs keep current). Until autovacuum
 * gets to it, the planner would go on with the statistics of a much
 * smaller table: after a first load of 1M events, an actor query took
 * 1.2 s instead of 0.06 s. A sample of 3,000 rows (statistics target 10)
 * is enough for the store's queries and takes ~0.13 s over 1M events,
 * against ~0.7 s at the default 100 (one random page read per sampled
 * row); autovacuum's or the user's ANALYZE replaces it. A smaller load is
 * left to autovacuum, and a failure (a role that does not own the table)
 * costs only speed. */
static void refresh_stats(pg_store *s)
{
    uint64_t added = s->base.counts.events - s->analyzed_events;
    if (!added)
        return;
    PGresult *r = PQexec(s->conn, "SELECT reltuples FROM pg_class WHERE oid = 'events'::regclass");
    double rows = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 ? strtod(PQgetvalue(r, 0, 0), NULL)
                                                                          : -1;
    PQclear(r);
    if (rows >= 0 && (double)added * 10 < rows)
        return;
    s->analyzed_events = s->base.counts.events;
    PGresult *a = PQexec(s->conn, "BEGIN; SET LOCAL default_statistics_target = 10; ANALYZE events; COMMIT");
    if (PQresultStatus(a) != PGRES_COMMAND_OK)
        PQclear(PQexec(s->conn, "ROLLBACK"));
    PQclear(a);
}

static tac_status pgs_sync(tac_store *base, tac_error *err)
{
    pg_store *s = (pg_store *)base;
    tac_status st = reap(s, PG_WRITERS, err);
    bool any = false;
    for (int i = 0; i < PG_WRITERS; i++)
        any |= s->w[i]->unvacuumed > 0;
    if (!st && any) {
        for (int i = 0; i < PG_WRITERS; i++)
            s->w[i]->unvacuumed = 0;
        mark_visible(s->w[0]);   /* batches went out: lane 0 took the first */
    }
    if (!st)
        refresh_stats(s);
    return st;
}

static tac_status pgs_run_insert(tac_store *base, const char *command, const char *host, tac_error *err)
{
    pg_store *s = (pg_store *)base;
    wait_writers(s);
    char started[32], pid[32];
    snprintf(started, sizeof started, "%lld", (long long)time(NULL));
    snprintf(pid, sizeof pid, "%lld", (long long)getpid());
    const char *params[5] = {started, command, base->dict_version, host, pid};
    PGresult *r = pg_query(s, "INSERT INTO runs (started_at, command, dict_version, host, pid, status)"
                              " VALUES ($1, $2, $3, $4, $5, 'running') RETURNING id", 5, params);
    tac_status st = TAC_OK;
    if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1)
        st = pg_fail(s, err, "could not write the run log", r);
    else
        base->run_id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
    PQclear(r);
    return st;
}

/* The buffers of either half. */
static void store_free(pg_store *s)
{
    batch_clear(s);
    for (int t = 0; t < T_N; t++)
        tac_buf_free(&s->copy[t]);
    tac_buf_free(&s->tags);
    tac_buf_free(&s->spans);
    tac_buf_free(&s->scratch);
    tac_buf_free(&s->evid);
    free(s->arts);
    free(s->ids);
    free(s);
}

static void pgs_close(tac_store *base)
{
    pg_store *s = (pg_store *)base;
    for (int i = 0; i < PG_WRITERS; i++) {
        tac_bg_stop(&s->bg[i]);   /* what was handed over is committed before we go */
        if (s->w[i]) {
            PQfinish(s->w[i]->conn);
            store_free(s->w[i]);
        }
    }
    PQfinish(s->conn);
    if (s->order_init) {
        pthread_mutex_destroy(&s->omu);
        pthread_cond_destroy(&s->ocv);
    }
    free(s->url);
    free(s->session_sql);
    store_free(s);
}

static const tac_store_ops pg_ops = {
    .close = pgs_close,
    .exec = pg_exec,
    .select = pg_select,
    /* one lock for schema changes, so concurrent first runs migrate once */
    .migrate_begin = "BEGIN; SELECT pg_advisory_xact_lock(7418296035)",
    .add = pgs_add,
    .commit = pgs_commit,
    .sync = pgs_sync,
    .run_insert = pgs_run_insert,
    .placeholder = '$',
};


/* Take "synchronous_commit=V" out of the URL's query (libpq refuses query
 * parameters it does not know) and return its SET statement in set_sql:
 * "off" when absent (see the header comment), nothing for "server". */
static tac_status split_sync(const char *url, char **conninfo, char *set_sql, size_t set_size,
                             tac_error *err)
{
    static const char key[] = "synchronous_commit=";
    static const char *const levels[] = {"off", "on", "local", "remote_write", "remote_apply", "server"};
    const char *level = "off";
    size_t vlen = 3;
    const char *q = strchr(url, '?');
    const char *p = q;
    size_t cut0 = strlen(url), cut1 = cut0;
    while (p) {
        if (!strncmp(p + 1, key, sizeof key - 1)) {
            const char *v = p + sizeof key;
            size_t n = strcspn(v, "&");
            bool known = false;
            for (size_t i = 0; i < sizeof levels / sizeof *levels; i++)
                if (strlen(levels[i]) == n && !strncasecmp(v, levels[i], n))
                    level = levels[i], vlen = n, known = true;
            if (!known)
                return tac_fail(err, TAC_ERR_ARG, "bad synchronous_commit level in the PostgreSQL URL", 0,
                                "'%.*s' (use off, on, local, remote_write, remote_apply or server)",
                                (int)(n > 20 ? 20 : n), v);
            /* drop "?k=v" or "&k=v"; a following "&" becomes the "?" */
            cut0 = (size_t)(p - url);
            cut1 = (size_t)(v + n - url);
            break;
        }
        p = strchr(p + 1, '&');
    }
    size_t len = strlen(url);
    char *c = malloc(len + 1);
    if (!c)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    memcpy(c, url, cut0);
    size_t k = cut0;
    if (cut1 < len) {
        /* the rest starts with '&': it keeps the '?' if we removed it */
        c[k++] = url[cut0] == '?' ? '?' : '&';
        memcpy(c + k, url + cut1 + 1, len - cut1 - 1);
        k += len - cut1 - 1;
    }
    c[k] = 0;
    *conninfo = c;
    set_sql[0] = 0;
    if (strcmp(level, "server"))
        snprintf(set_sql, set_size, "; SET synchronous_commit = %.*s", (int)vlen, level);
    return TAC_OK;
}

tac_status tac_store_pg_open(const char *conninfo, bool readonly, tac_store **out, tac_error *err)
{
    pg_store *s = calloc(1, sizeof *s);
    if (!s)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    s->base.ops = &pg_ops;
    s->base.kind = TAC_STORE_POSTGRES;
    s->base.readonly = readonly;
    for (int t = 0; t < T_N; t++)
        tac_buf_init(&s->copy[t]);
    tac_buf_init(&s->tags);
    tac_buf_init(&s->spans);
    tac_buf_init(&s->scratch);
    tac_buf_init(&s->evid);
    bool ok = !pthread_mutex_init(&s->omu, NULL);
    if (ok && pthread_cond_init(&s->ocv, NULL)) {
        pthread_mutex_destroy(&s->omu);
        ok = false;
    }
    s->order_init = ok;
    for (int i = 0; ok && i < PG_WRITERS; i++) {
        pg_store *w = calloc(1, sizeof *w);
        if (!w) {
            ok = false;
            break;
        }
        w->top = s;
        w->lane = i;
        w->base.ops = &pg_ops;
        w->base.kind = TAC_STORE_POSTGRES;
        s->w[i] = w;
        ok = tac_bg_init(&s->bg[i], writer_run, w);
    }
    if (!ok) {
        pgs_close(&s->base);
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory (store set-up)", 0, NULL);
    }
    char set_sync[64];
    tac_status st = split_sync(conninfo, &s->url, set_sync, sizeof set_sync, err);
    if (st) {
        pgs_close(&s->base);
        return st;
    }
    char set_sql[192];
    snprintf(set_sql, sizeof set_sql, "SET client_encoding = 'UTF8'%s%s",
             readonly ? "; SET default_transaction_read_only = on" : "", set_sync);
    s->session_sql = strdup(set_sql);
    if (!s->session_sql) {
        pgs_close(&s->base);
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    }
    st = session_connect(s, s, err);
    if (!st)
        st = tac_store_migrate(&s->base, err);
    if (st) {
        pgs_close(&s->base);
        return st;
    }
    *out = &s->base;
    return TAC_OK;
}
