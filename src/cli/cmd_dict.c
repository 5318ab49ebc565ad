/*
 * tacitus dict — compile, check, look up and count dictionaries.
 *
 *   dict compile PATH... -o OUT       text (and images) → one binary image
 *   dict check   [--json] PATH...     lint; exit 1 when it finds errors
 *   dict lookup  [--dictionaries P] [--date YYYY-MM-DD] [--json] WORDS...
 *   dict stats   [--json] [PATH...]   counts per kind, CAMEO coverage
 *
 * Every subcommand reads its inputs into one tac_dict_model (dict/model.h)
 * through tac_dict_read_path, so it works the same on a directory of text
 * files, one file or a compiled image.
 */
#include "cli/cli.h"
#include "core/core.h"
#include "core/norm.h"
#include "dict/model.h"
#include "dict/image.h"
#include "resolve/resolve.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void usage(FILE *f)
{
    fprintf(f,
            "usage: tacitus dict compile PATH... -o OUT\n"
            "       tacitus dict check [--json] PATH...\n"
            "       tacitus dict lookup [--dictionaries PATH] [--date YYYY-MM-DD] [--json] WORDS...\n"
            "       tacitus dict stats [--json] [PATH...]\n"
            "\n"
            "PATH is a directory (every *.tac native and *.txt PETRARCH file in it, recursively,\n"
            "in name order), a single dictionary file, or a compiled image. lookup and stats\n"
            "use the built-in dictionary when no path is given. See docs/dictionaries.md.\n");
}

/* Print a reader error: the readers put "file:line:col: what" in the detail. */
static void report(const char *path, const tac_error *err)
{
    const char *msg = err->message ? err->message : tac_status_name(err->code);
    if (err->detail[0] && strstr(err->detail, msg))
        cli_errorf("%s", err->detail);
    else if (err->detail[0])
        cli_errorf("%s: %s", err->detail, msg);
    else
        cli_errorf("%s: %s", path, msg);
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Read every path into m; report and return false on the first failure. */
static bool load_all(tac_dict_model *m, char **paths, int n)
{
    for (int i = 0; i < n; i++) {
        tac_error err;
        memset(&err, 0, sizeof err);
        if (tac_dict_read_path(m, paths[i], &err) != TAC_OK) {
            report(paths[i], &err);
            return false;
        }
    }
    return true;
}

static void phrase_text(const tac_dict_phrase *p, tac_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = 0;
    for (uint16_t i = 0; i < p->nwords; i++) {
        if (i)
            tac_buf_putc(b, ' ');
        tac_buf_puts(b, p->words[i]);
    }
    if (!b->data)
        tac_buf_put(b, "", 0);
}

static void fmt_range(const tac_dict_code *c, char *out, size_t cap)
{
    char f[16] = "", t[16] = "";
    int y;
    unsigned mo, d;
    if (c->from != TAC_DATE_OPEN_START) {
        tac_civil_from_days(c->from, &y, &mo, &d);
        snprintf(f, sizeof f, "%04d%02u%02u%s", y, mo, d, c->flags & TAC_CODEF_FROM_UNCERTAIN ? "?" : "");
    }
    if (c->to != TAC_DATE_OPEN_END) {
        tac_civil_from_days(c->to, &y, &mo, &d);
        snprintf(t, sizeof t, "%04d%02u%02u%s", y, mo, d, c->flags & TAC_CODEF_TO_UNCERTAIN ? "?" : "");
    }
    snprintf(out, cap, "%s-%s", f, t);
}

/* ---- compile ------------------------------------------------------------ */

static int cmd_compile(int argc, char **argv)
{
    const char *out = NULL;
    char **paths = calloc((size_t)argc + 1, sizeof *paths);
    int n = 0;
    if (!paths)
        return 1;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "-o") || !strcmp(argv[i], "--output")) {
            if (++i >= argc) {
                cli_errorf("dict compile: -o needs a file name");
                free(paths);
                return 2;
            }
            out = argv[i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            cli_errorf("dict compile: unknown option '%s'", argv[i]);
            free(paths);
            return 2;
        } else {
            paths[n++] = argv[i];
        }
    }
    if (!out || n == 0) {
        usage(stderr);
        free(paths);
        return 2;
    }
    tac_dict_model m;
    tac_dict_model_init(&m);
    int rc = 0;
    if (!load_all(&m, paths, n)) {
        rc = 1;
        goto done;
    }
    for (uint32_t i = 0; i < m.nissues; i++)
        fprintf(stderr, "tacitus: %s: warning: %s\n", m.issues[i].origin ? m.issues[i].origin : "-",
                m.issues[i].message ? m.issues[i].message : "");
    /* the version names its sources: same text, same hash */
    m.version = tac_arena_printf(&m.arena, "%s (sources xxh3:%016llx)", m.version ? m.version : "unversioned",
                                 (unsigned long long)m.source_hash);
    tac_error err;
    memset(&err, 0, sizeof err);
    if (!m.version || tac_dict_image_write(&m, out, &err) != TAC_OK) {
        report(out, &err);
        rc = 1;
        goto done;
    }
    uint32_t patterns = 0;
    for (uint32_t i = 0; i < m.nverbs; i++)
        patterns += m.verbs[i].npatterns;
    fprintf(stderr, "tacitus: %s: %u actors, %u agents, %u verbs (%u patterns), %u synsets, %u discards\n",
            out, m.nactors, m.nagents, m.nverbs, patterns, m.nsynsets, m.ndiscards);
done:
    tac_dict_model_free(&m);
    free(paths);
    return rc;
}

/* ---- a small string → index map for the linter and lookup ----------------- */

typedef struct strmap {
    const char **keys;
    uint32_t *vals;
    size_t cap, n;
} strmap;

static bool strmap_put(strmap *s, const char *key, uint32_t val, uint32_t *old)
{
    if ((s->n + 1) * 2 > s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 1024;
        const char **k = calloc(nc, sizeof *k);
        uint32_t *v = calloc(nc, sizeof *v);
        if (!k || !v) {
            free(k);
            free(v);
            return false;
        }
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->keys[i])
                continue;
            size_t h = (size_t)tac_hash(s->keys[i], strlen(s->keys[i])) & (nc - 1);
            while (k[h])
                h = (h + 1) & (nc - 1);
            k[h] = s->keys[i];
            v[h] = s->vals[i];
        }
        free(s->keys);
        free(s->vals);
        s->keys = k;
        s->vals = v;
        s->cap = nc;
    }
    size_t h = (size_t)tac_hash(key, strlen(key)) & (s->cap - 1);
    while (s->keys[h]) {
        if (!strcmp(s->keys[h], key)) {
            *old = s->vals[h];
            return true;
        }
        h = (h + 1) & (s->cap - 1);
    }
    s->keys[h] = key;
    s->vals[h] = val;
    s->n++;
    *old = UINT32_MAX;
    return true;
}

static uint32_t strmap_get(const strmap *s, const char *key)
{
    if (!s->cap)
        return UINT32_MAX;
    size_t h = (size_t)tac_hash(key, strlen(key)) & (s->cap - 1);
    while (s->keys[h]) {
        if (!strcmp(s->keys[h], key))
            return s->vals[h];
        h = (h + 1) & (s->cap - 1);
    }
    return UINT32_MAX;
}

static void strmap_free(strmap *s)
{
    free(s->keys);
    free(s->vals);
    memset(s, 0, sizeof *s);
}

/* ---- check -------------------------------------------------------------- */

enum sev { SEV_ERROR, SEV_WARNING, SEV_NOTE };
static const char *const sev_name[] = {"error", "warning", "note"};

struct lint {
    bool json;
    tac_buf out;            /* JSON findings                                   */
    uint32_t counts[3];
    bool first;
};

static void finding(struct lint *L, enum sev sev, const char *origin, const char *check, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void finding(struct lint *L, enum sev sev, const char *origin, const char *check, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    L->counts[sev]++;
    if (!L->json) {
        printf("%s: %s: %s [%s]\n", origin ? origin : "-", sev_name[sev], msg, check);
        return;
    }
    tac_buf_puts(&L->out, L->first ? "\n  " : ",\n  ");
    L->first = false;
    tac_buf_puts(&L->out, "{\"severity\":");
    tac_buf_json_cstr(&L->out, sev_name[sev]);
    tac_buf_puts(&L->out, ",\"check\":");
    tac_buf_json_cstr(&L->out, check);
    tac_buf_puts(&L->out, ",\"origin\":");
    tac_buf_json_cstr(&L->out, origin);
    tac_buf_puts(&L->out, ",\"message\":");
    tac_buf_json_cstr(&L->out, msg);
    tac_buf_putc(&L->out, '}');
}

static bool is_code_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

/* CAMEO actor codes: one or more 3-character groups of A-Z/0-9; "---"
 * marks an entry that deliberately codes nothing. */
static bool actor_code_ok(const char *c)
{
    size_t n = strlen(c);
    if (!strcmp(c, "---"))
        return true;
    if (n == 0 || n % 3)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!is_code_char(c[i]))
            return false;
    return true;
}

/* Agent codes: ~SEC (sector appended) or SEC~ (prefix), SEC in 3-groups. */
static bool agent_code_ok(const char *c)
{
    size_t n = strlen(c);
    char tmp[64];
    if (n < 2 || n >= sizeof tmp)
        return false;
    if (c[0] == '~') {
        memcpy(tmp, c + 1, n - 1);
        tmp[n - 1] = 0;
    } else if (c[n - 1] == '~') {
        memcpy(tmp, c, n - 1);
        tmp[n - 1] = 0;
    } else {
        return actor_code_ok(c);
    }
    return actor_code_ok(tmp);
}

/* Event codes: "---", 2–4 digits, or PETRARCH compounds "a:b". */
static bool event_code_syntax(const char *c)
{
    if (!strcmp(c, "---"))
        return true;
    const char *p = c;
    while (*p) {
        size_t k = 0;
        while (p[k] && p[k] != ':') {
            if (p[k] < '0' || p[k] > '9')
                return false;
            k++;
        }
        if (k < 2 || k > 4)
            return false;
        p += k;
        if (*p == ':')
            p++;
    }
    return true;
}

/* Each ':'-part of an event code that the CAMEO table does not know, into
 * `bad` (empty string when all are known). */
static void unknown_cameo(const char *c, char *bad, size_t cap)
{
    bad[0] = 0;
    if (!strcmp(c, "---"))
        return;
    char part[16];
    const char *p = c;
    while (*p) {
        size_t k = strcspn(p, ":");
        if (k < sizeof part) {
            memcpy(part, p, k);
            part[k] = 0;
            if (!tac_cameo_lookup(part) && strlen(bad) + k + 2 < cap) {
                if (bad[0])
                    strcat(bad, " ");
                strcat(bad, part);
            }
        }
        p += k;
        if (*p)
            p++;
    }
}

/* Whether two actors give different codes on some date (their code as a
 * function of the date changes only at range boundaries). */
static bool codes_conflict(const tac_dict_actor *a, const tac_dict_actor *b)
{
    const tac_dict_actor *ab[2] = {a, b};
    const char *ca = tac_dict_actor_code(a, TAC_NO_DATE, NULL), *cb = tac_dict_actor_code(b, TAC_NO_DATE, NULL);
    if ((ca == NULL) != (cb == NULL) || (ca && strcmp(ca, cb)))
        return true;
    for (int s = 0; s < 2; s++) {
        for (uint32_t i = 0; i < ab[s]->ncodes; i++) {
            int32_t pts[2] = {ab[s]->codes[i].from, ab[s]->codes[i].to};
            for (int k = 0; k < 2; k++) {
                for (int d = -1; d <= 1; d++) {
                    int64_t t = (int64_t)pts[k] + d;
                    if (t <= TAC_NO_DATE || t > INT32_MAX)
                        continue;
                    ca = tac_dict_actor_code(a, (int32_t)t, NULL);
                    cb = tac_dict_actor_code(b, (int32_t)t, NULL);
                    if ((ca == NULL) != (cb == NULL) || (ca && strcmp(ca, cb)))
                        return true;
                }
            }
        }
    }
    return false;
}

/* Fills *names (actor phrase → actor index; keys are heap copies the caller
 * frees with free_keys). */
static void lint_actors(struct lint *L, const tac_dict_model *m, tac_buf *tb, strmap *names_out)
{
    strmap names = {0};
    for (uint32_t i = 0; i < m->nactors; i++) {
        const tac_dict_actor *a = &m->actors[i];
        if (a->ncodes == 0 && !a->default_code)
            finding(L, SEV_ERROR, a->origin, "no-code",
                    "actor %s has no code: it can never be coded (write 'code ---' if that is meant)", a->name);
        if (a->default_code && !actor_code_ok(a->default_code))
            finding(L, SEV_ERROR, a->origin, "actor-code", "actor %s: malformed code '%s' (3-character groups of A-Z, 0-9)",
                    a->name, a->default_code);
        bool any_valid = a->default_code != NULL;
        for (uint32_t k = 0; k < a->ncodes; k++) {
            const tac_dict_code *c = &a->codes[k];
            char r[40];
            fmt_range(c, r, sizeof r);
            if (!actor_code_ok(c->code))
                finding(L, SEV_ERROR, a->origin, "actor-code", "actor %s: malformed code '%s' (3-character groups of A-Z, 0-9)",
                        a->name, c->code);
            if (c->from > c->to)
                finding(L, SEV_ERROR, a->origin, "inverted-range", "actor %s: code %s %s ends before it starts",
                        a->name, c->code, r);
            else
                any_valid = true;
            if (c->flags & (TAC_CODEF_FROM_UNCERTAIN | TAC_CODEF_TO_UNCERTAIN))
                finding(L, SEV_NOTE, a->origin, "uncertain-date", "actor %s: code %s %s has an uncertain date",
                        a->name, c->code, r);
            for (uint32_t j = 0; j < k; j++) {
                const tac_dict_code *e = &a->codes[j];
                if (c->from > c->to || e->from > e->to || c->from > e->to || e->from > c->to)
                    continue;
                char r2[40];
                fmt_range(e, r2, sizeof r2);
                bool one_day = c->from == e->to || e->from == c->to;   /* PETRARCH habit */
                if (strcmp(c->code, e->code) && one_day)
                    finding(L, SEV_WARNING, a->origin, "overlapping-range",
                            "actor %s: %s %s and %s %s share a boundary day; the earlier line wins on it",
                            a->name, c->code, r, e->code, r2);
                else if (strcmp(c->code, e->code))
                    finding(L, SEV_ERROR, a->origin, "overlapping-range",
                            "actor %s: %s %s overlaps %s %s; the earlier line wins in the overlap",
                            a->name, c->code, r, e->code, r2);
                else
                    finding(L, SEV_WARNING, a->origin, "overlapping-range",
                            "actor %s: %s %s overlaps %s %s (same code)", a->name, c->code, r, e->code, r2);
            }
        }
        if (!any_valid && a->ncodes)
            finding(L, SEV_ERROR, a->origin, "no-code", "actor %s has no date-valid code", a->name);
        for (uint32_t p = 0; p < a->nphrases; p++) {
            phrase_text(&a->phrases[p], tb);
            if (tb->len == 0)
                continue;
            const char *key = strdup(tb->data);
            uint32_t old;
            if (!key || !strmap_put(&names, key, i, &old)) {
                free((void *)key);
                break;
            }
            if (old == UINT32_MAX)
                continue;   /* the map owns key now */
            const tac_dict_actor *b = &m->actors[old];
            if (codes_conflict(a, b))
                finding(L, SEV_ERROR, a->origin, "duplicate-name",
                        "name '%s' of actor %s is also actor %s (%s) with different codes", key, a->name,
                        b->name, b->origin ? b->origin : "-");
            else
                finding(L, SEV_NOTE, a->origin, "duplicate-name",
                        "name '%s' of actor %s is also actor %s (%s), same codes", key, a->name, b->name,
                        b->origin ? b->origin : "-");
            free((void *)key);
        }
    }
    *names_out = names;
}

static void free_keys(strmap *s)
{
    for (size_t i = 0; i < s->cap; i++)
        free((void *)s->keys[i]);
    strmap_free(s);
}

static void lint_agents(struct lint *L, const tac_dict_model *m, tac_buf *tb, const strmap *actor_names)
{
    strmap names = {0};
    for (uint32_t i = 0; i < m->nagents; i++) {
        const tac_dict_agent *a = &m->agents[i];
        if (!a->code || !agent_code_ok(a->code))
            finding(L, SEV_ERROR, a->origin, "agent-code", "agent %s: malformed code '%s' (~SEC or SEC~)",
                    a->name, a->code ? a->code : "");
        for (uint32_t p = 0; p < a->nphrases; p++) {
            phrase_text(&a->phrases[p], tb);
            uint32_t act = strmap_get(actor_names, tb->data);
            if (act != UINT32_MAX)
                finding(L, SEV_WARNING, a->origin, "actor-and-agent", "name '%s' of agent %s is also actor %s (%s)",
                        tb->data, a->name, m->actors[act].name, m->actors[act].origin ? m->actors[act].origin : "-");
            const char *key = strdup(tb->data);
            uint32_t old;
            if (!key || !strmap_put(&names, key, i, &old)) {
                free((void *)key);
                break;
            }
            if (old == UINT32_MAX)
                continue;
            const tac_dict_agent *b = &m->agents[old];
            bool same = a->code && b->code && !strcmp(a->code, b->code);
            finding(L, same ? SEV_NOTE : SEV_ERROR, a->origin, "duplicate-name",
                    "name '%s' of agent %s is also agent %s (%s)%s", key, a->name, b->name,
                    b->origin ? b->origin : "-", same ? ", same code" : " with a different code");
            free((void *)key);
        }
    }
    for (size_t i = 0; i < names.cap; i++)
        free((void *)names.keys[i]);
    strmap_free(&names);
}

static bool synset_known(const tac_dict_model *m, const char *name, size_t n)
{
    for (uint32_t i = 0; i < m->nsynsets; i++)
        if (strlen(m->synsets[i].name) == n && !strncasecmp(m->synsets[i].name, name, n))
            return true;
    return false;
}

/* Pattern text normalized for comparison: case folded, one space. */
static void pattern_key(const char *t, tac_buf *b)
{
    b->len = 0;
    for (; *t; t++) {
        char c = *t;
        if (c == ' ' || c == '\t') {
            if (b->len && b->data[b->len - 1] != ' ')
                tac_buf_putc(b, ' ');
            continue;
        }
        tac_buf_putc(b, (char)(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    while (b->len && b->data[b->len - 1] == ' ')
        b->len--;
    tac_buf_putc(b, 0);
}

static void lint_verbs(struct lint *L, const tac_dict_model *m, tac_buf *tb)
{
    bool have_cameo = tac_cameo_count() > 0;
    char bad[128];
    strmap forms = {0};
    tac_buf k1;
    tac_buf_init(&k1);
    for (uint32_t i = 0; i < m->nverbs; i++) {
        const tac_dict_verb *v = &m->verbs[i];
        if (v->code && !event_code_syntax(v->code))
            finding(L, SEV_ERROR, v->origin, "event-code", "verb %s: malformed event code '%s'", v->name, v->code);
        else if (v->code && have_cameo && (unknown_cameo(v->code, bad, sizeof bad), bad[0]))
            finding(L, SEV_ERROR, v->origin, "event-code", "verb %s: code '%s' is not a CAMEO code", v->name, bad);
        if (!v->code && v->npatterns == 0)
            finding(L, SEV_WARNING, v->origin, "codes-nothing", "verb %s has neither a code nor patterns", v->name);
        /* one finding per pair of verbs, naming the first shared form */
        struct { uint32_t old, n; char first[96]; } dup[8];
        int ndup = 0;
        for (uint32_t f = 0; f < v->nforms; f++) {
            phrase_text(&v->forms[f], tb);
            const char *key = strdup(tb->data);
            uint32_t old;
            if (!key || !strmap_put(&forms, key, i, &old)) {
                free((void *)key);
                break;
            }
            if (old != UINT32_MAX && old != i) {
                int d = 0;
                while (d < ndup && dup[d].old != old)
                    d++;
                if (d == ndup && ndup < 8) {
                    dup[ndup].old = old;
                    dup[ndup].n = 0;
                    snprintf(dup[ndup].first, sizeof dup[ndup].first, "%s", key);
                    ndup++;
                }
                if (d < ndup)
                    dup[d].n++;
            }
            if (old != UINT32_MAX)
                free((void *)key);
        }
        for (int d = 0; d < ndup; d++) {
            const tac_dict_verb *o = &m->verbs[dup[d].old];
            char more[32] = "";
            if (dup[d].n > 1)
                snprintf(more, sizeof more, " and %u more", dup[d].n - 1);
            finding(L, SEV_WARNING, v->origin, "duplicate-form", "form '%s'%s of verb %s %s also in verb %s (%s)",
                    dup[d].first, more, v->name, dup[d].n > 1 ? "are" : "is", o->name, o->origin ? o->origin : "-");
        }
        strmap pats = {0};   /* normalized pattern text → first index */
        for (uint32_t p = 0; p < v->npatterns; p++) {
            const tac_dict_pattern *pt = &m->verbs[i].patterns[p];
            const char *o = pt->origin ? pt->origin : v->origin;
            const char *code = pt->code ? pt->code : "---";
            if (!event_code_syntax(code))
                finding(L, SEV_ERROR, o, "event-code", "verb %s: malformed event code '%s'", v->name, code);
            else if (have_cameo && (unknown_cameo(code, bad, sizeof bad), bad[0]))
                finding(L, SEV_ERROR, o, "event-code", "verb %s: code '%s' is not a CAMEO code", v->name, bad);
            /* the verb itself, as a token of its own */
            bool star = false;
            for (const char *s = pt->text; *s; s++) {
                if (*s == '*' && (s == pt->text || s[-1] == ' ' || s[-1] == '_') &&
                    (s[1] == ' ' || s[1] == '_' || s[1] == 0))
                    star = true;
                if (*s == '&' && (s == pt->text || s[-1] == ' ' || s[-1] == '_')) {
                    size_t n = strcspn(s + 1, " _");
                    if (!synset_known(m, s + 1, n))
                        finding(L, SEV_ERROR, o, "unknown-synset", "verb %s: pattern '%s' uses &%.*s, which no synset defines",
                                v->name, pt->text, (int)n, s + 1);
                }
            }
            if (!star)
                finding(L, SEV_ERROR, o, "pattern-verb", "verb %s: pattern '%s' has no '*' for the verb", v->name, pt->text);
            pattern_key(pt->text, &k1);
            const char *pk = k1.failed ? NULL : strdup(k1.data);
            uint32_t q;
            if (!pk || !strmap_put(&pats, pk, p, &q)) {
                free((void *)pk);
                continue;
            }
            if (q == UINT32_MAX)
                continue;
            free((void *)pk);
            {
                const char *c2 = v->patterns[q].code ? v->patterns[q].code : "---";
                bool same = !strcmp(code, c2);
                finding(L, same ? SEV_WARNING : SEV_ERROR, o, "unreachable-pattern",
                        "verb %s: pattern '%s' (%s) is identical to the one at %s (%s) and can never apply",
                        v->name, pt->text, code, v->patterns[q].origin ? v->patterns[q].origin : "-", c2);
            }
        }
        free_keys(&pats);
    }
    for (size_t i = 0; i < forms.cap; i++)
        free((void *)forms.keys[i]);
    strmap_free(&forms);
    tac_buf_free(&k1);
}

static int cmd_check(int argc, char **argv)
{
    struct lint L;
    memset(&L, 0, sizeof L);
    L.first = true;
    tac_buf_init(&L.out);
    char **paths = calloc((size_t)argc + 1, sizeof *paths);
    int n = 0;
    if (!paths)
        return 1;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--json"))
            L.json = true;
        else if (argv[i][0] == '-' && argv[i][1]) {
            cli_errorf("dict check: unknown option '%s'", argv[i]);
            free(paths);
            return 2;
        } else
            paths[n++] = argv[i];
    }
    if (n == 0) {
        usage(stderr);
        free(paths);
        return 2;
    }
    tac_dict_model m;
    tac_dict_model_init(&m);
    int rc = 0;
    if (!load_all(&m, paths, n)) {
        rc = 1;
        goto done;
    }
    tac_buf tb;
    tac_buf_init(&tb);
    for (uint32_t i = 0; i < m.nissues; i++)
        finding(&L, SEV_WARNING, m.issues[i].origin, "unsupported", "%s", m.issues[i].message ? m.issues[i].message : "");
    strmap actor_names = {0};
    lint_actors(&L, &m, &tb, &actor_names);
    lint_agents(&L, &m, &tb, &actor_names);
    free_keys(&actor_names);
    lint_verbs(&L, &m, &tb);
    if (tac_cameo_count() == 0)
        finding(&L, SEV_NOTE, NULL, "event-code", "this build has no CAMEO table: event codes were checked for syntax only");
    tac_buf_free(&tb);
    if (L.json) {
        printf("{\"errors\":%u,\"warnings\":%u,\"notes\":%u,\"findings\":[%s%s]}\n", L.counts[0], L.counts[1],
               L.counts[2], L.out.data ? L.out.data : "", L.first ? "" : "\n");
    } else {
        printf("%u errors, %u warnings, %u notes\n", L.counts[0], L.counts[1], L.counts[2]);
    }
    rc = L.counts[SEV_ERROR] ? 1 : 0;
done:
    tac_buf_free(&L.out);
    tac_dict_model_free(&m);
    free(paths);
    return rc;
}

/* ---- lookup ------------------------------------------------------------- */

enum { K_ACTOR, K_AGENT, K_VERB, K_SYNSET, K_DISCARD };
static const char *const kind_name[] = {"actor", "agent", "verb", "synset", "discard"};

struct cand {
    int kind;
    uint32_t index;
    const tac_dict_phrase *phrase;
};

static bool phrase_at(const tac_dict_phrase *p, char **words, int nwords, int at)
{
    if (p->nwords == 0 || p->nwords > nwords - at)
        return false;
    for (uint16_t i = 0; i < p->nwords; i++)
        if (strcmp(p->words[i], words[at + i]))
            return false;
    return true;
}

/* Every phrase of the model starting at word `at`; keeps the longest. */
static int match_at(const tac_dict_model *m, char **words, int nwords, int at, struct cand *out, int cap,
                    int *n)
{
    int best = 0;
    *n = 0;
#define TRY(kind_, idx, ph)                                                          \
    do {                                                                             \
        const tac_dict_phrase *p_ = (ph);                                            \
        if (phrase_at(p_, words, nwords, at) && p_->nwords >= best) {                \
            if (p_->nwords > best) {                                                 \
                best = p_->nwords;                                                   \
                *n = 0;                                                              \
            }                                                                        \
            if (*n < cap)                                                            \
                out[(*n)++] = (struct cand){kind_, (idx), p_};                       \
        }                                                                            \
    } while (0)
    for (uint32_t i = 0; i < m->nactors; i++)
        for (uint32_t k = 0; k < m->actors[i].nphrases; k++)
            TRY(K_ACTOR, i, &m->actors[i].phrases[k]);
    for (uint32_t i = 0; i < m->nagents; i++)
        for (uint32_t k = 0; k < m->agents[i].nphrases; k++)
            TRY(K_AGENT, i, &m->agents[i].phrases[k]);
    for (uint32_t i = 0; i < m->nverbs; i++)
        for (uint32_t k = 0; k < m->verbs[i].nforms; k++)
            TRY(K_VERB, i, &m->verbs[i].forms[k]);
    for (uint32_t i = 0; i < m->nsynsets; i++)
        for (uint32_t k = 0; k < m->synsets[i].nphrases; k++)
            TRY(K_SYNSET, i, &m->synsets[i].phrases[k]);
    for (uint32_t i = 0; i < m->ndiscards; i++)
        TRY(K_DISCARD, i, &m->discards[i].phrase);
#undef TRY
    return best;
}

/* Split the arguments into normalized words; "Assad's" → "assad", and
 * punctuation around words is dropped. */
static int split_words(int argc, char **argv, char ***out, tac_arena *A)
{
    int cap = 64, n = 0;
    char **w = tac_arena_alloc(A, sizeof *w * (size_t)cap);
    char buf[512];
    for (int i = 0; i < argc && w; i++) {
        const char *s = argv[i];
        size_t len = strlen(s), k = 0;
        while (k < len) {
            while (k < len && (s[k] == ' ' || s[k] == '\t' || s[k] == ',' || s[k] == '.' || s[k] == '"' ||
                               s[k] == '(' || s[k] == ')' || s[k] == ';' || s[k] == ':' || s[k] == '!' || s[k] == '?'))
                k++;
            size_t st = k;
            while (k < len && !(s[k] == ' ' || s[k] == '\t' || s[k] == ',' || s[k] == '.' || s[k] == '"' ||
                                s[k] == '(' || s[k] == ')' || s[k] == ';' || s[k] == ':' || s[k] == '!' || s[k] == '?'))
                k++;
            if (k == st)
                continue;
            size_t nl = tac_norm_word(s + st, k - st, buf, sizeof buf);
            if (nl > 2 && buf[nl - 2] == '\'' && buf[nl - 1] == 's')
                nl -= 2;
            else if (nl > 1 && buf[nl - 1] == '\'')
                nl -= 1;
            if (n == cap) {
                char **nw = tac_arena_alloc(A, sizeof *nw * (size_t)cap * 2);
                if (!nw)
                    return -1;
                memcpy(nw, w, sizeof *w * (size_t)cap);
                w = nw;
                cap *= 2;
            }
            if (!(w[n++] = tac_arena_strndup(A, buf, nl)))
                return -1;
        }
    }
    *out = w;
    return w ? n : -1;
}

static int cmd_lookup(int argc, char **argv)
{
    const char *dict = NULL;
    int32_t date = TAC_NO_DATE;
    bool json = false;
    int first = argc;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--dictionaries") || !strcmp(argv[i], "-d")) {
            if (++i >= argc) {
                cli_errorf("dict lookup: %s needs a path", argv[i - 1]);
                return 2;
            }
            dict = argv[i];
        } else if (!strcmp(argv[i], "--date")) {
            if (++i >= argc || (date = tac_date_parse(argv[i], strlen(argv[i]))) == TAC_NO_DATE) {
                cli_errorf("dict lookup: --date needs a date YYYY-MM-DD");
                return 2;
            }
        } else if (!strcmp(argv[i], "--json")) {
            json = true;
        } else if (!strcmp(argv[i], "--")) {
            first = i + 1;
            break;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            cli_errorf("dict lookup: unknown option '%s'", argv[i]);
            return 2;
        } else {
            first = i;
            break;
        }
    }
    if (first >= argc) {
        usage(stderr);
        return 2;
    }
    if (date == TAC_NO_DATE) {
        /* today (UTC): what the phrase means now */
        time_t t = time(NULL);
        struct tm tm;
        gmtime_r(&t, &tm);
        date = tac_days_from_civil(tm.tm_year + 1900, (unsigned)tm.tm_mon + 1, (unsigned)tm.tm_mday);
    }
    if (!dict)
        dict = cli_default_dict();
    tac_dict_model m;
    tac_dict_model_init(&m);
    char *paths[1] = {(char *)dict};
    if (!load_all(&m, paths, 1)) {
        tac_dict_model_free(&m);
        return 1;
    }
    char **words = NULL;
    int nwords = split_words(argc - first, argv + first, &words, &m.arena);
    if (nwords < 0) {
        cli_errorf("out of memory");
        tac_dict_model_free(&m);
        return 1;
    }
    char dbuf[11];
    tac_date_format(date, dbuf);
    tac_buf out, tb;
    tac_buf_init(&out);
    tac_buf_init(&tb);
    struct cand cands[64];
    int nmatched = 0;
    if (json) {
        tac_buf_printf(&out, "{\"date\":\"%s\",\"matches\":[", dbuf);
    }
    bool firstm = true;
    /* first pass: the country of each actor match, by its start word, so an
     * agent can show the code it takes with its nearest actor */
    char (*country)[4] = tac_arena_calloc(&m.arena, (size_t)nwords + 1, 4);
    for (int at = 0; at < nwords && country;) {
        int nc = 0;
        int len = match_at(&m, words, nwords, at, cands, 64, &nc);
        for (int c = 0; c < nc; c++) {
            if (cands[c].kind != K_ACTOR || country[at][0])
                continue;
            const char *code = tac_dict_actor_code(&m.actors[cands[c].index], date, NULL);
            if (code && strlen(code) >= 3 && strcmp(code, "---"))
                memcpy(country[at], code, 3);
        }
        at += len ? len : 1;
    }
    for (int at = 0; at < nwords;) {
        int nc = 0;
        int len = match_at(&m, words, nwords, at, cands, 64, &nc);
        if (len == 0) {
            if (!json)
                tac_buf_printf(&out, "%s\t(no entry)\n", words[at]);
            at++;
            continue;
        }
        nmatched++;
        tb.len = 0;
        for (int k = 0; k < len; k++) {
            if (k)
                tac_buf_putc(&tb, ' ');
            tac_buf_puts(&tb, words[at + k]);
        }
        for (int c = 0; c < nc; c++) {
            const char *entry = NULL, *origin = NULL, *code = NULL, *note = NULL;
            char rule[96] = "";
            switch (cands[c].kind) {
            case K_ACTOR: {
                const tac_dict_actor *a = &m.actors[cands[c].index];
                const tac_dict_code *r = NULL;
                entry = a->name;
                origin = a->origin;
                note = a->note;
                code = tac_dict_actor_code(a, date, &r);
                if (r) {
                    char rr[40];
                    fmt_range(r, rr, sizeof rr);
                    snprintf(rule, sizeof rule, "%s %s", r->code, rr);
                } else if (code) {
                    snprintf(rule, sizeof rule, "default %s", code);
                } else {
                    snprintf(rule, sizeof rule, "no code on %s", dbuf);
                }
                break;
            }
            case K_AGENT:
                entry = m.agents[cands[c].index].name;
                origin = m.agents[cands[c].index].origin;
                code = m.agents[cands[c].index].code;
                snprintf(rule, sizeof rule, "agent: the sector joins a nearby actor's country");
                if (country && code) {
                    int k = -1;
                    for (int b = at - 1; b >= 0 && k < 0; b--)
                        if (country[b][0])
                            k = b;
                    for (int f = at + len; f < nwords && k < 0; f++)
                        if (country[f][0])
                            k = f;
                    size_t cl = strlen(code);
                    if (k >= 0 && cl > 1 && code[0] == '~')
                        snprintf(rule, sizeof rule, "agent: with %.3s (%s) -> %.3s%s", country[k], words[k], country[k], code + 1);
                    else if (k >= 0 && cl > 1 && code[cl - 1] == '~')
                        snprintf(rule, sizeof rule, "agent: with %.3s (%s) -> %.*s%.3s", country[k], words[k], (int)(cl - 1), code, country[k]);
                }
                break;
            case K_VERB: {
                const tac_dict_verb *v = &m.verbs[cands[c].index];
                entry = v->name;
                origin = v->origin;
                code = v->code;
                snprintf(rule, sizeof rule, "verb form; %u pattern%s", v->npatterns, v->npatterns == 1 ? "" : "s");
                break;
            }
            case K_SYNSET:
                entry = m.synsets[cands[c].index].name;
                origin = m.synsets[cands[c].index].origin;
                snprintf(rule, sizeof rule, "member of &%s", entry);
                break;
            case K_DISCARD:
                entry = m.discards[cands[c].index].story ? "story" : "sentence";
                origin = m.discards[cands[c].index].origin;
                snprintf(rule, sizeof rule, "discards the %s", entry);
                break;
            }
            if (json) {
                tac_buf_puts(&out, firstm ? "\n  " : ",\n  ");
                firstm = false;
                tac_buf_printf(&out, "{\"start\":%d,\"words\":%d,\"text\":", at, len);
                tac_buf_json_cstr(&out, tb.data);
                tac_buf_puts(&out, ",\"kind\":");
                tac_buf_json_cstr(&out, kind_name[cands[c].kind]);
                tac_buf_puts(&out, ",\"entry\":");
                tac_buf_json_cstr(&out, entry);
                tac_buf_puts(&out, ",\"code\":");
                tac_buf_json_cstr(&out, code);
                tac_buf_puts(&out, ",\"rule\":");
                tac_buf_json_cstr(&out, rule);
                tac_buf_puts(&out, ",\"origin\":");
                tac_buf_json_cstr(&out, origin);
                if (note) {
                    tac_buf_puts(&out, ",\"note\":");
                    tac_buf_json_cstr(&out, note);
                }
                tac_buf_putc(&out, '}');
            } else {
                tac_buf_printf(&out, "%s\t%s %s\t%s\t%s\t%s\n", tb.data, kind_name[cands[c].kind], entry ? entry : "-",
                               code ? code : "-", rule, origin ? origin : "-");
                if (note)
                    tac_buf_printf(&out, "\tnote: %s\n", note);
            }
        }
        at += len;
    }
    if (json)
        tac_buf_printf(&out, "%s]}\n", firstm ? "" : "\n");
    fputs(out.data ? out.data : "", stdout);
    tac_buf_free(&out);
    tac_buf_free(&tb);
    tac_dict_model_free(&m);
    return nmatched ? 0 : 1;
}

/* ---- stats -------------------------------------------------------------- */

static bool code_has(const char *code, const char *cameo)
{
    if (!code)
        return false;
    size_t n = strlen(cameo);
    for (const char *p = code; *p;) {
        size_t k = strcspn(p, ":");
        if (k == n && !memcmp(p, cameo, n))
            return true;
        p += k;
        if (*p)
            p++;
    }
    return false;
}

static int cmd_stats(int argc, char **argv)
{
    bool json = false;
    char **paths = calloc((size_t)argc + 2, sizeof *paths);
    int n = 0;
    if (!paths)
        return 1;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--json"))
            json = true;
        else if (!strcmp(argv[i], "--dictionaries") || !strcmp(argv[i], "-d")) {
            if (++i < argc)
                paths[n++] = argv[i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            cli_errorf("dict stats: unknown option '%s'", argv[i]);
            free(paths);
            return 2;
        } else
            paths[n++] = argv[i];
    }
    if (n == 0)
        paths[n++] = (char *)cli_default_dict();
    tac_dict_model m;
    tac_dict_model_init(&m);
    double t0 = now_ms();
    if (!load_all(&m, paths, n)) {
        tac_dict_model_free(&m);
        free(paths);
        return 1;
    }
    double load_ms = now_ms() - t0;
    strmap state_codes = {0};   /* keys borrowed from the model */
    struct { const char *key; uint64_t n; } c[] = {
        {"actors", m.nactors}, {"states", 0}, {"state_codes", 0}, {"capitals", 0}, {"igos", 0}, {"ngos", 0},
        {"armed_groups", 0}, {"persons", 0}, {"office_holder_periods", 0}, {"other_actors", 0},
        {"actor_names", 0}, {"agents", m.nagents}, {"agent_names", 0}, {"verbs", m.nverbs},
        {"verb_forms", 0}, {"verb_patterns", 0}, {"synsets", m.nsynsets}, {"discards", m.ndiscards},
        {"issues", m.nissues},
    };
    enum { C_ACTORS, C_STATES, C_STATE_CODES, C_CAPITALS, C_IGO, C_NGO, C_ARMED, C_PERSONS, C_PERIODS, C_OTHER,
           C_ANAMES, C_AGENTS, C_AGNAMES, C_VERBS, C_FORMS, C_PATTERNS };
    for (uint32_t i = 0; i < m.nactors; i++) {
        const tac_dict_actor *a = &m.actors[i];
        uint16_t f = a->flags;
        c[C_ANAMES].n += a->nphrases;
        if (f & TAC_ACTORF_COUNTRY) {
            c[C_STATES].n++;
            /* several entries may name one state (generated + hand-written) */
            const char *code = a->default_code ? a->default_code : a->ncodes ? a->codes[0].code : NULL;
            uint32_t old;
            if (code && strmap_put(&state_codes, code, i, &old) && old == UINT32_MAX)
                c[C_STATE_CODES].n++;
        }
        else if (f & TAC_ACTORF_CAPITAL)
            c[C_CAPITALS].n++;
        else if (f & TAC_ACTORF_IGO)
            c[C_IGO].n++;
        else if (f & TAC_ACTORF_NGO)
            c[C_NGO].n++;
        else if (f & TAC_ACTORF_ARMED)
            c[C_ARMED].n++;
        else if (f & TAC_ACTORF_PERSON) {
            c[C_PERSONS].n++;
            c[C_PERIODS].n += a->ncodes;
        } else
            c[C_OTHER].n++;
    }
    for (uint32_t i = 0; i < m.nagents; i++)
        c[C_AGNAMES].n += m.agents[i].nphrases;
    for (uint32_t i = 0; i < m.nverbs; i++) {
        c[C_FORMS].n += m.verbs[i].nforms;
        c[C_PATTERNS].n += m.verbs[i].npatterns;
    }
    size_t ncameo = tac_cameo_count(), ncovered = 0;
    tac_buf missing;
    tac_buf_init(&missing);
    for (size_t k = 0; k < ncameo; k++) {
        const tac_cameo_info *ci = tac_cameo_at(k);
        if (!ci || !ci->code)
            continue;
        bool hit = false;
        for (uint32_t i = 0; i < m.nverbs && !hit; i++) {
            hit = code_has(m.verbs[i].code, ci->code);
            for (uint32_t p = 0; p < m.verbs[i].npatterns && !hit; p++)
                hit = code_has(m.verbs[i].patterns[p].code, ci->code);
        }
        if (hit) {
            ncovered++;
        } else {
            if (json)
                tac_buf_puts(&missing, missing.len ? "," : "");
            else
                tac_buf_puts(&missing, missing.len ? " " : "");
            if (json)
                tac_buf_json_cstr(&missing, ci->code);
            else
                tac_buf_puts(&missing, ci->code);
        }
    }
    if (json) {
        printf("{\"dictionaries\":");
        tac_buf jb;
        tac_buf_init(&jb);
        tac_buf_putc(&jb, '[');
        for (int i = 0; i < n; i++) {
            if (i)
                tac_buf_putc(&jb, ',');
            tac_buf_json_cstr(&jb, paths[i]);
        }
        tac_buf_putc(&jb, ']');
        tac_buf_puts(&jb, ",\"version\":");
        tac_buf_json_cstr(&jb, m.version);
        fputs(jb.data, stdout);
        tac_buf_free(&jb);
        printf(",\"source_hash\":\"%016llx\"", (unsigned long long)m.source_hash);
        for (size_t i = 0; i < sizeof c / sizeof *c; i++)
            printf(",\"%s\":%llu", c[i].key, (unsigned long long)c[i].n);
        printf(",\"cameo\":{\"codes\":%zu,\"covered\":%zu,\"missing\":[%s]}", ncameo, ncovered,
               missing.data ? missing.data : "");
        printf(",\"load_ms\":%.2f}\n", load_ms);
    } else {
        printf("version               %s\n", m.version ? m.version : "(none)");
        for (size_t i = 0; i < sizeof c / sizeof *c; i++)
            printf("%-21s %llu\n", c[i].key, (unsigned long long)c[i].n);
        if (ncameo)
            printf("cameo_coverage        %zu of %zu codes have a verb code or pattern\n"
                   "cameo_missing         %s\n",
                   ncovered, ncameo, missing.data ? missing.data : "(none)");
        else
            printf("cameo_coverage        (this build has no CAMEO table)\n");
        printf("load_ms               %.2f\n", load_ms);
    }
    tac_buf_free(&missing);
    strmap_free(&state_codes);
    tac_dict_model_free(&m);
    free(paths);
    return 0;
}

int cli_cmd_dict(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
        usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *sub = argv[1];
    if (!strcmp(sub, "compile"))
        return cmd_compile(argc - 2, argv + 2);
    if (!strcmp(sub, "check"))
        return cmd_check(argc - 2, argv + 2);
    if (!strcmp(sub, "lookup"))
        return cmd_lookup(argc - 2, argv + 2);
    if (!strcmp(sub, "stats"))
        return cmd_stats(argc - 2, argv + 2);
    cli_errorf("dict: unknown subcommand '%s' (compile, check, lookup, stats)", sub);
    return 2;
}
