/*
 * SQLite backend: one connection, WAL, prepared statements, one transaction
 * per batch.
 *
 * Crash safety: a batch is BEGIN IMMEDIATE … COMMIT; in WAL mode with
 * synchronous=NORMAL a committed transaction survives the death of the
 * process (SIGKILL) — the WAL is in the OS page cache — and an interrupted
 * one is rolled back when the database is next opened. (A power cut may lose
 * the last commits, never consistency; set synchronous=FULL for that.)
 * When a statement fails half-way through an article (disk full, I/O error)
 * the whole batch is rolled back and the error returned: the caller learns
 * that nothing since the last commit is stored, exactly as after a crash.
 * (A savepoint per article would keep the rest of the batch, at 13 % of the
 * ingest time.)
 * Several processes may ingest into one file: BEGIN IMMEDIATE takes the
 * write lock, the busy timeout waits for it, and the article-id lookup runs
 * inside the locked transaction, so no article is stored twice.
 * Articles are stored by a writer thread while the next ones are flattened
 * (see "the writer"); failures keep the contract above, reported one call
 * later.
 */
#include "store/store_impl.h"
#include <sqlite3.h>
#include <stdlib.h>
#include <stdio.h>
#include <time.h>
#include <strings.h>
#include <unistd.h>

enum {
    ST_LOOKUP, ST_INS_ARTICLE, ST_INS_NEW_ARTICLE, ST_INS_DROPPED, ST_INS_EVENT,
    ST_DEL_EVENTS, ST_DEL_DROPPED, ST_DEL_ARTICLE, ST_COUNT
};

/* Rows per multi-row INSERT: one step for n rows costs far less than n
 * steps (VDBE setup, reset, per-statement work). Statements for 1..MULTI
 * rows are prepared when first needed. */
#define MULTI 64
enum { T_EVENTS = 0, T_MULTI };

struct chunk;

typedef struct sqlite_store {
    tac_store base;
    sqlite3 *db;
    sqlite3_stmt *st[ST_COUNT];
    sqlite3_stmt *multi[T_MULTI][MULTI + 1];
    bool in_tx;                   /* the writer's batch transaction is open     */
    tac_buf tags, spans, evid;
    /* the writer (see "the writer" below): fill is the caller's chunk, work
     * the writer's */
    struct chunk *fill, *work;
    tac_bg bg;
    char bg_id[64];               /* the article a failure happened at         */
    tac_store_counts tx_counts;   /* stored in the open transaction (writer)    */
    tac_val rows[MULTI * TAC_EV_NCOLS]; /* a multi-row statement's values (writer) */
} sqlite_store;

static tac_status db_fail(sqlite_store *s, tac_error *err, const char *what)
{
    return tac_fail(err, TAC_ERR_STORE, what, 0, "sqlite: %s", sqlite3_errmsg(s->db));
}

static tac_status sq_exec(tac_store *base, const char *sql, tac_error *err)
{
    sqlite_store *s = (sqlite_store *)base;
    tac_bg_wait(&s->bg);
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        tac_status st = tac_fail(err, TAC_ERR_STORE, "database statement failed", 0, "sqlite: %s",
                                 msg ? msg : sqlite3_errmsg(s->db));
        sqlite3_free(msg);
        return st;
    }
    return TAC_OK;
}

static tac_status sq_select(tac_store *base, const char *sql, const char *const *params, int nparams,
                            tac_row_fn fn, void *ctx, tac_error *err)
{
    sqlite_store *s = (sqlite_store *)base;
    tac_bg_wait(&s->bg);
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v2(s->db, sql, -1, &stmt, NULL) != SQLITE_OK)
        return db_fail(s, err, "could not prepare a query");
    for (int i = 0; i < nparams; i++)
        sqlite3_bind_text(stmt, i + 1, params[i], -1, SQLITE_STATIC);
    int ncols = sqlite3_column_count(stmt);
    const char *vals[64];
    if (ncols > 64)
        ncols = 64;
    tac_status st = TAC_OK;
    for (;;) {
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW) {
            st = db_fail(s, err, "query failed");
            break;
        }
        for (int c = 0; c < ncols; c++)
            vals[c] = (const char *)sqlite3_column_text(stmt, c);
        if (fn(ctx, ncols, vals))
            break;
    }
    sqlite3_finalize(stmt);
    return st;
}

static void bind_vals(sqlite3_stmt *stmt, const tac_val *v, int n)
{
    for (int i = 0; i < n; i++) {
        switch (v[i].type) {
        case TAC_VAL_NULL: sqlite3_bind_null(stmt, i + 1); break;
        case TAC_VAL_INT: sqlite3_bind_int64(stmt, i + 1, v[i].i); break;
        case TAC_VAL_REAL: sqlite3_bind_double(stmt, i + 1, v[i].d); break;
        case TAC_VAL_TEXT: sqlite3_bind_text(stmt, i + 1, v[i].s, (int)v[i].n, SQLITE_STATIC); break;
        }
    }
}

static void insert_sql(tac_buf *b, const char *table, const char *const *cols, int n, int rows);

static sqlite3_stmt *multi_stmt(sqlite_store *s, int table, uint32_t rows)
{
    sqlite3_stmt **slot = &s->multi[table][rows];
    if (*slot)
        return *slot;
    tac_buf b;
    tac_buf_init(&b);
    insert_sql(&b, "events", tac_store_event_columns, TAC_EV_NCOLS, (int)rows);
    if (!b.failed)
        sqlite3_prepare_v3(s->db, b.data, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL);
    tac_buf_free(&b);
    return *slot;
}

static bool step_done(sqlite3_stmt *stmt)
{
    int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    return rc == SQLITE_DONE;
}

/* ---- the writer ----------------------------------------------------------
 *
 * tac_store_add flattens an article into rows (values and their bytes copied
 * into a chunk's arena) and returns; a writer thread, the only user of the
 * connection while it works, stores whole chunks. So the rows of the next
 * articles are built while SQLite inserts the previous ones: on two cores the
 * store calls take the time of SQLite's part alone. One chunk is in the
 * writer's hands at a time; a full one waits for the writer. The batch's
 * transaction stays open across chunks until a commit; a failure rolls it
 * back and is returned by the next add, commit or sync, with the chunk being
 * filled dropped too — nothing since the last successful commit is stored,
 * exactly as after a crash. Every other use of the connection (queries, the
 * run log, close) first waits for the writer to be idle.
 */

#define CHUNK 256                 /* articles per hand-off                    */

typedef struct prep {
    const char *id;
    char hash[33];
    tac_val art[TAC_ART_NCOLS];
    tac_val *drop;                /* ndropped x TAC_DROP_NCOLS                  */
    tac_val *ev;                  /* nevents x TAC_EV_NCOLS, article key unset  */
    uint32_t ndropped, nevents;
    int64_t key;                  /* the stored article's key; 0: not stored    */
} prep;

typedef struct chunk {
    tac_arena arena;
    prep p[CHUNK];
    uint32_t n;
    bool commit;                  /* commit the batch after this chunk          */
    bool failed;                  /* out of memory while filling                */
} chunk;

/* The text values of v, copied into a. */
static void keep_vals(chunk *c, tac_val *v, int n)
{
    for (int i = 0; i < n; i++)
        if (v[i].type == TAC_VAL_TEXT) {
            char *t = tac_arena_alloc(&c->arena, v[i].n ? v[i].n : 1);
            if (!t) {
                c->failed = true;
                v[i].s = "";
                v[i].n = 0;
                continue;
            }
            memcpy(t, v[i].s, v[i].n);
            v[i].s = t;
        }
}

/* The events of preps a..b-1 that were stored, MULTI rows per statement:
 * events of many articles go in one statement (a statement's execution
 * costs about what inserting a few rows does). */
static bool store_events(sqlite_store *s, prep *p, uint32_t a, uint32_t b)
{
    tac_val *v = s->rows;
    uint32_t n = 0;
    for (uint32_t i = a; i <= b; i++) {
        bool last = i == b;
        for (uint32_t e = 0; !last && p[i].key && e < p[i].nevents; e++) {
            tac_val *row = v + (size_t)n * TAC_EV_NCOLS;
            memcpy(row, p[i].ev + (size_t)e * TAC_EV_NCOLS, sizeof(tac_val) * TAC_EV_NCOLS);
            row[TAC_EV_ID].i |= p[i].key << TAC_STORE_EVENT_SHIFT;
            if (++n == MULTI) {
                sqlite3_stmt *stmt = multi_stmt(s, T_EVENTS, n);
                if (!stmt || (bind_vals(stmt, v, (int)n * TAC_EV_NCOLS), !step_done(stmt)))
                    return false;
                n = 0;
            }
        }
        if (last && n) {
            sqlite3_stmt *stmt = multi_stmt(s, T_EVENTS, n);
            if (!stmt || (bind_vals(stmt, v, (int)n * TAC_EV_NCOLS), !step_done(stmt)))
                return false;
        }
    }
    return true;
}

/* Store article p (not its events: store_events) inside the open
 * transaction; count it in c. *conflict: its id was taken, and the events
 * of the articles before it must be in the table before it runs (a later
 * copy of an article in the same chunk deletes the earlier one's events):
 * the caller stores them and calls again with *conflict set. */
static bool store_prep(sqlite_store *s, prep *p, tac_store_counts *c, bool *conflict)
{
    int64_t id = 0;
    int rc;
    if (!*conflict) {
        /* Most articles are new: one statement inserts them and gives the
         * key back; only when the id is taken does the lookup run. */
        sqlite3_stmt *ins = s->st[ST_INS_NEW_ARTICLE];
        bind_vals(ins, p->art, TAC_ART_NCOLS);
        rc = sqlite3_step(ins);
        id = rc == SQLITE_ROW ? sqlite3_column_int64(ins, 0) : 0;
        sqlite3_reset(ins);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return false;
        if (!id) {
            *conflict = true;
            return true;
        }
    }
    bool ok = true, replaced = false;
    if (!id) {
        sqlite3_stmt *lk = s->st[ST_LOOKUP];
        sqlite3_bind_text(lk, 1, p->id, -1, SQLITE_STATIC);
        rc = sqlite3_step(lk);
        int64_t old = 0;
        bool same = false;
        if (rc == SQLITE_ROW) {
            old = sqlite3_column_int64(lk, 0);
            const char *h = (const char *)sqlite3_column_text(lk, 1);
            same = h && !strcmp(h, p->hash);
        }
        sqlite3_reset(lk);
        if (rc != SQLITE_ROW)
            return false;
        if (same) {
            c->articles_same++;
            return true;
        }
        for (int k = ST_DEL_EVENTS; ok && k <= ST_DEL_ARTICLE; k++) {
            sqlite3_bind_int64(s->st[k], 1, old);
            ok = step_done(s->st[k]);
        }
        if (ok) {
            bind_vals(s->st[ST_INS_ARTICLE], p->art, TAC_ART_NCOLS);
            ok = step_done(s->st[ST_INS_ARTICLE]);
            id = sqlite3_last_insert_rowid(s->db);
        }
        replaced = true;
    }
    for (uint32_t i = 0; ok && i < p->ndropped; i++) {
        tac_val *v = p->drop + (size_t)i * TAC_DROP_NCOLS;
        v[TAC_DROP_ARTICLE].i = id;
        bind_vals(s->st[ST_INS_DROPPED], v, TAC_DROP_NCOLS);
        ok = step_done(s->st[ST_INS_DROPPED]);
    }
    if (!ok)
        return false;
    p->key = id;
    if (replaced)
        c->articles_replaced++;
    else
        c->articles_new++;
    c->events += p->nevents;
    return true;
}

/* Store the work chunk (tac_bg's run: the writer thread). */
static void writer_chunk(void *ctx)
{
    sqlite_store *s = ctx;
    chunk *w = s->work;
    bool ok = !w->failed;
    const char *why = ok ? NULL : "out of memory";
    if (ok && !s->in_tx) {
        ok = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK;
        s->in_tx = ok;
    }
    uint32_t events_from = 0;     /* preps whose events are not stored yet */
    for (uint32_t i = 0; ok && i < w->n; i++) {
        bool conflict = false;
        ok = store_prep(s, &w->p[i], &s->tx_counts, &conflict);
        if (ok && conflict) {
            ok = store_events(s, w->p, events_from, i) &&
                 store_prep(s, &w->p[i], &s->tx_counts, &conflict);
            events_from = i;
        }
        if (!ok)
            snprintf(s->bg_id, sizeof s->bg_id, "%s", w->p[i].id);
    }
    if (ok && !store_events(s, w->p, events_from, w->n)) {
        ok = false;
        snprintf(s->bg_id, sizeof s->bg_id, "%s", "(events)");
    }
    if (ok && w->commit && s->in_tx) {
        ok = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK;
        if (ok) {
            s->in_tx = false;
            tac_bg_stored(&s->bg, &s->tx_counts);
            memset(&s->tx_counts, 0, sizeof s->tx_counts);
        }
    }
    if (!ok) {
        char msg[200];
        snprintf(msg, sizeof msg, "%s", why ? why : sqlite3_errmsg(s->db));
        if (s->in_tx)
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        s->in_tx = false;
        memset(&s->tx_counts, 0, sizeof s->tx_counts);
        tac_error e = {0};
        tac_status st = tac_fail(&e, w->failed ? TAC_ERR_NOMEM : TAC_ERR_STORE,
                                 "could not store the article; batch rolled back", 0,
                                 "%s: sqlite: %s", s->bg_id[0] ? s->bg_id : "-", msg);
        tac_bg_failed(&s->bg, st, &e);
    }
    tac_arena_release(&w->arena);
    tac_arena_init(&w->arena, 1 << 20);
    w->n = 0;
    w->commit = false;
    w->failed = false;
    s->bg_id[0] = 0;
}

/* Wait for the writer; count what it committed; return (once) its error,
 * dropping the chunk being filled with it. */
static tac_status writer_reap(sqlite_store *s, tac_error *err)
{
    tac_status st = tac_bg_reap(&s->bg, true, &s->base.counts, err);
    if (st) {
        tac_arena_release(&s->fill->arena);
        tac_arena_init(&s->fill->arena, 1 << 20);
        s->fill->n = 0;
        s->fill->failed = false;
    }
    return st;
}

/* Give the filled chunk to the writer (after the previous one is done). */
static tac_status hand_off(sqlite_store *s, bool commit, tac_error *err)
{
    tac_status st = writer_reap(s, err);
    if (st)
        return st;
    if (!s->fill->n && !(commit && s->in_tx))
        return TAC_OK;
    chunk *t = s->fill;
    s->fill = s->work;
    s->work = t;
    s->work->commit = commit;
    if (tac_bg_go(&s->bg))          /* no thread: stored here and now */
        return writer_reap(s, err);
    return TAC_OK;
}

static tac_status sq_add(tac_store *base, const tac_doc *d, const char *file, const char *hash,
                         tac_error *err)
{
    sqlite_store *s = (sqlite_store *)base;
    tac_status st;
    if (s->fill->n == CHUNK && (st = hand_off(s, false, err))) {
        tac_store_pending_dropped(base);
        return st;
    }
    chunk *c = s->fill;
    prep *p = &c->p[c->n];
    memset(p, 0, sizeof *p);
    p->id = tac_arena_strdup(&c->arena, d->id);
    memcpy(p->hash, hash, 33);
    tac_store_article_row(d, 0, hash, file, base->dict_version, (int64_t)time(NULL), base->run_id,
                          &s->tags, &s->spans, p->art);
    keep_vals(c, p->art, TAC_ART_NCOLS);
    p->ndropped = d->ndropped;
    p->drop = d->ndropped ? tac_arena_alloc(&c->arena, (size_t)d->ndropped * TAC_DROP_NCOLS * sizeof(tac_val)) : NULL;
    for (uint32_t i = 0; p->drop && i < d->ndropped; i++) {
        tac_store_dropped_row(d, 0, i, p->drop + (size_t)i * TAC_DROP_NCOLS);
        keep_vals(c, p->drop + (size_t)i * TAC_DROP_NCOLS, TAC_DROP_NCOLS);
    }
    p->nevents = d->nevents;
    p->ev = d->nevents ? tac_arena_alloc(&c->arena, (size_t)d->nevents * TAC_EV_NCOLS * sizeof(tac_val)) : NULL;
    if (p->ev) {
        tac_store_event_rows(d, 0, 0, d->nevents, &s->evid, p->ev);
        keep_vals(c, p->ev, (int)d->nevents * TAC_EV_NCOLS);
    }
    if (!p->id || (d->ndropped && !p->drop) || (d->nevents && !p->ev) || s->evid.failed ||
        s->tags.failed || s->spans.failed)
        c->failed = true;
    c->n++;
    base->pending_events += d->nevents;
    return TAC_OK;
}

static tac_status sq_commit(tac_store *base, tac_error *err)
{
    return hand_off((sqlite_store *)base, true, err);
}

static tac_status sq_sync(tac_store *base, tac_error *err)
{
    return writer_reap((sqlite_store *)base, err);
}

static tac_status sq_run_insert(tac_store *base, const char *command, const char *host, tac_error *err)
{
    sqlite_store *s = (sqlite_store *)base;
    tac_bg_wait(&s->bg);
    sqlite3_stmt *stmt;
    if (sqlite3_prepare_v2(s->db,
                           "INSERT INTO runs (started_at, command, dict_version, host, pid, status)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, 'running')",
                           -1, &stmt, NULL) != SQLITE_OK)
        return db_fail(s, err, "could not prepare the run log");
    sqlite3_bind_int64(stmt, 1, (int64_t)time(NULL));
    sqlite3_bind_text(stmt, 2, command, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 3, base->dict_version, -1, SQLITE_STATIC);
    sqlite3_bind_text(stmt, 4, host, -1, SQLITE_STATIC);
    sqlite3_bind_int64(stmt, 5, (int64_t)getpid());
    bool ok = sqlite3_step(stmt) == SQLITE_DONE;
    sqlite3_finalize(stmt);
    if (!ok)
        return db_fail(s, err, "could not write the run log");
    base->run_id = sqlite3_last_insert_rowid(s->db);
    return TAC_OK;
}

static void sq_close(tac_store *base)
{
    sqlite_store *s = (sqlite_store *)base;
    tac_bg_stop(&s->bg);   /* a chunk in the writer's hands is stored (not committed) first */
    if (s->in_tx) {
        tac_error ignored;
        sq_exec(base, "ROLLBACK", &ignored);
    }
    for (int k = 0; k < 2; k++) {
        struct chunk *c = k ? s->work : s->fill;
        if (c) {
            tac_arena_release(&c->arena);
            free(c);
        }
    }
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    for (int t = 0; t < T_MULTI; t++)
        for (int n = 0; n <= MULTI; n++)
            sqlite3_finalize(s->multi[t][n]);
    sqlite3_close(s->db);
    tac_buf_free(&s->tags);
    tac_buf_free(&s->spans);
    tac_buf_free(&s->evid);
    free(s);
}

static const tac_store_ops sqlite_ops = {
    .close = sq_close,
    .exec = sq_exec,
    .select = sq_select,
    .migrate_begin = "BEGIN IMMEDIATE",
    .add = sq_add,
    .commit = sq_commit,
    .sync = sq_sync,
    .run_insert = sq_run_insert,
    .placeholder = '?',
};

static void insert_sql(tac_buf *b, const char *table, const char *const *cols, int n, int rows)
{
    b->len = 0;
    /* OR FAIL: a failure rolls the whole batch back anyway, and without
     * ABORT semantics SQLite keeps no statement journal per multi-row insert */
    tac_buf_printf(b, "INSERT OR FAIL INTO %s (", table);
    for (int i = 0; i < n; i++)
        tac_buf_printf(b, "%s%s", i ? ", " : "", cols[i]);
    tac_buf_puts(b, ") VALUES ");
    for (int r = 0; r < rows; r++) {
        tac_buf_puts(b, r ? ", (" : "(");
        for (int i = 0; i < n; i++)
            tac_buf_printf(b, "%s?%d", i ? ", " : "", r * n + i + 1);
        tac_buf_puts(b, ")");
    }
    tac_buf_putc(b, 0);
}

static tac_status sqlite_open_path(const char *path, const char *sync, bool readonly,
                                   tac_store **out, tac_error *err);

static tac_status prepare_all(sqlite_store *s, tac_error *err)
{
    static const char *const fixed[ST_COUNT] = {
        [ST_LOOKUP] = "SELECT id, content_hash FROM articles WHERE article_id = ?1",
        [ST_DEL_EVENTS] = "DELETE FROM events WHERE id >= ?1 * 1048576 AND id < (?1 + 1) * 1048576",
        [ST_DEL_DROPPED] = "DELETE FROM dropped WHERE article = ?1",
        [ST_DEL_ARTICLE] = "DELETE FROM articles WHERE id = ?1",
    };
    tac_buf b;
    tac_buf_init(&b);
    tac_status st = TAC_OK;
    for (int i = 0; i < ST_COUNT && !st; i++) {
        const char *sql = fixed[i];
        if (i == ST_INS_ARTICLE || i == ST_INS_NEW_ARTICLE)
            insert_sql(&b, "articles", tac_store_article_columns, TAC_ART_NCOLS, 1);
        if (i == ST_INS_NEW_ARTICLE && !b.failed) {
            b.len--;   /* the NUL */
            tac_buf_puts(&b, " ON CONFLICT (article_id) DO NOTHING RETURNING id");
            tac_buf_putc(&b, 0);
        } else if (i == ST_INS_DROPPED)
            insert_sql(&b, "dropped", tac_store_dropped_columns, TAC_DROP_NCOLS, 1);
        else if (i == ST_INS_EVENT)
            insert_sql(&b, "events", tac_store_event_columns, TAC_EV_NCOLS, 1);
        if (!sql)
            sql = b.failed ? NULL : b.data;
        if (!sql)
            st = tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
        else if (sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s->st[i], NULL) != SQLITE_OK)
            st = db_fail(s, err, "could not prepare a statement");
    }
    tac_buf_free(&b);
    return st;
}

/* "PATH?synchronous=full|normal" → PATH and the level. synchronous=NORMAL
 * (the default) keeps every committed batch through a crash or SIGKILL of
 * the process; only a power cut or OS crash may lose the last batches
 * (never consistency). FULL syncs the WAL at every commit as well: nothing
 * committed is lost even then, for an fsync per batch. */
static tac_status split_sync(const char *url, char **path, const char **level, tac_error *err)
{
    const char *q = strstr(url, "?synchronous=");
    size_t n = q ? (size_t)(q - url) : strlen(url);
    *level = "NORMAL";
    if (q) {
        const char *v = q + 13;
        if (!strcasecmp(v, "full"))
            *level = "FULL";
        else if (strcasecmp(v, "normal"))
            return tac_fail(err, TAC_ERR_ARG, "bad synchronous level in the SQLite URL", 0,
                            "'%.20s' (use full or normal)", v);
    }
    *path = strndup(url, n);
    if (!*path)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    return TAC_OK;
}

tac_status tac_store_sqlite_open(const char *url, bool readonly, tac_store **out, tac_error *err)
{
    char *path;
    const char *sync;
    tac_status st0 = split_sync(url, &path, &sync, err);
    if (st0)
        return st0;
    st0 = sqlite_open_path(path, sync, readonly, out, err);
    free(path);
    return st0;
}

static tac_status sqlite_open_path(const char *path, const char *sync, bool readonly,
                                   tac_store **out, tac_error *err)
{
    sqlite_store *s = calloc(1, sizeof *s);
    if (!s)
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    s->base.ops = &sqlite_ops;
    s->base.kind = TAC_STORE_SQLITE;
    s->base.readonly = readonly;
    tac_buf_init(&s->tags);
    tac_buf_init(&s->spans);
    tac_buf_init(&s->evid);
    s->fill = calloc(1, sizeof *s->fill);
    s->work = calloc(1, sizeof *s->work);
    if (!s->fill || !s->work || !tac_bg_init(&s->bg, writer_chunk, s)) {
        sq_close(&s->base);
        return tac_fail(err, TAC_ERR_NOMEM, "out of memory", 0, NULL);
    }
    tac_arena_init(&s->fill->arena, 1 << 20);
    tac_arena_init(&s->work->arena, 1 << 20);
    int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        tac_status st = tac_fail(err, TAC_ERR_STORE, "could not open the database", 0, "%s: %s",
                                 path, s->db ? sqlite3_errmsg(s->db) : "out of memory");
        sq_close(&s->base);
        return st;
    }
    sqlite3_busy_timeout(s->db, 60000);
    char sync_sql[40];
    snprintf(sync_sql, sizeof sync_sql, "PRAGMA synchronous=%s;", sync);
    tac_status st = sq_exec(&s->base, sync_sql, err);
    if (!st && readonly)   /* the journal mode is the writer's to set */
        st = sq_exec(&s->base, "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;", err);
    else if (!st)
        st = sq_exec(&s->base,
                            /* 16 KiB pages for a new database (an existing one keeps
                             * its size): a quarter of the pages, page headers, WAL
                             * frame headers and B-tree splits per stored byte */
                            "PRAGMA page_size=16384;"
                            " PRAGMA journal_mode=WAL;"
                            /* 64 MB: the hot pages (index interiors and each
                             * country pair's tail) fit; the new table pages
                             * are written once and never read again, so a
                             * larger cache only keeps touching fresh memory:
                             * with 256 MB, 1M events went in at ~0.7x the
                             * rate (page faults) and 3M at ~0.85x, though
                             * nothing spilled before the commit */
                            " PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;"
                            /* checkpoint every 8192 pages of WAL rather than 1000 (128 MB
                             * at 16 KiB pages, 32 MB at 4 KiB): index pages touched by
                             * many batches reach the file once per checkpoint */
                            " PRAGMA wal_autocheckpoint=8192;",
                            err);
    if (st) {
        if (err)
            snprintf(err->detail, sizeof err->detail, "%.150s: not an SQLite database or locked", path);
        sq_close(&s->base);
        return st;
    }
    /* Migrate before preparing: the statements need the tables. */
    st = tac_store_migrate(&s->base, err);
    if (!st && !readonly)
        st = prepare_all(s, err);
    if (st) {
        sq_close(&s->base);
        return st;
    }
    *out = &s->base;
    return TAC_OK;
}
