/*
 * The JSON API (docs/api.md): request parameters are parsed and validated
 * here — codes [A-Z0-9]{1,32}, dates YYYY-MM-DD, bounded integers — before
 * anything reaches the store, whose queries are all parameterized. Store
 * connections come from a small pool (one per concurrent request); the
 * relations ledger is rebuilt only when the store has changed.
 */
#include "serve/serve.h"
#include "serve/api.h"
#include "store/store.h"
#include "store/store_impl.h"
#include "ledger/ledger.h"
#include "dict/dict.h"
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <time.h>
#include <ctype.h>
#include <sys/stat.h>

#define POOL_MAX 16
#define MAX_PARAMS 16
#define STATEMENT_TIMEOUT_MS 10000  /* PostgreSQL: longest query            */
#define ACTOR_RESULTS 25
/* Response cache: a 200 answer of /api/dyad, /api/events, /api/stats or
 * /api/articles is kept per exact path + raw query until the store changes. The change check
 * runs at most every CACHE_CHECK_MS (SQLite: PRAGMA data_version on a
 * dedicated connection; PostgreSQL: a query over run and article ids), so an
 * answer may be up to that old. Bounded in slots, bytes per entry and bytes
 * in all; a full cache stops storing rather than evicting at random. */
#define CACHE_SLOTS 1024                /* direct-mapped by key hash        */
#define CACHE_ENTRY_MAX (2u << 20)
#define CACHE_BYTES_MAX (64u << 20)
#define CACHE_CHECK_MS 500

extern const struct tac_asset { const char *path, *type; const unsigned char *data; size_t len; } tac_web_assets[];
extern const size_t tac_web_assets_count;

struct tac_api {
    char *db;
    pthread_mutex_t lock;
    tac_store *pool[POOL_MAX];
    size_t npool;
    unsigned open;              /* connections opened (in pool + lent out)   */
    /* The ledger has its own lock: rebuilding it over a big store takes
     * seconds and must not hold up the pool (and so every other request). */
    pthread_mutex_t ledger_lock;
    tac_ledger *ledger;
    uint64_t ledger_gen;        /* cache generation it was built at          */
    tac_dict *dict;
    /* the response cache (cache_lock; independent of lock) */
    pthread_mutex_t cache_lock;
    struct cache_entry {
        char *key;              /* path '?' query                           */
        char *body;
        size_t len;
        const char *type;
        uint64_t gen;
    } cache[CACHE_SLOTS];
    size_t cache_bytes;
    uint64_t gen;               /* bumped when the store changed            */
    char stamp[128];            /* what the last check saw                  */
    int64_t checked_ms;
    tac_store *watch;           /* the connection the check uses            */
};

/* ---- parameters --------------------------------------------------------- */

typedef struct param {
    char key[32];
    char val[TAC_SERVE_MAX_PARAM + 1];
} param;

typedef struct params {
    param p[MAX_PARAMS];
    int n;
} params;

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode one %-encoded component into out; false when malformed, too long,
 * not UTF-8, or holding control characters. */
static bool url_decode(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)s[i];
        if (c == '+')
            c = ' ';
        else if (c == '%') {
            if (i + 2 >= n)
                return false;
            int h = hexval(s[i + 1]), l = hexval(s[i + 2]);
            if (h < 0 || l < 0)
                return false;
            c = h * 16 + l;
            i += 2;
        }
        if (c < 0x20 || c == 0x7f || o + 1 >= cap)
            return false;
        out[o++] = (char)c;
    }
    out[o] = 0;
    return tac_utf8_valid_prefix(out, o) == o;
}

static int parse_query(const char *q, params *ps, const char **why)
{
    ps->n = 0;
    if (!q || !*q)
        return 0;
    const char *p = q;
    while (*p) {
        const char *amp = strchr(p, '&');
        size_t len = amp ? (size_t)(amp - p) : strlen(p);
        if (len) {
            const char *eq = memchr(p, '=', len);
            size_t kl = eq ? (size_t)(eq - p) : len;
            if (ps->n == MAX_PARAMS) {
                *why = "too many query parameters";
                return -1;
            }
            param *pp = &ps->p[ps->n];
            if (!url_decode(p, kl, pp->key, sizeof pp->key)) {
                *why = "malformed or oversized parameter name";
                return -1;
            }
            if (!url_decode(eq ? eq + 1 : p + len, eq ? len - kl - 1 : 0, pp->val, sizeof pp->val)) {
                *why = "malformed, oversized or non-UTF-8 parameter value";
                return -1;
            }
            ps->n++;
        }
        if (!amp)
            break;
        p = amp + 1;
    }
    return 0;
}

static const char *get(const params *ps, const char *key)
{
    for (int i = 0; i < ps->n; i++)
        if (!strcmp(ps->p[i].key, key))
            return ps->p[i].val[0] ? ps->p[i].val : NULL;
    return NULL;
}

static bool valid_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 1 || n > 32)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!(isupper((unsigned char)s[i]) || isdigit((unsigned char)s[i])))
            return false;
    return true;
}

/* ---- responses ---------------------------------------------------------- */

static int error(tac_buf *b, int status, const char *message)
{
    b->len = 0;
    tac_buf_printf(b, "{\"error\":{\"status\":%d,\"message\":", status);
    tac_buf_json_cstr(b, message);
    tac_buf_puts(b, "}}\n");
    return status;
}

static int store_error(tac_buf *b, const tac_error *err)
{
    char msg[320];
    snprintf(msg, sizeof msg, "store: %s%s%s", err->message ? err->message : "error", err->detail[0] ? ": " : "",
             err->detail);
    return error(b, err->code == TAC_ERR_NOTFOUND ? 404 : err->code == TAC_ERR_ARG ? 400 : 500, msg);
}

/* ---- the store pool ----------------------------------------------------- */

static tac_store *pool_take(tac_api *api, tac_error *err)
{
    pthread_mutex_lock(&api->lock);
    tac_store *s = api->npool ? api->pool[--api->npool] : NULL;
    pthread_mutex_unlock(&api->lock);
    if (s)
        return s;
    /* no migration from the server: an older database is refused with a
     * message saying to run `tacitus ingest` once */
    if (tac_store_open_readonly(api->db, &s, err) != TAC_OK)
        return NULL;
    /* read-only at the database level, whatever a query would try; on
     * PostgreSQL also a bound on the time of one statement (SQLite queries
     * are bounded by the request limits and the store's indexes) */
    char pg[160];
    snprintf(pg, sizeof pg, "SET default_transaction_read_only = on; SET statement_timeout = %d",
             STATEMENT_TIMEOUT_MS);
    tac_status st = s->ops->exec(s, s->kind == TAC_STORE_SQLITE ? "PRAGMA query_only=1" : pg, err);
    if (st != TAC_OK) {
        tac_store_close(s);
        return NULL;
    }
    return s;
}

static void pool_give(tac_api *api, tac_store *s, bool broken)
{
    if (!s)
        return;
    pthread_mutex_lock(&api->lock);
    if (!broken && api->npool < POOL_MAX) {
        api->pool[api->npool++] = s;
        s = NULL;
    }
    pthread_mutex_unlock(&api->lock);
    if (s)
        tac_store_close(s);
}

tac_status tac_api_new(const char *db, const char *dict, tac_api **out, tac_error *err)
{
    tac_api *api = calloc(1, sizeof *api);
    if (!api)
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    pthread_mutex_init(&api->lock, NULL);
    pthread_mutex_init(&api->cache_lock, NULL);
    pthread_mutex_init(&api->ledger_lock, NULL);
    api->db = strdup(db ? db : "tacitus.db");
    if (!api->db) {
        tac_api_free(api);
        return tac_fail(err, TAC_ERR_NOMEM, NULL, 0, NULL);
    }
    /* Opening a SQLite path that does not exist would create an empty
     * database: the server writes nothing, so it refuses instead. */
    tac_store_kind kind;
    const char *target;
    tac_status ust = tac_store_url_parse(api->db, &kind, &target, err);
    if (ust != TAC_OK) {
        tac_api_free(api);
        return ust;
    }
    struct stat sb;
    if (kind == TAC_STORE_SQLITE && (stat(target, &sb) != 0 || !S_ISREG(sb.st_mode))) {
        /* target points into api->db: report before freeing */
        tac_status fst = tac_fail(err, TAC_ERR_IO,
                                  "no such database (tacitus serve creates none: run tacitus ingest first)", 0,
                                  "%s", target);
        tac_api_free(api);
        return fst;
    }
    /* fail early on an unusable database */
    tac_store *s = pool_take(api, err);
    if (!s) {
        tac_api_free(api);
        return err ? err->code : TAC_ERR_STORE;
    }
    pool_give(api, s, false);
    api->watch = pool_take(api, err);
    if (!api->watch) {
        tac_api_free(api);
        return err ? err->code : TAC_ERR_STORE;
    }
    if (dict && tac_dict_load(dict, &api->dict, err) != TAC_OK) {
        tac_api_free(api);
        return err ? err->code : TAC_ERR_DICT;
    }
    *out = api;
    return TAC_OK;
}

void tac_api_free(tac_api *api)
{
    if (!api)
        return;
    for (size_t i = 0; i < api->npool; i++)
        tac_store_close(api->pool[i]);
    if (api->watch)
        tac_store_close(api->watch);
    for (size_t i = 0; i < CACHE_SLOTS; i++) {
        free(api->cache[i].key);
        free(api->cache[i].body);
    }
    pthread_mutex_destroy(&api->cache_lock);
    pthread_mutex_destroy(&api->ledger_lock);
    tac_ledger_free(api->ledger);
    if (api->dict)
        tac_dict_free(api->dict);
    pthread_mutex_destroy(&api->lock);
    free(api->db);
    free(api);
}

/* ---- handlers ----------------------------------------------------------- */

static int32_t param_date(const params *ps, const char *key, int32_t dflt, bool *bad)
{
    const char *v = get(ps, key);
    if (!v)
        return dflt;
    int32_t d = strlen(v) == 10 ? tac_date_parse(v, 10) : TAC_NO_DATE;
    if (d == TAC_NO_DATE)
        *bad = true;
    return d;
}

static bool param_int(const params *ps, const char *key, long long lo, long long hi, long long *out)
{
    const char *v = get(ps, key);
    if (!v)
        return true;
    char *end;
    long long x = strtoll(v, &end, 10);
    if (*end || end == v || x < lo || x > hi)
        return false;
    *out = x;
    return true;
}

static int h_stats(tac_api *api, tac_store *s, const params *ps, tac_buf *b)
{
    (void)ps;
    tac_store_stats st;
    tac_error err = {0};
    if (tac_store_stats_get(s, &st, &err) != TAC_OK)
        return store_error(b, &err);
    tac_buf_printf(b, "{\"articles\":%llu,\"events\":%llu,\"runs\":%llu,\"last_ingest\":%lld,"
                      "\"schema_version\":%d,\"dictionary_version\":",
                   (unsigned long long)st.articles, (unsigned long long)st.events, (unsigned long long)st.runs,
                   (long long)st.last_ingest, st.schema_version);
    tac_buf_json_cstr(b, st.dict_version[0] ? st.dict_version : NULL);
    tac_buf_puts(b, ",\"search_dictionary\":");
    tac_buf_json_cstr(b, api->dict ? tac_dict_version(api->dict) : NULL);
    tac_buf_printf(b, ",\"tacitus\":\"%s\"}\n", tac_version());
    return 200;
}

typedef struct ev_ctx {
    tac_buf *b;
    uint64_t n;
    int64_t last;
} ev_ctx;

static int on_event(const tac_stored_event *ev, void *ctx)
{
    ev_ctx *c = ctx;
    if (c->n++)
        tac_buf_putc(c->b, ',');
    size_t before = c->b->len;
    tac_export_event(TAC_EXPORT_JSONL, ev, c->b);
    /* the exporter ends each record with a newline: keep the array compact */
    if (c->b->len > before && c->b->data[c->b->len - 1] == '\n')
        c->b->data[--c->b->len] = 0;
    c->last = ev->id;
    return 0;
}

static int h_events(tac_api *api, tac_store *s, const params *ps, tac_buf *b)
{
    (void)api;
    tac_event_filter f;
    tac_event_filter_init(&f);
    static const char *const codes[] = {"actor", "country", "code", "root"};
    const char *vals[4];
    for (int i = 0; i < 4; i++) {
        vals[i] = get(ps, codes[i]);
        if (vals[i] && !valid_code(vals[i]))
            return error(b, 400, "actor, country, code and root must be 1-32 characters of A-Z and 0-9");
    }
    f.actor = vals[0];
    f.country = vals[1];
    f.code = vals[2];
    f.root = vals[3];
    char dy[2][TAC_SERVE_MAX_PARAM + 1];
    const char *dyad = get(ps, "dyad");
    if (dyad) {
        const char *comma = strchr(dyad, ',');
        if (!comma || (size_t)(comma - dyad) > 32)
            return error(b, 400, "dyad wants A,B");
        snprintf(dy[0], sizeof dy[0], "%.*s", (int)(comma - dyad), dyad);
        snprintf(dy[1], sizeof dy[1], "%s", comma + 1);
        if (!valid_code(dy[0]) || !valid_code(dy[1]))
            return error(b, 400, "dyad sides must be codes of A-Z and 0-9");
        f.dyad_a = dy[0];
        f.dyad_b = dy[1];
    }
    const char *article = get(ps, "article");
    if (article && strlen(article) > TAC_STORE_MAX_ARTICLE_ID)
        return error(b, 400, "article id too long");
    f.article = article;
    bool bad = false;
    f.from = param_date(ps, "from", TAC_NO_DATE, &bad);
    f.to = param_date(ps, "to", TAC_NO_DATE, &bad);
    if (bad)
        return error(b, 400, "dates must be YYYY-MM-DD");
    long long quad = 0, after = 0, limit = 100;
    if (!param_int(ps, "quad", 0, 4, &quad) || !param_int(ps, "after", 0, INT64_MAX, &after) ||
        !param_int(ps, "limit", 1, TAC_SERVE_MAX_ROWS, &limit))
        return error(b, 400, "quad is 1-4, after a non-negative event id, limit 1-1000");
    f.quad = (int)quad;
    f.after_id = after;
    f.limit = (uint64_t)limit;
    tac_buf_puts(b, "{\"events\":[");
    ev_ctx c = {b, 0, 0};
    tac_error err = {0};
    if (tac_store_events(s, &f, on_event, &c, &err) != TAC_OK)
        return store_error(b, &err);
    tac_buf_printf(b, "],\"count\":%llu,\"next\":", (unsigned long long)c.n);
    if (c.n == (uint64_t)limit)
        tac_buf_printf(b, "%lld", (long long)c.last);
    else
        tac_buf_puts(b, "null");
    tac_buf_puts(b, "}\n");
    return 200;
}

typedef struct dy_ctx {
    tac_buf *b;
    tac_period by;
    const char *a, *bb;
    uint64_t n;
} dy_ctx;

static int on_point(const tac_dyad_point *p, void *ctx)
{
    dy_ctx *c = ctx;
    if (c->n++)
        tac_buf_putc(c->b, ',');
    size_t before = c->b->len;
    tac_export_dyad_json(p, c->by, c->a, c->bb, c->b);
    if (c->b->len > before && c->b->data[c->b->len - 1] == '\n')
        c->b->data[--c->b->len] = 0;
    return 0;
}

static int h_dyad(tac_api *api, tac_store *s, const params *ps, tac_buf *b)
{
    (void)api;
    const char *a = get(ps, "a"), *bb = get(ps, "b"), *by = get(ps, "by");
    if (!a || !bb || !valid_code(a) || !valid_code(bb))
        return error(b, 400, "a and b are required codes (A-Z, 0-9)");
    tac_period p = TAC_BY_MONTH;
    if (by && !tac_period_from_name(by, &p))
        return error(b, 400, "by is day, week, month or year");
    bool bad = false;
    int32_t from = param_date(ps, "from", TAC_NO_DATE, &bad), to = param_date(ps, "to", TAC_NO_DATE, &bad);
    if (bad)
        return error(b, 400, "dates must be YYYY-MM-DD");
    tac_buf_puts(b, "{\"a\":");
    tac_buf_json_cstr(b, a);
    tac_buf_puts(b, ",\"b\":");
    tac_buf_json_cstr(b, bb);
    tac_buf_printf(b, ",\"by\":\"%s\",\"points\":[",
                   p == TAC_BY_DAY ? "day" : p == TAC_BY_WEEK ? "week" : p == TAC_BY_MONTH ? "month" : "year");
    dy_ctx c = {b, p, a, bb, 0};
    tac_error err = {0};
    if (tac_store_dyad(s, a, bb, p, from, to, on_point, &c, &err) != TAC_OK)
        return store_error(b, &err);
    tac_buf_puts(b, "]}\n");
    return 200;
}

static uint64_t cache_generation(tac_api *api);

/* Under ledger_lock: the ledger, rebuilt when the store has changed (the
 * response cache's change check decides). */
static tac_ledger *ledger_get(tac_api *api, tac_store *s, tac_error *err)
{
    uint64_t gen = cache_generation(api);
    if (api->ledger && api->ledger_gen == gen)
        return api->ledger;
    tac_ledger *l = NULL;
    if (tac_ledger_new(&l, err) != TAC_OK)
        return NULL;
    if (tac_ledger_load_store(l, s, err) != TAC_OK) {
        tac_ledger_free(l);
        return NULL;
    }
    tac_ledger_free(api->ledger);
    api->ledger = l;
    api->ledger_gen = gen;
    return l;
}

static int h_relations(tac_api *api, tac_store *s, const params *ps, tac_buf *b, bool ladder)
{
    const char *a = get(ps, ladder ? "owner" : "a"), *bb = ladder ? NULL : get(ps, "b");
    if (!a || !valid_code(a) || (!ladder && (!bb || !valid_code(bb))))
        return error(b, 400, ladder ? "owner is a required code" : "a and b are required codes (A-Z, 0-9)");
    bool bad = false;
    int32_t at = param_date(ps, "at", (int32_t)(time(NULL) / 86400), &bad);
    if (bad)
        return error(b, 400, "at must be YYYY-MM-DD");
    tac_error err = {0};
    pthread_mutex_lock(&api->ledger_lock);
    tac_ledger *l = ledger_get(api, s, &err);
    if (!l) {
        pthread_mutex_unlock(&api->ledger_lock);
        return store_error(b, &err);
    }
    char ats[11];
    tac_date_format(at, ats);
    if (ladder) {
        tac_buf_puts(b, "{\"owner\":");
        tac_buf_json_cstr(b, a);
        tac_buf_printf(b, ",\"at\":\"%s\",\"rungs\":[", ats);
        int rungs = tac_ledger_rungs(l, a);
        for (int r = 1; r <= rungs; r++) {
            tac_buf_printf(b, "%s{\"rank\":%d,\"tier\":", r > 1 ? "," : "", r);
            tac_buf_json_cstr(b, tac_ledger_rung(l, a, r));
            tac_buf_puts(b, "}");
        }
        tac_buf_puts(b, "],\"partners\":[");
        tac_ledger_ladder_json(l, a, at, ",", b);
    } else {
        const char *x = tac_ledger_actor_alias(a), *y = tac_ledger_actor_alias(bb);
        tac_buf_puts(b, "{\"a\":");
        tac_buf_json_cstr(b, x);
        tac_buf_puts(b, ",\"b\":");
        tac_buf_json_cstr(b, y);
        tac_buf_printf(b, ",\"at\":\"%s\",\"dimensions\":[", ats);
        tac_ledger_pair_json(l, x, y, at, ",", b);
    }
    pthread_mutex_unlock(&api->ledger_lock);
    tac_buf_puts(b, "]}\n");
    return 200;
}

static void json_spans(tac_buf *b, const tac_stored_span *sp, size_t n, const char *textkey)
{
    tac_buf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        tac_buf_printf(b, "%s{\"index\":%zu,\"start\":%lld,\"end\":%lld,\"%s\":", i ? "," : "", i,
                       (long long)sp[i].start, (long long)sp[i].end, textkey);
        tac_buf_json_cstr(b, sp[i].text);
        tac_buf_putc(b, '}');
    }
    tac_buf_putc(b, ']');
}

static int h_article(tac_api *api, tac_store *s, const char *id, tac_buf *b)
{
    (void)api;
    char dec[TAC_STORE_MAX_ARTICLE_ID + 1];
    if (!url_decode(id, strlen(id), dec, sizeof dec) || !*dec)
        return error(b, 400, "malformed article id");
    tac_stored_article *a = NULL;
    tac_error err = {0};
    if (tac_store_article(s, dec, &a, &err) != TAC_OK)
        return store_error(b, &err);
    char d1[11] = "", d2[11] = "";
    tac_date_format(a->published, d1);
    tac_date_format(a->original_published, d2);
    tac_buf_puts(b, "{\"id\":");
    tac_buf_json_cstr(b, a->article_id);
    tac_buf_puts(b, ",\"title\":");
    tac_buf_json_cstr(b, a->title);
    tac_buf_puts(b, ",\"url\":");
    tac_buf_json_cstr(b, a->url);
    tac_buf_puts(b, ",\"outlet\":");
    tac_buf_json_cstr(b, a->outlet);
    tac_buf_puts(b, ",\"byline\":");
    tac_buf_json_cstr(b, a->byline);
    tac_buf_puts(b, ",\"original_source\":");
    tac_buf_json_cstr(b, a->original_source);
    tac_buf_puts(b, ",\"published\":");
    tac_buf_json_cstr(b, d1[0] ? d1 : NULL);
    tac_buf_puts(b, ",\"original_published\":");
    tac_buf_json_cstr(b, d2[0] ? d2 : NULL);
    tac_buf_puts(b, ",\"tags\":");
    tac_buf_puts(b, a->tags_json && *a->tags_json ? a->tags_json : "[]");
    tac_buf_puts(b, ",\"dictionary_version\":");
    tac_buf_json_cstr(b, a->dict_version);
    tac_buf_puts(b, ",\"body\":");
    tac_buf_json_str(b, a->body ? a->body : "", a->body ? a->body_len : 0);
    tac_buf_puts(b, ",\"sentences\":");
    json_spans(b, a->sentences, a->nsentences, "text");
    tac_buf_puts(b, ",\"dropped\":");
    json_spans(b, a->dropped, a->ndropped, "reason");
    tac_buf_puts(b, ",\"events\":[");
    tac_event_filter f;
    tac_event_filter_init(&f);
    f.article = a->article_id;
    f.limit = TAC_SERVE_MAX_ROWS * 10;
    ev_ctx c = {b, 0, 0};
    tac_status st = tac_store_events(s, &f, on_event, &c, &err);
    tac_stored_article_free(a);
    if (st != TAC_OK)
        return store_error(b, &err);
    tac_buf_puts(b, "]}\n");
    return 200;
}

/* Case-insensitive substring (ASCII folding; names are mostly Latin). */
static bool contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *h = hay; *h; h++) {
        size_t i = 0;
        while (i < n && h[i] && tolower((unsigned char)h[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return true;
    }
    return false;
}

static int h_actors(tac_api *api, tac_store *s, const params *ps, tac_buf *b)
{
    (void)s;
    const char *q = get(ps, "q");
    if (!q || strlen(q) < 2)
        return error(b, 400, "q (at least 2 characters) is required");
    bool bad = false;
    int32_t at = param_date(ps, "at", (int32_t)(time(NULL) / 86400), &bad);
    if (bad)
        return error(b, 400, "at must be YYYY-MM-DD");
    tac_buf_puts(b, "{\"actors\":[");
    size_t n = 0;
    if (api->dict) {
        const tac_dict_model *m = &api->dict->model;
        for (uint32_t i = 0; i < m->nactors && n < ACTOR_RESULTS; i++) {
            const tac_dict_actor *a = &m->actors[i];
            const tac_dict_code *rule = NULL;
            const char *code = tac_dict_actor_code(a, at, &rule);
            bool hit = code && contains_ci(code, q);
            const char *name = a->name;
            for (uint32_t k = 0; !hit && k < a->nphrases; k++) {
                /* rebuild the phrase words with spaces for matching */
                char ph[256];
                size_t o = 0;
                for (uint16_t w = 0; w < a->phrases[k].nwords && o + 2 < sizeof ph; w++)
                    o += (size_t)snprintf(ph + o, sizeof ph - o, "%s%s", w ? " " : "", a->phrases[k].words[w]);
                if (contains_ci(ph, q)) {
                    hit = true;
                    name = NULL;
                }
            }
            if (!hit || !code)
                continue;
            tac_buf_puts(b, n++ ? ",{\"entry\":" : "{\"entry\":");
            tac_buf_json_cstr(b, a->name);
            tac_buf_puts(b, ",\"code\":");
            tac_buf_json_cstr(b, code);
            tac_buf_puts(b, ",\"dated\":");
            tac_buf_puts(b, rule ? "true" : "false");
            tac_buf_puts(b, ",\"names\":[");
            for (uint32_t k = 0; k < a->nphrases && k < 6; k++) {
                tac_buf_puts(b, k ? ",\"" : "\"");
                for (uint16_t w = 0; w < a->phrases[k].nwords; w++) {
                    if (w)
                        tac_buf_putc(b, ' ');
                    size_t before = b->len;
                    tac_buf_json_cstr(b, a->phrases[k].words[w]);
                    /* strip the quotes json_cstr added around the word */
                    memmove(b->data + before, b->data + before + 1, b->len - before - 2);
                    b->len -= 2;
                }
                tac_buf_putc(b, '"');
            }
            tac_buf_puts(b, "]}");
            (void)name;
        }
    }
    tac_buf_printf(b, "],\"count\":%zu,\"at\":", n);
    char ats[11];
    tac_date_format(at, ats);
    tac_buf_json_cstr(b, ats);
    tac_buf_puts(b, "}\n");
    return 200;
}

/* ---- the response cache ------------------------------------------------ */

static int64_t mono_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int stamp_row(void *ctx, int ncols, const char *const *vals)
{
    tac_buf *b = ctx;
    for (int i = 0; i < ncols; i++) {
        tac_buf_puts(b, vals[i] ? vals[i] : "-");
        tac_buf_putc(b, '/');
    }
    return 0;
}

/* Under cache_lock: bump the generation when the store has changed since the
 * last look. A failed look also bumps it (nothing stale is served). */
static void cache_check(tac_api *api)
{
    int64_t now = mono_ms();
    if (api->checked_ms && now - api->checked_ms < CACHE_CHECK_MS)
        return;
    api->checked_ms = now;
    tac_buf b;
    tac_buf_init(&b);
    tac_error err = {0};
    /* data_version changes when another connection commits; the server's own
     * connections never write. PostgreSQL has no such counter: ids and counts
     * of runs and articles change with every ingest, replacement included
     * (a replaced article is deleted and inserted again, under a new run). */
    const char *sql = api->watch->kind == TAC_STORE_SQLITE
                          ? "PRAGMA data_version"
                          : "SELECT (SELECT MAX(id) FROM runs), (SELECT MAX(id) FROM articles),"
                            " (SELECT COUNT(*) FROM articles), (SELECT MAX(ingested_at) FROM articles)";
    tac_status st = api->watch->ops->select(api->watch, sql, NULL, 0, stamp_row, &b, &err);
    if (st != TAC_OK || b.failed || !b.data || strcmp(b.data, api->stamp)) {
        api->gen++;
        snprintf(api->stamp, sizeof api->stamp, "%s", st == TAC_OK && b.data ? b.data : "");
    }
    tac_buf_free(&b);
}

/* The current generation, after a change check. */
static uint64_t cache_generation(tac_api *api)
{
    pthread_mutex_lock(&api->cache_lock);
    cache_check(api);
    uint64_t gen = api->gen;
    pthread_mutex_unlock(&api->cache_lock);
    return gen;
}

static bool cacheable(const char *path)
{
    return !strcmp(path, "/api/dyad") || !strcmp(path, "/api/events") || !strcmp(path, "/api/stats") ||
           !strncmp(path, "/api/articles/", 14);
}

static size_t cache_slot(const char *path, const char *query)
{
    uint64_t h = tac_hash(path, strlen(path));
    return (size_t)(tac_hash_seed(query, strlen(query), h) % CACHE_SLOTS);
}

static bool cache_key_eq(const char *key, const char *path, const char *query)
{
    size_t n = strlen(path);
    return !strncmp(key, path, n) && key[n] == '?' && !strcmp(key + n + 1, query);
}

/* Copy a fresh cached answer into b; false on a miss. */
static bool cache_get(tac_api *api, const char *path, const char *query, tac_buf *b, const char **type)
{
    bool hit = false;
    pthread_mutex_lock(&api->cache_lock);
    cache_check(api);
    struct cache_entry *e = &api->cache[cache_slot(path, query)];
    if (e->key && e->gen == api->gen && cache_key_eq(e->key, path, query)) {
        tac_buf_put(b, e->body, e->len);
        *type = e->type;
        hit = !b->failed;
    }
    pthread_mutex_unlock(&api->cache_lock);
    return hit;
}

/* gen is the generation seen before the answer was computed: an answer that
 * raced a store change is not kept. */
static void cache_put(tac_api *api, uint64_t gen, const char *path, const char *query, const tac_buf *b,
                      const char *type)
{
    if (!b->data || b->len > CACHE_ENTRY_MAX)
        return;
    size_t kl = strlen(path) + 1 + strlen(query) + 1;
    pthread_mutex_lock(&api->cache_lock);
    struct cache_entry *e = &api->cache[cache_slot(path, query)];
    size_t old = e->key ? e->len : 0;
    if (gen == api->gen && api->cache_bytes - old + b->len <= CACHE_BYTES_MAX) {
        char *key = malloc(kl), *body = malloc(b->len ? b->len : 1);
        if (key && body) {
            snprintf(key, kl, "%s?%s", path, query);
            memcpy(body, b->data, b->len);
            free(e->key);
            free(e->body);
            api->cache_bytes = api->cache_bytes - old + b->len;
            *e = (struct cache_entry){key, body, b->len, type, gen};
        } else {
            free(key);
            free(body);
        }
    }
    pthread_mutex_unlock(&api->cache_lock);
}

/* ---- dispatch ----------------------------------------------------------- */

static int asset(const char *path, tac_buf *b, const char **type)
{
    if (!strcmp(path, "/"))
        path = "/index.html";
    for (size_t i = 0; i < tac_web_assets_count; i++) {
        if (!strcmp(path + 1, tac_web_assets[i].path)) {
            tac_buf_put(b, tac_web_assets[i].data, tac_web_assets[i].len);
            *type = tac_web_assets[i].type;
            return 200;
        }
    }
    return error(b, 404, "no such page");
}

int tac_api_get(tac_api *api, const char *path, const char *query, tac_buf *b, const char **type)
{
    *type = "application/json; charset=utf-8";
    if (strlen(path) + (query ? strlen(query) : 0) > TAC_SERVE_MAX_URL)
        return error(b, 414, "request URL too long");
    if (strncmp(path, "/api/", 5))
        return asset(path, b, type);
    if (!query)
        query = "";
    bool cache = cacheable(path);
    uint64_t gen = 0;
    if (cache) {
        if (cache_get(api, path, query, b, type))
            return 200;
        pthread_mutex_lock(&api->cache_lock);
        gen = api->gen;
        pthread_mutex_unlock(&api->cache_lock);
    }
    params ps;
    const char *why = NULL;
    if (parse_query(query, &ps, &why) < 0)
        return error(b, 400, why);
    tac_error err = {0};
    tac_store *s = pool_take(api, &err);
    if (!s)
        return error(b, 503, "the database is not available");
    int status;
    const char *rest = path + 5;
    if (!strcmp(rest, "stats"))
        status = h_stats(api, s, &ps, b);
    else if (!strcmp(rest, "events"))
        status = h_events(api, s, &ps, b);
    else if (!strcmp(rest, "dyad"))
        status = h_dyad(api, s, &ps, b);
    else if (!strcmp(rest, "relations"))
        status = h_relations(api, s, &ps, b, false);
    else if (!strcmp(rest, "ladder"))
        status = h_relations(api, s, &ps, b, true);
    else if (!strcmp(rest, "actors"))
        status = h_actors(api, s, &ps, b);
    else if (!strncmp(rest, "articles/", 9) && rest[9])
        status = h_article(api, s, rest + 9, b);
    else
        status = error(b, 404, "no such API endpoint");
    pool_give(api, s, status >= 500);
    if (b->failed)
        return 500;
    if (cache && status == 200)
        cache_put(api, gen, path, query, b, *type);
    return status;
}
