/*
 * tacitus eval — code every record of a gold file (the format of
 * ../shared/conformance/petrarch-validation.jsonl: id, date, text, expected,
 * category, active, config) and score the events exactly as
 * conformance/score.py does; or, with --system FILE, score a given system
 * output ({"id","events":[{"source","target","code"}]} per line) instead.
 *
 * Scoring = score.py's definitions, which stay the referee:
 *   levels   exact (source, target, code); dyad_root (country(source),
 *            country(target), root(code)); root (root(code))
 *   country  first three characters when they are A-Z and not a role/sector
 *            code of NON_COUNTRY, else None (None equals None)
 *   root     first two characters when both are digits (Unicode digits, as
 *            Python's str.isdigit), else None
 *   matching per record over multisets; micro-averaged P/R/F1; a gold id
 *            absent from the system output means "no events"
 * The text report is line for line score.py's (tests/cli/eval.sh diffs them);
 * --json is our own layout with the same numbers. Bounds: one pass over each
 * file; per record, events are sorted and merged: O(e log e).
 */
#include "cli/cli.h"
#include "cli/code_input.h"
#include "core/core.h"
#include "core/doc.h"
#include "code/event.h"
#include <json-c/json.h>
#include <unicode/uchar.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- data ------------------------------------------------------------------ */

typedef struct str {
    const char *p;
    uint32_t n;
} str;

typedef struct triple {
    str source, target, code;
} triple;

typedef struct record {
    str id;
    str category;            /* score.py: rec.get('category') or '-'            */
    triple *gold;
    uint32_t ngold;
    triple *sys;
    uint32_t nsys;
    bool has_sys;            /* the id occurs in the system output               */
    bool scored;             /* not skipped by --active-only                     */
} record;

typedef struct table {
    tac_arena arena;
    record *recs;            /* gold records in file order                       */
    uint32_t nrecs, cap;
    uint32_t *slots;         /* open addressing: record index + 1, 0 = empty    */
    uint32_t nslots;
    str *extra;              /* system ids not in the gold file (not skipped)    */
    uint32_t nextra, cap_extra;
} table;

typedef struct level_score {
    long tp, fp, fn;
} level_score;

typedef struct result {
    level_score lv[3];
    long records, gold_events, system_events, missing, expecting_none, fp_records, right;
    uint32_t *fp_ids, *right_ids;   /* record indices (arena)                  */
} result;

static const char *const level_names[3] = {"exact", "dyad_root", "root"};

static int die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("tacitus eval: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    return 2;
}

static bool str_eq(str a, str b) { return a.n == b.n && !memcmp(a.p, b.p, a.n); }

static int str_cmp(str a, str b)
{
    int c = memcmp(a.p, b.p, a.n < b.n ? a.n : b.n);
    return c ? c : (a.n > b.n) - (a.n < b.n);
}

static int str_cmp_qsort(const void *a, const void *b) { return str_cmp(*(const str *)a, *(const str *)b); }

static str arena_str(tac_arena *a, const char *p, size_t n)
{
    char *c = tac_arena_strndup(a, p, n);
    return (str){c ? c : "", c ? (uint32_t)n : 0};
}

/* ---- id index --------------------------------------------------------------- */

static uint32_t *find_slot(table *t, str id)
{
    uint32_t mask = t->nslots - 1;
    for (uint32_t h = (uint32_t)tac_hash(id.p, id.n) & mask;; h = (h + 1) & mask) {
        uint32_t *s = &t->slots[h];
        if (!*s || str_eq(t->recs[*s - 1].id, id))
            return s;
    }
}

static bool index_grow(table *t)
{
    uint32_t n = t->nslots ? t->nslots * 2 : 1024;
    uint32_t *s = calloc(n, sizeof *s);
    if (!s)
        return false;
    free(t->slots);
    t->slots = s;
    t->nslots = n;
    for (uint32_t i = 0; i < t->nrecs; i++)
        *find_slot(t, t->recs[i].id) = i + 1;
    return true;
}

static record *lookup(table *t, str id)
{
    if (!t->nslots)
        return NULL;
    uint32_t s = *find_slot(t, id);
    return s ? &t->recs[s - 1] : NULL;
}

/* ---- JSON lines --------------------------------------------------------------- */

typedef int (*line_fn)(table *t, json_object *rec, const char *line, size_t len, long lineno,
                       const char *path, void *ctx);

/* Python's str.strip() test for a blank line, ASCII whitespace subset. */
static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strchr(" \t\r\n\f\v", s[i]))
            return false;
    return true;
}

static int each_line(table *t, const char *path, line_fn fn, void *ctx)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f)
        return die("%s: %s", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int rc = 0;
    json_tokener *tok = json_tokener_new_ex(64);
    if (!tok) {
        rc = die("out of memory");
        goto out;
    }
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    while ((n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t len = (size_t)n;
        if (len > (32u << 20)) {
            rc = die("%s line %ld: longer than 32 MiB", path, lineno);
            break;
        }
        if (blank(line, len))
            continue;
        json_tokener_reset(tok);
        json_object *rec = json_tokener_parse_ex(tok, line, (int)len);
        enum json_tokener_error jerr = json_tokener_get_error(tok);
        size_t used = json_tokener_get_parse_end(tok);
        if (jerr == json_tokener_success && !blank(line + used, len - used)) {
            json_object_put(rec);
            rec = NULL;
            jerr = json_tokener_error_parse_unexpected;
        }
        if (jerr != json_tokener_success || !rec) {
            rc = die("%s line %ld: not JSON (%s)", path, lineno,
                     jerr == json_tokener_continue ? "unexpected end of line" : json_tokener_error_desc(jerr));
            break;
        }
        if (!json_object_is_type(rec, json_type_object)) {
            json_object_put(rec);
            rc = die("%s line %ld: not a JSON object", path, lineno);
            break;
        }
        rc = fn(t, rec, line, len, lineno, path, ctx);
        json_object_put(rec);
        if (rc)
            break;
    }
out:
    if (tok)
        json_tokener_free(tok);
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

static bool get_str(json_object *o, const char *key, str *out)
{
    json_object *v;
    if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
        return false;
    out->p = json_object_get_string(v);
    out->n = (uint32_t)json_object_get_string_len(v);
    return true;
}

/* Python truthiness of a JSON value. */
static bool truthy(json_object *v)
{
    switch (json_object_get_type(v)) {
    case json_type_null: return false;
    case json_type_boolean: return json_object_get_boolean(v);
    case json_type_int: return json_object_get_int64(v) != 0;
    case json_type_double: return json_object_get_double(v) != 0.0;
    case json_type_string: return json_object_get_string_len(v) > 0;
    case json_type_array: return json_object_array_length(v) > 0;
    case json_type_object: return json_object_object_length(v) > 0;
    }
    return true;
}

/* An event list into arena triples; a missing/non-string field is an error. */
static int read_events(table *t, json_object *list, triple **out, uint32_t *nout, const char *path,
                       long lineno)
{
    size_t n = json_object_array_length(list);
    triple *tr = n ? tac_arena_alloc(&t->arena, n * sizeof *tr) : NULL;
    if (n && !tr)
        return die("out of memory");
    for (size_t i = 0; i < n; i++) {
        json_object *ev = json_object_array_get_idx(list, i);
        if (!json_object_is_type(ev, json_type_object))
            return die("%s line %ld: event is not an object", path, lineno);
        static const char *const keys[3] = {"source", "target", "code"};
        str *dst[3] = {&tr[i].source, &tr[i].target, &tr[i].code};
        for (int k = 0; k < 3; k++) {
            str s;
            if (!get_str(ev, keys[k], &s))
                return die("%s line %ld: event field '%s' missing or not a string", path, lineno, keys[k]);
            *dst[k] = arena_str(&t->arena, s.p, s.n);
        }
    }
    *out = tr;
    *nout = (uint32_t)n;
    return 0;
}

typedef struct gold_ctx {
    bool active_only;
    /* coding mode: the lines of scored records, to code after loading */
    bool keep_lines;
} gold_ctx;

typedef struct gold_line {
    char *line;
    size_t len;
    json_object *config;      /* owned reference, NULL when absent             */
} gold_line;

static gold_line *g_lines;    /* only used within one cli_cmd_eval call        */

static int gold_line_fn(table *t, json_object *rec, const char *line, size_t len, long lineno,
                        const char *path, void *vctx)
{
    (void)line;
    (void)len;
    gold_ctx *ctx = vctx;
    str id;
    if (!get_str(rec, "id", &id))
        return die("%s line %ld: missing string \"id\"", path, lineno);
    if (t->nrecs * 2 >= t->nslots && !index_grow(t))
        return die("out of memory");
    str idc = arena_str(&t->arena, id.p, id.n);
    if (lookup(t, idc))
        return die("%s line %ld: duplicate gold id '%.*s'", path, lineno, (int)id.n, id.p);
    json_object *exp;
    if (!json_object_object_get_ex(rec, "expected", &exp) || !json_object_is_type(exp, json_type_array))
        return die("%s line %ld: missing \"expected\" list", path, lineno);
    record *r = tac_arena_grow(&t->arena, t->recs, &t->cap, sizeof *r, t->nrecs + 1);
    if (!r)
        return die("out of memory");
    t->recs = r;
    r = &t->recs[t->nrecs];
    memset(r, 0, sizeof *r);
    r->id = idc;
    json_object *active;
    r->scored = !ctx->active_only || !json_object_object_get_ex(rec, "active", &active) || truthy(active);
    json_object *cat;
    if (json_object_object_get_ex(rec, "category", &cat) && truthy(cat)) {
        const char *c = json_object_is_type(cat, json_type_string) ? json_object_get_string(cat)
                                                                   : json_object_to_json_string(cat);
        r->category = arena_str(&t->arena, c, strlen(c));
    } else {
        r->category = (str){"-", 1};
    }
    /* score.py validates the events of scored records only */
    int rc = r->scored ? read_events(t, exp, &r->gold, &r->ngold, path, lineno) : 0;
    if (rc)
        return rc;
    *find_slot(t, idc) = t->nrecs + 1;
    if (ctx->keep_lines) {
        gold_line *gl = realloc(g_lines, (t->nrecs + 1) * sizeof *gl);
        if (!gl)
            return die("out of memory");
        g_lines = gl;
        /* the article is the record's id, article, date and text only: the
         * gold (expected), PETRARCH's parse and the notes never reach the
         * coder */
        tac_buf b;
        tac_buf_init(&b);
        tac_buf_puts(&b, "{\"id\":");
        tac_buf_json_str(&b, id.p, id.n);
        str v;
        if (get_str(rec, "article", &v)) {
            tac_buf_puts(&b, ",\"article\":");
            tac_buf_json_str(&b, v.p, v.n);
        }
        if (get_str(rec, "date", &v)) {
            tac_buf_puts(&b, ",\"date\":");
            tac_buf_json_str(&b, v.p, v.n);
        }
        if (get_str(rec, "text", &v)) {
            tac_buf_puts(&b, ",\"text\":");
            tac_buf_json_str(&b, v.p, v.n);
        }
        tac_buf_putc(&b, '}');
        gl[t->nrecs].line = b.failed ? NULL : tac_arena_strndup(&t->arena, b.data, b.len);
        gl[t->nrecs].len = b.len;
        tac_buf_free(&b);
        if (!gl[t->nrecs].line)
            return die("out of memory");
        json_object *cfg;
        gl[t->nrecs].config = json_object_object_get_ex(rec, "config", &cfg) && json_object_is_type(cfg, json_type_object)
                                  ? json_object_get(cfg) : NULL;
    }
    t->nrecs++;
    return 0;
}

typedef struct sys_ctx {
    tac_arena seen_arena;
    str *seen;                /* every system id, to reject repeats            */
    uint32_t nseen, cap_seen;
} sys_ctx;

static int system_line_fn(table *t, json_object *rec, const char *line, size_t len, long lineno,
                          const char *path, void *vctx)
{
    sys_ctx *ctx = vctx;
    str id;
    if (!get_str(rec, "id", &id))
        return die("%s line %ld: missing string \"id\"", path, lineno);
    json_object *evs;
    if (!json_object_object_get_ex(rec, "events", &evs) || !json_object_is_type(evs, json_type_array))
        return die("%s line %ld: missing \"events\" list", path, lineno);
    record *r = lookup(t, id);
    if (r) {
        if (r->has_sys)
            return die("%s line %ld: id '%.*s' occurs more than once", path, lineno, (int)id.n, id.p);
        r->has_sys = true;
        return read_events(t, evs, &r->sys, &r->nsys, path, lineno);
    }
    /* not a gold id: still validated and checked for repeats */
    str *s = tac_arena_grow(&ctx->seen_arena, ctx->seen, &ctx->cap_seen, sizeof *s, ctx->nseen + 1);
    if (!s)
        return die("out of memory");
    ctx->seen = s;
    for (uint32_t i = 0; i < ctx->nseen; i++)   /* rare: ids outside the gold */
        if (str_eq(ctx->seen[i], id))
            return die("%s line %ld: id '%.*s' occurs more than once", path, lineno, (int)id.n, id.p);
    ctx->seen[ctx->nseen++] = arena_str(&ctx->seen_arena, id.p, id.n);
    triple *tr;
    uint32_t n;
    return read_events(t, evs, &tr, &n, path, lineno);
}

/* ---- score.py's key functions --------------------------------------------------- */

static const char non_country[] =
    "COP GOV INS JUD MIL OPP PTY REB SEP SPY UAF "
    "AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED MOD RAD REF REL SET "
    "ADR ALE ATH BAH BUD CHR CON DOX HIN JAN JEW MOS SHI SIK TAO ZRO ";

/* country(code): 3 bytes or {NULL, 0} for None */
static str country(str code)
{
    if (code.n < 3)
        return (str){NULL, 0};
    for (int i = 0; i < 3; i++)
        if (code.p[i] < 'A' || code.p[i] > 'Z')
            return (str){NULL, 0};
    for (const char *s = non_country; *s; s += 4)
        if (!memcmp(s, code.p, 3))
            return (str){NULL, 0};
    return (str){code.p, 3};
}

/* root(code): the first two code points when both are digits in Python's
 * sense (Numeric_Type Decimal or Digit), else None. */
static str root(str code)
{
    size_t i = 0;
    for (int k = 0; k < 2; k++) {
        if (i >= code.n)
            return (str){NULL, 0};
        int32_t cp = tac_utf8_next(code.p, code.n, &i);
        if (cp < 0)
            return (str){NULL, 0};
        if (cp < 0x80) {
            if (cp < '0' || cp > '9')
                return (str){NULL, 0};
        } else {
            int nt = u_getIntPropertyValue(cp, UCHAR_NUMERIC_TYPE);
            if (nt != U_NT_DECIMAL && nt != U_NT_DIGIT)
                return (str){NULL, 0};
        }
    }
    return (str){code.p, (uint32_t)i};
}

/* A level's key as one byte string: each part as a 4-byte length (0xFFFFFFFF
 * = None) and its bytes, so distinct tuples never collide. */
static str make_key(tac_arena *a, int level, const triple *e)
{
    str parts[3];
    int np;
    if (level == 0) {
        parts[0] = e->source, parts[1] = e->target, parts[2] = e->code, np = 3;
    } else if (level == 1) {
        parts[0] = country(e->source), parts[1] = country(e->target), parts[2] = root(e->code), np = 3;
    } else {
        parts[0] = root(e->code), np = 1;
    }
    size_t n = 0;
    for (int i = 0; i < np; i++)
        n += 4 + parts[i].n;
    char *buf = tac_arena_alloc(a, n ? n : 1);
    if (!buf)
        return (str){"", 0};
    size_t o = 0;
    for (int i = 0; i < np; i++) {
        uint32_t l = parts[i].p ? parts[i].n : 0xFFFFFFFFu;
        memcpy(buf + o, &l, 4);
        o += 4;
        if (parts[i].p) {
            memcpy(buf + o, parts[i].p, parts[i].n);
            o += parts[i].n;
        }
    }
    return (str){buf, (uint32_t)n};
}

/* Multiset intersection size of gold and system keys at a level. */
static long matches(tac_arena *scratch, int level, const triple *g, uint32_t ng, const triple *s,
                    uint32_t ns)
{
    str *kg = tac_arena_alloc(scratch, (ng + 1) * sizeof *kg);
    str *ks = tac_arena_alloc(scratch, (ns + 1) * sizeof *ks);
    if (!kg || !ks)
        return -1;
    for (uint32_t i = 0; i < ng; i++)
        kg[i] = make_key(scratch, level, &g[i]);
    for (uint32_t i = 0; i < ns; i++)
        ks[i] = make_key(scratch, level, &s[i]);
    qsort(kg, ng, sizeof *kg, str_cmp_qsort);
    qsort(ks, ns, sizeof *ks, str_cmp_qsort);
    long m = 0;
    for (uint32_t i = 0, j = 0; i < ng && j < ns;) {
        int c = str_cmp(kg[i], ks[j]);
        if (c == 0)
            m++, i++, j++;
        else if (c < 0)
            i++;
        else
            j++;
    }
    return m;
}

static int score(table *t, const uint32_t *ids, uint32_t nids, result *res)
{
    memset(res, 0, sizeof *res);
    res->fp_ids = tac_arena_alloc(&t->arena, (nids + 1) * sizeof *res->fp_ids);
    res->right_ids = tac_arena_alloc(&t->arena, (nids + 1) * sizeof *res->right_ids);
    if (!res->fp_ids || !res->right_ids)
        return die("out of memory");
    for (uint32_t k = 0; k < nids; k++) {
        record *r = &t->recs[ids[k]];
        tac_arena scratch;
        tac_arena_init(&scratch, 4096);
        for (int lv = 0; lv < 3; lv++) {
            long m = matches(&scratch, lv, r->gold, r->ngold, r->sys, r->nsys);
            if (m < 0) {
                tac_arena_release(&scratch);
                return die("out of memory");
            }
            res->lv[lv].tp += m;
            res->lv[lv].fp += (long)r->nsys - m;
            res->lv[lv].fn += (long)r->ngold - m;
            if (lv == 0 && m == (long)r->ngold && m == (long)r->nsys)
                res->right_ids[res->right++] = ids[k];
        }
        tac_arena_release(&scratch);
        res->records++;
        res->gold_events += r->ngold;
        res->system_events += r->nsys;
        res->missing += !r->has_sys;
        if (!r->ngold) {
            res->expecting_none++;
            if (r->nsys)
                res->fp_ids[res->fp_records++] = ids[k];
        }
    }
    return 0;
}

static void prf(const level_score *l, double *p, double *r, double *f)
{
    *p = l->tp + l->fp ? (double)l->tp / (double)(l->tp + l->fp) : 0.0;
    *r = l->tp + l->fn ? (double)l->tp / (double)(l->tp + l->fn) : 0.0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0.0;
}

/* ---- output ------------------------------------------------------------------------ */

static void print_text(const table *t, const result *res, const char *title)
{
    printf("== %s\n", title);
    printf("records scored: %ld   gold events: %ld   system events: %ld   gold ids absent from system output: %ld\n",
           res->records, res->gold_events, res->system_events, res->missing);
    if (res->system_events == 0)
        printf("NOTE: the system produced no events on these records; precision is shown as 0.0\n");
    printf("%-10s %9s %9s %9s %6s %6s %6s\n", "level", "precision", "recall", "F1", "TP", "FP", "FN");
    for (int lv = 0; lv < 3; lv++) {
        double p, r, f;
        prf(&res->lv[lv], &p, &r, &f);
        printf("%-10s %9.4f %9.4f %9.4f %6ld %6ld %6ld\n", level_names[lv], p, r, f, res->lv[lv].tp,
               res->lv[lv].fp, res->lv[lv].fn);
    }
    printf("records expecting no events: %ld; of these, records where the system produced events: %ld\n",
           res->expecting_none, res->fp_records);
    if (res->fp_records) {
        printf("  false-positive record ids:");
        for (long i = 0; i < res->fp_records; i++)
            printf(" %.*s", (int)t->recs[res->fp_ids[i]].id.n, t->recs[res->fp_ids[i]].id.p);
        putchar('\n');
    }
    printf("records whose events match the gold exactly (as multisets, empty = empty): %ld of %ld\n",
           res->right, res->records);
}

static void json_result(tac_buf *b, const table *t, const result *res)
{
    tac_buf_puts(b, "{");
    for (int lv = 0; lv < 3; lv++) {
        double p, r, f;
        prf(&res->lv[lv], &p, &r, &f);
        tac_buf_printf(b, "\"%s\":{\"precision\":%.17g,\"recall\":%.17g,\"f1\":%.17g,\"tp\":%ld,\"fp\":%ld,\"fn\":%ld},",
                       level_names[lv], p, r, f, res->lv[lv].tp, res->lv[lv].fp, res->lv[lv].fn);
    }
    tac_buf_printf(b, "\"records\":%ld,\"gold_events\":%ld,\"system_events\":%ld,"
                      "\"records_missing_from_system\":%ld,\"records_expecting_no_events\":%ld,"
                      "\"false_positive_records\":%ld,\"records_exactly_right\":%ld,"
                      "\"false_positive_record_ids\":[",
                   res->records, res->gold_events, res->system_events, res->missing,
                   res->expecting_none, res->fp_records, res->right);
    for (long i = 0; i < res->fp_records; i++) {
        if (i)
            tac_buf_putc(b, ',');
        tac_buf_json_str(b, t->recs[res->fp_ids[i]].id.p, t->recs[res->fp_ids[i]].id.n);
    }
    tac_buf_puts(b, "],\"exactly_right_record_ids\":[");
    for (long i = 0; i < res->right; i++) {
        if (i)
            tac_buf_putc(b, ',');
        tac_buf_json_str(b, t->recs[res->right_ids[i]].id.p, t->recs[res->right_ids[i]].id.n);
    }
    tac_buf_puts(b, "]}");
}

static void print_triples(const char *label, const triple *e, uint32_t n)
{
    printf("    %s:", label);
    if (!n)
        printf(" (none)");
    for (uint32_t i = 0; i < n; i++)
        printf(" %.*s/%.*s/%.*s", (int)e[i].source.n, e[i].source.p, (int)e[i].target.n, e[i].target.p,
               (int)e[i].code.n, e[i].code.p);
    putchar('\n');
}

/* ---- coding ---------------------------------------------------------------------------- */

#define MAX_CODERS 64

typedef struct coder_cache {
    tac_coder_options opts[MAX_CODERS];
    tac_coder *coders[MAX_CODERS];
    int n;
} coder_cache;

static int config_int(json_object *cfg, const char *key, int dflt)
{
    json_object *v;
    if (!cfg || !json_object_object_get_ex(cfg, key, &v))
        return dflt;
    if (json_object_is_type(v, json_type_boolean))
        return json_object_get_boolean(v);
    if (json_object_is_type(v, json_type_int) || json_object_is_type(v, json_type_double))
        return (int)json_object_get_int(v);
    if (json_object_is_type(v, json_type_string)) {
        const char *s = json_object_get_string(v);
        if (!strcasecmp(s, "true"))
            return 1;
        if (!strcasecmp(s, "false"))
            return 0;
        return atoi(s);
    }
    return dflt;
}

/* The coder for a record's PETRARCH options (one per distinct set). */
static tac_coder *coder_for(coder_cache *cc, const tac_dict *dict, json_object *cfg, tac_error *err)
{
    tac_coder_options o;
    memset(&o, 0, sizeof o);
    tac_coder_options_default(&o);
    o.require_dyad = config_int(cfg, "require_dyad", o.require_dyad);
    o.new_actor_length = config_int(cfg, "new_actor_length", o.new_actor_length);
    o.comma_min = config_int(cfg, "comma_min", o.comma_min);
    o.comma_max = config_int(cfg, "comma_max", o.comma_max);
    o.comma_bmin = config_int(cfg, "comma_bmin", o.comma_bmin);
    o.comma_bmax = config_int(cfg, "comma_bmax", o.comma_bmax);
    o.comma_emin = config_int(cfg, "comma_emin", o.comma_emin);
    o.comma_emax = config_int(cfg, "comma_emax", o.comma_emax);
    for (int i = 0; i < cc->n; i++)
        if (!memcmp(&cc->opts[i], &o, sizeof o))
            return cc->coders[i];
    if (cc->n == MAX_CODERS) {
        tac_fail(err, TAC_ERR_LIMIT, "more than 64 distinct coder configurations", 0, NULL);
        return NULL;
    }
    tac_coder *c = NULL;
    if (tac_coder_new(dict, &o, &c, err) != TAC_OK)
        return NULL;
    cc->opts[cc->n] = o;
    cc->coders[cc->n++] = c;
    return c;
}

static const char *actor_code(const tac_actor *a) { return a->code && a->code[0] ? a->code : "---"; }

/* One line of system output for record r; nonzero (reported) on failure. */
static int write_system_line(tac_buf *line, const record *r, FILE *out)
{
    line->len = 0;
    tac_buf_puts(line, "{\"id\":");
    tac_buf_json_str(line, r->id.p, r->id.n);
    tac_buf_puts(line, ",\"events\":[");
    for (uint32_t k = 0; k < r->nsys; k++) {
        tac_buf_puts(line, k ? ",{\"source\":" : "{\"source\":");
        tac_buf_json_str(line, r->sys[k].source.p, r->sys[k].source.n);
        tac_buf_puts(line, ",\"target\":");
        tac_buf_json_str(line, r->sys[k].target.p, r->sys[k].target.n);
        tac_buf_puts(line, ",\"code\":");
        tac_buf_json_str(line, r->sys[k].code.p, r->sys[k].code.n);
        tac_buf_putc(line, '}');
    }
    tac_buf_puts(line, "]}\n");
    if (line->failed || fwrite(line->data, 1, line->len, out) != line->len)
        return die("cannot write the system output");
    return 0;
}

/* Code every scored record; its events become the record's system events.
 * The system output is written to `out` when given. Returns 0, 1 when some
 * records failed (reported, scored as no events), 2 on a fatal error. */
/* --articles: the article of a record is its id up to the last '-'
 * ("dev04-03" → "dev04"); records of one article that follow each other
 * are coded as one text, so references reach back to earlier sentences
 * ("he", "the two sides"), as when an article is coded whole. */
static size_t article_prefix(str id)
{
    for (size_t k = id.n; k > 0; k--)
        if (id.p[k - 1] == '-')
            return k - 1;
    return id.n;
}

/* Code records [i, j) (one article, one coder) as one text and hand each
 * event to the record whose text holds its verb. Returns 0, 1 or 2 as
 * code_records. */
static int code_article(table *t, tac_coder *c, uint32_t i, uint32_t j)
{
    record *r0 = &t->recs[i];
    tac_buf b;
    tac_buf_init(&b);
    uint32_t *start = calloc(j - i + 1, sizeof *start);
    if (!start)
        return die("out of memory");
    tac_buf_puts(&b, "{\"id\":");
    tac_buf_json_str(&b, r0->id.p, article_prefix(r0->id));
    tac_buf text;
    tac_buf_init(&text);
    const char *date = NULL;
    json_object *first = NULL;
    for (uint32_t k = i; k < j; k++) {
        json_object *o = json_tokener_parse(g_lines[k].line);
        json_object *v;
        if (k > i)
            tac_buf_puts(&text, "\n\n");
        start[k - i] = (uint32_t)text.len;
        if (o && json_object_object_get_ex(o, "text", &v) && json_object_is_type(v, json_type_string))
            tac_buf_puts(&text, json_object_get_string(v));
        if (!first && o && json_object_object_get_ex(o, "date", &v) && json_object_is_type(v, json_type_string)) {
            first = o;
            date = json_object_get_string(v);
        } else if (o) {
            json_object_put(o);
        }
    }
    start[j - i] = (uint32_t)text.len + 1;
    if (date) {
        tac_buf_puts(&b, ",\"date\":");
        tac_buf_json_str(&b, date, strlen(date));
    }
    tac_buf_puts(&b, ",\"text\":");
    tac_buf_json_str(&b, text.data ? text.data : "", text.len);
    tac_buf_putc(&b, '}');
    if (first)
        json_object_put(first);
    int status = 0;
    tac_doc *doc = NULL;
    tac_error err = {0};
    if (b.failed || text.failed) {
        status = die("out of memory");
    } else if (tac_doc_read_json(b.data, b.len, NULL, &doc, &err) != TAC_OK || tac_code_doc(c, doc, &err) != TAC_OK) {
        char where[256];
        snprintf(where, sizeof where, "article %.*s", (int)article_prefix(r0->id), r0->id.p);
        cli_report(where, &err);
        status = 1;
    } else {
        for (uint32_t k = i; k < j && !status; k++) {
            record *r = &t->recs[k];
            uint32_t n = 0;
            for (uint32_t e = 0; e < doc->nevents; e++)
                n += doc->events[e].verb.start >= start[k - i] && doc->events[e].verb.start < start[k - i + 1];
            if (!n)
                continue;
            r->sys = tac_arena_alloc(&t->arena, n * sizeof *r->sys);
            if (!r->sys) {
                status = die("out of memory");
                break;
            }
            for (uint32_t e = 0; e < doc->nevents; e++) {
                const tac_event *ev = &doc->events[e];
                if (ev->verb.start < start[k - i] || ev->verb.start >= start[k - i + 1])
                    continue;
                const char *sc = actor_code(&ev->source), *tc = actor_code(&ev->target);
                r->sys[r->nsys].source = arena_str(&t->arena, sc, strlen(sc));
                r->sys[r->nsys].target = arena_str(&t->arena, tc, strlen(tc));
                r->sys[r->nsys].code = arena_str(&t->arena, ev->code, strnlen(ev->code, sizeof ev->code));
                r->nsys++;
            }
        }
    }
    tac_doc_free(doc);
    tac_buf_free(&b);
    tac_buf_free(&text);
    free(start);
    return status;
}

static int code_records(table *t, const char *dict_path, FILE *out, bool articles, cli_records records)
{
    tac_error err = {0};
    tac_dict *dict = NULL;
    if (tac_dict_load(dict_path, &dict, &err) != TAC_OK) {
        cli_report(dict_path, &err);
        return 2;
    }
    coder_cache *cc = calloc(1, sizeof *cc);
    if (!cc) {
        tac_dict_free(dict);
        return die("out of memory");
    }
    int status = 0;
    tac_buf line;
    tac_buf_init(&line);
    /* --records: as `tacitus code`, consecutive records of one article
     * share its context (code_input.h) */
    tac_code_context *actx = NULL;
    if (tac_code_context_new(&actx, &err) != TAC_OK) {
        free(cc);
        tac_dict_free(dict);
        return die("out of memory");
    }
    uint32_t prev = UINT32_MAX;
    const tac_coder *prev_coder = NULL;
    char prev_id[128] = "", prev_article[128] = "";
    bool prev_has_article = false;
    for (uint32_t i = 0; i < t->nrecs && status < 2; i++) {
        record *r = &t->recs[i];
        if (!r->scored)
            continue;
        r->has_sys = true;
        tac_doc *doc = NULL;
        memset(&err, 0, sizeof err);
        tac_coder *c = coder_for(cc, dict, g_lines[i].config, &err);
        if (!c) {
            cli_report(dict_path, &err);
            status = 2;
            break;
        }
        if (articles) {
            /* the records of this article that follow, with the same options */
            uint32_t j = i + 1;
            size_t pl = article_prefix(r->id);
            while (j < t->nrecs && t->recs[j].scored && article_prefix(t->recs[j].id) == pl &&
                   !memcmp(t->recs[j].id.p, r->id.p, pl) && coder_for(cc, dict, g_lines[j].config, &err) == c)
                t->recs[j++].has_sys = true;
            int rc = code_article(t, c, i, j);
            if (rc > status)
                status = rc;
            for (uint32_t k = i; k < j && out && status < 2; k++)
                if (write_system_line(&line, &t->recs[k], out))
                    status = 2;
            i = j - 1;
            continue;
        }
        bool carry = records == CLI_RECORDS_ARTICLES || (records == CLI_RECORDS_AUTO && tac_coder_carries_context(c));
        bool read_ok = tac_doc_read_json(g_lines[i].line, g_lines[i].len, NULL, &doc, &err) == TAC_OK;
        if (!read_ok || !carry || prev + 1 != i || prev_coder != c ||
            !cli_record_follows(prev_id, prev_has_article ? prev_article : NULL, doc->id, doc->article))
            tac_code_context_reset(actx);
        prev = i;
        prev_coder = c;
        snprintf(prev_id, sizeof prev_id, "%s", read_ok && doc->id ? doc->id : "");
        prev_has_article = read_ok && doc->article;
        snprintf(prev_article, sizeof prev_article, "%s", prev_has_article ? doc->article : "");
        if (!read_ok || tac_code_doc_in(c, doc, carry ? actx : NULL, &err) != TAC_OK) {
            char where[256];
            snprintf(where, sizeof where, "record %.*s", (int)r->id.n, r->id.p);
            cli_report(where, &err);
            status = 1;
        } else if (doc->nevents) {
            r->sys = tac_arena_alloc(&t->arena, doc->nevents * sizeof *r->sys);
            if (!r->sys) {
                status = die("out of memory");
            } else {
                for (uint32_t k = 0; k < doc->nevents; k++) {
                    const tac_event *e = &doc->events[k];
                    const char *s = actor_code(&e->source), *g = actor_code(&e->target);
                    r->sys[k].source = arena_str(&t->arena, s, strlen(s));
                    r->sys[k].target = arena_str(&t->arena, g, strlen(g));
                    r->sys[k].code = arena_str(&t->arena, e->code, strnlen(e->code, sizeof e->code));
                }
                r->nsys = doc->nevents;
            }
        }
        tac_doc_free(doc);
        if (out && write_system_line(&line, r, out))
            status = 2;
    }
    tac_buf_free(&line);
    tac_code_context_free(actx);
    for (int i = 0; i < cc->n; i++)
        tac_coder_free(cc->coders[i]);
    free(cc);
    tac_dict_free(dict);
    return status;
}

/* ---- command ------------------------------------------------------------------------------ */

static void usage(FILE *f)
{
    fprintf(f,
            "usage: tacitus eval [options] GOLD.jsonl\n"
            "Code every record of a gold file and print precision/recall/F1 at the levels\n"
            "exact, dyad_root and root, exactly as conformance/score.py defines them.\n\n"
            "  --dictionaries PATH  dictionary set to code with (default: the built-in one)\n"
            "  --system FILE        score this system output instead of coding\n"
            "                       ({\"id\",\"events\":[{\"source\",\"target\",\"code\"}]} per line)\n"
            "  -o, --output FILE    write the system output produced by coding to FILE\n"
            "  --active-only        score only records with \"active\": true\n"
            "  --by-category        also score each category\n"
            "  --json               one JSON object instead of text\n"
            "  --diff               list every record whose events differ from the gold\n"
            "  --right              list the ids of the records coded exactly right\n"
            "  --records M          independent|articles|auto (default): as `tacitus code`,\n"
            "                       consecutive records of one article share its context\n"
            "  --articles           code the records of one article (id up to its last '-',\n"
            "                       in file order) as one text, so references reach back\n"
            "  --min-exact F        exit 1 when exact F1 < F\n"
            "  --min-dyad-root F    exit 1 when dyad_root F1 < F\n");
}

static int cmp_id(const void *a, const void *b, void *vt)
{
    const table *t = vt;
    return str_cmp(t->recs[*(const uint32_t *)a].id, t->recs[*(const uint32_t *)b].id);
}

static int cmp_extra(const void *a, const void *b) { return str_cmp(*(const str *)a, *(const str *)b); }

int cli_cmd_eval(int argc, char **argv)
{
    const char *dict_path = NULL, *system_path = NULL, *gold_path = NULL, *out_path = NULL;
    bool active_only = false, by_category = false, json = false, diff = false, right = false, articles = false;
    double min_exact = -1, min_dyad = -1;
    cli_records records = CLI_RECORDS_AUTO;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_val = i + 1 < argc;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--dictionaries") && has_val) {
            dict_path = argv[++i];
        } else if (!strcmp(a, "--system") && has_val) {
            system_path = argv[++i];
        } else if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && has_val) {
            out_path = argv[++i];
        } else if (!strcmp(a, "--min-exact") && has_val) {
            min_exact = atof(argv[++i]);
        } else if (!strcmp(a, "--min-dyad-root") && has_val) {
            min_dyad = atof(argv[++i]);
        } else if (!strcmp(a, "--active-only")) {
            active_only = true;
        } else if (!strcmp(a, "--by-category")) {
            by_category = true;
        } else if (!strcmp(a, "--json")) {
            json = true;
        } else if (!strcmp(a, "--diff")) {
            diff = true;
        } else if (!strcmp(a, "--articles")) {
            articles = true;
        } else if (!strcmp(a, "--records") && has_val) {
            if (!cli_records_parse(argv[++i], &records)) {
                cli_errorf("eval: --records takes independent, articles or auto, not '%s'", argv[i]);
                return 2;
            }
        } else if (!strcmp(a, "--right")) {
            right = true;
        } else if (a[0] == '-' && a[1]) {
            cli_errorf("eval: unknown option or missing value: %s", a);
            usage(stderr);
            return 2;
        } else if (!gold_path) {
            gold_path = a;
        } else {
            cli_errorf("eval: one gold file only (got '%s' and '%s')", gold_path, a);
            return 2;
        }
    }
    if (!gold_path) {
        usage(stderr);
        return 2;
    }
    if (system_path && (dict_path || out_path)) {
        cli_errorf("eval: --system scores an existing output; --dictionaries/--output code anew");
        return 2;
    }

    table t;
    memset(&t, 0, sizeof t);
    tac_arena_init(&t.arena, 1 << 20);
    g_lines = NULL;
    int status = 0, rc;
    gold_ctx gc = {active_only, !system_path};
    if ((rc = each_line(&t, gold_path, gold_line_fn, &gc)))
        goto done_rc;
    if (system_path) {
        sys_ctx sc;
        memset(&sc, 0, sizeof sc);
        tac_arena_init(&sc.seen_arena, 4096);
        rc = each_line(&t, system_path, system_line_fn, &sc);
        if (!rc) {
            /* extra ids: not in the gold (skipped gold ids are not "extra") */
            t.extra = sc.seen;
            t.nextra = sc.nseen;
            if (t.nextra)
                qsort(t.extra, t.nextra, sizeof *t.extra, cmp_extra);
            for (uint32_t i = 0; i < t.nrecs; i++)
                if (!t.recs[i].scored) {
                    t.recs[i].sys = NULL;
                    t.recs[i].nsys = 0;
                }
        }
        if (rc) {
            tac_arena_release(&sc.seen_arena);
            goto done_rc;
        }
        /* keep the extra ids alive until printed */
        if (t.nextra) {
            str *copy = tac_arena_alloc(&t.arena, t.nextra * sizeof *copy);
            for (uint32_t i = 0; copy && i < t.nextra; i++)
                copy[i] = arena_str(&t.arena, t.extra[i].p, t.extra[i].n);
            t.extra = copy;
            if (!copy)
                t.nextra = 0;
        }
        tac_arena_release(&sc.seen_arena);
    } else {
        FILE *out = NULL;
        if (out_path && !(out = fopen(out_path, "wb"))) {
            rc = die("%s: %s", out_path, strerror(errno));
            goto done_rc;
        }
        rc = code_records(&t, dict_path ? dict_path : cli_default_dict(), out, articles, records);
        if (out && fclose(out) != 0 && rc < 2)
            rc = die("%s: write failed", out_path);
        if (rc >= 2)
            goto done_rc;
        status = rc;
    }

    /* scored ids in sorted order, as score.py's sorted(gold) */
    uint32_t *ids = tac_arena_alloc(&t.arena, (t.nrecs + 1) * sizeof *ids);
    if (!ids) {
        rc = die("out of memory");
        goto done_rc;
    }
    uint32_t nids = 0;
    for (uint32_t i = 0; i < t.nrecs; i++)
        if (t.recs[i].scored)
            ids[nids++] = i;
    qsort_r(ids, nids, sizeof *ids, cmp_id, &t);
    result overall;
    if ((rc = score(&t, ids, nids, &overall)))
        goto done_rc;

    /* categories, sorted; each group's ids stay in id order */
    str *cats = tac_arena_alloc(&t.arena, (nids + 1) * sizeof *cats);
    uint32_t ncats = 0;
    if (!cats) {
        rc = die("out of memory");
        goto done_rc;
    }
    if (by_category) {
        for (uint32_t k = 0; k < nids; k++)
            cats[ncats++] = t.recs[ids[k]].category;
        qsort(cats, ncats, sizeof *cats, cmp_extra);
        uint32_t u = 0;
        for (uint32_t k = 0; k < ncats; k++)
            if (!u || !str_eq(cats[u - 1], cats[k]))
                cats[u++] = cats[k];
        ncats = u;
    }
    uint32_t *group = tac_arena_alloc(&t.arena, (nids + 1) * sizeof *group);
    if (!group) {
        rc = die("out of memory");
        goto done_rc;
    }

    if (json) {
        tac_buf b;
        tac_buf_init(&b);
        tac_buf_puts(&b, "{\"gold\":");
        tac_buf_json_cstr(&b, gold_path);
        tac_buf_puts(&b, ",\"system\":");
        tac_buf_json_cstr(&b, system_path);
        tac_buf_printf(&b, ",\"active_only\":%s,\"system_ids_not_in_gold\":%u,\"overall\":",
                       active_only ? "true" : "false", t.nextra);
        json_result(&b, &t, &overall);
        if (by_category) {
            tac_buf_puts(&b, ",\"by_category\":{");
            for (uint32_t c = 0; c < ncats; c++) {
                uint32_t ng = 0;
                for (uint32_t k = 0; k < nids; k++)
                    if (str_eq(t.recs[ids[k]].category, cats[c]))
                        group[ng++] = ids[k];
                result res;
                if ((rc = score(&t, group, ng, &res))) {
                    tac_buf_free(&b);
                    goto done_rc;
                }
                if (c)
                    tac_buf_putc(&b, ',');
                tac_buf_json_str(&b, cats[c].p, cats[c].n);
                tac_buf_putc(&b, ':');
                json_result(&b, &t, &res);
            }
            tac_buf_putc(&b, '}');
        }
        tac_buf_puts(&b, "}\n");
        fwrite(b.data, 1, b.len, stdout);
        tac_buf_free(&b);
    } else {
        print_text(&t, &overall, active_only ? "overall (active records only)" : "overall");
        if (t.nextra) {
            printf("system ids not in the gold file (not scored): %u, e.g.", t.nextra);
            for (uint32_t i = 0; i < t.nextra && i < 5; i++)
                printf(" %.*s", (int)t.extra[i].n, t.extra[i].p);
            putchar('\n');
        }
        for (uint32_t c = 0; c < ncats; c++) {
            uint32_t ng = 0;
            for (uint32_t k = 0; k < nids; k++)
                if (str_eq(t.recs[ids[k]].category, cats[c]))
                    group[ng++] = ids[k];
            result res;
            if ((rc = score(&t, group, ng, &res)))
                goto done_rc;
            double p, r, f;
            prf(&res.lv[0], &p, &r, &f);
            printf("category %-10.*s records %4ld  exact P %.3f R %.3f F1 %.3f  records right %ld\n",
                   (int)cats[c].n, cats[c].p, res.records, p, r, f, res.right);
        }
        if (right) {
            printf("records exactly right:");
            for (long i = 0; i < overall.right; i++)
                printf(" %.*s", (int)t.recs[overall.right_ids[i]].id.n, t.recs[overall.right_ids[i]].id.p);
            putchar('\n');
        }
        if (diff) {
            /* records not exactly right, in id order */
            long j = 0;
            for (uint32_t k = 0; k < nids; k++) {
                if (j < overall.right && overall.right_ids[j] == ids[k]) {
                    j++;
                    continue;
                }
                record *r = &t.recs[ids[k]];
                printf("differs %.*s (%.*s)\n", (int)r->id.n, r->id.p, (int)r->category.n, r->category.p);
                print_triples("gold  ", r->gold, r->ngold);
                print_triples("system", r->sys, r->nsys);
            }
        }
    }
    if (fflush(stdout) != 0) {
        rc = die("cannot write to standard output");
        goto done_rc;
    }
    if (min_exact >= 0 || min_dyad >= 0) {
        double p, r, fe, fd;
        prf(&overall.lv[0], &p, &r, &fe);
        prf(&overall.lv[1], &p, &r, &fd);
        if ((min_exact >= 0 && fe < min_exact) || (min_dyad >= 0 && fd < min_dyad)) {
            fprintf(stderr, "tacitus eval: below the bar: exact F1 %.4f (min %.4f), dyad_root F1 %.4f (min %.4f)\n",
                    fe, min_exact < 0 ? 0 : min_exact, fd, min_dyad < 0 ? 0 : min_dyad);
            status = status ? status : 1;
        }
    }
    rc = status;
done_rc:
    if (g_lines) {
        for (uint32_t i = 0; i < t.nrecs; i++)
            if (g_lines[i].config)
                json_object_put(g_lines[i].config);
        free(g_lines);
        g_lines = NULL;
    }
    free(t.slots);
    tac_arena_release(&t.arena);
    return rc;
}
